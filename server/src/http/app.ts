import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import cors from 'cors';
import express from 'express';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../config';
import { CountingReader, createContext, type RequestContext } from '../graphql/context';
import { reportRoutes } from './reports';
import { exportRoutes } from './exports';
import { formatError, type Log } from '../graphql/errors';
import { resolvers } from '../graphql/resolvers';
import { typeDefs } from '../graphql/schema';
import type { Database } from '../neo4j/database';
import { schemaIsCurrent } from '../neo4j/migrations';
import { graphiqlAssets, graphiqlPage } from './graphiql';
import { accessOf, type AccessSettings } from './auth';
import { accessPlugin } from '../graphql/access';

export interface AppOptions extends AccessSettings {
  database: Database;
  corsOrigins: string[];
  log: Log;
}

export const CLIENT_DIST = path.join(repoRoot, 'client', 'dist');

/** Limits that keep one request from stalling the server; exceeding one gives QUERY_TOO_COMPLEX. */
const armor = new ApolloArmor({
  maxDepth: { n: 12 },
  // The cost counts list sizes (first), so 100 entities with 20 relationships each, with endpoints
  // and citations, is about 425k: allowed. A million is far beyond what the explorer or a report asks.
  costLimit: { maxCost: 1_000_000 },
  maxAliases: { n: 20 },
  maxDirectives: { n: 30 },
  maxTokens: { n: 2_000 },
  blockFieldSuggestion: { enabled: false },
});

export async function createApp(options: AppOptions): Promise<{ app: express.Express; apollo: ApolloServer<RequestContext> }> {
  const protection = armor.protect();
  const apollo = new ApolloServer<RequestContext>({
    typeDefs: typeDefs(),
    resolvers,
    ...protection,
    plugins: [
      ...protection.plugins,
      ApolloServerPluginLandingPageDisabled(),
      accessPlugin(options),
      {
        // Every response says how many Cypher statements it cost, for clients and for the round-trip tests.
        async requestDidStart() {
          return {
            async willSendResponse({ response, contextValue }) {
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
    validationRules: [...protection.validationRules],
    formatError: formatError(options.log),
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    // The process's own shutdown (server/src/main.ts) stops Apollo in order, then Neo4j.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.use(cors({ origin: options.corsOrigins.length > 0 ? options.corsOrigins : false }));

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await options.database.verify();
      const schema = await schemaIsCurrent(options.database);
      res.status(schema ? 200 : 503).json({ ready: schema, neo4j: 'reachable', schema: schema ? 'current' : 'not applied' });
    } catch {
      res.status(503).json({ ready: false, neo4j: 'unreachable', schema: 'unknown' });
    }
  });

  app.use('/graphiql', graphiqlAssets());
  app.get('/graphql', (req, res, next) => {
    if (req.query.query === undefined && req.accepts(['application/json', 'text/html']) === 'text/html') {
      res.type('html').send(graphiqlPage('/graphql'));
    } else next();
  });
  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    expressMiddleware(apollo, { context: async ({ req }) => createContext(options.database, accessOf(req.headers.authorization, options)) }),
  );

  app.use('/reports', reportRoutes(() => new CountingReader(options.database), options, options.log));
  app.use('/export', exportRoutes(() => new CountingReader(options.database), options, options.log));

  app.use(express.static(CLIENT_DIST, { index: 'index.html' }));
  app.get('/', (_req, res) => {
    res
      .status(503)
      .type('text')
      .send(fs.existsSync(CLIENT_DIST) ? 'The explorer is missing index.html.' : 'The explorer is not built yet: run `npm run build:client`.');
  });
  return { app, apollo };
}
