import type express from 'express';
import { DatabaseUnavailableError } from '../neo4j/database';
import { analyse, requestHash, type GraphQLRequestParts } from './document';
import { notModified, RELEASE_HEADER } from './etags';
import { encodeBody, encodingFor } from '../http/compression';
import { ResponseStore, type CachedResponse, type StoreLimits } from './store';
import { VersionClock, versionTag, type GraphVersion } from './version';

export type CacheOutcome = 'hit' | 'miss';

export interface ResponseCacheOptions {
  /** The graph's version, shared with the ETags of reports and exports. */
  clock: VersionClock;
  limits: StoreLimits;
  /** The caller's access level (part of the key), or null when its key is not valid (not cached). */
  accessOf(req: express.Request): string | null;
  /** Apollo's token limit: documents are parsed here under the same one. */
  maxTokens: number;
  /** With reader keys, answers are for key holders only: `private`, never `public`, for shared caches. */
  privateResponses: boolean;
  /** Each hit and each cacheable miss, for /metrics. */
  count?(outcome: CacheOutcome): void;
}

/** A year: what "immutable" reads get (a release's answer never changes). */
const PINNED_MAX_AGE = 31_536_000;

function requestParts(req: express.Request): GraphQLRequestParts | null {
  const source = (req.method === 'GET' ? req.query : req.body) as Record<string, unknown> | undefined;
  if (!source || typeof source.query !== 'string' || source.extensions !== undefined) return null;
  let variables = source.variables ?? {};
  if (typeof variables === 'string') {
    try {
      variables = JSON.parse(variables);
    } catch {
      return null;
    }
  }
  if (variables === null || typeof variables !== 'object' || Array.isArray(variables)) return null;
  const operationName = source.operationName ?? null;
  if (operationName !== null && typeof operationName !== 'string') return null;
  return { query: source.query, operationName, variables: variables as Record<string, unknown> };
}

const SIMPLE_TYPES = ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data'];

/** Apollo's CSRF prevention, so that a hit answers only what Apollo itself would have run. */
function preflighted(req: express.Request): boolean {
  const type = req.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  if (type && !SIMPLE_TYPES.includes(type)) return true;
  return req.headers['x-apollo-operation-name'] !== undefined || req.headers['apollo-require-preflight'] !== undefined;
}

const sameVersion = (a: GraphVersion, b: GraphVersion) => a.latest === b.latest && a.edits === b.edits;

/**
 * The release a read was answered at, for `extensions.release`: the one its fields are pinned to, the
 * list when they are pinned to several, or else the latest release as the version read saw it.
 */
export function answeringRelease(pinned: number[] | null, version: GraphVersion): number | number[] {
  if (pinned === null) return version.latest;
  return pinned.length === 1 ? pinned[0]! : pinned;
}

/**
 * The release-keyed response cache of GraphQL reads (see README, "Caching"). A read answered before at
 * the graph's current version is sent from memory; one pinned to releases (`release: N` on every field)
 * is sent without even reading the version. Mutations, errors and documents that do not parse pass
 * through to Apollo untouched. GET answers carry an ETag (the version or the pinned releases, and the
 * request's hash) and answer `If-None-Match` with 304.
 */
