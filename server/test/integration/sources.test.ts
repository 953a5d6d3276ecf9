import fs from 'node:fs';
import path from 'node:path';
import type { Orgraph } from '../../src/bootstrap';
import { repoRoot } from '../../src/config';
import { importPaths } from '../../src/dataset/import';
import type { Database } from '../../src/neo4j/database';
import { graphqlWithKey, startTestServer, testDatabase } from '../support/test-neo4j';

const EDITOR = 'editor-key-for-the-sources-tests';
const SEED = fs.readFileSync(path.join(repoRoot, 'data', 'sources', '2025-11-27-csto-chairmanship-article.txt'), 'utf8');
const SEED_SOURCE = { id: 'trend-2025-11-27', title: 'Russia takes the CSTO chairmanship for 2026', publisher: 'Trend', published: '2025-11-27', language: 'en' };

let orgraph: Orgraph;
let db: Database;
/** Relationships the tests' reviews created, deleted afterwards so later suites see the CSTO graph as it was. */
const created = new Set<string>();
/** Entities the tests created, retired afterwards (after the relationships that use them). */
const createdEntities = new Set<string>(['ivan-petrovsky']);

beforeAll(async () => {
  orgraph = await startTestServer({ editorKeys: [EDITOR] });
  db = testDatabase();
});
afterAll(async () => {
  for (const id of created) await call('mutation($id: ID!) { deleteRelationship(id: $id) { deleted } }', { id }, EDITOR);
  for (const id of createdEntities) await call('mutation($id: ID!) { deleteEntity(id: $id) { deleted } }', { id }, EDITOR);
  // Relationships that gained a citation go back to what the files say.
  await importPaths(db, [path.join(repoRoot, 'data', 'csto')]);
  await db.close();
  await orgraph.stop();
});

const call = (query: string, variables: Record<string, unknown> = {}, key?: string) => graphqlWithKey(orgraph.url, query, variables, key);

