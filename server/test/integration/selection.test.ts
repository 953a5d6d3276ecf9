import type { Orgraph } from '../../src/bootstrap';
import type { Database } from '../../src/neo4j/database';
import { luceneQuery } from '../../src/graph/search-query';
import { searchStatement } from '../../src/graph/search';
import type { SubgraphRecord } from '../../src/graph/subgraph-record';
import { profileOf, type OperatorProfile } from '../support/plans';
import { graphql, graphqlWithKey, startTestServer, testDatabase } from '../support/test-neo4j';

const EDITOR = 'selection-test-editor-key';
let orgraph: Orgraph;
let db: Database;

jest.setTimeout(180_000);

beforeAll(async () => {
  orgraph = await startTestServer({ editorKeys: [`selection:${EDITOR}`] });
  db = testDatabase();
});
afterAll(async () => {
  await db.close();
  await orgraph.stop();
});

async function data(query: string, variables: Record<string, unknown> = {}, key?: string): Promise<any> {
  const response = key ? await graphqlWithKey(orgraph.url, query, variables, key) : await graphql(orgraph.url, query, variables);
  expect(response.errors).toBeUndefined();
  return response.data;
}

/**
 * What a statement read (db hits of all its operators). The citations are read inside a projection's
 * expression, so they are told apart by difference: the same statement with and without them.
 */
const dbHits = (profile: OperatorProfile[]) => profile.reduce((sum, op) => sum + op.dbHits, 0);

const LEAN = 'query($t: String!, $r: Int) { search(text: $t, first: 10, release: $r) { totalCount edges { score node { id name kind } } } }';
const FULL = `query($t: String!, $r: Int) { search(text: $t, first: 10, release: $r) { totalCount edges { score node { id name kind
  description start end aliases { name lang } identifiers { scheme value } citations { quote locator claimedBy source { id title } } } } } }`;

