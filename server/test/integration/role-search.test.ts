import type { Orgraph } from '../../src/bootstrap';
import { graphql, startTestServer } from '../support/test-neo4j';

let orgraph: Orgraph;
beforeAll(async () => {
  orgraph = await startTestServer();
});
afterAll(() => orgraph.stop());

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
