import type { Orgraph } from '../../src/bootstrap';
import type { Database } from '../../src/neo4j/database';
import { searchStatement } from '../../src/graph/search';
import { luceneQuery } from '../../src/graph/search-query';
import { graphqlData, startTestServer, testDatabase } from '../support/test-neo4j';

const EDITOR = 'search-ranking-test-editor-key';
let orgraph: Orgraph;
let db: Database;

jest.setTimeout(180_000);

const SOURCE = { id: 'search-ranking-test-source', title: 'Search ranking test source' };
const entity = (id: string, name: string, aliases: string[] = []) => ({
  id: `rank-test-${id}`,
  kind: 'ORGANIZATION',
  name,
  aliases: aliases.map((alias) => ({ name: alias })),
  citations: [{ source: SOURCE.id, quote: `${name} exists.` }],
});
// Invented words, so that these entities are the only ones the searches below can match.
const ENTITIES = [
  entity('phrase', 'Verdigris Lantern Syndicate'),
  entity('unordered', 'Lantern Guild of Verdigris'),
  // One word each, in the name and an alias: by the words' scores alone they would come first.
  entity('one-word', 'Verdigris', ['Verdigris']),
  entity('other-word', 'Lantern', ['Lantern']),
  entity('obrennan', "O'Brennan Fund Trustees"),
  entity('brennan', 'Brennan Oakfield Fund'),
  entity('cote', "Côte d'Ivoire Liaison Office"),
  entity('ivoire', 'Ivoire Liaison Trading House'),
];

beforeAll(async () => {
  orgraph = await startTestServer({ editorKeys: [`ranking:${EDITOR}`] });
  db = testDatabase();
  await data('mutation($s: SourceInput!) { upsertSource(source: $s) { id } }', { s: SOURCE }, EDITOR);
  for (const e of ENTITIES) await data('mutation($e: EntityInput!) { upsertEntity(entity: $e) { id } }', { e }, EDITOR);
});
afterAll(async () => {
  await db.close();
  await orgraph.stop();
});

const data = (query: string, variables: Record<string, unknown> = {}, key?: string) => graphqlData(orgraph.url, query, variables, key);

const search = async (text: string): Promise<{ totalCount: number; ids: string[]; scores: number[] }> => {
  const found = (await data('query($t: String!) { search(text: $t, first: 100) { totalCount edges { score node { id } } } }', { t: text })).search;
  return { totalCount: found.totalCount, ids: found.edges.map((edge: any) => edge.node.id), scores: found.edges.map((edge: any) => edge.score) };
};

/** The ids in the order of the Lucene score alone (the statement with no name equal to `exact`), or of another Lucene query. */
const byScore = async (text: string, query?: string) => {
  const statement = searchStatement({ text }, { offset: 0, first: 100 }, null, { details: false, citations: false })!;
  const [row] = await db.read<{ hits: Array<{ entity: { id: string } }> }>(statement.name, { ...statement.params, exact: '', ...(query ? { query } : {}) });
  return row!.hits.map((hit) => hit.entity.id);
};

describe('search ranking', () => {
  it.each([
    ['collective security', 'collective-security'], // the name, against longer names with the same words
    ['CSTO', 'csto'], // an alias, against names that start with it
    ['ОДКБ', 'csto'], // a Russian alias, against the names of its bodies that hold it
  ])('puts an exact name or alias first: %s', async (text, id) => {
    // The premise: by the index's score alone another entity comes first.
    expect((await byScore(text))[0]).not.toBe(id);
    const found = await search(text);
    expect(found.ids[0]).toBe(id);
    // Scores fall down the list, the exact match's included.
    expect(found.scores).toEqual([...found.scores].sort((a, b) => b - a));
  });

  it('puts the entities with every word first, those with the words in order before the rest, then those with some', async () => {
    const found = await search('verdigris lantern');
    expect(found.totalCount).toBe(4);
    expect(found.ids.slice(0, 2)).toEqual(['rank-test-phrase', 'rank-test-unordered']);
    expect(found.ids.slice(2).sort()).toEqual(['rank-test-one-word', 'rank-test-other-word']);
    // The premise: by the words' scores alone, an entity with one word would come before one with both.
    expect((await byScore('verdigris lantern', luceneQuery('verdigris lantern', 'any')!)).slice(0, 2)).not.toEqual(found.ids.slice(0, 2));
  });

  it('does the same in Russian, an inflected form counting as the word', async () => {
    // The aliases "Совет/Договор о/Организация Договора о коллективной безопасности" and "коллективная безопасность".
    const found = await search('коллективной безопасности');
    expect(found.ids.slice(0, 4).sort()).toEqual(['collective-security', 'collective-security-council', 'collective-security-treaty', 'csto']);
    // Then those with one of the words ("информационная безопасность"), counted with them.
    expect(found.ids).toContain('information-security');
    expect(found.totalCount).toBe(found.ids.length);
  });

  it('matches a word with an apostrophe as one word, as the index holds it', async () => {
    const found = await search("O'Brennan fund");
    expect(found.ids[0]).toBe('rank-test-obrennan');
    expect(found.ids).toContain('rank-test-brennan');
    // Typed with a typographic apostrophe, or without the accent, the same entity first.
    for (const text of ['côte d’ivoire', "Cote d'Ivoire liaison"]) {
      const cote = await search(text);
      expect(cote.ids[0]).toBe('rank-test-cote');
      expect(cote.ids).toContain('rank-test-ivoire');
    }
  });

  it('reads a hyphen as a space, as the index does', async () => {
    const hyphenated = await search('tajik-afghan border programme');
    const spaced = await search('tajik afghan border programme');
    expect(hyphenated.ids[0]).toBe('tajik-afghan-border-programme');
    // The same entities in the same order (the first scores higher hyphenated: its alias is typed exactly).
    expect({ ...hyphenated, scores: [] }).toEqual({ ...spaced, scores: [] });
  });

  it('takes Lucene syntax typed as plain words', async () => {
    expect(await search('verdigris" OR (lantern)~2 AND +-!')).toEqual(await search('verdigris or lantern 2 and'));
    // "*:*" would match every entity as a query; typed, it has no word to search for.
    expect((await search('*:*')).totalCount).toBe(0);
    expect(await search('verdigris *:* lantern^9')).toEqual(await search('verdigris lantern 9'));
  });
});
