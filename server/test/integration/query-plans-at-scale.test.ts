import { syntheticGraph } from '../../../bench/synthetic';
import type { StatementName } from '../../src/cypher/registry';
import { importParsedFiles } from '../../src/dataset/import';
import { inMemoryFile } from '../../src/dataset/read';
import { entityListParams } from '../../src/graph/entities';
import type { Database } from '../../src/neo4j/database';
import type { LocalNeo4j } from '../../src/neo4j/local/process';
import { applyMigrations } from '../../src/neo4j/migrations';
import type { EntityKindName } from '../../src/model/vocabulary';
import { planOf } from '../support/plans';
import { startOwnNeo4j } from '../support/own-neo4j';

/**
 * Plans that must read an index in order and stop after the page. On the CSTO graph (about 120
 * entities) sorting everything costs the planner no more than reading in order, and it picks either
 * from one run to the next; so these run on their own Neo4j (instance "plans") holding a synthetic
 * graph of 5,000 entities, where only the ordered read makes sense. The import refreshes Neo4j's
 * statistics: planned with those of the empty graph, these plans came out unordered one run in two.
 */
let neo4j: LocalNeo4j;
let db: Database;

beforeAll(async () => {
  ({ neo4j, db } = await startOwnNeo4j('plans', { heap: '1g', pageCache: '128m' }));
  await applyMigrations(db);
  // One transaction of 5,000 entities with their change records: more than the default minute on a busy machine.
  await importParsedFiles(db, [inMemoryFile('synthetic', syntheticGraph(5_000).dataset)], { timeoutMs: 280_000 });
}, 300_000);

afterAll(async () => {
  await db?.close();
  await neo4j?.stop();
});

describe('query plans on 5,000 entities', () => {
  it.each<[StatementName, EntityKindName | null]>([
    ['queries/entity-list', null],
    ['queries/entity-list', 'STATE'],
    ['queries/entity-list-by-start', null],
    ['queries/entity-list-by-start', 'STATE'],
  ])('%s (kind %s) reads each kind in index order, stops after the page, and scans nothing', async (name, kind) => {
    const plan = await planOf(db, name, entityListParams(kind, 51, { start: '1990', name: 'Central', id: 'syn-1' }));
    expect(plan).toContain('PartialTop');
    expect(plan.some((operator) => /IndexSeek/.test(operator))).toBe(true);
    expect(plan.filter((operator) => /AllNodesScan|NodeByLabelScan|NodeIndexScan/.test(operator))).toEqual([]);
    if (kind === null) expect(plan).toContain('NodeCountFromCountStore');
  });
});