describe('search reads what the query selects', () => {
  it('gives the same hits, counts and scores with and without the details and citations selected', async () => {
    const lean = (await data(LEAN, { t: 'collective security' })).search;
    const full = (await data(FULL, { t: 'collective security' })).search;
    expect(lean.totalCount).toBeGreaterThan(1);
    expect(full.totalCount).toBe(lean.totalCount);
    expect(full.edges.map((edge: any) => ({ score: edge.score, node: { id: edge.node.id, name: edge.node.name, kind: edge.node.kind } }))).toEqual(lean.edges);
    // The details are those of the entity read by id.
    const first = full.edges[0].node;
    const byId = (await data('query($id: ID!) { entity(id: $id) { description aliases { name lang } citations { quote source { id } } } }', { id: first.id })).entity;
    expect(byId.citations.length).toBeGreaterThan(0);
    expect(first.citations.map((c: any) => ({ quote: c.quote, source: { id: c.source.id } }))).toEqual(byId.citations);
    expect({ description: first.description, aliases: first.aliases }).toEqual({ description: byId.description, aliases: byId.aliases });
  });

  it('reads no citation when none is selected, and no details when only id, kind and name are', async () => {
    const variant = (details: boolean, citations: boolean) => searchStatement({ text: 'collective security' }, { offset: 0, first: 10 }, null, { details, citations })!;
    const hits = async (details: boolean, citations: boolean) => {
      const statement = variant(details, citations);
      return dbHits(await profileOf(db, statement.name, statement.params));
    };
    const [lean, details, full] = [await hits(false, false), await hits(true, false), await hits(true, true)];
    const [row] = await db.read<{ hits: Array<{ entity: { citations: unknown[]; description: string | null } }> }>(variant(true, true).name, variant(true, true).params);
    const citations = row!.hits.reduce((sum, hit) => sum + hit.entity.citations.length, 0);
    expect(citations).toBeGreaterThan(0);
    // Each citation costs at least one read (its node by id, then its source): none of them without.
    expect(full - details).toBeGreaterThanOrEqual(citations);
    expect(details).toBeGreaterThan(lean);
  });

  // The words' query (its fuzzy terms are most of its cost) runs once for the count and the page; the
  // exact names come from a phrase query of their own, without fuzzy terms (search.cypher says why).
  const indexQueries = (profile: Array<{ operator: string; details?: string }>) =>
    profile.filter((op) => op.operator === 'ProcedureCall').map((op) => /\$(query|phrase)\)/.exec(op.details ?? '')?.[1]).sort();
  const ONE_QUERY_AND_THE_PHRASE = ['phrase', 'query'];

  it('queries the full-text index once for the count and the page', async () => {
    const statement = searchStatement({ text: 'collective security' }, { offset: 0, first: 10 }, null)!;
    const profile = await profileOf(db, statement.name, statement.params);
    expect(indexQueries(profile)).toEqual(ONE_QUERY_AND_THE_PHRASE);
    const all = (await data('{ search(text: "collective security", first: 10) { totalCount edges { cursor node { id } } } }')).search;
    const paged = (await data('query($a: String) { search(text: "collective security", first: 2, after: $a) { totalCount edges { node { id } } } }', { a: all.edges[1].cursor })).search;
    expect(paged.totalCount).toBe(all.totalCount);
    expect(paged.edges).toEqual(all.edges.slice(2, 4).map((e: any) => ({ node: e.node })));
  });

  it('answers with the entities that match any word when none matches every word, from the same one index query', async () => {
    // "qxzvjk" matches no name, so no entity has every word: the answer is that of the any-word query.
    const text = 'collective qxzvjk';
    const statement = searchStatement({ text }, { offset: 0, first: 100 }, null, { details: false, citations: false })!;
    expect(indexQueries(await profileOf(db, statement.name, statement.params))).toEqual(ONE_QUERY_AND_THE_PHRASE);
    const [row] = await db.read<{ totalCount: number; hits: Array<{ entity: { id: string } }> }>(statement.name, statement.params);
    const [alone] = await db.read<{ totalCount: number; hits: Array<{ entity: { id: string } }> }>(statement.name, { ...statement.params, query: luceneQuery(text, 'any') });
    expect(row!.totalCount).toBeGreaterThan(0);
    expect(row).toEqual(alone);
    const api = (await data('query($t: String!) { search(text: $t, first: 100) { totalCount edges { node { id } } } }', { t: text })).search;
    expect(api.totalCount).toBe(row!.totalCount);
    expect(api.edges.map((edge: any) => edge.node.id)).toEqual(row!.hits.map((hit) => hit.entity.id));
  });
});

describe("an entity's citations are read as far as the query selects them", () => {
  const LEAN_CITATIONS = 'query($id: ID!) { entity(id: $id) { id citations { quote source { title } } } }';
  const FULL_CITATIONS = 'query($id: ID!) { entity(id: $id) { id citations { quote locator claimedBy source { id title publisher url published retrieved language } } } }';

  it('gives the same quotes and titles either way, and the details when they are selected', async () => {
    const lean = (await data(LEAN_CITATIONS, { id: 'csto' })).entity.citations;
    const full = (await data(FULL_CITATIONS, { id: 'csto' })).entity.citations;
    expect(lean.length).toBeGreaterThan(0);
    expect(full.map((c: any) => ({ quote: c.quote, source: { title: c.source.title } }))).toEqual(lean);
    // The CSTO graph's citations of the CSTO name their publishers and, for one, a paragraph.
    expect(full.every((c: any) => typeof c.source.publisher === 'string' && typeof c.source.id === 'string')).toBe(true);
    expect(full.some((c: any) => typeof c.locator === 'string')).toBe(true);
  });

  it('two selections of one entity in one request each get what they asked for', async () => {
    const both = await data('{ lean: entity(id: "csto") { citations { quote source { title } } } full: entity(id: "csto") { citations { locator source { title publisher } } } }');
    expect(both.full.citations.map((c: any) => c.source.title)).toEqual(both.lean.citations.map((c: any) => c.source.title));
    expect(both.full.citations.every((c: any) => typeof c.source.publisher === 'string')).toBe(true);
  });

  it('reads less when only the quotes and titles are selected', async () => {
    const params = (withCitationDetails: boolean) => ({ ids: ['csto'], release: null, withDetails: true, withCitations: true, withCitationDetails });
    const [lean, full] = [dbHits(await profileOf(db, 'queries/entities-by-id', params(false))), dbHits(await profileOf(db, 'queries/entities-by-id', params(true)))];
    expect(lean).toBeLessThan(full);
  });
});

