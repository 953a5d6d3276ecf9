import express from 'express';
import { exportDataset } from '../dataset/export';
import type { Reader } from '../graph/reader';
import { EXCHANGE_FORMATS, type ExchangeFormat } from '../interchange/formats';
import { accessOf, type AccessSettings } from './auth';
import { sendError } from './errors';

/**
 * GET /export/graph.ftm.json (FollowTheMoney, JSON lines) and /export/graph.popolo.json (Popolo):
 * the whole graph, read in three statements whatever its size. Errors go to the app's one handler.
 */
export function exportRoutes(db: () => Reader, settings: AccessSettings): express.Router {
  const router = express.Router();
  for (const format of Object.keys(EXCHANGE_FORMATS) as ExchangeFormat[]) {
    router.get(`/graph.${format}.json`, async (req, res) => {
      if (accessOf(req.headers.authorization, settings).access === 'none') {
        sendError(res, 401, 'UNAUTHENTICATED', 'Reading needs a key on this server: send "Authorization: Bearer <key>".');
        return;
      }
      const { contentType, render } = EXCHANGE_FORMATS[format];
      res.type(contentType).send(render(await exportDataset(db())).text);
    });
  }
  return router;
}
