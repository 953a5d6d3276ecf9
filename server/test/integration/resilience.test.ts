import fs from 'node:fs';
import path from 'node:path';
import { startOrgraph, type Orgraph } from '../../src/bootstrap';
import { loadConfig, repoRoot } from '../../src/config';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/local/process';
import { syntheticGraph } from '../../../bench/synthetic';
import { contentHash } from '../../src/dataset/export';
import { importPaths } from '../../src/dataset/import';
import { Database, DatabaseMemoryError } from '../../src/neo4j/database';
import { folderWith } from '../support/files';
import { freePort } from '../support/ports';
import { graphql } from '../support/test-neo4j';

/**
 * Its own Neo4j (instance "resilience"), because this suite stops and restarts it under a running
 * server: requests must fail fast with DATABASE_UNAVAILABLE, /readyz must say so, service must come
 * back by itself, and what was written through the API must still be there after the restart.
 */
const EDITOR = 'editor-key-for-resilience-0001';
let boltPort: number;
let neo4j: LocalNeo4j;
let orgraph: Orgraph;

// A small per-transaction memory limit: room for the CSTO graph, not for a large import.
const startNeo4j = (fresh: boolean) =>
  startLocalNeo4j({
    home: loadConfig({}).home,
    instanceName: 'resilience',
    boltPort,
    heap: '512m',
    pageCache: '64m',
    startTimeoutMs: 120_000,
    fresh,
    settings: { 'db.memory.transaction.max': '40m' },
    log: () => undefined,
  });

beforeAll(async () => {
  boltPort = await freePort();
  neo4j = await startNeo4j(true);
  orgraph = await startOrgraph(
    {
      ...loadConfig({}),
      port: 0,
      remote: { uri: neo4j.uri, user: neo4j.user, password: neo4j.password, database: undefined },
      seed: path.join(repoRoot, 'data', 'csto'),
      editorKeys: [EDITOR],
    },
    { instanceName: 'resilience', say: () => undefined, log: () => undefined },
  );
}, 180_000);

afterAll(async () => {
  await orgraph?.stop();
  await neo4j?.stop();
});

const write = (query: string, variables: Record<string, unknown>) =>
  fetch(`${orgraph.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${EDITOR}` },
    body: JSON.stringify({ query, variables }),
  }).then((response) => response.json() as Promise<any>);

describe('when an import needs more memory than Neo4j allows a transaction', () => {
  it('refuses it with a message that says what to do, and writes nothing', async () => {
    const db = Database.connect(neo4j, 60_000);
    try {
      const file = path.join(folderWith({}), 'large.json');
      fs.writeFileSync(file, JSON.stringify(syntheticGraph(5_000).dataset));
      const before = await contentHash(db);
      const started = db.statementsRun;
      const error = await importPaths(db, [file]).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(DatabaseMemoryError);
      expect((error as Error).message).toMatch(/^The database ran out of memory for this transaction, so nothing was written \(Neo4j: .+\)\. Give Neo4j more memory \(NEO4J_HEAP/);
      // Not retried: at most the statements of one pass (1 look-up, 1 + 1 + 2 + 3 batches of writes).
      expect(db.statementsRun - started).toBeLessThanOrEqual(8);
      expect(await contentHash(db)).toBe(before);
    } finally {
      await db.close();
    }
  });
});

describe('when Neo4j goes away and comes back', () => {
  it('keeps data written through the API across a restart, reports unavailability at once, and recovers by itself', async () => {
    const written = await write('mutation($e: EntityInput!) { upsertEntity(entity: $e) { id } }', {
      e: { id: 'written-before-restart', kind: 'TOPIC', name: 'Written before the restart', citations: [{ source: 'trend-2025-11-27' }] },
    });
    expect(written.errors).toBeUndefined();

    await neo4j.stop();
    const started = Date.now();
    const down = await graphql(orgraph.url, '{ entity(id: "csto") { name } }');
    expect(down.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(down.errors?.[0]?.message).not.toMatch(/bolt|127\.0\.0\.1|Neo4jError/);
    expect(Date.now() - started).toBeLessThan(15_000);
    const notReady = await fetch(`${orgraph.url}/readyz`);
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toMatchObject({ ready: false, neo4j: 'unreachable' });
    expect((await fetch(`${orgraph.url}/healthz`)).status).toBe(200);

    neo4j = await startNeo4j(false);
    let back: any;
    for (let attempt = 0; attempt < 30; attempt++) {
      back = await graphql(orgraph.url, '{ entity(id: "written-before-restart") { name } csto: entity(id: "csto") { name } }');
      if (!back.errors) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(back.errors).toBeUndefined();
    expect(back.data).toEqual({ entity: { name: 'Written before the restart' }, csto: { name: 'Collective Security Treaty Organization' } });
    expect((await fetch(`${orgraph.url}/readyz`)).status).toBe(200);
  }, 180_000);
});
