import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { contentHash, exportDataset } from '../../src/dataset/export';
import { importParsedFiles } from '../../src/dataset/import';
import { inMemoryFile } from '../../src/dataset/read';
import { entitiesById } from '../../src/graph/entities';
import { neighbourhood } from '../../src/graph/neighbourhood';
import { graphStats } from '../../src/graph/stats';
import { searchEntities } from '../../src/graph/search';
import type { Database } from '../../src/neo4j/database';
import type { LocalNeo4j } from '../../src/neo4j/local/process';
import { applyMigrations, migrationFiles } from '../../src/neo4j/migrations';
import { datasetAt } from '../../src/releases/records-at';
import { changesBetween, latestRelease, listReleases } from '../../src/releases/read';
import { startOwnNeo4j } from '../support/own-neo4j';

/**
 * A database made by Orgraph before releases (commit 92e2473: its schema migrations and the CSTO
 * import, dumped node by node and relationship by relationship into server/test/fixtures; the script
 * that made it is beside it) is loaded into a Neo4j of its own, then migrated: what it held becomes
 * release 1, nothing lost, and the next write is release 2.
 */
interface Dump {
  nodes: Array<{ labels: string[]; props: Record<string, unknown> }>;
  relationships: Array<{ type: string; props: Record<string, unknown>; fromLabel: string; from: string; toLabel: string; to: string }>;
}
const dump = JSON.parse(zlib.gunzipSync(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'pre-release-csto.json.gz'))).toString('utf8')) as Dump;

let neo4j: LocalNeo4j;
let db: Database;
let oldHash: string;
let oldStats: Awaited<ReturnType<typeof graphStats>>;

jest.setTimeout(300_000);

beforeAll(async () => {
  ({ neo4j, db } = await startOwnNeo4j('migration', { heap: '512m', pageCache: '64m' }));
  // The schema as it was: the migrations before releases.
  await applyMigrations(db, migrationFiles().filter((file) => file.name < '006'));
  await db.transaction(async (tx) => {
    await tx.run('writes/load-raw-nodes', { nodes: dump.nodes });
    await tx.run('writes/load-raw-relationships', { relationships: dump.relationships });
  });
  oldHash = await contentHash(db);
  oldStats = await graphStats(db);
}, 300_000);

afterAll(async () => {
  await db?.close();
  await neo4j?.stop();
});

describe('the releases migration on a database made before releases', () => {
  it('starts from what that version wrote: no release, the CSTO graph in full', async () => {
    expect(await latestRelease(db)).toBe(0);
    expect(oldStats.entities).toBe(dump.nodes.filter((node) => node.labels.includes('Entity')).length);
    expect(oldStats.entities).toBeGreaterThan(100);
  });

  it('makes what it holds release 1, losing nothing', async () => {
    // Up to 009 here; the change names (010) are checked on their own below.
    const applied = await applyMigrations(db, migrationFiles().filter((file) => file.name < '010'));
    // Later schema files (007 sources in, 008 relationship roles, 009 identifiers) apply too; release 1 is made once the schema is current.
    expect(applied).toEqual(['006-releases', '007-sources-in', '008-relationship-roles', '009-entity-identifiers', 'release 1 from the graph as it was']);
    expect(await latestRelease(db)).toBe(1);
    expect(await graphStats(db)).toEqual(oldStats);
    expect(await contentHash(db)).toBe(oldHash);
    const [release] = (await listReleases(db, { first: 5 })).edges.map((edge) => edge.node);
    expect(release).toMatchObject({ number: 1, author: 'migration', added: oldStats.entities + oldStats.relationships + oldStats.sources, changed: 0, retired: 0 });
    // The change records of release 1 are the graph: exported from them, it is what the live graph exports.
    const live = await exportDataset(db);
    expect(await datasetAt(db, 1)).toEqual(live);
    expect((await changesBetween(db, 0, 1)).length).toBe(release!.added);
    // Applying again does nothing.
    expect(await applyMigrations(db, migrationFiles().filter((file) => file.name < '010'))).toEqual([]);
  });

  it('gives change records written before 010 their alias names, so that search at release 1 finds aliases', async () => {
    // Change records as the code before 010 wrote them: no alias names beside the JSON.
    await db.driver.executeQuery('MATCH (c:Change) REMOVE c.aliasNames', {}, { database: db.database });
    expect(await applyMigrations(db)).toEqual(['010-change-names', '011-retired-relationship-roles', 'alias names of older change records']);
    const found = await searchEntities(db, { text: 'ОДКБ', release: 1 });
    expect(found.edges[0]?.node).toMatchObject({ id: 'csto', name: 'Collective Security Treaty Organization' });
    expect(await applyMigrations(db)).toEqual([]);
  });

  it('reads as before, and the next write is release 2 with release 1 still readable', async () => {
    const csto = (await entitiesById(db, ['csto'])).get('csto')!;
    expect(csto.name).toBe('Collective Security Treaty Organization');
    const around = (await neighbourhood(db, { id: 'csto' }))!;
    expect(around.edges.length).toBeGreaterThan(10);
    const summary = await importParsedFiles(db, [
      inMemoryFile('edit', { entities: [{ ...(await exportDataset(db)).entities.find((e) => e.id === 'csto')!, description: 'Edited after the migration.' }] }),
    ]);
    expect(summary.release).toBe(2);
    expect((await entitiesById(db, ['csto'])).get('csto')!.description).toBe('Edited after the migration.');
    expect((await entitiesById(db, ['csto'], 1)).get('csto')!.description).toBe(csto.description);
    expect((await neighbourhood(db, { id: 'csto', release: 1 }))!.edges.length).toBe(around.edges.length);
  });
});