async function postSource(body: string, params: Record<string, string>, contentType = 'text/plain', key: string | null = EDITOR) {
  const response = await fetch(`${orgraph.url}/sources?${new URLSearchParams(params)}`, {
    method: 'POST',
    headers: { 'content-type': contentType, ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body,
  });
  return { status: response.status, body: (await response.json()) as any };
}

const PROPOSAL_FIELDS = `id state relation type fromText toText since until role status origin reason decidedBy decidedAt
  from { id } to { id } fromNew { id kind name } toNew { id kind name }
  evidence { quote prefix suffix paragraph source { id } }
  conflictsWith { id type from { id } to { id } }`;
const INGEST = `mutation($s: SourceDocumentInput!, $dry: Boolean) { ingestSource(source: $s, dryRun: $dry) {
  created dryRun source { id title contentHash paragraphs }
  mentions { entity { id } text paragraph start end sentence }
  proposals { ${PROPOSAL_FIELDS} }
  newEntities { id kind name } } }`;
const REVIEW = `mutation($ids: [ID!]!, $decision: ReviewDecision!, $edits: [ProposalEditInput!], $reason: String, $author: String) {
  reviewProposals(ids: $ids, decision: $decision, edits: $edits, reason: $reason, author: $author) {
    decision release imported { relationships { created updated unchanged } entities { created } }
    proposals { id state decidedBy decidedAt reason relationship { id type from { id } to { id } since until citations { quote locator claimedBy source { id } } } } } }`;

const ingest = (source: Record<string, unknown>, dryRun = false) => call(INGEST, { s: source, dry: dryRun }, EDITOR);
const storedText = async (id: string) => (await call('query($id: ID!) { source(id: $id) { text paragraphs contentHash } }', { id })).data.source;

describe('sources in: ingestion', () => {
  it('refuses ingestion without an editor key, over GraphQL and HTTP, and writes nothing', async () => {
    const graphqlAnswer = await call(INGEST, { s: { title: 'No key', text: 'Russia chairs the CSTO.' } });
    expect(graphqlAnswer.status).toBe(401);
    expect(graphqlAnswer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const http = await postSource('Russia chairs the CSTO.', { title: 'No key' }, 'text/plain', null);
    expect(http.status).toBe(401);
    expect(http.body.error).toContain('editor key');
    expect((await postSource('Russia chairs the CSTO.', { title: 'Wrong key' }, 'text/plain', 'not-a-key-of-this-server')).status).toBe(401);
  });

  it('reads a bare title before a person with the post the graph knows he holds (the gazetteer from the database)', async () => {
    const dry = await ingest({ title: 'Known post', published: '2026-12-10', language: 'en', text: 'The talks went on late. President Rahmon told reporters the border was calm.' }, true);
    expect(dry.errors).toBeUndefined();
    const posts = dry.data.ingestSource.proposals.filter((proposal: any) => proposal.type === 'HOLDS_POSITION');
    expect(posts.map((proposal: any) => [proposal.from?.id, proposal.to?.id, proposal.role])).toEqual([['emomali-rahmon', 'tajikistan', 'President']]);
  });

  it('a dry run returns the mentions and proposals and writes nothing', async () => {
    const before = await call('{ proposals { totalCount } releases(first: 1) { totalCount } }');
    const dry = await ingest({ ...SEED_SOURCE, text: SEED }, true);
    expect(dry.errors).toBeUndefined();
    const result = dry.data.ingestSource;
    expect(result.dryRun).toBe(true);
    expect(result.source.paragraphs.length).toBe(6);
    expect(result.mentions.length).toBeGreaterThan(10);
    expect(result.proposals.length).toBeGreaterThan(0);
    expect((await storedText(SEED_SOURCE.id)).text).toBeNull();
    expect((await call('{ proposals { totalCount } }')).data.proposals.totalCount).toBe(before.data.proposals.totalCount);
    expect((await call('{ entity(id: "icmec") { mentions { totalCount } } }')).data.entity.mentions.totalCount).toBe(0);
    // A preview of a text under a new id: no release, no source, no proposals.
    const preview = await ingest({ id: 'a-preview-only', title: 'Preview only', published: '2026-02-01', text: 'MINSK, Feb 1. Belarus took over the chairmanship of the CSTO on 1 January 2027.' }, true);
    expect(preview.errors).toBeUndefined();
    expect(preview.data.ingestSource.proposals.length).toBeGreaterThan(0);
    const after = await call('{ proposals { totalCount } releases(first: 1) { totalCount } source(id: "a-preview-only") { id } }');
    expect(after.data).toEqual({ ...before.data, source: null });
  });

  it('reads HTML given to ingestSource as HTML (format: HTML): its words only, in a dry run too', async () => {
    const html = '<p>MINSK, Feb 1.</p><script>var x = "Armenia";</script><p>Belarus took over the chairmanship of the <b>CSTO</b> on 1 January 2027.</p>';
    const answer = await ingest({ title: 'An HTML preview', published: '2026-02-01', format: 'HTML', text: html }, true);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.ingestSource.source.paragraphs).toEqual(['MINSK, Feb 1.', 'Belarus took over the chairmanship of the CSTO on 1 January 2027.']);
    expect(answer.data.ingestSource.mentions.map((m: any) => m.entity.id)).not.toContain('armenia');
  });

  it('ingests the seed article: its text in paragraphs with a content hash, its mentions and proposals stored', async () => {
    const answer = await ingest({ ...SEED_SOURCE, text: SEED });
    expect(answer.errors).toBeUndefined();
    const result = answer.data.ingestSource;
    expect(result.source.id).toBe('trend-2025-11-27');
    const stored = await storedText('trend-2025-11-27');
    expect(stored.paragraphs).toEqual(result.source.paragraphs);
    expect(stored.text).toBe(stored.paragraphs.join('\n\n'));
    expect(stored.contentHash).toMatch(/^[0-9a-f]{64}$/);
    // Every mention is where it says it is, in the stored text.
    for (const mention of result.mentions) {
      expect(stored.paragraphs[mention.paragraph - 1].slice(mention.start, mention.end)).toBe(mention.text);
      expect(mention.sentence).toContain(mention.text);
    }
    const mentioned = new Set(result.mentions.map((mention: any) => mention.entity.id));
    for (const id of ['csto', 'russia', 'kyrgyzstan', 'bishkek', 'icmec', 'interstate-program', 'tajik-afghan-border-programme', 'interaction', 'echelon', 'search']) {
      expect(mentioned).toContain(id);
    }
    const read = await call(`{ source(id: "trend-2025-11-27") { mentions { entity { id } text paragraph } proposals { id state } }
      entity(id: "icmec") { mentions { totalCount edges { node { text sentence source { id title } } } } } }`);
    expect(read.data.source.mentions).toHaveLength(result.mentions.length);
    expect(read.data.source.proposals.map((p: any) => p.id).sort()).toEqual(result.proposals.map((p: any) => p.id).sort());
    expect(read.data.entity.mentions.totalCount).toBe(1);
    expect(read.data.entity.mentions.edges[0].node).toMatchObject({ text: 'CSTO Interstate Commission for Military-Economic Cooperation', source: { id: 'trend-2025-11-27' } });
    expect(read.data.entity.mentions.edges[0].node.sentence).toMatch(/^Founded in 2002, .* is administered by the CSTO Interstate Commission for Military-Economic Cooperation\.$/);
  });

  it('finds the existing source when the same text is ingested again, under any title', async () => {
    const again = await ingest({ title: 'The same article, pasted again', text: `\n${SEED.replace(/\n\n/g, '\n \n')}\n` });
    expect(again.errors).toBeUndefined();
    expect(again.data.ingestSource.created).toBe(false);
    expect(again.data.ingestSource.source.id).toBe('trend-2025-11-27');
    expect(again.data.ingestSource.source.title).not.toBe('The same article, pasted again');
    const hashes = await call('{ proposals(source: "trend-2025-11-27") { totalCount } }');
    expect(hashes.data.proposals.totalCount).toBe(again.data.ingestSource.proposals.length);
  });

  it('costs a bounded number of statements for the queue with its entities, sources and conflicts', async () => {
    const queue = await call(`{ proposals(first: 100) { totalCount edges { node { ${PROPOSAL_FIELDS} } } } }`);
    expect(queue.errors).toBeUndefined();
    expect(queue.data.proposals.totalCount).toBeGreaterThan(0);
    expect(queue.extensions?.cypherStatements).toBeLessThanOrEqual(5);
  });

  it('refuses a text of 5 MB with a clear message (413 over HTTP), and writes nothing', async () => {
    const huge = 'The CSTO met in Bishkek. '.repeat(210_000);
    const http = await postSource(huge, { title: 'Too large' });
    expect(http.status).toBe(413);
    expect(http.body.error).toMatch(/at most 1,000,000 characters/);
    const over = await ingest({ title: 'Too large', text: 'x'.repeat(1_000_001) });
    expect(over.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'source.text' }, message: expect.stringContaining('at most 1,000,000 characters') });
  });

  it('reduces HTML to its text through POST /sources: no scripts, no markup', async () => {
    const html = `<!doctype html><html><head><title>x</title><script>var secret = "Armenia";</script><style>p { color: red }</style></head>
      <body><h1>Summit in Minsk</h1><p>The leaders of <b>Belarus</b> and Kazakhstan met in Minsk &amp; agreed.</p>
      <script type="text/javascript">document.write("Tajikistan")</script><p>Nothing else.</p></body></html>`;
    const { status, body } = await postSource(html, { title: 'An HTML page', published: '2023-11-23', publisher: 'Test wire' }, 'text/html; charset=utf-8');
    expect(status).toBe(201);
    const stored = await storedText(body.source.id);
    expect(stored.paragraphs).toEqual(['Summit in Minsk', 'The leaders of Belarus and Kazakhstan met in Minsk & agreed.', 'Nothing else.']);
    const mentioned = body.mentions.map((mention: any) => mention.entity);
    expect(mentioned).toEqual(expect.arrayContaining(['belarus', 'kazakhstan', 'minsk']));
    expect(mentioned).not.toContain('armenia');
    expect(mentioned).not.toContain('tajikistan');
    // The same page again: found, not duplicated.
    const again = await postSource(html, { title: 'An HTML page' }, 'text/html');
    expect(again.status).toBe(200);
    expect(again.body.source.id).toBe(body.source.id);
    expect((await postSource('x', { title: 'x' }, 'application/pdf')).status).toBe(415);
    expect((await postSource('Belarus.', {})).body).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
  });
});

