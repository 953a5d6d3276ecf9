import express from 'express';
import { DatasetError } from '../dataset/types';
import { NotFoundError, UserInputError } from '../errors';
import { writeRefusal } from '../graphql/access';
import type { Log } from '../graphql/errors';
import { DatabaseUnavailableError, type Database } from '../neo4j/database';
import { ingestSource } from '../sources/ingest';
import { formatOf, MAX_SOURCE_CHARACTERS, plainText, SourceTooLargeError } from '../sources/text-input';
import { accessOf, type AccessSettings } from './auth';
import { ingestionReport } from '../sources/ingestion-report';

/** Bytes a body may have: the most characters a source may hold, at up to four bytes each, is refused later with the same message. */
const BODY_LIMIT = MAX_SOURCE_CHARACTERS * 4;

const TEXT_TYPES = ['text/plain', 'text/markdown', 'text/html'];

const tooLarge = (size: string) =>
  `The body is ${size}; a source may have at most ${MAX_SOURCE_CHARACTERS.toLocaleString('en')} characters. Split it into parts and send each. Nothing was written.`;

const query = (req: express.Request, name: string): string | undefined => {
  const value = req.query[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
};

/**
 * POST /sources: the body is the text (text/plain, text/markdown or text/html, reduced to its words),
 * the metadata are query parameters (title, publisher, published, url, language, id, dryRun). Needs an
 * editor key. Answers the ingestion as JSON: 201 for a new source, 200 for one found by its text.
 */
export function sourceRoutes(database: Database, settings: AccessSettings, log: Log): express.Router {
  const router = express.Router();
  router.post(
    '/',
    (req, res, next) => {
      const refused = writeRefusal(accessOf(req.headers.authorization, settings), settings);
      if (refused) res.status(refused.status).json({ error: refused.message, code: refused.code });
      else next();
    },
    express.text({ type: TEXT_TYPES, limit: BODY_LIMIT }),
    async (req, res) => {
      try {
        const author = accessOf(req.headers.authorization, settings).editor ?? 'editor';
        const format = formatOf(req.headers['content-type'] ?? '');
        if (!format || typeof req.body !== 'string') {
          res.status(415).json({ error: `Send the text as ${TEXT_TYPES.join(', ')} (got ${req.headers['content-type'] ?? 'no content type'}).`, code: 'UNSUPPORTED_MEDIA_TYPE' });
          return;
        }
        const title = query(req, 'title');
        if (!title) throw new UserInputError('title: give the source a title (?title=…)', 'title');
        const ingestion = await ingestSource(
          database,
          { id: query(req, 'id'), title, publisher: query(req, 'publisher'), published: query(req, 'published'), url: query(req, 'url'), language: query(req, 'language'), text: plainText(req.body, format) },
          { dryRun: ['true', '1', 'yes'].includes(query(req, 'dryRun') ?? ''), author },
        );
        res.status(ingestion.created && !ingestion.dryRun ? 201 : 200).json(ingestionReport(ingestion));
      } catch (error) {
        if (error instanceof SourceTooLargeError) res.status(413).json({ error: error.message, code: 'PAYLOAD_TOO_LARGE' });
        else if (error instanceof UserInputError) res.status(400).json({ error: error.message, code: 'BAD_USER_INPUT', field: error.field });
        else if (error instanceof DatasetError) res.status(400).json({ error: error.message, code: 'BAD_USER_INPUT', problems: error.issues });
        else if (error instanceof NotFoundError) res.status(404).json({ error: error.message, code: 'NOT_FOUND' });
        else if (error instanceof DatabaseUnavailableError) res.status(503).json({ error: error.message, code: 'DATABASE_UNAVAILABLE' });
        else {
          log({ level: 'error', msg: 'unexpected error in POST /sources', error: String((error as Error).stack ?? error) });
          res.status(500).json({ error: 'Internal server error; it has been logged.', code: 'INTERNAL_SERVER_ERROR' });
        }
      }
    },
  );
  // The body parser's own refusals (too large, unreadable), as JSON like every other answer here.
  router.use((error: { type?: string; status?: number; length?: number; message?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (error.type === 'entity.too.large') res.status(413).json({ error: tooLarge(`${(error.length ?? 0).toLocaleString('en')} bytes`), code: 'PAYLOAD_TOO_LARGE' });
    else if (error.status && error.status < 500) res.status(error.status).json({ error: error.message ?? 'The body could not be read.', code: 'BAD_REQUEST' });
    else next(error);
  });
  return router;
}