export function responseCache(options: ResponseCacheOptions): express.RequestHandler {
  const store = new ResponseStore(options.limits);
  let seen: GraphVersion | null = null;
  const clock = options.clock;
  clock.onVersion((version) => {
    // Reads are one at a time, so the head only moves back when a restore brought back an older one:
    // release numbers made after the backup will be made again with other answers.
    if (seen && version.latest < seen.latest) store.clear();
    else if (seen && version.edits !== seen.edits) store.dropPinned();
    seen = version;
  });

  const httpHeaders = (req: express.Request, res: express.Response, etag: string, pinned: boolean) => {
    if (req.method !== 'GET') return;
    res.setHeader('ETag', etag);
    res.setHeader('Vary', 'Accept, Authorization');
    res.setHeader('Cache-Control', pinned ? `${options.privateResponses ? 'private' : 'public'}, max-age=${PINNED_MAX_AGE}, immutable` : 'no-cache');
  };

  const sendHit = (req: express.Request, res: express.Response, key: string, entry: CachedResponse) => {
    options.count?.('hit');
    res.setHeader(RELEASE_HEADER, entry.release);
    httpHeaders(req, res, entry.etag, entry.pinned);
    if (notModified(req, entry.etag)) return void res.status(304).end();
    res.status(200).setHeader('Content-Type', entry.contentType);
    const encoding = encodingFor(req, entry.body.length);
    if (!encoding) return void res.send(entry.body);
    let encoded = entry.encoded[encoding];
    if (!encoded) {
      encoded = encodeBody(entry.body, encoding);
      // A new entry object: the store counts an entry's size when a different value is set.
      store.set(key, { ...entry, encoded: { ...entry.encoded, [encoding]: encoded } });
    }
    // Set here, the compression middleware leaves the body as it is.
    res.setHeader('Content-Encoding', encoding);
    res.vary('Accept-Encoding');
    res.send(encoded);
  };

  return async (req, res, next) => {
    const parts = req.method === 'GET' || req.method === 'POST' ? requestParts(req) : null;
    const access = parts && preflighted(req) ? options.accessOf(req) : null;
    if (!parts || access === null) return next();
    const hash = requestHash(parts);
    const key = `${access}\n${req.headers.accept ?? ''}\n${hash}`;
    const entry = store.get(key);
    if (entry?.pinned) return sendHit(req, res, key, entry);
    let version: GraphVersion;
    try {
      version = await clock.current();
    } catch (error) {
      // Neo4j did not answer within this request's deadline: the read itself would not either.
      if (error instanceof DatabaseUnavailableError) return next(error);
      return next(); // Apollo will run the read and report what is wrong
    }
    if (entry && sameVersion(entry.version, version)) return sendHit(req, res, key, entry);

    const analysis = analyse(parts, options.maxTokens);
    if (analysis?.operation === 'mutation') res.once('finish', () => clock.forget());
    if (!analysis || analysis.operation !== 'query') return next();
    const pinned = analysis.pinned !== null;
    const etag = `"${pinned ? `p${analysis.pinned!.join('.')}` : `r${versionTag(version)}`}-${hash}"`;
    const release = answeringRelease(analysis.pinned, version);
    res.setHeader(RELEASE_HEADER, String(release));
    if (notModified(req, etag)) {
      httpHeaders(req, res, etag, pinned);
      return void res.status(304).end();
    }

    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      res.send = send;
      if (typeof body !== 'string') return send(body);
      let answer: { data?: unknown; errors?: unknown; extensions?: Record<string, unknown> };
      try {
        answer = JSON.parse(body) as typeof answer;
      } catch {
        return send(body);
      }
      // Not cached, but it says the release it was read at all the same (a NOT_FOUND there, say).
      if (res.statusCode !== 200 || answer.errors !== undefined || answer.data === undefined || answer.data === null) {
        return send(JSON.stringify({ ...answer, extensions: { ...answer.extensions, release } }));
      }
      // The data is written once; the hit's body differs only in its extensions.
      const data = JSON.stringify(answer.data);
      const withExtensions = (extensions: Record<string, unknown>) => `{"data":${data},"extensions":${JSON.stringify(extensions)}}`;
      store.set(key, {
        body: withExtensions({ ...answer.extensions, cypherStatements: 0, cache: 'hit', release }),
        encoded: {},
        contentType: String(res.getHeader('Content-Type') ?? 'application/json; charset=utf-8'),
        etag,
        pinned,
        version,
        release: String(release),
      });
      options.count?.('miss');
      httpHeaders(req, res, etag, pinned);
      return send(withExtensions({ ...answer.extensions, cache: 'miss', release }));
    };
    next();
  };
}
