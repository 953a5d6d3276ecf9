import path from 'node:path';
import type { Orgraph } from '../../src/bootstrap';
import { repoRoot } from '../../src/config';
import { importPaths } from '../../src/dataset/import';
import type { Database } from '../../src/neo4j/database';
import { proposeClaims, type StructuredClaim } from '../../src/sources/propose';
import { graphqlWithKey, startTestServer, testDatabase } from '../support/test-neo4j';

/** Claims from a structured source (as the Wikidata and FtM imports make them) into the review queue. */

const EDITOR = 'editor-key-for-the-propose-tests';
let orgraph: Orgraph;
let db: Database;
const created = new Set<string>();

beforeAll(async () => {
  orgraph = await startTestServer({ editorKeys: [EDITOR] });
  db = testDatabase();
});
afterAll(async () => {
  for (const id of created) await call('mutation($id: ID!) { deleteRelationship(id: $id) { deleted } }', { id }, EDITOR);
  await call('mutation { deleteEntity(id: "test-union-of-states") { deleted } }', {}, EDITOR);
  await importPaths(db, [path.join(repoRoot, 'data', 'csto')]);
  await db.close();
  await orgraph.stop();
});

const call = (query: string, variables: Record<string, unknown> = {}, key?: string) => graphqlWithKey(orgraph.url, query, variables, key);

// A readable rendering of three statements, one paragraph each, as a structured source stores its text.
const STATEMENTS = [
  'Russia is a member of the CSTO since 1992-05-15 (founding member).',
  'Kazakhstan is a member of the Test Union of States since 2001.',
  'Tajikistan is a member of the CSTO since 1999.',
];
const SOURCE = { title: 'Statements about the CSTO (test rendering)', publisher: 'Test registry', text: STATEMENTS.join('\n\n') };
const fact = { since: null, until: null, role: null, status: null };
const CLAIMS: StructuredClaim[] = [
  { ...fact, type: 'MEMBER_OF', fromId: 'russia', fromText: 'Russia', toId: 'csto', toText: 'the CSTO', since: '1992-05-15', status: 'founding member', paragraph: 1, quote: STATEMENTS[0]!, origin: 'ftm:membership-russia', rule: 'test.structured', unreferenced: false },
  {
    ...fact,
    type: 'MEMBER_OF',
    fromId: 'kazakhstan',
    fromText: 'Kazakhstan',
    toId: null,
    toText: 'Test Union of States',
    toNew: { id: 'test-union-of-states', kind: 'ORGANIZATION', name: 'Test Union of States', aliases: [{ name: 'TUS', lang: 'en' }], start: '2001-06' },
    since: '2001',
    paragraph: 2,
    quote: 'Kazakhstan is a member of the Test Union of States since 2001',
    origin: 'wikidata:Q0$TEST@1',
    unreferenced: true,
  },
  { ...fact, type: 'MEMBER_OF', fromId: 'tajikistan', fromText: 'Tajikistan', toId: 'csto', toText: 'the CSTO', since: '1999', paragraph: 3, quote: STATEMENTS[2]!, origin: 'ftm:membership-tajikistan', unreferenced: false },
];
const QUEUE = `query($source: ID) { proposals(source: $source) { totalCount edges { node { id state relation origin rule unreferenced fromNew { id aliases { name lang } start } evidence { quote paragraph } } } } }`;
const REVIEW = `mutation($ids: [ID!]!, $decision: ReviewDecision!, $reason: String) { reviewProposals(ids: $ids, decision: $decision, reason: $reason) { release proposals { id state relationship { id citations { quote locator source { id } } } } } }`;

