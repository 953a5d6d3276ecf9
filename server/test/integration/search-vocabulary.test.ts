import path from 'node:path';
import type { Orgraph } from '../../src/bootstrap';
import { repoRoot } from '../../src/config';
import type { StatementName } from '../../src/cypher/registry';
import { importPaths } from '../../src/dataset/import';
import type { Database } from '../../src/neo4j/database';
import type { Reader } from '../../src/graph/reader';
import { searchStatement } from '../../src/graph/search';
import { SearchVocabularies, type HeadVersion } from '../../src/graph/search-vocabularies';
import { graphqlData, graphqlWithKey, startTestServer, testDatabase } from '../support/test-neo4j';

// Search expands typos with the words the index holds (server/src/graph/search-vocabulary.ts) instead
// of Lucene's fuzzy terms: what it finds must be what the fuzzy query finds, and a name a release adds
// must be found by its typos as soon as the release is committed.
const EDITOR = 'search-vocabulary-test-editor-key';
let orgraph: Orgraph;
// A second server on the same database, as behind a balancer: its releases are not this process's for `orgraph`.
let other: Orgraph;
let db: Database;

jest.setTimeout(180_000);

beforeAll(async () => {
  [orgraph, other] = await Promise.all([startTestServer({ editorKeys: [`vocabulary:${EDITOR}`] }), startTestServer({ editorKeys: [`vocabulary:${EDITOR}`] })]);
  db = testDatabase();
});
afterAll(async () => {
  await db.close();
  await Promise.all([orgraph, other].map((server) => server?.stop()));
});

const data = (query: string, variables: Record<string, unknown> = {}, key?: string) => graphqlData(orgraph.url, query, variables, key);

type Hit = { id: string; score: number };
const SEARCH = 'query($t: String!) { search(text: $t, first: 100) { totalCount edges { score node { id } } } }';
const searched = async (text: string): Promise<{ totalCount: number; hits: Hit[] }> => {
  const found = (await data(SEARCH, { t: text })).search;
  return { totalCount: found.totalCount, hits: found.edges.map((edge: any) => ({ id: edge.node.id, score: edge.score })) };
};

/** A search on `orgraph`: the ids found and how many statements it sent (1: no vocabulary read, no second search). */
const searchedWithStatements = async (text: string) => {
  const answer = await graphqlWithKey(orgraph.url, SEARCH, { t: text });
  expect(answer.errors).toBeUndefined();
  return { ids: (answer.data as any).search.edges.map((edge: any) => edge.node.id as string), statements: answer.extensions?.cypherStatements };
};

const SOURCE = { id: 'vocabulary-test-source', title: 'Vocabulary test source' };
/** Writes an entity (one release) through `server`'s API. */
const upsert = async (server: Orgraph, id: string, name: string, aliases: string[] = []) => {
  await graphqlData(server.url, 'mutation($s: SourceInput!) { upsertSource(source: $s) { id } }', { s: SOURCE }, EDITOR);
  const entity = { id, kind: 'ORGANIZATION', name, aliases: aliases.map((alias) => ({ name: alias })), citations: [{ source: SOURCE.id, quote: `${name} exists.` }] };
  await graphqlData(server.url, 'mutation($e: EntityInput!) { upsertEntity(entity: $e) { id } }', { e: entity }, EDITOR);
};

const head = async (): Promise<HeadVersion> => (await db.read<HeadVersion>('releases/version'))[0]!;

/** Vocabularies over the test database that note the statements they send. */
const recorded = () => {
  const sent: StatementName[] = [];
  const reader: Reader = { read: (name, params) => (sent.push(name), db.read(name, params)) };
  return { sent, reader, vocabularies: new SearchVocabularies() };
};

/** The same search by the statement with Lucene's fuzzy terms (no vocabulary), as search ran before. */
const withFuzzyTerms = async (text: string): Promise<{ totalCount: number; hits: Hit[] }> => {
  const statement = searchStatement({ text }, { offset: 0, first: 100 }, null, { details: false, citations: false })!;
  expect(statement.params.query).toMatch(/~[12]/);
  const [row] = await db.read<{ totalCount: number; hits: Array<{ score: number; entity: { id: string } }> }>(statement.name, statement.params);
  return { totalCount: row!.totalCount, hits: row!.hits.map((hit) => ({ id: hit.entity.id, score: hit.score })) };
};