describe('relationships read the citations the query selects', () => {
  const WITH = '{ entity(id: "csto") { relationships(first: 20) { totalCount edges { node { id type from { id } to { id } citations { quote source { id } } } } } } }';
  const WITHOUT = '{ entity(id: "csto") { relationships(first: 20) { totalCount edges { node { id type from { id } to { id } } } } } }';

  it('gives the same relationships with and without their citations', async () => {
    const withCitations = (await data(WITH)).entity.relationships;
    const without = (await data(WITHOUT)).entity.relationships;
    expect(withCitations.edges.some((edge: any) => edge.node.citations.length > 0)).toBe(true);
    expect(withCitations.edges.map(({ node: { citations, ...rest } }: any) => ({ node: rest }))).toEqual(without.edges);
    expect(without.totalCount).toBe(withCitations.totalCount);
  });

  it('reads no citation for relationships whose citations are not selected', async () => {
    const params = { ids: ['csto'], types: null, direction: 'BOTH', asOfFirst: null, asOfLast: null, release: null, offset: 0, first: 20, withEndDetails: true, entity: null };
    const hits = async (withCitations: boolean, withEndCitations: boolean) => dbHits(await profileOf(db, 'queries/relationships-of', { ...params, withCitations, withEndCitations }));
    const [row] = await db.read<{ page: Array<{ relationship: { citations: unknown[] }; other: { citations: unknown[] } }> }>('queries/relationships-of', { ...params, withCitations: true, withEndCitations: true });
    const own = row!.page.reduce((sum, entry) => sum + entry.relationship.citations.length, 0);
    const ends = row!.page.reduce((sum, entry) => sum + entry.other.citations.length, 0);
    expect(own).toBeGreaterThan(0);
    expect(ends).toBeGreaterThan(0);
    const none = await hits(false, false);
    expect((await hits(true, false)) - none).toBeGreaterThanOrEqual(own);
    expect((await hits(false, true)) - none).toBeGreaterThanOrEqual(ends);
  });

  it('reads no more of the ends than id, kind and name when nothing else of them is selected', async () => {
    const params = { ids: ['csto'], types: null, direction: 'BOTH', asOfFirst: null, asOfLast: null, release: null, offset: 0, first: 20, withCitations: false, withEndCitations: false, entity: null };
    const read = async (withEndDetails: boolean) => (await db.read<{ page: Array<{ other: Record<string, unknown> }> }>('queries/relationships-of', { ...params, withEndDetails }))[0]!.page;
    const [lean, whole] = [await read(false), await read(true)];
    expect(lean.map((entry) => entry.other)).toEqual(whole.map(({ other }) => ({ id: other.id, kind: other.kind, name: other.name, citations: [] })));
    expect(whole.some((entry) => entry.other.description !== null)).toBe(true);
    const hits = async (withEndDetails: boolean) => dbHits(await profileOf(db, 'queries/relationships-of', { ...params, withEndDetails }));
    expect(await hits(false)).toBeLessThan(await hits(true));
    const api = (await data('{ entity(id: "csto") { relationships(first: 20) { edges { node { id from { id name } to { id name description } } } } } }')).entity.relationships;
    expect(api.edges.some((edge: any) => edge.node.to.description)).toBe(true);
  });

  it('two selections of the same relationships in one request each get what they asked for', async () => {
    const both = (await data(`{ entity(id: "csto") { a: relationships(first: 5) { edges { node { id citations { quote } } } }
      b: relationships(first: 5) { edges { node { id to { id citations { quote } } } } } } }`)).entity;
    expect(both.a.edges.some((edge: any) => edge.node.citations.length > 0)).toBe(true);
    expect(both.b.edges.some((edge: any) => edge.node.to.citations.length > 0)).toBe(true);
  });
});