describe('sources in: review', () => {
  it('accepting proposals writes facts cited to the source with verbatim quotes, as one import', async () => {
    const open = (await ingest({ ...SEED_SOURCE, text: SEED })).data.ingestSource.proposals.filter(
      (p: any) => p.state === 'OPEN' && p.relation !== 'CONFLICTS' && (p.from || p.fromNew) && (p.to || p.toNew),
    );
    expect(open.length).toBeGreaterThan(0);
    const answer = await call(REVIEW, { ids: open.map((p: any) => p.id), decision: 'ACCEPT', author: 'test reviewer' }, EDITOR);
    expect(answer.errors).toBeUndefined();
    const review = answer.data.reviewProposals;
    const stored = await storedText('trend-2025-11-27');
    for (const proposal of review.proposals) {
      expect(proposal).toMatchObject({ state: 'ACCEPTED', decidedBy: 'test reviewer', decidedAt: expect.any(String) });
      const relationship = proposal.relationship;
      expect(relationship).not.toBeNull();
      const citation = relationship.citations.find((c: any) => c.source.id === 'trend-2025-11-27' && /^paragraph \d+$/.test(c.locator ?? ''));
      expect(citation).toBeDefined();
      const paragraph = Number(citation.locator.split(' ')[1]);
      expect(stored.paragraphs[paragraph - 1]).toContain(citation.quote);
    }
    // One review, one release: what it added and changed, by the editor key, from the review of this source.
    expect(review.release).toEqual(expect.any(Number));
    const release = (await call(`{ release(number: ${review.release}) { author origin added changed } }`)).data.release;
    const imported = review.imported;
    expect(release).toMatchObject({ author: 'editor-1', origin: 'review:trend-2025-11-27' });
    expect(release.added + release.changed).toBe(imported.relationships.created + imported.relationships.updated + imported.entities.created);
    const relations = new Map(open.map((p: any) => [p.id, p.relation]));
    for (const p of review.proposals) if (relations.get(p.id) === 'NEW') created.add(p.relationship.id);
    // Deciding again is refused: the proposals are no longer open.
    const twice = await call(REVIEW, { ids: [open[0].id], decision: 'REJECT', reason: 'changed my mind' }, EDITOR);
    expect(twice.errors?.[0]?.message).toContain('Already decided');
  });

  it('keeps a rejected proposal with who, when and why, and does not propose the same sentence again', async () => {
    const text = 'ASTANA, May 5. Kazakhstan took over the chairmanship of the CSTO on 1 January 2024.\n\nIt was a quiet day.';
    const first = (await ingest({ title: 'A rejected claim', published: '2024-05-05', text })).data.ingestSource;
    expect(first.proposals.length).toBeGreaterThan(0);
    const target = first.proposals[0];
    expect((await call(REVIEW, { ids: [target.id], decision: 'REJECT' }, EDITOR)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const rejected = await call(REVIEW, { ids: [target.id], decision: 'REJECT', reason: 'not what the sentence says', author: 'second reviewer' }, EDITOR);
    expect(rejected.errors).toBeUndefined();
    expect(rejected.data.reviewProposals.release).toBeNull();
    const kept = (await call(`{ proposals(state: REJECTED) { edges { node { id reason decidedBy decidedAt } } } }`)).data.proposals.edges.map((e: any) => e.node);
    expect(kept).toContainEqual({ id: target.id, reason: 'not what the sentence says', decidedBy: 'second reviewer', decidedAt: expect.any(String) });
    // The same text again, and another text repeating the sentence: the rejected claim is not proposed.
    const again = (await ingest({ title: 'A rejected claim', text })).data.ingestSource;
    expect(again.proposals.map((p: any) => p.id)).not.toContain(target.id);
    const elsewhere = (await ingest({ title: 'Another wire', text: `${text.split('\n\n')[0]}\n\nMore news followed.` })).data.ingestSource;
    expect(elsewhere.source.id).not.toBe(first.source.id);
    expect(elsewhere.proposals.filter((p: any) => p.type === target.type && p.evidence.quote === target.evidence.quote && p.fromText === target.fromText)).toEqual([]);
  });

  it('refuses to cite a quote that is not in the stored text', async () => {
    const text = 'MINSK, June 2. Belarus took over the chairmanship of the CSTO on 1 January 2027.';
    const result = (await ingest({ title: 'A quote that will not match', published: '2026-06-02', text })).data.ingestSource;
    expect(result.proposals.length).toBeGreaterThan(0);
    const stored = await storedText(result.source.id);
    // The stored paragraph changes under the proposal (as if the text had been edited since).
    await db.transaction((tx) =>
      tx.run('writes/store-source-text', { sourceId: result.source.id, contentHash: stored.contentHash, paragraphs: [stored.paragraphs[0].replace('Belarus', 'Belorussia')], language: 'en', ingestedAt: 'now', mentions: [] }),
    );
    const refused = await call(REVIEW, { ids: [result.proposals[0].id], decision: 'ACCEPT' }, EDITOR);
    expect(refused.errors?.[0]?.message).toMatch(/its quote is not in paragraph 1 .* as stored/);
    expect((await call(`{ proposals(source: "${result.source.id}", state: OPEN) { totalCount } }`)).data.proposals.totalCount).toBe(result.proposals.length);
  });

  it('never applies a conflict silently: accepting one needs an edit, and then keeps it beside the fact it contradicts, with its claimant', async () => {
    const text = 'ALMATY, June 3. Kazakhstan took over the chairmanship of the CSTO on 1 January 2026.';
    const result = (await ingest({ title: 'A contradicting wire', publisher: 'Steppe Wire', published: '2026-06-03', text })).data.ingestSource;
    const conflict = result.proposals.find((p: any) => p.relation === 'CONFLICTS' && p.type === 'CHAIRS');
    expect(conflict).toBeDefined();
    expect(conflict.conflictsWith).toContainEqual(expect.objectContaining({ type: 'CHAIRS', from: { id: 'russia' }, to: { id: 'csto' } }));
    const russiaChairs = async () =>
      (await call('{ entity(id: "russia") { relationships(types: ["CHAIRS"], direction: OUT) { edges { node { id since until citations { quote } } } } } }')).data.entity.relationships.edges.map((e: any) => e.node);
    const before = await russiaChairs();

    const refused = await call(REVIEW, { ids: [conflict.id], decision: 'ACCEPT' }, EDITOR);
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'edits' }, message: expect.stringContaining('conflicts with') });
    expect((await call(`{ proposals(source: "${result.source.id}", state: OPEN) { totalCount } }`)).data.proposals.totalCount).toBe(result.proposals.length);

    const accepted = await call(REVIEW, { ids: [conflict.id], decision: 'ACCEPT', edits: [{ id: conflict.id, edit: { since: '2026-01-01', until: '2026-12-31' } }] }, EDITOR);
    expect(accepted.errors).toBeUndefined();
    const written = accepted.data.reviewProposals.proposals[0].relationship;
    created.add(written.id);
    expect(written).toMatchObject({ type: 'CHAIRS', from: { id: 'kazakhstan' }, to: { id: 'csto' }, since: '2026-01-01', until: '2026-12-31' });
    expect(written.citations).toEqual([{ quote: conflict.evidence.quote, locator: 'paragraph 1', claimedBy: 'Steppe Wire', source: { id: result.source.id } }]);
    expect(await russiaChairs()).toEqual(before);
  });

  it('creates a proposed new entity when a fact using it is accepted, cited to the sentence', async () => {
    const text = 'MOSCOW, May 5. Ivan Petrovsky was appointed Secretary-General of the CSTO on 1 January 2027.';
    const result = (await ingest({ title: 'A new Secretary-General', published: '2026-05-05', text })).data.ingestSource;
    const proposal = result.proposals.find((p: any) => p.fromNew?.name === 'Ivan Petrovsky');
    // A second Secretary-General in office: a conflict with the one the graph has, shown before review.
    expect(proposal).toMatchObject({ from: null, fromNew: { id: 'ivan-petrovsky', kind: 'PERSON' }, to: { id: 'csto' }, type: 'HOLDS_POSITION', relation: 'CONFLICTS' });
    expect(proposal.conflictsWith.map((r: any) => r.from.id)).toContain('taalatbek-masadykov');
    expect(result.newEntities).toContainEqual({ id: 'ivan-petrovsky', kind: 'PERSON', name: 'Ivan Petrovsky' });
    expect((await call('{ entity(id: "ivan-petrovsky") { id } }')).data.entity).toBeNull();
    const accepted = await call(REVIEW, { ids: [proposal.id], decision: 'ACCEPT', edits: [{ id: proposal.id, edit: { since: '2027-01-01' } }] }, EDITOR);
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.reviewProposals.imported.entities.created).toBe(1);
    const entity = (await call('{ entity(id: "ivan-petrovsky") { kind name citations { quote locator source { id } } } }')).data.entity;
    expect(entity).toEqual({ kind: 'PERSON', name: 'Ivan Petrovsky', citations: [{ quote: proposal.evidence.quote, locator: 'paragraph 1', source: { id: result.source.id } }] });
    expect(accepted.data.reviewProposals.proposals[0].relationship).toMatchObject({ type: 'HOLDS_POSITION', from: { id: 'ivan-petrovsky' }, to: { id: 'csto' }, since: '2027-01-01' });
  });
});

