import type { Orgraph } from '../../src/bootstrap';
import { contentHash } from '../../src/dataset/export';
import { graphqlWithKey, startTestServer, type GraphQLResponse } from '../support/test-neo4j';

const EDITOR = 'editor-key-for-the-tests-0001';
const READER = 'reader-key-for-the-tests-0001';
let orgraph: Orgraph;

beforeAll(async () => {
  orgraph = await startTestServer({ editorKeys: [EDITOR], readerKeys: [READER] });
});
afterAll(() => orgraph.stop());

const call = (query: string, variables: Record<string, unknown> = {}, key?: string) => graphqlWithKey(orgraph.url, query, variables, key);

const UPSERT_SOURCE = 'mutation($s: SourceInput!) { upsertSource(source: $s) { id title } }';
const UPSERT_ENTITY = 'mutation($e: EntityInput!) { upsertEntity(entity: $e) { id kind name aliases { name lang } citations { quote source { title } } } }';
const UPSERT_RELATIONSHIP = 'mutation($r: RelationshipInput!) { upsertRelationship(relationship: $r) { id type from { id } to { name } since status citations { source { id } } } }';

describe('writes through the API', () => {
  it('needs an editor key: none, a wrong one or a reader key are refused, and reads need a key when reader keys are set', async () => {
    const noKey = await call(UPSERT_SOURCE, { s: { id: 'x-source', title: 'X' } });
    expect(noKey.status).toBe(401);
    expect(noKey.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await call(UPSERT_SOURCE, { s: { id: 'x-source', title: 'X' } }, 'not-a-valid-key-at-all')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const reader = await call(UPSERT_SOURCE, { s: { id: 'x-source', title: 'X' } }, READER);
    expect(reader.status).toBe(403);
    expect(reader.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: 'This key may read but not write.' });
    expect((await call('{ stats { entities } }')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await call('{ stats { entities } }', {}, READER)).data?.stats.entities).toBeGreaterThan(0);
  });

  it('refuses writes on a server with no editor keys, saying how to allow them', async () => {
    const closed = await startTestServer();
    try {
      const response = await fetch(`${closed.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation { deleteEntity(id: "csto") { deleted } }' }),
      });
      const body = (await response.json()) as GraphQLResponse;
      expect(response.status).toBe(403);
      expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringContaining('ORGRAPH_EDITOR_KEYS') });
      expect(await fetch(`${closed.url}/readyz`).then((r) => r.status)).toBe(200);
    } finally {
      await closed.stop();
    }
  });

  it('creates a source, an entity and a relationship, each validated and readable at once', async () => {
    expect((await call(UPSERT_SOURCE, { s: { id: 'api-test-source', title: 'API test source', published: '2026-11' } }, EDITOR)).data?.upsertSource).toEqual({
      id: 'api-test-source',
      title: 'API test source',
    });
    const entity = await call(
      UPSERT_ENTITY,
      { e: { id: 'api-test-forum', kind: 'ORGANIZATION', name: 'API Test Forum', aliases: [{ name: 'ATF', lang: 'en' }], citations: [{ source: 'api-test-source', quote: 'It exists.' }] } },
      EDITOR,
    );
    expect(entity.errors).toBeUndefined();
    expect(entity.data.upsertEntity).toEqual({
      id: 'api-test-forum',
      kind: 'ORGANIZATION',
      name: 'API Test Forum',
      aliases: [{ name: 'ATF', lang: 'en' }],
      citations: [{ quote: 'It exists.', source: { title: 'API test source' } }],
    });
    const relationship = await call(UPSERT_RELATIONSHIP, { r: { from: 'kazakhstan', type: 'MEMBER_OF', to: 'api-test-forum', since: '2026-11-01', status: 'member', citations: [{ source: 'api-test-source' }] } }, EDITOR);
    expect(relationship.errors).toBeUndefined();
    expect(relationship.data.upsertRelationship).toEqual({
      id: 'kazakhstan.member-of.api-test-forum.2026-11-01',
      type: 'MEMBER_OF',
      from: { id: 'kazakhstan' },
      to: { name: 'API Test Forum' },
      since: '2026-11-01',
      status: 'member',
      citations: [{ source: { id: 'api-test-source' } }],
    });
  });

  it('refuses a bad write with the problem and its place, and changes nothing', async () => {
    const before = await contentHash(orgraph.connection.database);
    const badDate = await call(UPSERT_RELATIONSHIP, { r: { from: 'kazakhstan', type: 'MEMBER_OF', to: 'api-test-forum', since: '2026-02-30', citations: [{ source: 'api-test-source' }] } }, EDITOR);
    expect(badDate.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ path: 'relationships[0].since', message: '"2026-02-30" has day 30, but 2026-02 has 28 days' }] });
    const noEvidence = await call(UPSERT_ENTITY, { e: { id: 'api-test-x', kind: 'TOPIC', name: 'X', citations: [] } }, EDITOR);
    expect(noEvidence.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ message: expect.stringContaining('at least one citation') }] });
    const unknownEnd = await call(UPSERT_RELATIONSHIP, { r: { from: 'kazakhstan', type: 'PART_OF', to: 'nowhere', citations: [{ source: 'api-test-source' }] } }, EDITOR);
    expect(unknownEnd.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknownType = await call(UPSERT_RELATIONSHIP, { r: { from: 'kazakhstan', type: 'ADMIRES', to: 'csto', citations: [{ source: 'api-test-source' }] } }, EDITOR);
    expect(unknownType.errors?.[0]?.message).toContain('"ADMIRES" is not a known relationship type');
    expect(await contentHash(orgraph.connection.database)).toBe(before);
  });

  it('imports a dataset given as text, with a dry run first', async () => {
    const content = 'entities:\n  - { id: api-test-topic, kind: topic, name: Imported topic, citations: [{ source: api-test-source }] }\n';
    const dry = await call('mutation($c: String!) { importDataset(content: $c, dryRun: true) { dryRun entities { created } } }', { c: content }, EDITOR);
    expect(dry.data.importDataset).toEqual({ dryRun: true, entities: { created: 1 } });
    const real = await call('mutation($c: String!) { importDataset(content: $c) { noChange entities { created } } }', { c: content }, EDITOR);
    expect(real.data.importDataset).toEqual({ noChange: false, entities: { created: 1 } });
    const again = await call('mutation($c: String!) { importDataset(content: $c) { noChange entities { unchanged } } }', { c: content }, EDITOR);
    expect(again.data.importDataset).toEqual({ noChange: true, entities: { unchanged: 1 } });
    const csv = await call('mutation($c: String!) { importDataset(content: $c, format: CSV) { entities { created } } }', { c: 'id,kind,name,source\napi-test-csv,topic,From CSV,api-test-source\n' }, EDITOR);
    expect(csv.data.importDataset).toEqual({ entities: { created: 1 } });
    const broken = await call('mutation($c: String!) { importDataset(content: $c, format: JSON) { dryRun } }', { c: '{"entities": [' }, EDITOR);
    expect(broken.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('input.json:1: not valid JSON') });
  });

  it('deletes a relationship and an entity with its relationships, and says when there is nothing to delete', async () => {
    const relationship = await call('mutation { deleteRelationship(id: "kazakhstan.member-of.api-test-forum.2026-11-01") { deleted } }', {}, EDITOR);
    expect(relationship.data.deleteRelationship).toEqual({ deleted: true });
    const again = await call('mutation { deleteRelationship(id: "kazakhstan.member-of.api-test-forum.2026-11-01") { deleted } }', {}, EDITOR);
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await call(UPSERT_RELATIONSHIP, { r: { from: 'russia', type: 'PART_OF', to: 'api-test-forum', citations: [{ source: 'api-test-source' }] } }, EDITOR);
    const entity = await call('mutation { deleteEntity(id: "api-test-forum") { deleted relationshipsDeleted } }', {}, EDITOR);
    expect(entity.data.deleteEntity).toEqual({ deleted: true, relationshipsDeleted: 1 });
    expect((await call('{ entity(id: "api-test-forum") { id } }', {}, READER)).data.entity).toBeNull();
    expect((await call('{ entity(id: "russia") { relationships(types: ["PART_OF"]) { totalCount } } }', {}, READER)).data.entity.relationships.totalCount).toBe(0);
  });
});
