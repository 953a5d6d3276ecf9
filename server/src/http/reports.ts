import express from 'express';
import { NotFoundError, UserInputError } from '../errors';
import type { Reader } from '../graph/reader';
import { REPORT_FORMATS, reportFormat } from '../reports/formats';
import { connectionReport, entityReport } from '../reports/load';
import { accessOf, type AccessSettings } from './auth';
import { sendError } from './errors';

/** "<id>.<format>" → [id, format]; the format is what follows the last dot. */
function splitFormat(segment: string): [string, string] {
  const dot = segment.lastIndexOf('.');
  if (dot <= 0) throw new UserInputError(`add a format to "${segment}": ${Object.keys(REPORT_FORMATS).map((f) => `${segment}.${f}`).join(', ')}`, 'format');
  return [segment.slice(0, dot), segment.slice(dot + 1)];
}

/** ?release=N: a whole number (checked against the releases that exist when the report is read). */
function releaseParameter(value: unknown): number | null {
  if (value === undefined || value === '') return null;
  if (typeof value !== 'string' || !/^\d{1,9}$/.test(value)) throw new UserInputError(`release must be a release number, got ${JSON.stringify(value)}`, 'release');
  return Number(value);
}

/**
 * GET /reports/<id>.<format> and /reports/<a>/to/<b>.<format>, with ?asOf=<partial date> and ?release=<number>.
 * Formats: md, html, csv, json. Unknown ids give 404, bad dates and formats 400, each with a message
 * (from the app's error handler, server/src/http/errors.ts).
 */
export function reportRoutes(db: () => Reader, settings: AccessSettings): express.Router {
  const router = express.Router();
  router.get('/*path', async (req, res) => {
    if (accessOf(req.headers.authorization, settings).access === 'none') {
      sendError(res, 401, 'UNAUTHENTICATED', 'Reading needs a key on this server: send "Authorization: Bearer <key>".');
      return;
    }
    const segments = (req.params as { path: string[] }).path;
    const asOf = typeof req.query.asOf === 'string' && req.query.asOf !== '' ? req.query.asOf : null;
    const release = releaseParameter(req.query.release);
    let report;
    let format: string;
    if (segments.length === 1) {
      const [id, extension] = splitFormat(segments[0]!);
      format = reportFormat(extension);
      report = await entityReport(db(), id, asOf, release);
    } else if (segments.length === 3 && segments[1] === 'to') {
      const [to, extension] = splitFormat(segments[2]!);
      format = reportFormat(extension);
      report = await connectionReport(db(), segments[0]!, to, asOf, release);
    } else {
      throw new NotFoundError('Reports are at /reports/<id>.<format> and /reports/<a>/to/<b>.<format>');
    }
    const { contentType, render } = REPORT_FORMATS[format as keyof typeof REPORT_FORMATS];
    res.type(contentType).send(render(report));
  });
  return router;
}
