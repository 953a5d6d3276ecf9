import type { Orgraph } from '../../src/bootstrap';
import { contentHash } from '../../src/dataset/export';
import { partialDate } from '../../src/model/partial-date';
import { graphql, startTestServer } from '../support/test-neo4j';

let orgraph: Orgraph;
let url: string;
beforeAll(async () => {
  orgraph = await startTestServer();
  url = orgraph.url;
});
afterAll(() => orgraph.stop());

const MEMBERS = `
  query Members($asOf: PartialDate) {
    entity(id: "csto") {
      relationships(types: ["MEMBER_OF"], direction: IN, asOf: $asOf) {
        totalCount
        edges { node { from { id } status since until citations { source { title } } } }
      }
    }
  }`;

async function membersOn(asOf: string): Promise<Record<string, string[]>> {
  const result = await graphql(url, MEMBERS, { asOf });
  expect(result.errors).toBeUndefined();
  const byState: Record<string, string[]> = {};
  for (const { node } of result.data.entity.relationships.edges) (byState[node.from.id] ??= []).push(node.status);
  return byState;
}

describe('the GraphQL API on the CSTO graph', () => {
  it('returns an entity by id, with aliases, identifiers and citations', async () => {
    const result = await graphql(url, '{ entity(id: "csto") { id kind name aliases { name lang } citations { quote source { title publisher } } } }');
    expect(result.errors).toBeUndefined();
    expect(result.data.entity).toMatchObject({ id: 'csto', kind: 'ORGANIZATION', name: 'Collective Security Treaty Organization' });
    expect(result.data.entity.aliases).toContainEqual({ name: 'ОДКБ', lang: 'ru' });
    expect(result.data.entity.citations.length).toBeGreaterThan(0);
    expect(result.data.entity.citations[0].source.title).toEqual(expect.any(String));
  });

  it('answers null for an unknown id', async () => {
    const result = await graphql(url, '{ entity(id: "atlantis") { name } }');
    expect(result).toMatchObject({ data: { entity: null } });
  });

  it('finds entities by alias in any script, despite case and typos', async () => {
    const first = async (text: string) => (await graphql(url, 'query($t: String!) { search(text: $t, first: 5) { totalCount edges { node { id } score } } }', { t: text })).data.search.edges[0]?.node.id;
    expect(await first('ОДКБ')).toBe('csto');
    expect(await first('csto')).toBe('csto');
    expect(await first('Collective Secuirty Treaty Organisation')).toBe('csto');
    expect(await first('tajik afghan border programme')).toBe('tajik-afghan-border-programme');
    expect(await first('Masadykov')).toBe('taalatbek-masadykov');
    expect(await first('interstate commis')).toBe('icmec');
  });

  it('treats injection attempts as plain text', async () => {
    const before = await contentHash(orgraph.connection.database);
    const attack = '") MATCH (n) DETACH DELETE n //';
    const search = await graphql(url, 'query($t: String!) { search(text: $t) { totalCount } }', { t: attack });
    expect(search.errors).toBeUndefined();
    const entity = await graphql(url, 'query($id: ID!) { entity(id: $id) { id } }', { id: attack });
    expect(entity).toMatchObject({ data: { entity: null } });
    const neighbourhood = await graphql(url, 'query($id: ID!) { neighbourhood(id: $id) { truncated } }', { id: attack });
    expect(neighbourhood.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await contentHash(orgraph.connection.database)).toBe(before);
  });

  it('gives the members as of a date, with statuses, Uzbekistan coming and going', async () => {
    expect(Object.keys(await membersOn('1995')).sort()).toEqual(['armenia', 'azerbaijan', 'belarus', 'georgia', 'kazakhstan', 'kyrgyzstan', 'russia', 'tajikistan', 'uzbekistan']);
    expect(Object.keys(await membersOn('2003-06-01')).sort()).toEqual(['armenia', 'belarus', 'kazakhstan', 'kyrgyzstan', 'russia', 'tajikistan']);
    expect((await membersOn('2010-01-01')).uzbekistan).toEqual(['member']);
    expect((await membersOn('2012-09-01')).uzbekistan).toEqual(['suspended']);
    expect((await membersOn('2015-01-01')).uzbekistan).toBeUndefined();
    const in2025 = await membersOn('2025-06-01');
    expect(Object.keys(in2025).sort()).toEqual(['armenia', 'belarus', 'kazakhstan', 'kyrgyzstan', 'russia', 'tajikistan']);
    expect(in2025.armenia!.sort()).toEqual(['founding member', 'participation frozen']);
  });

  it('keeps both claims of a contested fact, each with whose claim it is', async () => {
    const result = await graphql(url, `{ entity(id: "armenia") { relationships(types: ["MEMBER_OF"], asOf: "2025") { edges { node { status citations { claimedBy source { title } } } } } } }`);
    const claims = result.data.entity.relationships.edges.flatMap((edge: any) => edge.node.citations.map((c: any) => c.claimedBy)).filter(Boolean);
    expect(claims).toEqual(expect.arrayContaining([expect.stringContaining('Armenia'), expect.stringContaining('Russian Foreign Ministry')]));
  });

  it('tells who chaired the organization each year and who was Secretary-General when', async () => {
    const chair = async (year: string) =>
      (await graphql(url, 'query($y: PartialDate) { entity(id: "csto") { relationships(types: ["CHAIRS"], asOf: $y) { edges { node { from { id } } } } } }', { y: year })).data.entity.relationships.edges.map(
        (e: any) => e.node.from.id,
      );
    expect(await chair('2021-06-01')).toEqual(['tajikistan']);
    expect(await chair('2024-06-01')).toEqual(['kazakhstan']);
    expect(await chair('2026-03-01')).toEqual(['russia']);
    const secretary = async (date: string) =>
      (await graphql(url, 'query($d: PartialDate) { entity(id: "csto") { relationships(types: ["HOLDS_POSITION"], asOf: $d) { edges { node { from { id } role } } } } }', { d: date })).data.entity.relationships.edges.map(
        (e: any) => e.node.from.id,
      );
    expect(await secretary('2010-01-01')).toEqual(['nikolai-bordyuzha']);
    expect(await secretary('2021-01-01')).toEqual(['stanislav-zas']);
    expect(await secretary('2026-06-01')).toEqual(['taalatbek-masadykov']);
  });

  it('returns a neighbourhood with a citation on every relationship and entity', async () => {
    const result = await graphql(
      url,
      '{ neighbourhood(id: "csto", depth: 2) { truncated nodes { id citations { source { title } } } edges { id type from { id } to { id } citations { quote source { title } } } } }',
    );
    expect(result.errors).toBeUndefined();
    const { nodes, edges, truncated } = result.data.neighbourhood;
    expect(truncated).toBe(false);
    expect(nodes.map((n: any) => n.id)).toEqual(expect.arrayContaining(['csto', 'russia', 'icmec', 'interstate-program']));
    expect(edges.length).toBeGreaterThan(50);
    for (const item of [...nodes, ...edges]) {
      expect(item.citations.length).toBeGreaterThan(0);
      expect(item.citations[0].source.title).toEqual(expect.any(String));
    }
    const ids = new Set(nodes.map((n: any) => n.id));
    for (const edge of edges) expect(ids.has(edge.from.id) && ids.has(edge.to.id)).toBe(true);
  });

  it('cuts a neighbourhood at its limit and says so', async () => {
    const result = await graphql(url, '{ neighbourhood(id: "csto", depth: 2, limit: 10) { truncated nodes { id } } }');
    expect(result.data.neighbourhood.nodes).toHaveLength(10);
    expect(result.data.neighbourhood.truncated).toBe(true);
  });

  it('filters a neighbourhood by relationship type, entity kind and date', async () => {
    const result = await graphql(url, '{ neighbourhood(id: "csto", types: ["MEMBER_OF"], kinds: [STATE], asOf: "2000") { nodes { id } edges { type } } }');
    expect(result.data.neighbourhood.nodes.map((n: any) => n.id).sort()).toEqual(['armenia', 'belarus', 'csto', 'kazakhstan', 'kyrgyzstan', 'russia', 'tajikistan']);
    expect(new Set(result.data.neighbourhood.edges.map((e: any) => e.type))).toEqual(new Set(['MEMBER_OF']));
  });

  it('costs a bounded number of Cypher statements however many results are nested', async () => {
    const nested = `{ entities(first: 100) { totalCount edges { node { id citations { source { title } }
      relationships(first: 20) { totalCount edges { node { type from { name } to { name } citations { source { title } } } } } } } } }`;
    const result = await graphql(url, nested);
    expect(result.errors).toBeUndefined();
    expect(result.data.entities.edges.length).toBe(100);
    const relationships = result.data.entities.edges.reduce((sum: number, edge: any) => sum + edge.node.relationships.edges.length, 0);
    expect(relationships).toBeGreaterThan(150);
    // One statement for the page of entities, one for all their relationships.
    expect(result.extensions?.cypherStatements).toBe(2);
  });

  it('pages through all entities with stable cursors, in name order, of every kind or of one', async () => {
    const pages = async (kind: string | null) => {
      const seen: Array<{ id: string; name: string; kind: string }> = [];
      let after: string | null = null;
      let total = 0;
      for (let page = 0; page < 50; page++) {
        const result: any = await graphql(
          url,
          'query($a: String, $k: EntityKind) { entities(first: 17, after: $a, kind: $k) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name kind } } } }',
          { a: after, k: kind },
        );
        total = result.data.entities.totalCount;
        seen.push(...result.data.entities.edges.map((e: any) => e.node));
        if (!result.data.entities.pageInfo.hasNextPage) break;
        after = result.data.entities.pageInfo.endCursor;
      }
      return { seen, total };
    };
    const byNameThenId = (a: { name: string; id: string }, b: { name: string; id: string }) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

    const all = await pages(null);
    expect(all.seen.length).toBe(all.total);
    expect(new Set(all.seen.map((entity) => entity.id)).size).toBe(all.total);
    expect(all.seen).toEqual([...all.seen].sort(byNameThenId));
    expect(new Set(all.seen.map((entity) => entity.kind)).size).toBeGreaterThan(3);

    const states = await pages('STATE');
    expect(states.seen.map((entity) => entity.id)).toEqual(all.seen.filter((entity) => entity.kind === 'STATE').map((entity) => entity.id));
    expect(states.total).toBe(states.seen.length);
  });

  it('orders entities by start date, undated last, across pages', async () => {
    const seen: Array<{ id: string; kind: string; start: string | null }> = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 50; page++) {
      const result: any = await graphql(url, 'query($a: String) { entities(orderBy: START, first: 13, after: $a) { totalCount pageInfo { hasNextPage endCursor } edges { node { id kind start } } } }', { a: after });
      expect(result.errors).toBeUndefined();
      total = result.data.entities.totalCount;
      seen.push(...result.data.entities.edges.map((e: any) => e.node));
      if (!result.data.entities.pageInfo.hasNextPage) break;
      after = result.data.entities.pageInfo.endCursor;
    }
    expect(seen.length).toBe(total);
    expect(new Set(seen.map((e) => e.id)).size).toBe(total);
    const keys = seen.map((e) => (e.start ? partialDate(e.start).first : '9999-12-31'));
    expect(keys).toEqual([...keys].sort());
    expect(seen[0]!.start!.startsWith('1992')).toBe(true);
    // Of one kind: the same order, and only that kind.
    const events: Array<{ id: string; kind: string; start: string | null }> = [];
    after = null;
    for (let page = 0; page < 20; page++) {
      const result: any = await graphql(url, 'query($a: String) { entities(kind: EVENT, orderBy: START, first: 3, after: $a) { pageInfo { hasNextPage endCursor } edges { node { id kind start } } } }', { a: after });
      events.push(...result.data.entities.edges.map((e: any) => e.node));
      if (!result.data.entities.pageInfo.hasNextPage) break;
      after = result.data.entities.pageInfo.endCursor;
    }
    expect(events.map((e) => e.id)).toEqual(seen.filter((e) => e.kind === 'EVENT').map((e) => e.id));
    const nameCursor = (await graphql(url, '{ entities(first: 1) { pageInfo { endCursor } } }')).data.entities.pageInfo.endCursor;
    expect((await graphql(url, 'query($a: String) { entities(orderBy: START, after: $a) { totalCount } }', { a: nameCursor })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses bad arguments with BAD_USER_INPUT naming the argument', async () => {
    const bad = async (query: string) => (await graphql(url, query)).errors?.[0];
    expect(await bad('{ neighbourhood(id: "csto", depth: 9) { truncated } }')).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'depth' }, message: 'depth must be between 1 and 3, got 9' });
    expect(await bad('{ neighbourhood(id: "csto", asOf: "May 2020") { truncated } }')).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'asOf' } });
    expect(await bad('{ entities(first: 5000) { totalCount } }')).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
    expect(await bad('{ entities(after: "garbage") { totalCount } }')).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
    expect(await bad('{ neighbourhood(id: "csto", types: ["LOVES"]) { truncated } }')).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'types' } });
  });

  it('refuses too large a request with QUERY_TOO_COMPLEX', async () => {
    const costly = '{ entities(first: 100) { edges { node { relationships(first: 100) { edges { node { from { relationships(first: 100) { edges { node { id } } } } } } } } } } }';
    expect((await graphql(url, costly)).errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: entity(id: "csto") { id }`).join(' ');
    expect((await graphql(url, `{ ${aliases} }`)).errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    let deep = 'id';
    for (let level = 0; level < 8; level++) deep = `relationships { edges { node { from { ${deep} } } } }`;
    deep = `{ entity(id: "csto") { ${deep} } }`;
    expect((await graphql(url, deep)).errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('finds the shortest paths between two entities, each hop with its evidence', async () => {
    const result = await graphql(url, '{ paths(from: "belarus", to: "tajik-afghan-border-programme", first: 3) { length nodes { id } hops { type from { id } to { id } citations { source { title } } } } }');
    expect(result.errors).toBeUndefined();
    const paths = result.data.paths;
    expect(paths.length).toBe(3);
    expect(paths[0].length).toBe(3);
    for (const path of paths) {
      expect(path.nodes[0].id).toBe('belarus');
      expect(path.nodes[path.nodes.length - 1].id).toBe('tajik-afghan-border-programme');
      expect(path.hops).toHaveLength(path.length);
      for (const hop of path.hops) expect(hop.citations[0].source.title).toEqual(expect.any(String));
    }
    const lengths = paths.map((path: any) => path.length);
    expect([...lengths].sort()).toEqual(lengths);
  });

  it('finds no path where the relationships allowed do not connect, and says when an end does not exist', async () => {
    const none = await graphql(url, '{ paths(from: "georgia", to: "taalatbek-masadykov", types: ["MEMBER_OF"], maxHops: 2) { length } }');
    expect(none).toMatchObject({ data: { paths: [] } });
    const missing = await graphql(url, '{ paths(from: "georgia", to: "narnia") { length } }');
    expect(missing.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: 'No entity has the id "narnia"' });
  });

  it('tells an entity’s story in date order', async () => {
    const result = await graphql(url, '{ timeline(id: "uzbekistan", types: ["MEMBER_OF"]) { date change description relationship { status citations { source { title } } } } }');
    expect(result.errors).toBeUndefined();
    expect(result.data.timeline.map((entry: any) => `${entry.date} ${entry.change} ${entry.relationship.status}`)).toEqual([
      '1992-05-15 BEGINS founding member',
      '1999 ENDS founding member',
      '2006-06-23 BEGINS member',
      '2012-06-28 BEGINS suspended',
      '2012-06-28 ENDS member',
      '2012-12-19 ENDS suspended',
    ]);
  });

  it('counts the graph by kind and relationship type', async () => {
    const result = await graphql(url, '{ stats { entities relationships sources citations byKind { kind count } byRelationshipType { type count } } }');
    const stats = result.data.stats;
    expect(stats.entities).toBeGreaterThan(100);
    expect(stats.byKind.reduce((sum: number, entry: any) => sum + entry.count, 0)).toBe(stats.entities);
    expect(stats.byRelationshipType.find((entry: any) => entry.type === 'MEMBER_OF').count).toBeGreaterThanOrEqual(12);
  });

  it('reports health and readiness', async () => {
    expect(await (await fetch(`${url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ready: true, neo4j: 'reachable', schema: 'current', warmUp: 'done' });
  });

  it('serves GraphiQL to browsers and the explorer at /', async () => {
    const graphiql = await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await graphiql.text()).toContain('/graphiql/graphiql.js');
    expect((await fetch(`${url}/graphiql/graphiql.js`)).status).toBe(200);
    expect(await (await fetch(`${url}/`)).text()).toContain('<div id="graph"');
  });

  it('keeps CSRF prevention on and CORS closed', async () => {
    const simple = await fetch(`${url}/graphql?query=%7Bstats%7Bentities%7D%7D`, { headers: { accept: 'application/json' } });
    expect(simple.status).toBe(400);
    const preflight = await fetch(`${url}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });
});