describe('sources in: the review queue pages in the database', () => {
  const PAGE = `query($source: ID, $state: ProposalState, $first: Int, $after: String) {
    proposals(source: $source, state: $state, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id state } } } }`;
  const text = [
    'MOSCOW, March 3. Kazakhstan took over the chairmanship of the CSTO on 1 January 2023.',
    'Belarus took over the chairmanship of the CSTO on 1 January 2025. Russia took over the chairmanship of the CSTO on 1 January 2026.',
    'Tajikistan took over the chairmanship of the CSTO on 1 January 2021. Armenia took over the chairmanship of the CSTO on 1 January 2022.',
  ].join('\n\n');
  let sourceId: string;
  let all: string[];

  beforeAll(async () => {
    const result = (await ingest({ title: 'Five chairmanships', published: '2026-03-03', text })).data.ingestSource;
    sourceId = result.source.id;
    all = (await call(`{ source(id: "${sourceId}") { proposals { id } } }`)).data.source.proposals.map((p: any) => p.id);
    expect(all.length).toBeGreaterThanOrEqual(5);
  });

  it('walks every proposal in pages of two, in text order, with the right total on each page and one statement per page', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const answer: any = await call(PAGE, { source: sourceId, first: 2, after });
      expect(answer.errors).toBeUndefined();
      const page = answer.data.proposals;
      expect(page.totalCount).toBe(all.length);
      expect(page.pageInfo.hasPreviousPage).toBe(pages > 0);
      expect(page.edges.length).toBeLessThanOrEqual(2);
      // The page and its total: one statement.
      expect(answer.extensions?.cypherStatements).toBe(1);
      seen.push(...page.edges.map((e: any) => e.node.id));
      pages += 1;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(Math.ceil(all.length / 2));
    expect(seen).toEqual(all);
  });

  it('keeps its cursors stable: deciding proposals of a page read neither skips nor repeats the next', async () => {
    const first = (await call(PAGE, { source: sourceId, state: 'OPEN', first: 2 })).data.proposals;
    expect(first.edges.map((e: any) => e.node.id)).toEqual(all.slice(0, 2));
    const rejected = await call(REVIEW, { ids: [all[0]], decision: 'REJECT', reason: 'paging test' }, EDITOR);
    expect(rejected.errors).toBeUndefined();
    const second = (await call(PAGE, { source: sourceId, state: 'OPEN', first: 2, after: first.pageInfo.endCursor })).data.proposals;
    expect(second.edges.map((e: any) => e.node.id)).toEqual(all.slice(2, 4));
    expect(second.totalCount).toBe(all.length - 1);
  });

  it('refuses a cursor it did not give, naming the argument', async () => {
    const answer = await call(PAGE, { first: 2, after: Buffer.from(JSON.stringify({ offset: 3 })).toString('base64url') });
    expect(answer.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after' }, message: 'after is not a cursor this query returned' });
  });
});

