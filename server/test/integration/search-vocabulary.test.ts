import type { Orgraph } from '../../src/bootstrap';
import type { Database } from '../../src/neo4j/database';
import { searchStatement } from '../../src/graph/search';
import { graphqlData, startTestServer, testDatabase } from '../support/test-neo4j';

// Search expands typos with the words the index holds (server/src/graph/search-vocabulary.ts) instead
// of Lucene's fuzzy terms: what it finds must be what the fuzzy query finds, and a name a release adds
// must be found by its typos as soon as the release is committed.
const EDITOR = 'search-vocabulary-test-editor-key';
let orgraph: Orgraph;
let db: Database;

jest.setTimeout(180_000);

beforeAll(async () => {
  orgraph = await startTestServer({ editorKeys: [`vocabulary:${EDITOR}`] });
  db = testDatabase();
});
afterAll(async () => {
  await db.close();
  await orgraph.stop();
});

const data = (query: string, variables: Record<string, unknown> = {}, key?: string) => graphqlData(orgraph.url, query, variables, key);

type Hit = { id: string; score: number };
const searched = async (text: string): Promise<{ totalCount: number; hits: Hit[] }> => {
  const found = (await data('query($t: String!) { search(text: $t, first: 100) { totalCount edges { score node { id } } } }', { t: text })).search;
  return { totalCount: found.totalCount, hits: found.edges.map((edge: any) => ({ id: edge.node.id, score: edge.score })) };
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
});
