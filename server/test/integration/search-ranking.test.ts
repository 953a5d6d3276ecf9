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
  // Twelve names of equal score for "zephyr quill", and an entity named so only among many aliases, which
  // make its alias field long and its score the lowest: pages must follow the ranking of every hit.
  ...Array.from({ length: 12 }, (_, i) => entity(`quill-${i}`, `Zephyr Quill Works ${String.fromCharCode(76 - i)}`)),
  entity('quill-alias', 'Ostrava Holdings', [...['amber', 'basalt', 'cinder', 'dune', 'ember', 'fjord', 'gale', 'heath'].map((word) => `${word} Ostrava`), 'Zephyr Quill']),
  { ...entity('quill-person', 'Zephyr Quill'), kind: 'PERSON' },
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

const search = async (text: string, page: { first?: number; after?: string | null; kinds?: string[] } = {}): Promise<{ totalCount: number; ids: string[]; names: string[]; scores: number[]; endCursor: string | null }> => {
  const found = (
    await data('query($t: String!, $first: Int, $after: String, $kinds: [EntityKind!]) { search(text: $t, first: $first, after: $after, kinds: $kinds) { totalCount edges { score node { id name } } pageInfo { endCursor } } }', {
      t: text,
      first: page.first ?? 100,
      after: page.after ?? null,
      kinds: page.kinds ?? null,
    })
  ).search;
  return {
    totalCount: found.totalCount,
    ids: found.edges.map((edge: any) => edge.node.id),
    names: found.edges.map((edge: any) => edge.node.name),
    scores: found.edges.map((edge: any) => edge.score),
    endCursor: found.pageInfo.endCursor,
  };
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
    // The aliases "Совет/Договор о/Организация Договора о коллективной безопасности", "Стратегия коллективной
    // безопасности" and "коллективная безопасность".
    const found = await search('коллективной безопасности');
    expect(found.ids.slice(0, 5).sort()).toEqual(['collective-security', 'collective-security-council', 'collective-security-strategy-2025', 'collective-security-treaty', 'csto']);
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

  it('pages through the ranking of every hit: an exact alias of the lowest score first, ties by name across pages', async () => {
    const whole = await search('zephyr quill');
    expect(whole.totalCount).toBe(14);
    // The premise: by the index's score alone the alias comes last, beyond any page of five.
    const scoreOrder = await byScore('zephyr quill');
    expect(scoreOrder.indexOf('rank-test-quill-alias')).toBe(13);
    // Both exact matches first (the person by its name), then the others by falling score, ties by name.
    expect(whole.ids.slice(0, 2).sort()).toEqual(['rank-test-quill-alias', 'rank-test-quill-person']);
    const rest = whole.ids.slice(2).map((id, i) => ({ id, name: whole.names[i + 2]!, score: whole.scores[i + 2]! }));
    expect(rest.map((hit) => hit.id)).toEqual(
      [...rest].sort((a, b) => b.score - a.score || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.id < b.id ? -1 : 1)).map((hit) => hit.id),
    );
    expect(new Set(rest.map((hit) => hit.score)).size).toBe(1);
    // Pages of five give the same list, a tie running across each page's end.
    const paged: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 3; page += 1) {
      const found = await search('zephyr quill', { first: 5, after });
      expect(found.totalCount).toBe(14);
      paged.push(...found.ids);
      after = found.endCursor;
    }
    expect(paged).toEqual(whole.ids);
    // Past the end: no hit, the same count.
    expect(await search('zephyr quill', { first: 5, after: (await search('zephyr quill', { first: 14 })).endCursor })).toMatchObject({ totalCount: 14, ids: [] });
    // An exact match of a kind not asked for is not a hit at all.
    const organizations = await search('zephyr quill', { first: 3, kinds: ['ORGANIZATION'] });
    expect(organizations.totalCount).toBe(13);
    expect(organizations.ids).toEqual(['rank-test-quill-alias', ...whole.ids.slice(2, 4)]);
  });

  it('reads a hyphen as a space, as the index does', async () => {
    const hyphenated = await search('tajik-afghan border programme');
    const spaced = await search('tajik afghan border programme');
    expect(hyphenated.ids[0]).toBe('tajik-afghan-border-programme');
    // The same entities in the same order (the first scores higher hyphenated: its alias is typed exactly).
    expect({ ...hyphenated, scores: [], endCursor: null }).toEqual({ ...spaced, scores: [], endCursor: null });
  });

  it('takes Lucene syntax typed as plain words', async () => {
    expect(await search('verdigris" OR (lantern)~2 AND +-!')).toEqual(await search('verdigris or lantern 2 and'));
    // "*:*" would match every entity as a query; typed, it has no word to search for.
    expect((await search('*:*')).totalCount).toBe(0);
    expect(await search('verdigris *:* lantern^9')).toEqual(await search('verdigris lantern 9'));
  });
});
