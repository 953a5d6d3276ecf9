import type { Orgraph } from '../../src/bootstrap';
import { graphql, graphqlWithKey, startTestServer } from '../support/test-neo4j';

const EDITOR = 'editor-key-for-the-role-search-test';
let orgraph: Orgraph;
beforeAll(async () => {
  orgraph = await startTestServer({ editorKeys: [EDITOR] });
});
afterAll(() => orgraph.stop());

// Writes on a machine that may be busy (nothing here measures time).
jest.setTimeout(120_000);

const ROLES = `
  query Roles($text: String!, $first: Int) {
    roleSearch(text: $text, first: $first) { id type role since until from { id name } to { id } citations { quote } }
  }`;

describe('roleSearch: who held a post, and when', () => {
  it('finds the Secretaries-General of the CSTO in date order, with their evidence', async () => {
    const result = await graphql(orgraph.url, ROLES, { text: 'Secretary-General' });
    expect(result.errors).toBeUndefined();
    const held = result.data.roleSearch.filter((r: { type: string }) => r.type === 'HOLDS_POSITION');
    expect(held.map((r: { from: { id: string } }) => r.from.id)).toEqual([
      'nikolai-bordyuzha',
      'valery-semerikov',
      'yuri-khachaturov',
      'valery-semerikov',
      'stanislav-zas',
      'imangali-tasmagambetov',
      'taalatbek-masadykov',
    ]);
    for (const relationship of held) {
      expect(relationship.to.id).toBe('csto');
      expect(relationship.role).toMatch(/^Secretary-General/);
      expect(relationship.citations.length).toBeGreaterThan(0);
    }
    expect(result.data.roleSearch.every((r: { role: string }) => /secretary-general/i.test(r.role))).toBe(true);
  });

  it('matches case, partial words and other roles; nothing for an unknown post; a bad `first` is refused', async () => {
    const chair = await graphql(orgraph.url, ROLES, { text: 'chair' });
    expect(chair.data.roleSearch.length).toBeGreaterThan(0);
    expect(chair.data.roleSearch.every((r: { role: string }) => /^chair/i.test(r.role))).toBe(true);
    const chief = await graphql(orgraph.url, ROLES, { text: 'chief of the joint' });
    expect(chief.data.roleSearch.map((r: { from: { id: string } }) => r.from.id)).toEqual(['andrey-serdyukov']);
    expect((await graphql(orgraph.url, ROLES, { text: 'astronaut' })).data.roleSearch).toEqual([]);
    const bad = await graphql(orgraph.url, ROLES, { text: 'chair', first: 500 });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

const ROLES_AT = `
  query RolesAt($text: String!, $release: Int) {
    roleSearch(text: $text, release: $release) { id role since until from { id name } to { id name } citations { quote source { id } } }
  }`;

describe('roleSearch at a release', () => {
  const SOURCE = { id: 'role-test-source', title: 'Role search test source' };
  const FORUM = { id: 'role-test-forum', kind: 'ORGANIZATION', name: 'Role Test Forum', citations: [{ source: SOURCE.id, quote: 'The forum was founded.' }] };
  const EDITED = { id: 'role-test-edited', from: 'nikolai-bordyuzha', type: 'HOLDS_POSITION', to: FORUM.id, role: 'Quartermaster-General', since: '2001', until: '2004', citations: [{ source: SOURCE.id, quote: 'Bordyuzha was its Quartermaster-General.' }] };
  const RETIRED = { id: 'role-test-retired', from: 'valery-semerikov', type: 'HOLDS_POSITION', to: FORUM.id, role: 'Quartermaster-General', since: '2005', citations: [{ source: SOURCE.id, quote: 'Semerikov was its Quartermaster-General.' }] };

  async function write(mutation: string, variables: Record<string, unknown>): Promise<void> {
    const response = await graphqlWithKey(orgraph.url, mutation, variables, EDITOR);
    expect(response.errors).toBeUndefined();
  }
  const roles = async (text: string, release?: number) => {
    const response = await graphql(orgraph.url, ROLES_AT, { text, release });
    expect(response.errors).toBeUndefined();
    return response.data.roleSearch as Array<{ id: string; role: string; since: string; until: string | null; from: { id: string; name: string }; to: { id: string; name: string }; citations: Array<{ quote: string }> }>;
  };
  let before: number;
  let latest: number;

  beforeAll(async () => {
    await write('mutation($s: SourceInput!) { upsertSource(source: $s) { id } }', { s: SOURCE });
    await write('mutation($e: EntityInput!) { upsertEntity(entity: $e) { id } }', { e: FORUM });
    for (const r of [EDITED, RETIRED]) await write('mutation($r: RelationshipInput!) { upsertRelationship(relationship: $r) { id } }', { r });
    before = (await graphql(orgraph.url, '{ releases(first: 1) { totalCount } }')).data.releases.totalCount;
    // After release `before`: the post renamed (with new dates and evidence), the forum renamed, the other holder's post retired.
    await write('mutation($r: RelationshipInput!) { upsertRelationship(relationship: $r) { id } }', {
      r: { ...EDITED, role: 'Provisioner-General', until: '2003', citations: [{ source: SOURCE.id, quote: 'Bordyuzha was its Provisioner-General.' }] },
    });
    await write('mutation($e: EntityInput!) { upsertEntity(entity: $e) { id } }', { e: { ...FORUM, name: 'Renamed Role Test Forum' } });
    await write('mutation { deleteRelationship(id: "role-test-retired") { release } }', {});
    latest = (await graphql(orgraph.url, '{ releases(first: 1) { totalCount } }')).data.releases.totalCount;
    expect(latest).toBe(before + 3);
  });
  afterAll(async () => {
    // Retired, so that the suites sharing this database do not count the forum.
    await write('mutation { deleteEntity(id: "role-test-forum") { release } }', {});
  });

  it('finds posts as they were at an older release: the role, dates, evidence and ends of then, and a post retired since', async () => {
    const then = await roles('Quartermaster-General', before);
    expect(then.map((r) => [r.id, r.role, r.since, r.until, r.from.id, r.to.name])).toEqual([
      [EDITED.id, 'Quartermaster-General', '2001', '2004', 'nikolai-bordyuzha', 'Role Test Forum'],
      [RETIRED.id, 'Quartermaster-General', '2005', null, 'valery-semerikov', 'Role Test Forum'],
    ]);
    expect(then.map((r) => r.citations.map((c) => c.quote))).toEqual([[EDITED.citations[0]!.quote], [RETIRED.citations[0]!.quote]]);
    // The role it has now did not exist then.
    expect(await roles('Provisioner-General', before)).toEqual([]);
  });

  it('finds posts as they are at the latest release, whether the release is named or not', async () => {
    expect(await roles('Quartermaster-General')).toEqual([]);
    expect(await roles('Quartermaster-General', latest)).toEqual([]);
    const now = await roles('Provisioner-General');
    expect(now.map((r) => [r.id, r.role, r.since, r.until, r.to.name, r.citations[0]?.quote])).toEqual([
      [EDITED.id, 'Provisioner-General', '2001', '2003', 'Renamed Role Test Forum', 'Bordyuzha was its Provisioner-General.'],
    ]);
    expect(await roles('Provisioner-General', latest)).toEqual(now);
  });

  it('refuses a release that does not exist, naming the latest', async () => {
    const response = await graphql(orgraph.url, ROLES_AT, { text: 'Quartermaster-General', release: latest + 1 });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toContain(`the latest release is ${latest}`);
  });
});
