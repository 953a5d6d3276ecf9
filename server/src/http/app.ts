import type { WikidataConfig } from '../interchange/wikidata/config';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import cors from 'cors';
import express from 'express';
import fs from 'node:fs';
import type { IncomingMessage, RequestListener } from 'node:http';
import { cacheFront } from './front';
import path from 'node:path';
import { repoRoot } from '../config';
import { CountingReader, createContext, type RequestContext } from '../graphql/context';
import { reportRoutes } from './reports';
import { exportRoutes } from './exports';
import { sourceRoutes } from './sources';
import { formatError, operationTypeExists, statusPlugin, type Log } from '../graphql/errors';
import { resolvers } from '../graphql/resolvers';
import { typeDefs } from '../graphql/schema';
import type { Database } from '../neo4j/database';
import { graphiqlAssets, graphiqlPage } from './graphiql';
import { accessOf, type AccessSettings } from './auth';
import { accessPlugin } from '../graphql/access';
import { BODY_LIMIT_BYTES, errorHandler, notFound } from './errors';
import { jsonBody } from './json-body';
import { nestingGuard } from './nesting';
import { readiness, type WarmUpState } from './readiness';
import { responseCache } from '../cache/middleware';
import { RELEASE_HEADER, releaseEtags } from '../cache/etags';
import { VersionClock } from '../cache/version';
import { createMetrics } from './metrics';
import type { Config } from '../config';
import { explorerAssets } from './compression';
import { answerEncoding } from './post-answers';

export interface AppOptions extends AccessSettings {
  database: Database;
  corsOrigins: string[];
  /** How long a request waits for Neo4j to answer a statement (ORGRAPH_REQUEST_TIMEOUT_MS). */
  requestTimeoutMs: number;
  log: Log;
  /** The response cache's bounds; null turns it off (ORGRAPH_CACHE=off). */
  cache: Config['cache'];
  /** Where importFromWikidata reads (WIKIDATA_* settings); the public services when absent. */
  wikidata?: WikidataConfig;
}

export interface App {
  app: express.Express;
  /** What the HTTP server calls: `app`, with the response cache's POST hits answered in front of it (front.ts). */
  listener: RequestListener;
  apollo: ApolloServer<RequestContext>;
  /** Ends the warm-up: /readyz may say ready from now on. */
  warmedUp(state: Exclude<WarmUpState, 'running'>): void;
}

export const CLIENT_DIST = path.join(repoRoot, 'client', 'dist');

/** Tokens in one GraphQL document, counted by graphql-js's parser (parseOptions below). */
const MAX_TOKENS = 2_000;

/** Limits that keep one request from stalling the server; exceeding one gives QUERY_TOO_COMPLEX. */
const armor = new ApolloArmor({
  maxDepth: { n: 12 },
  // The cost counts list sizes (first), so 100 entities with 20 relationships each, with endpoints
  // and citations, is about 425k: allowed. A million is far beyond what the explorer or a report asks.
  costLimit: { maxCost: 1_000_000 },
  maxAliases: { n: 20 },
  maxDirectives: { n: 30 },
  // Counted by graphql-js's own parser instead (parseOptions below): armor's count parses the document
  // a second time and turns every syntax error into a 500.
  maxTokens: { enabled: false },
  blockFieldSuggestion: { enabled: false },
});