describe('the neighbourhood reads what the query selects of its relationships', () => {
  const FULL_EDGES = 'id type since until attested status role note holds from { id } to { id } citations { quote locator claimedBy source { id title publisher url published retrieved language } }';
  const subgraph = async (edges: string, variables: { asOf?: string; r?: number }) =>
    (await data(`query($asOf: PartialDate, $r: Int) { neighbourhood(id: "csto", depth: 2, asOf: $asOf, release: $r) { truncated nodes { id name kind } edges { ${edges} } } }`, variables)).neighbourhood;
  const only = (value: Record<string, any>, fields: string[]) => Object.fromEntries(fields.map((field) => [field, value[field]]));

  // Each: a selection of the edges, the same values picked from the whole edge, and the variables.
  const CASES: Array<[string, string, (edge: any) => unknown, { asOf?: string; r?: number }]> = [
    ["the bench's (sources' titles, no quote)", 'id type since until from { id } to { id } citations { source { title } }',
      (edge) => ({ ...only(edge, ['id', 'type', 'since', 'until', 'from', 'to']), citations: edge.citations.map((c: any) => ({ source: { title: c.source.title } })) }), {}],
    ['status, role, note and the quotes', 'id status role note citations { quote source { id title } }',
      (edge) => ({ ...only(edge, ['id', 'status', 'role', 'note']), citations: edge.citations.map((c: any) => ({ quote: c.quote, source: { id: c.source.id, title: c.source.title } })) }), {}],
    ['holds and the citations\' locators, as of 2010', 'id holds attested citations { locator source { publisher } }',
      (edge) => ({ ...only(edge, ['id', 'holds', 'attested']), citations: edge.citations.map((c: any) => ({ locator: c.locator, source: { publisher: c.source.publisher } })) }), { asOf: '2010-01-01' }],
    ['the sources\' titles at the first release', 'id status citations { source { id title } }',
      (edge) => ({ ...only(edge, ['id', 'status']), citations: edge.citations.map((c: any) => ({ source: { id: c.source.id, title: c.source.title } })) }), { r: 1 }],
  ];

  it.each(CASES)('gives the values of the whole read for %s', async (_, edges, pick, variables) => {
    const [lean, whole] = [await subgraph(edges, variables), await subgraph(FULL_EDGES, variables)];
    expect(whole.edges.length).toBeGreaterThan(20);
    expect(whole.edges.some((edge: any) => edge.citations.length > 0 && edge.citations.every((c: any) => c.quote && c.source.publisher))).toBe(true);
    expect(whole.edges.some((edge: any) => edge.status)).toBe(true);
    expect(lean.nodes).toEqual(whole.nodes);
    expect(lean.truncated).toBe(whole.truncated);
    expect(lean.edges).toEqual(whole.edges.map(pick));
  });

  it('gives its entities, when their details are selected, the values and citations of the entity read by id', async () => {
    const FIELDS = 'id kind name description start end aliases { name lang } identifiers { scheme value } citations { quote locator claimedBy source { id title publisher } }';
    const { nodes } = (await data(`{ neighbourhood(id: "csto", depth: 2) { nodes { ${FIELDS} } } }`)).neighbourhood;
    const cited = nodes.filter((node: any) => node.citations.length > 0 && node.description);
    expect(cited.length).toBeGreaterThan(5);
    for (const node of cited.slice(0, 6)) expect(node).toEqual((await data(`query($id: ID!) { entity(id: $id) { ${FIELDS} } }`, { id: node.id })).entity);
  });

  it('reads less without the status, role and note, the quotes and the citations\' details', async () => {
    const params = (edgeDetails: boolean, quotes: boolean, details: boolean) => ({
      id: 'csto', depth: 2, limit: 200, types: null, kinds: null, asOfFirst: null, asOfLast: null, release: null,
      withNodeDetails: false, withNodeCitations: false, withEdgeDetails: edgeDetails, withEdgeCitations: true, withEdgeCitationQuotes: quotes, withEdgeCitationDetails: details,
    });
    const hits = async (...selected: [boolean, boolean, boolean]) => dbHits(await profileOf(db, 'queries/neighbourhood', params(...selected)));
    expect(await hits(true, false, false)).toBeGreaterThan(await hits(false, false, false));
    // The citations' values are read in projections, which PROFILE does not count: what comes back does.
    const size = async (...selected: [boolean, boolean, boolean]) => JSON.stringify(await db.read('queries/neighbourhood', params(...selected))).length;
    const [leanSize, quotesSize, wholeSize] = [await size(false, false, false), await size(false, true, false), await size(false, true, true)];
    expect(leanSize).toBeLessThan(quotesSize);
    expect(quotesSize).toBeLessThan(wholeSize);
    // Only the sources selected: each citation is its source's id, each source read out once.
    const [record] = await db.read<SubgraphRecord>('queries/neighbourhood', params(false, false, false));
    const cited = record!.edges.flatMap((edge): unknown[] => edge[7]);
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.every((citation) => typeof citation === 'string')).toBe(true);
    expect(new Set(record!.sources!.map(([id]) => id))).toEqual(new Set(cited));
    expect(record!.sources!.length).toBeLessThan(cited.length);
    expect((await db.read<SubgraphRecord>('queries/neighbourhood', params(false, true, false)))[0]!.sources).toBeNull();
  });
});

