import type { Server } from 'node:http';
import path from 'node:path';
import { repoRoot, type Config } from './config';
import { importPaths } from './dataset/import';
import { createApp } from './http/app';
import { connect, type Connection } from './neo4j/connect';
import { applyMigrations } from './neo4j/migrations';
import type { Log as JsonLog } from './graphql/errors';

export interface Orgraph {
  url: string;
  connection: Connection;
  stop(): Promise<void>;
}

export interface StartOptions {
  instanceName: string;
  fresh?: boolean;
  /** Progress for people watching the start. */
  say: (line: string) => void;
  /** Structured log entries (errors in requests). */
  log: JsonLog;
}

/**
 * Brings the whole product up: the database (local or NEO4J_URI), the schema, the seed data when
 * the graph is empty, then the HTTP server. `stop` undoes it in reverse order.
 */
export async function startOrgraph(config: Config, options: StartOptions): Promise<Orgraph> {
  const connection = await connect(config, { instanceName: options.instanceName, fresh: options.fresh ?? false, log: options.say });
  try {
    const applied = await applyMigrations(connection.database);
    if (applied.length > 0) options.say(`Schema migrations applied: ${applied.join(', ')}.`);
    if (config.seed) {
      const [row] = await connection.database.read<{ count: number }>('queries/entity-count');
      if (row!.count === 0) {
        const summary = await importPaths(connection.database, [config.seed], {
          timeoutMs: config.importTimeoutMs,
          author: 'seed',
          summary: `The seed dataset ${path.relative(repoRoot, config.seed) || config.seed}`,
        });
        options.say(
          `Loaded ${config.seed}: ${summary.entities.created} entities, ${summary.relationships.created} relationships, ${summary.sources.created} sources.`,
        );
      }
    }
    const { app, apollo } = await createApp({
      database: connection.database,
      corsOrigins: config.corsOrigins,
      wikidata: config.wikidata,
      requestTimeoutMs: config.requestTimeoutMs,
      editorKeys: config.editorKeys,
      readerKeys: config.readerKeys,
      log: options.log,
    });
    const server = await new Promise<Server>((resolve, reject) => {
      const listening = app.listen(config.port, config.host, () => resolve(listening));
      listening.once('error', (error: NodeJS.ErrnoException) =>
        reject(
          error.code === 'EADDRINUSE'
            ? new Error(`Port ${config.port} on ${config.host} is already in use; set PORT to a free port.`)
            : error,
        ),
      );
    });
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    return {
      url: `http://${config.host}:${port}`,
      connection,
      async stop() {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        await closed;
        await apollo.stop();
        await connection.close();
      },
    };
  } catch (error) {
    await connection.close();
    throw error;
  }
}
