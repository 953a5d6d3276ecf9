import path from 'node:path';
import { loadConfig, repoRoot } from '../../src/config';
import { importPaths } from '../../src/dataset/import';
import { Database } from '../../src/neo4j/database';
import { startLocalNeo4j } from '../../src/neo4j/local/process';
import { applyMigrations } from '../../src/neo4j/migrations';
import { freePort } from './ports';
import { TEST_NEO4J_ENV, type TestNeo4j } from './test-neo4j';

/**
 * Starts the Neo4j the tests use: the project's own local manager, instance "test" (its own data
 * folder, emptied at every run) on a free port, so it never touches the user's data and runs beside
 * `npm start`. Then applies the schema and loads the CSTO graph, as `npm start` does.
 */
export default async function globalSetup(): Promise<void> {
  const config = loadConfig({ ...process.env, NEO4J_URI: undefined });
  const started = Date.now();
  const local = await startLocalNeo4j({
    home: config.home,
    instanceName: 'test',
    boltPort: await freePort(),
    heap: '1g',
    pageCache: '256m',
    startTimeoutMs: 180_000,
    fresh: true,
    // Neo4j enforces transaction timeouts when its monitor looks, every 2 s by default: the tests that
    // give a short timeout need it enforced promptly.
    settings: { 'db.transaction.monitor.check.interval': '100ms' },
    log: (line) => process.stderr.write(`[test neo4j] ${line}\n`),
  });
  const database = Database.connect(local, 30_000);
  try {
    await applyMigrations(database);
    await importPaths(database, [path.join(repoRoot, 'data', 'csto')]);
  } finally {
    await database.close();
  }
  const info: TestNeo4j = { uri: local.uri, user: local.user, password: local.password, instance: local.layout.instance };
  process.env[TEST_NEO4J_ENV] = JSON.stringify(info);
  (globalThis as { __orgraphTestNeo4j?: typeof local }).__orgraphTestNeo4j = local;
  process.stderr.write(`[test neo4j] ready with the CSTO graph in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
