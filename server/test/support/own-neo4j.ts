import { loadConfig } from '../../src/config';
import { Database } from '../../src/neo4j/database';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/local/process';
import { freePort } from './ports';

/**
 * A Neo4j of a suite's own (an empty one, in its own folder, on a free port), for tests that need a
 * graph other than the shared CSTO one; stop it in afterAll.
 */
export async function startOwnNeo4j(instanceName: string, memory: { heap: string; pageCache: string }): Promise<{ neo4j: LocalNeo4j; db: Database }> {
  const neo4j = await startLocalNeo4j({
    home: loadConfig({}).home,
    instanceName,
    boltPort: await freePort(),
    ...memory,
    startTimeoutMs: 240_000,
    fresh: true,
    log: () => undefined,
  });
  return { neo4j, db: Database.connect(neo4j, 120_000) };
}