describe('sources in: choosing the ends of a proposal', () => {
  const text = 'MOSCOW, May 5. Oleg Varenko was appointed Secretary-General of the CSTO on 1 January 2028.';
  const CANDIDATES = `query($source: ID!) { source(id: $source) { proposals { id state from { id } fromText fromNew { id name kind }
    fromCandidates { id kind name start end } to { id } toCandidates { id } } } }`;
  let sourceId: string;
  let proposal: any;
  const upsertPerson = (id: string, start: string) =>
    call(`mutation($e: EntityInput!) { upsertEntity(entity: $e) { id } }`, { e: { id, kind: 'PERSON', name: 'Oleg Varenko', start, citations: [{ source: sourceId, quote: 'Oleg Varenko' }] } }, EDITOR);

  beforeAll(async () => {
    const result = (await ingest({ title: 'A namesake', published: '2026-05-05', text })).data.ingestSource;
    sourceId = result.source.id;
    proposal = result.proposals.find((p: any) => p.fromText === 'Oleg Varenko');
    expect(proposal).toMatchObject({ from: null, fromNew: { id: 'oleg-varenko', kind: 'PERSON' }, to: { id: 'csto' } });
  });

  it('lists no candidate for a name no entity has, and every namesake, with kind and dates, once the graph has them', async () => {
    const before = (await call(CANDIDATES, { source: sourceId })).data.source.proposals.find((p: any) => p.id === proposal.id);
    expect(before.fromCandidates).toEqual([]);
    expect(before.toCandidates.map((e: any) => e.id)[0]).toBe('csto');
    for (const [id, start] of [['oleg-varenko-general', '1951'], ['oleg-varenko-diplomat', '1968']] as const) {
      expect((await upsertPerson(id, start)).errors).toBeUndefined();
      createdEntities.add(id);
    }
    const answer = await call(CANDIDATES, { source: sourceId });
    expect(answer.errors).toBeUndefined();
    const after = answer.data.source.proposals.find((p: any) => p.id === proposal.id);
    expect(after.fromCandidates).toEqual(
      expect.arrayContaining([
        { id: 'oleg-varenko-general', kind: 'PERSON', name: 'Oleg Varenko', start: '1951', end: null },
        { id: 'oleg-varenko-diplomat', kind: 'PERSON', name: 'Oleg Varenko', start: '1968', end: null },
      ]),
    );
    // Candidates of every proposal of a queue page: a bounded number of statements, not one per end.
    const queue = await call(`{ proposals(first: 100) { edges { node { id fromCandidates { id name } toCandidates { id name } from { id } to { id } } } } }`);
    expect(queue.errors).toBeUndefined();
    expect(queue.extensions?.cypherStatements).toBeLessThanOrEqual(4);
  });

  it('refuses an end no entity has, naming the proposal and the field, and writes nothing', async () => {
    const refused = await call(REVIEW, { ids: [proposal.id], decision: 'ACCEPT', edits: [{ id: proposal.id, edit: { from: 'no-such-person', since: '2028-01-01' } }] }, EDITOR);
    expect(refused.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'edits[0].edit.from' },
      message: expect.stringContaining(`Proposal ${proposal.id}: edits[0].edit.from: no entity has the id "no-such-person"`),
    });
    const both = await call(REVIEW, { ids: [proposal.id], decision: 'ACCEPT', edits: [{ id: proposal.id, edit: { from: 'oleg-varenko-general', fromNew: { kind: 'PERSON', name: 'O. Varenko' } } }] }, EDITOR);
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'edits[0].edit.fromNew' });
    const taken = await call(REVIEW, { ids: [proposal.id], decision: 'ACCEPT', edits: [{ id: proposal.id, edit: { fromNew: { id: 'oleg-varenko-general', kind: 'PERSON', name: 'Oleg Varenko' } } }] }, EDITOR);
    expect(taken.errors?.[0]).toMatchObject({ extensions: { field: 'edits[0].edit.fromNew' }, message: expect.stringContaining('an entity already has the id "oleg-varenko-general"') });
    const state = (await call(`{ proposals(source: "${sourceId}", state: OPEN) { totalCount } }`)).data.proposals.totalCount;
    expect(state).toBeGreaterThanOrEqual(1);
    expect((await call('{ entity(id: "oleg-varenko") { id } }')).data.entity).toBeNull();
  });

  it('accepts a candidate chosen as the end', async () => {
    const accepted = await call(REVIEW, { ids: [proposal.id], decision: 'ACCEPT', edits: [{ id: proposal.id, edit: { from: 'oleg-varenko-diplomat', since: '2028-01-01' } }] }, EDITOR);
    expect(accepted.errors).toBeUndefined();
    const written = accepted.data.reviewProposals.proposals[0].relationship;
    created.add(written.id);
    expect(written).toMatchObject({ type: 'HOLDS_POSITION', from: { id: 'oleg-varenko-diplomat' }, to: { id: 'csto' }, since: '2028-01-01' });
    // The proposed new entity was not used, so not created.
    expect((await call('{ entity(id: "oleg-varenko") { id } }')).data.entity).toBeNull();
  });

  it('creates a new entity named and typed by the reviewer, cited to the sentence', async () => {
    const result = (await ingest({ title: 'A new body', published: '2026-05-06', text: 'MOSCOW, May 6. Petr Zorin was appointed Secretary-General of the CSTO on 1 January 2029.' })).data.ingestSource;
    const p = result.proposals.find((q: any) => q.fromText === 'Petr Zorin');
    expect(p).toBeDefined();
    const accepted = await call(
      REVIEW,
      { ids: [p.id], decision: 'ACCEPT', edits: [{ id: p.id, edit: { fromNew: { kind: 'PERSON', name: 'Pyotr Zorin' }, since: '2029-01-01' } }] },
      EDITOR,
    );
    expect(accepted.errors).toBeUndefined();
    createdEntities.add('pyotr-zorin');
    const written = accepted.data.reviewProposals.proposals[0].relationship;
    created.add(written.id);
    expect(written.from.id).toBe('pyotr-zorin');
    const entity = (await call('{ entity(id: "pyotr-zorin") { kind name citations { quote locator source { id } } } }')).data.entity;
    expect(entity).toEqual({ kind: 'PERSON', name: 'Pyotr Zorin', citations: [{ quote: p.evidence.quote, locator: 'paragraph 1', source: { id: result.source.id } }] });
    const stored = (await call(`{ source(id: "${result.source.id}") { proposals { id state fromNew { id name } } } }`)).data.source.proposals.find((q: any) => q.id === p.id);
    expect(stored).toEqual({ id: p.id, state: 'ACCEPTED', fromNew: { id: 'pyotr-zorin', name: 'Pyotr Zorin' } });
  });
});
