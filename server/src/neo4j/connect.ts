import fs from 'node:fs';
import net from 'node:net';
import type { Config } from '../config';
import { Database } from './database';
import { instanceLayout } from './local/layout';
import type { LocalNeo4j } from './local/process';
import { superviseLocalNeo4j } from './local/supervisor';
import { LocalNeo4jError } from './local/java';
import type { Log } from './local/fetch';

export interface Connection {
  database: Database;
  /** The local Neo4j this connection started, if any; null for a remote server or an attached one. */
  local: LocalNeo4j | null;
  /** Closes the driver and stops the local Neo4j if this connection started it. */
  close(): Promise<void>;
}

async function verifyRemote(database: Database, uri: string, user: string): Promise<void> {
  try {
    await database.driver.verifyAuthentication();
    await database.verify();
  } catch (error) {
    await database.close();
    const code = (error as { code?: string }).code ?? '';
    if (code.includes('Unauthorized') || code.includes('Security')) {
      throw new LocalNeo4jError(`Neo4j at ${uri} refused user "${user}": check NEO4J_USER and NEO4J_PASSWORD.`);
    }
    throw new LocalNeo4jError(`Cannot reach Neo4j at ${uri} (NEO4J_URI): ${(error as Error).message}`);
  }
}

export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export interface ConnectOptions {
  instanceName: string;
  fresh?: boolean;
  /**
   * Command-line tools attach to the local Neo4j when it already runs (under `npm start`)
   * instead of failing on the busy port; the server itself insists on its own.
   */
  attach?: boolean;
  log: Log;
}

/** Connects to NEO4J_URI when set; otherwise starts (or, for tools, attaches to) the local Neo4j. */
export async function connect(config: Config, options: ConnectOptions): Promise<Connection> {
  const connection = await connectTo(config, options);
  // Writes wait out at least this process's own trust window after their commit (commit-wait.ts).
  connection.database.ownTrustMs = config.cache?.trustMs ?? 0;
  return connection;
}

async function connectTo(config: Config, options: ConnectOptions): Promise<Connection> {
  if (config.remote) {
    const database = Database.connect(config.remote, config.queryTimeoutMs);
    await verifyRemote(database, config.remote.uri, config.remote.user);
    return { database, local: null, close: () => database.close() };
  }
  const layout = instanceLayout(config.home, options.instanceName);
  if (options.attach && fs.existsSync(layout.passwordFile) && (await portInUse(config.boltPort))) {
    const password = fs.readFileSync(layout.passwordFile, 'utf8').trim();
    const database = Database.connect({ uri: `bolt://127.0.0.1:${config.boltPort}`, user: 'neo4j', password }, config.queryTimeoutMs);
    await verifyRemote(database, `bolt://127.0.0.1:${config.boltPort}`, 'neo4j');
    return { database, local: null, close: () => database.close() };
  }
  const local = await superviseLocalNeo4j({
    home: config.home,
    instanceName: options.instanceName,
    boltPort: config.boltPort,
    heap: config.heap,
    pageCache: config.pageCache,
    startTimeoutMs: config.startTimeoutMs,
    fresh: options.fresh ?? false,
    log: options.log,
  });
  const database = Database.connect(local, config.queryTimeoutMs);
  return {
    database,
    local,
    async close() {
      await database.close();
      await local.stop();
    },
  };
}
