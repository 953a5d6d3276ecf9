import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { repoRoot, type Config } from './config';
import { importPaths } from './dataset/import';
import { createApp } from './http/app';
import { connect, type Connection } from './neo4j/connect';
import { applyMigrations } from './neo4j/migrations';
import type { Log as JsonLog } from './graphql/errors';
import { warmUp as explorerWarmUp, type WarmUpResult } from './http/warm-up';

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
  /** What runs before /readyz says ready (default: the explorer's first requests, server/src/http/warm-up.ts). */
  warmUp?: (url: string) => Promise<WarmUpResult>;
  /** How long the warm-up may take before the server is declared ready without it. */
  warmUpLimitMs?: number;
}

const WARM_UP_LIMIT_MS = 60_000;

/**
 * Brings the whole product up: the database (local or NEO4J_URI), the schema, the seed data when
 * the graph is empty, then the HTTP server. `stop` undoes it in reverse order.
 */
/** A warm-up that does not settle in time counts as failed: it must never keep the server unready. */
async function withinLimit(pending: Promise<WarmUpResult>, limitMs: number): Promise<WarmUpResult> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<WarmUpResult>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, error: `not finished in ${limitMs / 1000} s` }), limitMs);
  });
  try {
    return await Promise.race([pending.catch((error: Error) => ({ ok: false as const, error: error.message })), late]);
  } finally {
    clearTimeout(timer);
  }
}

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
    const { listener, apollo, warmedUp } = await createApp({
      database: connection.database,
      corsOrigins: config.corsOrigins,
      wikidata: config.wikidata,
      requestTimeoutMs: config.requestTimeoutMs,
      editorKeys: config.editorKeys,
      readerKeys: config.readerKeys,
      log: options.log,
      cache: config.cache,
    });
    const server = await new Promise<Server>((resolve, reject) => {
      const listening = createServer(listener).listen(config.port, config.host, () => resolve(listening));
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
    const url = `http://${config.host}:${port}`;
    const limitMs = options.warmUpLimitMs ?? WARM_UP_LIMIT_MS;
    // With reader keys, the explorer's users send one: warm what they will ask (open reads otherwise).
    const key = config.readerKeys[0];
    const warmed = await withinLimit((options.warmUp ?? ((at) => explorerWarmUp({ url: at, key, limitMs })))(url), limitMs);
    if (warmed.ok) options.say(`Warmed up: ${warmed.requests} requests planned and cached.`);
    else options.log({ level: 'warn', event: 'warm-up failed', message: `The warm-up failed (${warmed.error}); ready without it.` });
    warmedUp(warmed.ok ? 'done' : 'failed');
    return {
      url,
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
