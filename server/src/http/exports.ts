import express from 'express';
import { exportDataset } from '../dataset/export';
import type { Reader } from '../graph/reader';
import type { Log } from '../graphql/errors';
import { EXCHANGE_FORMATS, type ExchangeFormat } from '../interchange/formats';
import { DatabaseUnavailableError } from '../neo4j/database';
import { accessOf, type AccessSettings } from './auth';

/**
 * GET /export/graph.ftm.json (FollowTheMoney, JSON lines) and /export/graph.popolo.json (Popolo):
 * the whole graph, read in three statements whatever its size.
 */
export function exportRoutes(db: () => Reader, settings: AccessSettings, log: Log): express.Router {
  const router = express.Router();
  for (const format of Object.keys(EXCHANGE_FORMATS) as ExchangeFormat[]) {
    router.get(`/graph.${format}.json`, async (req, res) => {
      if (accessOf(req.headers.authorization, settings).access === 'none') {
        res.status(401).type('text/plain').send('Reading needs a key on this server: send "Authorization: Bearer <key>".\n');
        return;
      }
      try {
        const { contentType, render } = EXCHANGE_FORMATS[format];
        res.type(contentType).send(render(await exportDataset(db())).text);
      } catch (error) {
        const unavailable = error instanceof DatabaseUnavailableError;
        res.status(unavailable ? 503 : 500).type('text/plain').send(unavailable ? `${(error as Error).message}\n` : 'Internal server error; it has been logged.\n');
        if (!unavailable) log({ level: 'error', msg: `unexpected error in the ${format} export`, error: String((error as Error).stack ?? error) });
      }
    });
  }
  return router;
}