export async function createApp(options: AppOptions): Promise<App> {
  const protection = armor.protect();
  const apollo = new ApolloServer<RequestContext>({
    typeDefs: typeDefs(),
    resolvers,
    ...protection,
    plugins: [
      ...protection.plugins,
      ApolloServerPluginLandingPageDisabled(),
      // Apollo's cache-control plugin hooks every field of every answer (its willResolveField makes Apollo
      // wrap each resolver) to read @cacheControl hints, which this schema has none of: 5 % of the CPU a
      // request took in the profile (bench/README.md, "Profile, 2026-11-30"). Its one effect here, the
      // header `Cache-Control: no-store` on every answer, is set below; the response cache sets its own.
      ApolloServerPluginCacheControlDisabled(),
      accessPlugin(options),
      statusPlugin(),
      {
        // Every response says how many Cypher statements it cost, for clients and for the round-trip tests.
        async requestDidStart() {
          return {
            async willSendResponse({ response, contextValue }) {
              response.http.headers.set('cache-control', 'no-store');
              if (response.body.kind === 'single') {
                response.body.singleResult.extensions = {
                  ...response.body.singleResult.extensions,
                  cypherStatements: contextValue.db.statements,
                };
              }
            },
          };
        },
      },
    ],
    validationRules: [...protection.validationRules, operationTypeExists],
    // Stops the parser at the token limit, before a list nested 5,000 deep can exhaust the stack.
    parseOptions: { maxTokens: MAX_TOKENS },
    // GraphiQL's docs pane and codegen need it; Apollo's default turns it off under NODE_ENV=production.
    introspection: true,
    // Automatic persisted queries would keep an unbounded cache of clients' documents; refused outright.
    persistedQueries: false,
    formatError: formatError(options.log),
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    // The process's own shutdown (server/src/main.ts) stops Apollo in order, then Neo4j.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  let warmUp: WarmUpState = 'running';
  const ready = readiness(options.database, () => warmUp);
  const metrics = createMetrics(options.database, () => warmUp !== 'running');

  // What requests read and write through: every statement given up after the request deadline.
  const requestDatabase = options.database.withDeadline(options.requestTimeoutMs);
  // One version check per request, shared by the response cache and the ETags of reports and exports.
  const clock = new VersionClock(requestDatabase, options.cache?.trustMs ?? 0, requestDatabase.deadline);
  // A write through this process (a mutation, a review, an import) is seen here from its commit on.
  options.database.onHeadMoved(() => clock.forget());
  const readerAccess = (req: IncomingMessage): string | null => {
    const { access, invalidKey } = accessOf(req.headers.authorization, options);
    return invalidKey || access === 'none' ? null : access;
  };
  const etags = (dependsOnToday: boolean) =>
    options.cache ? [releaseEtags({ clock, accessOf: readerAccess, dependsOnToday, privateResponses: options.readerKeys.length > 0 })] : [];

  const app = express();
  app.disable('x-powered-by');
  app.use(metrics.middleware);
  app.use(answerEncoding());
  // With no origins the cors middleware adds nothing to any answer (a preflight falls through to the
  // routes as without it); it is left out then, so it does not copy its options on every request.
  if (options.corsOrigins.length > 0) app.use(cors({ origin: options.corsOrigins, exposedHeaders: [RELEASE_HEADER] }));
  app.get('/metrics', metrics.endpoint);

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const state = await ready();
    res.status(state.ready ? 200 : 503).json(state);
  });

  app.use('/graphiql', graphiqlAssets());
  app.get('/graphql', (req, res, next) => {
    if (req.query.query === undefined && req.accepts(['application/json', 'text/html']) === 'text/html') {
      res.type('html').send(graphiqlPage('/graphql'));
    } else next();
  });
  const cache = options.cache
    ? responseCache({
        clock,
        limits: options.cache,
        maxTokens: MAX_TOKENS,
        privateResponses: options.readerKeys.length > 0,
        accessOf: readerAccess,
        count: metrics.cache,
      })
    : null;
  app.use(
    '/graphql',
    jsonBody(BODY_LIMIT_BYTES),
    nestingGuard(MAX_TOKENS),
    ...(cache ? [cache.middleware] : []),
    expressMiddleware(apollo, { context: async ({ req }) => createContext(requestDatabase, accessOf(req.headers.authorization, options), options.wikidata) }),
  );

  // A source read in (POST) is a release: with ORGRAPH_CACHE_TRUST_MS, this server's next read checks at once.
  const written: express.RequestHandler = (req, res, next) => {
    if (req.method !== 'GET') res.once('finish', () => clock.forget());
    next();
  };
  app.use('/sources', written, sourceRoutes(options.database, options, options.log));
  app.use('/reports', ...etags(true), reportRoutes(() => new CountingReader(requestDatabase), options));
  app.use('/export', ...etags(false), exportRoutes(() => new CountingReader(requestDatabase), options));

  app.use(...explorerAssets(CLIENT_DIST));
  app.get('/', (_req, res) => {
    res
      .status(503)
      .type('text')
      .send(fs.existsSync(CLIENT_DIST) ? 'The explorer is missing index.html.' : 'The explorer is not built yet: run `npm run build:client`.');
  });
  app.use(notFound);
  app.use(errorHandler(options.log));
  return {
    app,
    listener: cache && options.corsOrigins.length === 0 ? cacheFront(app, cache, metrics, BODY_LIMIT_BYTES) : app,
    apollo,
    warmedUp(state) {
      warmUp = state;
    },
  };
}