describe('search at an older release', () => {
  const SOURCE = { id: 'selection-test-source', title: 'Selection test source' };
  const FORUM = { id: 'selection-test-lantern', kind: 'ORGANIZATION', name: 'Obscure Lantern Council', aliases: [{ name: 'OLC Tallow' }], citations: [{ source: SOURCE.id, quote: 'The council met.' }] };
  const found = async (text: string, release: number | null, query = LEAN) =>
    (await data(query, { t: text, r: release })).search.edges.map((edge: any) => edge.node).filter((node: any) => node.id === FORUM.id);

  it('matches the names and aliases entities had then, not today', async () => {
    await data('mutation($s: SourceInput!) { upsertSource(source: $s) { id } }', { s: SOURCE }, EDITOR);
    await data('mutation($e: EntityInput!) { upsertEntity(entity: $e) { id } }', { e: FORUM }, EDITOR);
    const before = (await data('{ releases(first: 1) { edges { node { number } } } }')).releases.edges[0].node.number;
    await data('mutation($e: EntityInput!) { upsertEntity(entity: $e) { id } }', { e: { ...FORUM, name: 'Brightwater Assembly', aliases: [{ name: 'BWA Harbour' }], description: 'Renamed.' } }, EDITOR);
    const after = before + 1;

    // The old name and alias at the old release, with the values of then.
    expect(await found('Obscure Lantern Council', before)).toEqual([{ id: FORUM.id, name: 'Obscure Lantern Council', kind: 'ORGANIZATION' }]);
    expect(await found('OLC Tallow', before)).toHaveLength(1);
    // No version has every word: any word, in the same statement.
    expect(await found('Obscure qxzvjk', before)).toHaveLength(1);
    const then = await found('Obscure Lantern', before, FULL);
    expect(then).toHaveLength(1);
    expect(then[0]).toMatchObject({ name: 'Obscure Lantern Council', description: null, aliases: [{ name: 'OLC Tallow', lang: null }], citations: [{ quote: 'The council met.' }] });
    // The new name is not found at the old release, nor the old one at the new release.
    expect(await found('Brightwater Assembly', before)).toEqual([]);
    expect(await found('BWA Harbour', before)).toEqual([]);
    expect(await found('Obscure Lantern Council', after)).toEqual([]);
    expect(await found('Obscure Lantern Council', null)).toEqual([]);
    expect(await found('Brightwater Assembly', after)).toEqual([{ id: FORUM.id, name: 'Brightwater Assembly', kind: 'ORGANIZATION' }]);
    expect(await found('Brightwater Assembly', null)).toEqual([{ id: FORUM.id, name: 'Brightwater Assembly', kind: 'ORGANIZATION' }]);

    // Retired since: still found at the old releases, by their names then, and no longer today.
    await data('mutation($id: ID!) { deleteEntity(id: $id) { release } }', { id: FORUM.id }, EDITOR);
    expect(await found('Brightwater Assembly', after)).toHaveLength(1);
    expect(await found('Obscure Lantern Council', before)).toHaveLength(1);
    expect(await found('Brightwater Assembly', null)).toEqual([]);
  });

});
