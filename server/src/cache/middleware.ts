import { DatabaseUnavailableError } from '../neo4j/database';
import { analyse, requestHash, type GraphQLRequestParts } from './document';
import { notModified, RELEASE_HEADER } from './etags';
import express from 'express';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { COMPRESSION_THRESHOLD, encodeBody, encodingFor, type BodyEncoding } from '../http/compression';
import { utf8 } from '../http/post-answers';
import { ResponseStore, type CachedResponse, type PostAnswer, type StoreLimits } from './store';
import { memoizeByText } from './text-memo';
import { parseJsonBody } from '../http/json-body';
import { VersionClock, versionTag, type GraphVersion } from './version';

export type CacheOutcome = 'hit' | 'miss';

export interface ResponseCacheOptions {
  /** The graph's version, shared with the ETags of reports and exports. */
  clock: VersionClock;
  limits: StoreLimits;
  /** The caller's access level (part of the key), or null when its key is not valid (not cached). */
  accessOf(req: IncomingMessage): string | null;
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
  return partsOf(req.method === 'GET' ? req.query : req.body);
}

/** A request's document, operation and variables from its body or query string; null when the cache leaves it to Apollo. */
function partsOf(value: unknown): GraphQLRequestParts | null {
  const source = value as Record<string, unknown> | null | undefined;
  if (!source || typeof source !== 'object' || typeof source.query !== 'string' || source.extensions !== undefined) return null;
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

/**
 * The request hash of a POST body's text ('' when the cache leaves it to Apollo), remembered per text:
 * a repeated request is neither parsed nor hashed again (2 µs of a hit whose Node work is about 20).
 */
const hashOfBody = memoizeByText((text: string): string => {
  const body = parseJsonBody(text);
  const parts = 'error' in body ? null : partsOf(body.value);
  return parts ? requestHash(parts) : '';
});

const SIMPLE_TYPES = ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data'];

/** Apollo's CSRF prevention, so that a hit answers only what Apollo itself would have run. */
function preflighted(req: IncomingMessage): boolean {
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

export interface ResponseCache {
  /** The Express middleware: hits, and the misses it stores. */
  middleware: express.RequestHandler;
  /**
   * Answers a POST read from memory before Express sees it (server/src/http/front.ts), as the middleware
   * would, from its body's text; false when it is not a hit (nothing written: Express takes the request
   * on). A promise only when the version must be read first.
   */
  answerPost(req: IncomingMessage, res: ServerResponse, text: string): boolean | Promise<boolean>;
}

/**
 * The release-keyed response cache of GraphQL reads (see README, "Caching"). A read answered before at
 * the graph's current version is sent from memory; one pinned to releases (`release: N` on every field)
 * is sent without even reading the version. Mutations, errors and documents that do not parse pass
 * through to Apollo untouched. GET answers carry an ETag (the version or the pinned releases, and the
 * request's hash) and answer `If-None-Match` with 304.
 */
export function responseCache(options: ResponseCacheOptions): ResponseCache {
  const store = new ResponseStore(options.limits);
  // The version the front read for a request it could not answer: the middleware need not read it again.
  const versionsRead = new WeakMap<IncomingMessage, GraphVersion>();
  const keyOf = (req: IncomingMessage, access: string, hash: string) => `${access}\n${req.headers.accept ?? ''}\n${hash}`;
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

  /** The body compressed for `encoding`, compressed once and kept with the entry. */
  const encodedBody = (key: string, entry: CachedResponse, encoding: BodyEncoding): Buffer => {
    let encoded = entry.encoded[encoding];
    if (!encoded) {
      encoded = encodeBody(entry.body, encoding);
      // A new entry object: the store counts an entry's size when a different value is set.
      store.set(key, { ...entry, encoded: { ...entry.encoded, [encoding]: encoded } });
    }
    return encoded;
  };

  /** The answer to a POST hit in `encoding`, its headers as post-answers.ts's send gives them, made on its first hit. */
  const postAnswer = (key: string, entry: CachedResponse, encoding: BodyEncoding | null): PostAnswer => {
    const known = entry.posted[encoding ?? 'identity'];
    if (known) return known;
    const body = encoding ? encodedBody(key, entry, encoding) : entry.body;
    const length = typeof body === 'string' ? Buffer.byteLength(body) : body.length;
    const headers = [RELEASE_HEADER, entry.release, 'Content-Type', encoding ? entry.contentType : utf8(entry.contentType)];
    if (encoding) headers.push('Content-Encoding', encoding);
    headers.push('Content-Length', String(length), 'Vary', 'Accept-Encoding');
    // `posted` is shared by the copies encodedBody stores: what is made here serves every later hit.
    return (entry.posted[encoding ?? 'identity'] = { body, length, headers });
  };

  /**
   * A hit to a POST, written with the headers post-answers.ts's send gives it, without Express's
   * response methods. False (nothing written) for an answer over the compression threshold that the
   * client takes uncompressed: the compression middleware decides that one.
   */
  const writePostHit = (req: IncomingMessage, res: ServerResponse, key: string, entry: CachedResponse): boolean => {
    const encoding = encodingFor(req, entry.body.length);
    const answer = postAnswer(key, entry, encoding);
    if (!encoding && answer.length >= COMPRESSION_THRESHOLD) return false;
    options.count?.('hit');
    const headers = answer.headers;
    // In front of Express nothing has set a header yet: one writeHead of the prepared list (a third of
    // the Node work of a bare answer less than setting them one by one). Behind a middleware that set
    // some (cors's Vary: Origin), they are added to those.
    if (res.getHeaderNames().length === 0) res.writeHead(200, headers);
    else {
      res.statusCode = 200;
      for (let i = 0; i < headers.length; i += 2) {
        if (headers[i] === 'Vary') express.response.vary.call(res as express.Response, headers[i + 1]!);
        else res.setHeader(headers[i]!, headers[i + 1]!);
      }
    }
    res.end(answer.body);
    return true;
  };

  const sendHit = (req: express.Request, res: express.Response, key: string, entry: CachedResponse) => {
    if (req.method === 'POST' && writePostHit(req, res, key, entry)) return;
    options.count?.('hit');
    res.setHeader(RELEASE_HEADER, entry.release);
    httpHeaders(req, res, entry.etag, entry.pinned);
    if (notModified(req, entry.etag)) return void res.status(304).end();
    res.status(200).setHeader('Content-Type', entry.contentType);
    const encoding = encodingFor(req, entry.body.length);
    if (!encoding) return void res.send(entry.body);
    const encoded = encodedBody(key, entry, encoding);
    // Set here, the compression middleware leaves the body as it is.
    res.setHeader('Content-Encoding', encoding);
    res.vary('Accept-Encoding');
    res.send(encoded);
  };

  const middleware: express.RequestHandler = async (req, res, next) => {
    const parts = req.method === 'GET' || req.method === 'POST' ? requestParts(req) : null;
    const access = parts && preflighted(req) ? options.accessOf(req) : null;
    if (!parts || access === null) return next();
    const hash = requestHash(parts);
    const key = keyOf(req, access, hash);
    const entry = store.get(key);
    if (entry?.pinned) return sendHit(req, res, key, entry);
    let version: GraphVersion;
    try {
      version = versionsRead.get(req) ?? (await clock.current());
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
        posted: {},
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

  return {
    middleware,
    answerPost(req, res, text) {
      const hash = hashOfBody(text);
      const access = hash !== '' && preflighted(req) ? options.accessOf(req) : null;
      if (access === null) return false;
      const key = keyOf(req, access, hash);
      const entry = store.get(key);
      if (!entry) return false;
      const answerAt = (version: GraphVersion): boolean => {
        if (sameVersion(entry.version, version)) return writePostHit(req, res, key, entry);
        versionsRead.set(req, version);
        return false;
      };
      if (entry.pinned) return writePostHit(req, res, key, entry);
      const trusted = clock.trusted();
      // Unreadable: the middleware reads it again and answers as it does.
      return trusted ? answerAt(trusted) : clock.current().then(answerAt, () => false);
    },
  };
}
