import type { Orgraph } from '../../src/bootstrap';
import { graphql, graphqlWithKey, startTestServer } from '../support/test-neo4j';

/**
 * `entity(id) { … relationships(…) { … } }` at the latest release is read in one statement (the entity
 * and its page of relationships together, server/src/graphql/prefetch.ts); any other shape reads the
 * entity, then its relationships through their loader. Both must give the same answer. A second,
 * aliased `relationships` field is what sends a query down the loader path here.
 */

const EDITOR = 'entity-with-relationships-editor-key';
let orgraph: Orgraph;

jest.setTimeout(180_000);

beforeAll(async () => {
  // Cache off: every request is computed, so each reports the statements it sent.
  orgraph = await startTestServer({ editorKeys: [`prefetch:${EDITOR}`], cache: null });
});
afterAll(async () => {
  await orgraph.stop();
});

const ENTITY = `id name kind description start end aliases { name } citations { quote locator source { id title publisher } }`;
const PAGE = `totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  edges { cursor node { id type since until status role note holds
    from { id name kind description citations { quote } } to { id name } citations { quote source { title } } } }`;
const ARGS = '$types: [String!], $direction: Direction, $asOf: PartialDate, $first: Int, $after: String';
const REL_ARGS = 'types: $types, direction: $direction, asOf: $asOf, first: $first, after: $after';

const ONE = `query($id: ID!, ${ARGS}) { entity(id: $id) { ${ENTITY} relationships(${REL_ARGS}) { ${PAGE} } } }`;
const LOADER = `query($id: ID!, ${ARGS}) { entity(id: $id) { ${ENTITY} relationships(${REL_ARGS}) { ${PAGE} } other: relationships(first: 1) { totalCount } } }`;
// The same one-statement shape through a fragment on the entity's type.
const FRAGMENT = `query($id: ID!, ${ARGS}) { entity(id: $id) { ...on Organization { ${ENTITY} relationships(${REL_ARGS}) { ${PAGE} } } } }`;

async function both(variables: Record<string, unknown>, one = ONE) {
  const [single, loaded] = [await graphql(orgraph.url, one, variables), await graphql(orgraph.url, LOADER, variables)];
  delete loaded.data?.entity?.other;
  return { single, loaded };
}

describe('an entity read with its relationships in one statement', () => {
  it('gives the loader path’s answer in one statement, for every kind of argument', async () => {
    const firstPage = (await graphql(orgraph.url, ONE, { id: 'csto', first: 3 })).data.entity.relationships;
    expect(firstPage.pageInfo.hasNextPage).toBe(true);
    const cases: Array<Record<string, unknown>> = [
      { id: 'csto' },
      { id: 'csto', first: 3 },
      { id: 'csto', first: 3, after: firstPage.pageInfo.endCursor },
      { id: 'csto', types: ['MEMBER_OF'], direction: 'IN' },
      { id: 'csto', types: ['MEMBER_OF'], direction: 'IN', asOf: '2010-01-01' },
      { id: 'csto', direction: 'OUT', first: 2, after: firstPage.edges[0].cursor },
      { id: 'csto', first: 0 },
      { id: 'russia', asOf: '1995' },
    ];
    for (const variables of cases) {
      const { single, loaded } = await both(variables);
      expect(single.errors).toBeUndefined();
      expect(single.data).toEqual(loaded.data);
      expect(single.data.entity.relationships.totalCount).toBeGreaterThan(0);
      // One statement against the loader path's three (the entity, then each relationships field).
      expect(single.extensions?.cypherStatements).toBe(1);
      expect(loaded.extensions?.cypherStatements).toBe(3);
    }
    const filtered = (await both({ id: 'csto', types: ['MEMBER_OF'], direction: 'IN', asOf: '2010-01-01' })).single.data.entity.relationships;
    expect(filtered.edges.every((edge: any) => edge.node.type === 'MEMBER_OF' && edge.node.to.id === 'csto')).toBe(true);
  });

  it('gives the same answer through a fragment on the entity’s type', async () => {
    const { single, loaded } = await both({ id: 'csto', first: 5 }, FRAGMENT);
    expect(single.data).toEqual(loaded.data);
    expect(single.extensions?.cypherStatements).toBe(1);
  });

  it('reports a wrong argument on the relationships field, where the loader path does', async () => {
    for (const variables of [{ id: 'csto', first: 1000 }, { id: 'csto', after: 'not-a-cursor' }, { id: 'csto', types: ['NO_SUCH_TYPE'] }, { id: 'csto', asOf: '2010-13' }]) {
      const { single, loaded } = await both(variables);
      expect(single.data).toEqual(loaded.data);
      // The connection is non-null, so its error nulls the entity on both paths.
      expect(single.data.entity).toBeNull();
      const where = (errors: unknown) => (errors as Array<{ message: string; path: string[] }> | undefined)?.map(({ message, path }) => ({ message, path }));
      expect(where(single.errors)).toEqual(where(loaded.errors));
      expect(where(single.errors)?.[0]?.path).toEqual(['entity', 'relationships']);
    }
  });

  it('answers null for an unknown and for a retired entity, as the loader path does', async () => {
    const unknown = await both({ id: 'no-such-entity' });
    expect(unknown.single.data).toEqual(unknown.loaded.data);
    expect(unknown.single.errors).toEqual(unknown.loaded.errors);
    const source = { id: 'prefetch-test-source', title: 'Prefetch test source' };
    expect((await graphqlWithKey(orgraph.url, 'mutation($s: SourceInput!) { upsertSource(source: $s) { id } }', { s: source }, EDITOR)).errors).toBeUndefined();
    const entity = { id: 'prefetch-test-guild', kind: 'ORGANIZATION', name: 'Prefetch Test Guild', citations: [{ source: source.id, quote: 'The guild met.' }] };
    const write = await graphqlWithKey(orgraph.url, 'mutation($e: EntityInput!) { upsertEntity(entity: $e) { id } }', { e: entity }, EDITOR);
    expect(write.errors).toBeUndefined();
    const live = await both({ id: entity.id });
    expect(live.single.data.entity).toMatchObject({ id: entity.id, relationships: { totalCount: 0 } });
    expect(live.single.data).toEqual(live.loaded.data);
    const retire = await graphqlWithKey(orgraph.url, 'mutation($id: ID!) { deleteEntity(id: $id) { release } }', { id: entity.id }, EDITOR);
    expect(retire.errors).toBeUndefined();
    const retired = await both({ id: entity.id });
    expect(retired.single.data.entity).toBeNull();
    expect(retired.single.data).toEqual(retired.loaded.data);
    expect(retired.single.errors).toEqual(retired.loaded.errors);
  });
});