describe('proposeClaims: structured claims into the review queue', () => {
  it('a dry run compares the claims with the graph and writes nothing', async () => {
    const result = await proposeClaims(db, SOURCE, CLAIMS, { dryRun: true });
    expect(result.dryRun).toBe(true);
    expect(result.proposals.map((p) => [p.origin, p.relation, p.unreferenced])).toEqual([
      ['ftm:membership-russia', 'SUPPORTS_EXISTING', false],
      ['wikidata:Q0$TEST@1', 'NEW', true],
      ['ftm:membership-tajikistan', 'CONFLICTS', false],
    ]);
    expect(result.newEntities).toEqual([CLAIMS[1]!.toNew]);
    expect((await call('query($id: ID!) { source(id: $id) { id } }', { id: result.source.id })).data.source).toBeNull();
  });

  it('refuses a claim whose quote is not verbatim in its paragraph, naming it, and writes nothing', async () => {
    const bad = { ...CLAIMS[2]!, quote: 'Tajikistan joined the CSTO in 1999.' };
    await expect(proposeClaims(db, { ...SOURCE, title: 'A bad rendering' }, [CLAIMS[0]!, bad])).rejects.toThrow(/claims\[1\] \(ftm:membership-tajikistan\): its quote is not verbatim in paragraph 3/);
    const dry = await proposeClaims(db, SOURCE, CLAIMS, { dryRun: true });
    expect((await call('query($id: ID!) { source(id: $id) { id } }', { id: dry.source.id })).data.source).toBeNull();
  });

  it('stores the source text and the proposals in one release, with their origin and unreferenced mark; unreferenced ones are not accepted in bulk', async () => {
    const result = await proposeClaims(db, SOURCE, CLAIMS, { author: 'importer test', origin: 'test:structured' });
    const release = (await call('{ releases(first: 1) { edges { node { number origin author } } } }')).data.releases.edges[0].node;
    expect(release).toMatchObject({ origin: 'test:structured', author: 'importer test' });
    const stored = (await call('query($id: ID!) { source(id: $id) { paragraphs contentHash } }', { id: result.source.id })).data.source;
    expect(stored).toEqual({ paragraphs: STATEMENTS, contentHash: result.source.contentHash });

    const queue = (await call(QUEUE, { source: result.source.id })).data.proposals;
    expect(queue.totalCount).toBe(3);
    const byOrigin = new Map<string, any>(queue.edges.map((e: any) => [e.node.origin, e.node]));
    expect(byOrigin.get('wikidata:Q0$TEST@1')).toMatchObject({
      state: 'OPEN',
      relation: 'NEW',
      unreferenced: true,
      evidence: { quote: CLAIMS[1]!.quote, paragraph: 2 },
    });
    expect(byOrigin.get('ftm:membership-russia')).toMatchObject({ relation: 'SUPPORTS_EXISTING', unreferenced: false, rule: 'test.structured' });
    const referenced = byOrigin.get('ftm:membership-russia') as any;
    const unreferenced = byOrigin.get('wikidata:Q0$TEST@1') as any;

    // In bulk: refused, naming the unreferenced proposal, and nothing decided.
    const bulk = await call(REVIEW, { ids: [referenced.id, unreferenced.id], decision: 'ACCEPT' }, EDITOR);
    expect(bulk.errors?.[0]?.message).toContain(`Unreferenced proposals are accepted one at a time, not in bulk: ${unreferenced.id} (wikidata:Q0$TEST@1)`);
    expect((await call(`{ proposals(source: "${result.source.id}", state: OPEN) { totalCount } }`)).data.proposals.totalCount).toBe(3);

    // Alone: accepted, and the new entity is created with what the source said of it.
    const alone = await call(REVIEW, { ids: [unreferenced.id], decision: 'ACCEPT' }, EDITOR);
    expect(alone.errors).toBeUndefined();
    const written = alone.data.reviewProposals.proposals[0].relationship;
    created.add(written.id);
    expect(written.citations).toEqual([{ quote: CLAIMS[1]!.quote, locator: 'paragraph 2', source: { id: result.source.id } }]);
    const entity = (await call('{ entity(id: "test-union-of-states") { kind name start aliases { name lang } } }')).data.entity;
    expect(entity).toEqual({ kind: 'ORGANIZATION', name: 'Test Union of States', start: '2001-06', aliases: [{ name: 'TUS', lang: 'en' }] });

    // Rejected claims are dropped when the same statements are proposed again; the others keep their state.
    const reject = await call(REVIEW, { ids: [byOrigin.get('ftm:membership-tajikistan')!.id], decision: 'REJECT', reason: 'test' }, EDITOR);
    expect(reject.errors).toBeUndefined();
    const again = await proposeClaims(db, SOURCE, CLAIMS);
    expect(again.created).toBe(false);
    expect(again.proposals.map((p) => [p.origin, p.state])).toEqual([
      ['ftm:membership-russia', 'OPEN'],
      ['wikidata:Q0$TEST@1', 'ACCEPTED'],
    ]);
  });

  it('marks proposals read from a text as referenced', async () => {
    const answer = await call(
      'mutation($s: SourceDocumentInput!) { ingestSource(source: $s, dryRun: true) { proposals { origin unreferenced } } }',
      { s: { title: 'A wire', published: '2025-11-27', text: 'MOSCOW, Nov 27. Russia took over the chairmanship of the CSTO on 1 January 2026.' } },
      EDITOR,
    );
    expect(answer.data.ingestSource.proposals.length).toBeGreaterThan(0);
    for (const proposal of answer.data.ingestSource.proposals) expect(proposal).toEqual({ origin: 'text', unreferenced: false });
  });
});