describe('search with typos expanded from the vocabulary', () => {
  it('still finds an entity by a typo of its name', async () => {
    // Every word one or two edits away: no name holds them as typed or as a prefix.
    expect((await searched('Colective Secuirty Treatty Organisaton')).hits.map((hit) => hit.id)).toContain('csto');
    expect((await searched('Kazakstan')).hits[0]!.id).toBe('kazakhstan');
  });

  it.each([
    'Collective Secuirty Treaty',
    'collective security',
    'secretary genral',
    'rusia',
    'colective',
    'security councl',
    'Коллективной безопасности',
    'tajik afgan border',
  ])('finds what the fuzzy query finds for %j: the same hits, count and order, the same scores', async (text) => {
    const [expanded, fuzzy] = [await searched(text), await withFuzzyTerms(text)];
    expect(fuzzy.totalCount).toBeGreaterThan(0);
    expect(expanded.totalCount).toBe(fuzzy.totalCount);
    expect(expanded.hits.map((hit) => hit.id)).toEqual(fuzzy.hits.map((hit) => hit.id));
    // Scores equal to float precision (the boosts are Lucene's similarities, written with nine digits).
    expanded.hits.forEach((hit, i) => expect(Math.abs(hit.score - fuzzy.hits[i]!.score) / fuzzy.hits[i]!.score).toBeLessThan(1e-6));
  });

  it("finds a name a release adds by a typo of it right after the release, and loses a retired one's", async () => {
    // An invented word, so that no other name is within two edits of the typo.
    expect((await searched('Quarzmoore')).totalCount).toBe(0);
    const entity = { id: 'vocabulary-test-quartzmoor', kind: 'ORGANIZATION', name: 'Quartzmoor Consortium', citations: [{ source: 'vocabulary-test-source', quote: 'Quartzmoor Consortium exists.' }] };
    await data('mutation($s: SourceInput!) { upsertSource(source: $s) { id } }', { s: { id: 'vocabulary-test-source', title: 'Vocabulary test source' } }, EDITOR);
    await data('mutation($e: EntityInput!) { upsertEntity(entity: $e) { id } }', { e: entity }, EDITOR);
    // Two edits from "quartzmoor": found only through a vocabulary that holds the new word.
    expect((await searched('Quarzmoore')).hits.map((hit) => hit.id)).toEqual([entity.id]);
    expect(await searched('Quarzmoore')).toEqual(await withFuzzyTerms('Quarzmoore'));
    await data('mutation($id: ID!) { deleteEntity(id: $id) { deleted } }', { id: entity.id }, EDITOR);
    expect((await searched('Quarzmoore')).totalCount).toBe(0);
  });

  it('adds the names of a release made by this server without reading anything: the next search is one statement', async () => {
    await searched('warm'); // the vocabulary is read
    await upsert(orgraph, 'vocabulary-test-own', 'Zelvoranth Quorvendix', ['Brimquist Accord']);
    // One edit from "zelvoranth" and "quorvendix", two from "brimquist": found through words added at the release.
    expect(await searchedWithStatements('Zelvaranth Quorvandix')).toEqual({ ids: ['vocabulary-test-own'], statements: 1 });
    expect(await searchedWithStatements('Brimqvst')).toEqual({ ids: ['vocabulary-test-own'], statements: 1 });
    expect(await searched('Zelvaranth Quorvandix')).toEqual(await withFuzzyTerms('Zelvaranth Quorvandix'));
  });

  it('finds a name another server wrote by a typo, reading only the releases since its vocabulary', async () => {
    await searched('warm');
    const { sent, reader, vocabularies } = recorded();
    await vocabularies.current(reader);
    await upsert(other, 'vocabulary-test-other', 'Thornquavel Institute', ['Оризмарская палата']);
    expect(await searchedWithStatements('Tornquavell')).toEqual({ ids: ['vocabulary-test-other'], statements: 3 });
    expect((await searchedWithStatements('Оризмарскя')).ids).toEqual(['vocabulary-test-other']);
    // The same catch-up, statement by statement: the full read once, then only what the releases since wrote.
    const kept = await vocabularies.at(reader, await head());
    expect(sent).toEqual(['queries/search-vocabulary', 'queries/search-vocabulary-since']);
    expect(kept.version).toEqual(await head());
    expect(kept.vocabulary!.fuzzy('tornquavell', 2).map((variant) => variant.term)).toEqual(['thornquavel']);
    expect(vocabularies.updates).toEqual({ full: 1, since: 1, own: 0 });
  });

  it('reads the whole vocabulary again after a restore moved the head, whatever its release number', async () => {
    const { sent, reader, vocabularies } = recorded();
    await vocabularies.current(reader);
    const before = await head();
    // What `npm run restore` writes after loading a dump (here a dump of the graph as it is, so only the head moves).
    await db.write('releases/after-restore', { edits: before.edits, trustMs: 0 });
    await vocabularies.at(reader, await head());
    expect(sent).toEqual(['queries/search-vocabulary', 'queries/search-vocabulary-since', 'queries/search-vocabulary']);
    expect((await searchedWithStatements('Tornquavell')).ids).toEqual(['vocabulary-test-other']);
  });

  it('is right after the graph is rewound and written again: no name of before lost, the new ones found', async () => {
    const { sent, reader, vocabularies } = recorded();
    await vocabularies.current(reader);
    await searched('warm');
    // A rewind (as the tests' reset and a restore do), then the CSTO graph and a new name written again by the other server.
    await db.transaction((tx) => tx.run('writes/delete-everything'));
    await importPaths(db, [path.join(repoRoot, 'data', 'csto')]);
    await upsert(other, 'vocabulary-test-rewound', 'Marrowgleam Council');
    expect((await searched('Kazakstan')).hits[0]!.id).toBe('kazakhstan');
    expect((await searchedWithStatements('Marowglean')).ids).toEqual(['vocabulary-test-rewound']);
    expect((await searched('Tornquavell')).totalCount).toBe(0);
    await vocabularies.at(reader, await head());
    expect(sent.at(-1)).toBe('queries/search-vocabulary');
    expect(vocabularies.updates.full).toBe(2);
  });
});
