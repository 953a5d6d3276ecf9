import { createHash } from 'node:crypto';
import type express from 'express';
import { DatabaseUnavailableError } from '../neo4j/database';
import { versionTag, type VersionClock } from './version';

export interface EtagOptions {
  clock: VersionClock;
  /** The caller's access level, or null when it may not read (the route refuses it itself). */
  accessOf(req: express.Request): string | null;
  /** Reports without `asOf` call facts that ended before today "former": their tag changes with the day. */
  dependsOnToday: boolean;
  privateResponses: boolean;
}

/** The header that says which release answered a read (the releases, comma-separated, for one pinned to several). */
export const RELEASE_HEADER = 'X-Orgraph-Release';

/** Whether a GET request's If-None-Match holds `etag` (or `*`): the client's copy is current. */
export function notModified(req: express.Request, etag: string): boolean {
  const header = req.headers['if-none-match'];
  return req.method === 'GET' && header !== undefined && header.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*');
}

/**
 * HTTP revalidation for GET routes that read the graph (/reports, /export): a weak ETag made of the
 * graph's version, the URL and the access level (a report's "generated at" line differs, its content
 * does not), and 304 when the client holds it. `?release=N&asOf=D` fixes a report for ever: immutable.
 * Everything else is `no-cache`: the client asks again, and gets 304 until the next release.
 */
export function releaseEtags(options: EtagOptions): express.RequestHandler {
  return async (req, res, next) => {
    const access = req.method === 'GET' ? options.accessOf(req) : null;
    if (access === null) return next();
    let version;
    try {
      version = await options.clock.current();
    } catch (error) {
      // Neo4j did not answer within this request's deadline: the route would not get an answer either.
      if (error instanceof DatabaseUnavailableError) return next(error);
      return next(); // the route itself reports what is wrong
    }
    const pinned = typeof req.query.release === 'string' && req.query.release !== '' && (!options.dependsOnToday || (typeof req.query.asOf === 'string' && req.query.asOf !== ''));
    const day = options.dependsOnToday && !pinned ? new Date().toISOString().slice(0, 10) : '';
    const hash = createHash('sha256').update(`${access}\n${req.originalUrl}\n${day}`).digest('base64url').slice(0, 27);
    const etag = `W/"${pinned ? `p${req.query.release as string}` : `r${versionTag(version)}`}-${hash}"`;
    const cacheControl = pinned ? `${options.privateResponses ? 'private' : 'public'}, max-age=31536000, immutable` : 'no-cache';
    const release = typeof req.query.release === 'string' && req.query.release !== '' ? req.query.release : String(version.latest);
    res.setHeader('Vary', 'Accept-Encoding, Authorization');
    if (notModified(req, etag)) {
      res.setHeader('ETag', etag).setHeader('Cache-Control', cacheControl);
      return void res.status(304).end();
    }
    // Only a report or an export is tagged: an error (an unknown id) must not be kept by anyone.
    const writeHead = res.writeHead;
    res.writeHead = function (this: express.Response, status: number, ...rest: unknown[]) {
      if (status === 200) this.setHeader('ETag', etag).setHeader('Cache-Control', cacheControl).setHeader(RELEASE_HEADER, release);
      return (writeHead as (...args: unknown[]) => express.Response).call(this, status, ...rest);
    } as typeof res.writeHead;
    next();
  };
}
