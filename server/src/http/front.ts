import type express from 'express';
import type { RequestListener } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { ResponseCache } from '../cache/middleware';
import { directLength, parseJsonBody, readPlainJson } from './json-body';
import type { Metrics } from './metrics';
import { setPreRead } from './pre-read';

/**
 * The server's request listener: Express, with the response cache's POST hits answered before it.
 * Express's own handling (its request and response prototypes, the router's layers) cost as much as
 * the rest of a hit together (bench/README.md, round 11), so a POST /graphql with a plain JSON body is
 * read here and, when the cache holds its answer at the current version, answered and counted in
 * /metrics as the middleware would (a hit's body is looked up by its text, parsed only on a miss). Anything else, and every read the cache cannot answer, goes to
 * Express as it came, its body (or the error reading it) handed on so it is not read twice. Not used
 * with CORS origins configured (their middleware adds headers to every answer).
 */
export function cacheFront(app: express.Express, cache: ResponseCache, metrics: Metrics, maxBytes: number): RequestListener {
  return (req, res) => {
    const expected = req.method === 'POST' && req.url === '/graphql' ? directLength(req.headers, maxBytes) : null;
    if (expected === null) return void app(req, res);
    const arrivedAt = performance.now();
    readPlainJson(req, expected, (read) => {
      const toExpress = () => {
        setPreRead(req, { body: 'error' in read ? read : parseJsonBody(read.text), arrivedAt });
        app(req, res);
      };
      if ('error' in read) return toExpress();
      const answered = (hit: boolean) => (hit ? metrics.answered('query', res.statusCode, arrivedAt) : toExpress());
      // Most hits are known at once (an answer pinned to releases, or a version within the trust window):
      // no promise for them.
      let hit: boolean | Promise<boolean>;
      try {
        hit = cache.answerPost(req, res, read.text);
      } catch {
        return toExpress(); // as a rejected lookup: the middleware answers it, or reports what is wrong
      }
      if (typeof hit === 'boolean') answered(hit);
      else hit.then(answered, toExpress);
    });
  };
}
