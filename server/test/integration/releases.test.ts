import type { Orgraph } from '../../src/bootstrap';
import { purge } from '../../src/releases/purge';
import type { Database } from '../../src/neo4j/database';
import { startTestServer, testDatabase, type GraphQLResponse } from '../support/test-neo4j';

const ALICE = 'alice-editor-key-for-release-tests';
const PLAIN = 'plain-editor-key-for-release-tests';
let orgraph: Orgraph;
let db: Database;

// A dozen requests each, on a machine that may be busy.
jest.setTimeout(180_000);

beforeAll(async () => {
  orgraph = await startTestServer({ editorKeys: [`alice:${ALICE}`, PLAIN] });
  db = testDatabase();
});
afterAll(async () => {
  await db.close();
  await orgraph.stop();
});

async function call(query: string, variables: Record<string, unknown> = {}, key?: string): Promise<GraphQLResponse<any>> {
  const response = await fetch(`${orgraph.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<any>;
}

/** Runs a query that must succeed and returns its data. */
async function data(query: string, variables: Record<string, unknown> = {}, key?: string): Promise<any> {
  const response = await call(query, variables, key);
  expect(response.errors).toBeUndefined();
  return response.data;
}

const latest = async (): Promise<number> => (await data('{ releases(first: 1) { totalCount edges { node { number } } } }')).releases.totalCount;

const SOURCE = { id: 'release-test-source', title: 'Release test source' };
const ENTITY = { id: 'release-test-forum', kind: 'ORGANIZATION', name: 'Release Test Forum', citations: [{ source: SOURCE.id, quote: 'It was founded.' }] };
const TIE = { id: 'release-test-tie', from: 'kazakhstan', type: 'MEMBER_OF', to: ENTITY.id, since: '2020', status: 'member', citations: [{ source: SOURCE.id, quote: 'Kazakhstan joined.' }] };

const UPSERT_SOURCE = 'mutation($s: SourceInput!) { upsertSource(source: $s) { id } }';
const UPSERT_ENTITY = 'mutation($e: EntityInput!) { upsertEntity(entity: $e) { id } }';
const UPSERT_TIE = 'mutation($r: RelationshipInput!) { upsertRelationship(relationship: $r) { id } }';
const TIES_AT = `query($id: ID!, $release: Int) { entity(id: $id, release: $release) { name relationships(types: ["MEMBER_OF"]) {
  edges { node { id status since citations { quote } } } } } }`;

describe('releases', () => {
  let added: number; // the release that added the forum and its membership

  it('numbers every mutation, names its author after the key, and reads the graph as it was at each release', async () => {
    const before = await latest();
    await data(UPSERT_SOURCE, { s: SOURCE }, ALICE);
    await data(UPSERT_ENTITY, { e: ENTITY }, ALICE);
    await data(UPSERT_TIE, { r: TIE }, PLAIN);
    added = before + 3;
    expect(await latest()).toBe(added);
    const release = (await data('query($n: Int!) { release(number: $n) { number author origin summary added changed retired } }', { n: added })).release;
    expect(release).toEqual({ number: added, author: 'editor-1', origin: 'mutation:upsertRelationship', summary: `upsertRelationship ${TIE.id}`, added: 1, changed: 0, retired: 0 });
    expect((await data('query($n: Int!) { release(number: $n) { author } }', { n: added - 1 })).release.author).toBe('alice');

    // The same write again changes nothing, and makes no release.
    await data(UPSERT_TIE, { r: TIE }, PLAIN);
    expect(await latest()).toBe(added);

    await data(UPSERT_TIE, { r: { ...TIE, status: 'observer', citations: [{ source: SOURCE.id, quote: 'Kazakhstan became an observer.' }] } }, ALICE);
    await data(UPSERT_ENTITY, { e: { ...ENTITY, name: 'Renamed Test Forum' } }, ALICE);
    expect(await latest()).toBe(added + 2);

    const then = (await data(TIES_AT, { id: ENTITY.id, release: added })).entity;
    expect(then).toEqual({ name: 'Release Test Forum', relationships: { edges: [{ node: { id: TIE.id, status: 'member', since: '2020', citations: [{ quote: 'Kazakhstan joined.' }] } }] } });
    const now = (await data(TIES_AT, { id: ENTITY.id })).entity;
    expect(now).toEqual({ name: 'Renamed Test Forum', relationships: { edges: [{ node: { id: TIE.id, status: 'observer', since: '2020', citations: [{ quote: 'Kazakhstan became an observer.' }] } }] } });
    // Between the two edits: the new membership, the old name.
    expect((await data(TIES_AT, { id: ENTITY.id, release: added + 1 })).entity.name).toBe('Release Test Forum');
    expect((await data(TIES_AT, { id: ENTITY.id, release: added + 1 })).entity.relationships.edges[0].node.status).toBe('observer');
    // Before the forum existed there is no such entity.
    expect((await data(TIES_AT, { id: ENTITY.id, release: added - 2 })).entity).toBeNull();

    // The other reads take the release too.
    const subgraph = (await data('query($r: Int) { neighbourhood(id: "release-test-forum", release: $r) { nodes { id name } edges { id status } } }', { r: added })).neighbourhood;
    expect(subgraph.edges).toEqual([{ id: TIE.id, status: 'member' }]);
    expect(subgraph.nodes.find((node: { id: string }) => node.id === ENTITY.id).name).toBe('Release Test Forum');
    const paths = (await data('query($r: Int) { paths(from: "kazakhstan", to: "release-test-forum", maxHops: 1, release: $r) { hops { status } } }', { r: added })).paths;
    expect(paths).toEqual([{ hops: [{ status: 'member' }] }]);
    const found = (await data('query($r: Int) { search(text: "Release Test Forum", release: $r, first: 5) { edges { node { id name } } } }', { r: added })).search;
    expect(found.edges[0].node).toEqual({ id: ENTITY.id, name: 'Release Test Forum' });
    const timeline = (await data('query($r: Int) { timeline(id: "release-test-forum", release: $r) { description } }', { r: added })).timeline;
    expect(timeline).toEqual([{ description: 'Kazakhstan is a member of Release Test Forum (member)' }]);
  });

  it('refuses a release that does not exist yet, saying which is the latest', async () => {
    const response = await call('query($r: Int) { stats(release: $r) { entities } }', { r: (await latest()) + 1 });
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining(`the latest release is ${await latest()}`) });
    expect((await call('{ entity(id: "csto", release: 0) { id } }')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lists the changes between two releases, with the values before and after', async () => {
    const changes = (await data('query($s: Int!, $u: Int) { changes(since: $s, until: $u) { release kind record id before after } }', { s: added - 3, u: added + 1 })).changes;
    expect(changes.map((c: { release: number; kind: string; id: string }) => [c.release - added, c.kind, c.id])).toEqual([
      [-2, 'ADDED', SOURCE.id],
      [-1, 'ADDED', ENTITY.id],
      [0, 'ADDED', TIE.id],
      [1, 'CHANGED', TIE.id],
    ]);
    expect(changes[3].before).toMatchObject({ id: TIE.id, status: 'member' });
    expect(changes[3].after).toMatchObject({ id: TIE.id, status: 'observer', from: 'kazakhstan', to: ENTITY.id });
  });

  it('keeps the history of one relationship across three edits, with the author of each', async () => {
    const start = await latest();
    for (const [status, key] of [['member', ALICE], ['suspended', PLAIN], ['withdrawn', ALICE]] as const) {
      await data(UPSERT_TIE, { r: { ...TIE, id: 'release-test-history', since: '2021', status } }, key);
    }
    const history = (await data('{ entity(id: "release-test-forum") { relationships(types: ["MEMBER_OF"]) { edges { node { id history { release kind author values } } } } } }')).entity.relationships.edges
      .map((edge: any) => edge.node)
      .find((node: any) => node.id === 'release-test-history').history;
    expect(history.map((v: any) => [v.release - start, v.kind, v.author, v.values.status])).toEqual([
      [1, 'ADDED', 'alice', 'member'],
      [2, 'CHANGED', 'editor-1', 'suspended'],
      [3, 'CHANGED', 'alice', 'withdrawn'],
    ]);
  });

  it('retires on delete: gone from the latest release, still there in the one before', async () => {
    const before = await latest();
    const deleted = (await data('mutation { deleteRelationship(id: "release-test-history") { deleted release } }', {}, ALICE)).deleteRelationship;
    expect(deleted).toEqual({ deleted: true, release: before + 1 });
    const ids = async (release?: number) =>
      (await data(TIES_AT, { id: ENTITY.id, release })).entity.relationships.edges.map((edge: any) => edge.node.id).sort();
    expect(await ids()).toEqual([TIE.id]);
    expect(await ids(before)).toEqual(['release-test-history', TIE.id]);

    const stats = async (release?: number) => (await data('query($r: Int) { stats(release: $r) { entities relationships } }', { r: release })).stats;
    const statsBefore = await stats();
    const gone = (await data('mutation { deleteEntity(id: "release-test-forum") { deleted relationshipsDeleted release } }', {}, ALICE)).deleteEntity;
    expect(gone).toEqual({ deleted: true, relationshipsDeleted: 1, release: before + 2 });
    expect((await data('{ entity(id: "release-test-forum") { id } }')).entity).toBeNull();
    expect(await stats()).toEqual({ entities: statsBefore.entities - 1, relationships: statsBefore.relationships - 1 });
    // The latest statistics come from the count store, the old ones from the change records: they agree.
    expect(await stats(before + 1)).toEqual(statsBefore);
    expect((await data(TIES_AT, { id: ENTITY.id, release: before + 1 })).entity).toEqual({
      name: 'Renamed Test Forum',
      relationships: { edges: [{ node: { id: TIE.id, status: 'observer', since: '2020', citations: [{ quote: 'Kazakhstan became an observer.' }] } }] },
    });
    const history = (await data('query($r: Int) { entity(id: "release-test-forum", release: $r) { history { kind } } }', { r: before + 1 })).entity.history;
    expect(history.map((v: any) => v.kind)).toEqual(['ADDED', 'CHANGED', 'RETIRED']);
    // Written again, it comes back as an addition, and references to it work again.
    await data(UPSERT_ENTITY, { e: ENTITY }, ALICE);
    expect((await data('{ entity(id: "release-test-forum") { name } }')).entity.name).toBe('Release Test Forum');
  });

  it('gives 20 parallel mutations 20 distinct, consecutive releases', async () => {
    const before = await latest();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => call(UPSERT_SOURCE, { s: { id: `parallel-source-${i}`, title: `Parallel ${i}` } }, ALICE)),
    );
    expect(results.map((result) => result.errors)).toEqual(Array(20).fill(undefined));
    const page = (await data('{ releases(first: 20) { totalCount edges { node { number summary } } } }')).releases;
    expect(page.totalCount).toBe(before + 20);
    expect(page.edges.map((edge: any) => edge.node.number)).toEqual(Array.from({ length: 20 }, (_, i) => before + 20 - i));
    expect(page.edges.map((edge: any) => edge.node.summary).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `upsertSource parallel-source-${i}`).sort());
  });

  it('leaves the release number as it was when an import fails inside its transaction', async () => {
    const before = await latest();
    // Valid on its own; the reference to an entity missing from the graph is found inside the transaction.
    const failed = await call(
      'mutation($c: String!) { importDataset(content: $c, format: JSON) { release } }',
      { c: JSON.stringify({ entities: [{ ...ENTITY, id: 'never-written', kind: 'organization' }], relationships: [{ ...TIE, id: 'never-tie', from: 'no-such-entity' }] }) },
      ALICE,
    );
    expect(failed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await latest()).toBe(before);
    expect((await data('{ entity(id: "never-written") { id } }')).entity).toBeNull();
    const next = (await data('mutation($c: String!) { importDataset(content: $c, format: JSON) { release } }', { c: JSON.stringify({ sources: [{ id: 'after-failure', title: 'After' }] }) }, ALICE)).importDataset;
    expect(next.release).toBe(before + 1);
  });

  it('purges a record from every release, from the command line only, and records why', async () => {
    await data(UPSERT_ENTITY, { e: { ...ENTITY, id: 'purge-me', name: 'Purge Me' } }, ALICE);
    const added = await latest();
    await data(UPSERT_TIE, { r: { ...TIE, id: 'purge-me-tie', to: 'purge-me' } }, ALICE);
    await data(UPSERT_ENTITY, { e: { ...ENTITY, id: 'purge-me', name: 'Purge Me Again' } }, ALICE);
    await expect(purge(db, 'purge-me', 'no', 'cli:test')).rejects.toThrow('reason');
    await expect(purge(db, 'never-was-here', 'A court order of 1 December', 'cli:test')).rejects.toThrow('has ever had');
    const done = await purge(db, 'purge-me', 'A court order of 1 December', 'cli:test');
    expect(done).toMatchObject({ id: 'purge-me', record: 'ENTITY', reason: 'A court order of 1 December', author: 'cli:test', relationships: ['purge-me-tie'], changesRemoved: 3 });
    expect(await latest()).toBe(added + 2); // a purge is not a release
    for (const release of [added, added + 1, added + 2]) expect((await data('query($r: Int) { entity(id: "purge-me", release: $r) { id } }', { r: release })).entity).toBeNull();
    const changes = (await data('query($s: Int!) { changes(since: $s) { id } }', { s: added - 1 })).changes.map((c: any) => c.id);
    expect(changes).not.toContain('purge-me');
    expect(changes).not.toContain('purge-me-tie');
    expect((await data(TIES_AT, { id: 'kazakhstan', release: added + 1 })).entity.relationships.edges.map((e: any) => e.node.id)).not.toContain('purge-me-tie');
    expect(await db.read('releases/purges')).toEqual([expect.objectContaining({ purge: expect.objectContaining({ id: 'purge-me', reason: 'A court order of 1 December' }) })]);
    // The mutation API has no purge.
    expect((await call('mutation { purge(id: "csto") }', {}, ALICE)).errors?.[0]?.message).toContain('Cannot query field "purge"');
  });
});

describe('reports at a release', () => {
  const text = async (path: string) => {
    const response = await fetch(`${orgraph.url}${path}`);
    return { status: response.status, body: await response.text() };
  };
  const withoutTime = (body: string) => body.replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/g, '<time>');

  it('state the release they were made from and a link that reproduces them, identical at the same release', async () => {
    const release = await latest();
    for (const format of ['md', 'html', 'csv', 'json']) {
      const first = await text(`/reports/kazakhstan.${format}?asOf=2021`);
      expect(first.status).toBe(200);
      const link = `/reports/kazakhstan.${format}?release=${release}&asOf=2021`;
      expect(first.body).toContain(format === 'html' ? link.replace('&', '&amp;') : link);
      const again = await text(link);
      expect(withoutTime(again.body)).toBe(withoutTime(first.body));
    }
    const md = (await text(`/reports/kazakhstan.md?release=${release}`)).body;
    expect(md).toContain(`Made from release ${release} of the graph`);
    const json = JSON.parse((await text(`/reports/kazakhstan/to/csto.json?release=${release}`)).body);
    expect(json).toMatchObject({ release, reproduce: `/reports/kazakhstan/to/csto.json?release=${release}` });
    expect((await text(`/reports/kazakhstan.md?release=${release + 1}`)).status).toBe(400);
    expect((await text('/reports/kazakhstan.md?release=two')).status).toBe(400);
  });

  it('say what the graph said then', async () => {
    const before = await latest();
    await data(UPSERT_TIE, { r: { ...TIE, id: 'report-tie', to: 'release-test-forum', status: 'founding member' } }, ALICE);
    await data(UPSERT_TIE, { r: { ...TIE, id: 'report-tie', to: 'release-test-forum', status: 'suspended' } }, ALICE);
    const report = async (release: number) =>
      (await data('query($r: Int) { report(id: "release-test-forum", release: $r) { release markdown } }', { r: release })).report;
    expect((await report(before + 1)).markdown).toContain('(founding member)');
    expect((await report(before + 1)).markdown).not.toContain('(suspended)');
    expect((await report(before + 2)).markdown).toContain('(suspended)');
    expect((await report(before + 2)).release).toBe(before + 2);
  });
});
