import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../src/config';
import { contentHash, exportDataset, writeDataset } from '../../src/dataset/export';
import { importPaths } from '../../src/dataset/import';
import { DatasetError } from '../../src/dataset/types';
import { deleteRelationship } from '../../src/graph/writes';
import { QueryTimeoutError, type Database } from '../../src/neo4j/database';
import { syntheticGraph } from '../../../bench/synthetic';
import { folderWith } from '../support/files';
import { testDatabase } from '../support/test-neo4j';

let db: Database;
beforeAll(() => {
  db = testDatabase();
});
afterAll(() => db.close());

const countAll = async () => (await db.read<{ count: number }>('queries/entity-count'))[0]!.count;

/** Imports the files and expects a refusal that names `expected`, with the graph left exactly as it was. */
async function expectRefused(files: Record<string, string>, expected: RegExp) {
  const before = await contentHash(db);
  const error = await importPaths(db, [folderWith(files)]).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(DatasetError);
  expect((error as DatasetError).message).toMatch(expected);
  expect(await contentHash(db)).toBe(before);
}

const SOURCE = 'sources:\n  - { id: test-source, title: A test source, publisher: Orgraph tests }\n';

describe('the importer, against the real Neo4j', () => {
  it('re-importing the CSTO dataset changes nothing and says so', async () => {
    const before = await contentHash(db);
    const summary = await importPaths(db, [path.join(repoRoot, 'data', 'csto')]);
    expect(summary.noChange).toBe(true);
    expect(summary.entities.created + summary.entities.updated).toBe(0);
    expect(summary.relationships.unchanged).toBeGreaterThan(150);
    expect(await contentHash(db)).toBe(before);
  });

  it('refuses a relationship whose endpoint does not exist, in the dataset or the graph', async () => {
    await expectRefused(
      { 'a.yaml': SOURCE + 'relationships:\n  - { from: russia, type: MEMBER_OF, to: no-such-org, citations: [{ source: test-source }] }\n' },
      /a\.yaml:4 \(relationships\[0\]\.to\): to "no-such-org" is not an entity of this dataset nor of the graph/,
    );
  });

  it('refuses a citation of an unknown source', async () => {
    await expectRefused(
      { 'a.yaml': 'entities:\n  - { id: test-entity, kind: topic, name: T, citations: [{ source: nowhere }] }\n' },
      /a\.yaml:2 \(entities\[0\]\.citations\[0\]\.source\): cites unknown source "nowhere"/,
    );
  });

  it('refuses malformed files, unknown kinds and types, missing fields, bad dates and duplicates, writing nothing', async () => {
    await expectRefused({ 'a.json': '{"entities": [' }, /a\.json:1: not valid JSON/);
    await expectRefused(
      { 'a.yaml': SOURCE + 'entities:\n  - { id: test-a, kind: alliance, name: A, citations: [{ source: test-source }] }\n' },
      /"alliance" is not a known entity kind/,
    );
    await expectRefused(
      { 'a.yaml': SOURCE + 'relationships:\n  - { from: russia, type: LIKES, to: csto, citations: [{ source: test-source }] }\n' },
      /"LIKES" is not a known relationship type/,
    );
    await expectRefused({ 'a.yaml': SOURCE + 'entities:\n  - { id: test-a, kind: state, citations: [{ source: test-source }] }\n' }, /missing required field "name"/);
    await expectRefused(
      { 'a.yaml': SOURCE + 'relationships:\n  - { from: russia, type: MEMBER_OF, to: csto, since: 2020, until: 2019, citations: [{ source: test-source }] }\n' },
      /until 2019 is before since 2020/,
    );
    await expectRefused(
      { 'a.yaml': SOURCE + 'entities:\n  - { id: test-a, kind: state, name: A, citations: [{ source: test-source }] }\n  - { id: test-a, kind: state, name: B, citations: [{ source: test-source }] }\n' },
      /duplicate entity id "test-a"/,
    );
    await expectRefused({ 'a.yaml': SOURCE + 'entities:\n  - { id: test-a, kind: state, name: A }\n' }, /missing required field "citations"/);
  });

  it('writes nothing when one record of many is bad, even if the others are fine', async () => {
    const countBefore = await countAll();
    await expectRefused(
      {
        'good.yaml': SOURCE + 'entities:\n  - { id: test-good, kind: topic, name: Fine, citations: [{ source: test-source }] }\n',
        'bad.yaml': 'relationships:\n  - { from: test-good, type: FOCUSES_ON, to: missing-topic, citations: [{ source: test-source }] }\n',
      },
      /bad\.yaml:2 \(relationships\[0\]\.to\)/,
    );
    expect(await countAll()).toBe(countBefore);
  });

  it('imports, updates and removes nothing it was not asked to; CSV and YAML alike; dry runs write nothing', async () => {
    const folder = folderWith({
      'sources.csv': 'id,title,publisher\ntest-csv-source,CSV source,Tests\n',
      'entities.csv': 'id,kind,name,aliases,identifiers,source,quote\ntest-alliance,organization,Test Alliance,TA@en|ТА@ru,wikidata:Q4115189,test-csv-source,It exists\n',
      'relationships.csv': 'from,type,to,since,until,status,source,quote\nrussia,MEMBER_OF,test-alliance,2020,2021,member,test-csv-source,Russia joined\n',
    });
    const dry = await importPaths(db, [folder], { dryRun: true });
    expect(dry).toMatchObject({ dryRun: true, entities: { created: 1 }, relationships: { created: 1 }, sources: { created: 1 } });
    expect((await db.read('queries/entities-by-id', { ids: ['test-alliance'], release: null, withDetails: true, withCitations: true, withCitationDetails: true })).length).toBe(0);

    const first = await importPaths(db, [folder]);
    expect(first).toMatchObject({ entities: { created: 1 }, relationships: { created: 1 }, sources: { created: 1 } });
    const [row] = await db.read<{ entity: { name: string; aliases: string; citations: Array<{ quote: string; source: { title: string } }> } }>(
      'queries/entities-by-id',
      { ids: ['test-alliance'], release: null, withDetails: true, withCitations: true, withCitationDetails: true },
    );
    expect(row!.entity.name).toBe('Test Alliance');
    expect(JSON.parse(row!.entity.aliases)).toEqual([{ name: 'TA', lang: 'en' }, { name: 'ТА', lang: 'ru' }]);
    expect(row!.entity.citations).toEqual([expect.objectContaining({ quote: 'It exists', source: expect.objectContaining({ title: 'CSV source' }) })]);

    fs.writeFileSync(
      path.join(folder, 'relationships.csv'),
      'from,type,to,since,until,status,source,quote\nrussia,MEMBER_OF,test-alliance,2020,2022,member,test-csv-source,Russia stayed longer\n',
    );
    const second = await importPaths(db, [folder]);
    expect(second).toMatchObject({ entities: { unchanged: 1 }, relationships: { updated: 1 }, sources: { unchanged: 1 } });
  });

  it('replaces a relationship whose type or ends changed under the same id, leaving no stale copy or citation', async () => {
    const relationship = (from: string, type: string, to: string, citations: string) =>
      SOURCE + `relationships:\n  - { id: test-moving-tie, from: ${from}, type: ${type}, to: ${to}, citations: [${citations}] }\n`;
    const entitiesBefore = await countAll();

    const two = '{ source: test-source, quote: first }, { source: test-source, quote: second }';
    expect(await importPaths(db, [folderWith({ 'a.yaml': relationship('russia', 'MEMBER_OF', 'csto', two) })])).toMatchObject({ relationships: { created: 1 } });
    // The type changes (same ends), then both ends change, then a citation is dropped: each an update of the one relationship.
    expect(await importPaths(db, [folderWith({ 'a.yaml': relationship('russia', 'PARTICIPATES_IN', 'csto', two) })])).toMatchObject({ relationships: { updated: 1, created: 0 } });
    expect(await importPaths(db, [folderWith({ 'a.yaml': relationship('belarus', 'PARTICIPATES_IN', 'kazakhstan', two) })])).toMatchObject({ relationships: { updated: 1, created: 0 } });
    expect(await importPaths(db, [folderWith({ 'a.yaml': relationship('belarus', 'PARTICIPATES_IN', 'kazakhstan', '{ source: test-source, quote: only }') })])).toMatchObject({
      relationships: { updated: 1, created: 0 },
    });
    expect(await db.read('queries/relationships-by-id', { ids: ['test-moving-tie'] })).toHaveLength(1);
    expect(await countAll()).toBe(entitiesBefore);
    const [row] = await db.read<{ relationship: { type: string; from: string; to: string; citations: Array<{ quote: string }> } }>('queries/relationship-by-id', {
      id: 'test-moving-tie',
      from: 'belarus',
    });
    expect(row!.relationship).toMatchObject({ type: 'PARTICIPATES_IN', from: 'belarus', to: 'kazakhstan', citations: [{ quote: 'only' }] });
    const { records } = await db.driver.executeQuery("MATCH (c:Citation) WHERE c.owner = 'relationship:test-moving-tie' RETURN count(c) AS count");
    expect(records[0]!.get('count')).toBe(1);

    // Deleting it (by id alone) takes its citation with it.
    expect(await deleteRelationship(db, 'test-moving-tie')).toBe(true);
    expect(await deleteRelationship(db, 'test-moving-tie')).toBe(false);
    const after = await db.driver.executeQuery("MATCH (c:Citation) WHERE c.owner = 'relationship:test-moving-tie' RETURN count(c) AS count");
    expect(after.records[0]!.get('count')).toBe(0);
  });

  it('stops an import that runs out of time, writing nothing and saying what to do', async () => {
    const { dataset } = syntheticGraph(2_000);
    const file = path.join(folderWith({}), 'large.json');
    fs.writeFileSync(file, JSON.stringify(dataset));
    const before = await contentHash(db);

    const slow = await importPaths(db, [file], { timeoutMs: 50 }).catch((caught: unknown) => caught);
    expect(slow).toBeInstanceOf(QueryTimeoutError);
    expect((slow as Error).message).toMatch(/^The import took longer than its time limit of 0 s and was stopped; nothing was written\. Raise ORGRAPH_IMPORT_TIMEOUT_MS/);
    expect(await contentHash(db)).toBe(before);

    expect(await contentHash(db)).toBe(before);
  });

  it('exports the graph and imports the export into an empty database as the same graph', async () => {
    const before = await contentHash(db);
    const exported = await exportDataset(db);
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'orgraph-export-'));
    writeDataset(folder, exported);

    await db.transaction((tx) => tx.run('writes/delete-everything'));
    expect(await countAll()).toBe(0);

    const summary = await importPaths(db, [folder]);
    expect(summary.entities.created).toBe(exported.entities.length);
    expect(summary.relationships.created).toBe(exported.relationships.length);
    expect(await contentHash(db)).toBe(before);
    expect(await exportDataset(db)).toEqual(exported);
  });
});
