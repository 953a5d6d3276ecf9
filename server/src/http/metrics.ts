import type express from 'express';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { CacheOutcome } from '../cache/middleware';
import type { Database } from '../neo4j/database';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { preReadOf } from './pre-read';
import { memoizeByText } from '../cache/text-memo';

/** The driver's default pool size (we do not change it): the ceiling of orgraph_neo4j_sessions_open. */
const NEO4J_POOL_SIZE = 100;

/** Whether a GraphQL document is a mutation or a query (its comments skipped), remembered per text. */
const documentKind = memoizeByText((query) => (/^\s*mutation\b/.test(query.replace(/^\s*#.*$/gm, '')) ? 'mutation' : 'query'));

/** What a request was, in few enough words to be a label (never a client's own operation name). */
function operationOf(req: express.Request): string {
  // A request the front answered never reached Express: it has no originalUrl.
  const path = (req.originalUrl ?? req.url).split('?')[0] ?? '';
  if (path.startsWith('/graphql')) {
    const query = (req.method === 'GET' ? req.query.query : (req.body as { query?: unknown } | undefined)?.query) ?? '';
    if (typeof query !== 'string' || query === '') return 'graphql';
    return documentKind(query);
  }
  const first = /^\/([a-z]+)/.exec(path)?.[1];
  return first && ['reports', 'export', 'sources', 'healthz', 'readyz', 'metrics', 'graphiql'].includes(first) ? first : 'assets';
}

export interface Metrics {
  /** Counts and times every request (mount first). */
  middleware: express.RequestHandler;
  /**
   * Counts and times a request answered before Express (server/src/http/front.ts), from `arrivedAt`,
   * once its response is written: the front knows its operation, and needs no listener for the end.
   */
  answered(operation: 'query', status: number, arrivedAt: number): void;
  /** GET /metrics: Prometheus text format. */
  endpoint: express.RequestHandler;
  cache(outcome: CacheOutcome): void;
}

/**
 * Prometheus metrics of one app (its own registry, so two apps in a process count apart): requests by
 * operation and status, their latency, the response cache's hits and misses, Neo4j sessions in use,
 * readiness, and Node's process figures.
 */
export function createMetrics(database: Database, isReady: () => boolean): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'orgraph_' });
  const requests = new Counter({ name: 'orgraph_http_requests_total', help: 'HTTP requests by operation (query, mutation, reports, export, …) and status', labelNames: ['operation', 'status'], registers: [registry] });
  const latency = new Histogram({
    name: 'orgraph_http_request_duration_seconds',
    help: 'Time from a request arriving to its response being written, by operation',
    labelNames: ['operation'],
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const cache = new Counter({ name: 'orgraph_cache_requests_total', help: 'GraphQL reads answered from the response cache (hit) or computed and stored (miss)', labelNames: ['outcome'], registers: [registry] });
  cache.inc({ outcome: 'hit' }, 0);
  cache.inc({ outcome: 'miss' }, 0);
  new Gauge({ name: 'orgraph_neo4j_sessions_open', help: 'Neo4j sessions open now, each holding a connection of the pool', registers: [registry], collect() { this.set(database.sessionsOpen); } });
  new Gauge({ name: 'orgraph_neo4j_pool_size', help: 'Connections the Neo4j driver pool may open', registers: [registry], collect() { this.set(NEO4J_POOL_SIZE); } });
  new Counter({ name: 'orgraph_neo4j_statements_total', help: 'Cypher statements sent to Neo4j', registers: [registry], collect() { this.reset(); this.inc(database.statementsRun); } });
  new Gauge({ name: 'orgraph_ready', help: '1 when /readyz says ready (warmed up, Neo4j reachable at the last check)', registers: [registry], collect() { this.set(isReady() ? 1 : 0); } });

  // Each operation's (and status's) series, found once: prom-client hashes a label object on every call.
  const series = new Map<string, { latency: Histogram.Internal<string>; byStatus: Map<number, Counter.Internal> }>();
  const seriesOf = (operation: string) => {
    let found = series.get(operation);
    if (!found) series.set(operation, (found = { latency: latency.labels(operation), byStatus: new Map() }));
    return found;
  };
  const count = (operation: string, status: number, seconds: number) => {
    const of = seriesOf(operation);
    of.latency.observe(seconds);
    let counter = of.byStatus.get(status);
    if (!counter) of.byStatus.set(status, (counter = requests.labels(operation, String(status))));
    counter.inc();
  };

  const record = (req: IncomingMessage, res: ServerResponse, arrivedAt: number) =>
    void res.once('finish', () => count(operationOf(req as express.Request), res.statusCode, (performance.now() - arrivedAt) / 1000));

  return {
    middleware(req, res, next) {
      record(req, res, preReadOf(req)?.arrivedAt ?? performance.now());
      next();
    },
    answered: (operation, status, arrivedAt) => count(operation, status, (performance.now() - arrivedAt) / 1000),
    async endpoint(_req, res) {
      res.type(registry.contentType).send(await registry.metrics());
    },
    cache(outcome) {
      cache.inc({ outcome });
    },
  };
}
