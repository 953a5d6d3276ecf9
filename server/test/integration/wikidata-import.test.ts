import path from 'node:path';
import type { Orgraph } from '../../src/bootstrap';
import { repoRoot } from '../../src/config';
import { importPaths } from '../../src/dataset/import';
import type { Database } from '../../src/neo4j/database';
import { freePort } from '../support/ports';
import { graphqlWithKey, startTestServer, testDatabase } from '../support/test-neo4j';
import { startWikidataServer, type WikidataServer } from '../support/wikidata-server';

const EDITOR = 'editor-key-for-the-wikidata-tests';
const CSTO_URL = 'https://en.odkb-csto.org/25years/';

let wikidata: WikidataServer;
let orgraph: Orgraph;
let db: Database;
/** Relationships the tests' reviews created, deleted afterwards so later suites see the CSTO graph as it was. */
const created = new Set<string>();

beforeAll(async () => {
  wikidata = await startWikidataServer();
  orgraph = await startTestServer({ editorKeys: [EDITOR], wikidata: wikidata.config() });
  db = testDatabase();
});
afterAll(async () => {
  // What the reviews created goes; the CSTO files put back what accepting changed (citations, identifiers).
  for (const id of created) await call('mutation($id: ID!) { deleteRelationship(id: $id) { deleted } }', { id }, EDITOR);
  for (const id of ['shanghai-cooperation-organisation', 'india']) await call('mutation($id: ID!) { deleteEntity(id: $id) { deleted } }', { id }, EDITOR);
  await importPaths(db, [path.join(repoRoot, 'data', 'csto')]);
  await db.close();
  await orgraph.stop();
  await wikidata.stop();
});

const call = (query: string, variables: Record<string, unknown> = {}, key: string | null = EDITOR) => graphqlWithKey(orgraph.url, query, variables, key);

const IMPORT = `mutation($qid: ID!, $include: [WikidataPart!], $dryRun: Boolean) {
  importFromWikidata(qid: $qid, include: $include, dryRun: $dryRun) {
    qid label revision dryRun requests
    matches { qid by entityId entity { id } ambiguous url }
    newEntities { id kind name aliases { name lang } start end identifiers { scheme value } }
    sources { id title url publisher published }
    proposals {
      id state relation type origin rule unreferenced since until role
      from { id } fromText fromNew { id } to { id } toText toNew { id }
      evidence { quote paragraph source { id title url published } }
      conflictsWith { id since until }
      identifies { entityId scheme value url }
    }
  }
}`;
const ALL = ['MEMBERS', 'OFFICEHOLDERS', 'PARTS', 'EVENTS'];
const REVIEW = `mutation($ids: [ID!]!, $decision: ReviewDecision!) { reviewProposals(ids: $ids, decision: $decision) { release proposals { id state relationship { id citations { quote locator source { id url } } } } } }`;
const BY_ID = `query($value: String!) { entityByIdentifier(scheme: "wikidata", value: $value) { id identifiers { scheme value url } } }`;
const LATEST = '{ releases(first: 1) { edges { node { number } } } }';

type Proposal = any;
const latestRelease = async () => (await call(LATEST)).data.releases.edges[0].node.number as number;
const subject = (proposal: Proposal) => /^wikidata:(Q\d+)\$/.exec(proposal.origin)![1];

describe('importing an organization from Wikidata into the review queue', () => {
  let csto: Proposal[];

  it('a dry run shows the proposals and writes nothing', async () => {
    const before = await latestRelease();
    // Other suites on this database may have left proposals of their own from "wikidata:" origins.
    const queued = async () => (await call('{ proposals(origin: "wikidata") { totalCount } }')).data.proposals.totalCount as number;
    const queuedBefore = await queued();
    const dry = await call(IMPORT, { qid: 'Q7159', include: ALL, dryRun: true });
    expect(dry.errors).toBeUndefined();
    expect(dry.data.importFromWikidata.dryRun).toBe(true);
    expect(dry.data.importFromWikidata.proposals.length).toBeGreaterThan(10);
    expect(await latestRelease()).toBe(before);
    expect(await queued()).toBe(queuedBefore);
  });

  it('imports the CSTO: proposals with origins, references as sources, dates at their precision, conflicts beside the graph', async () => {
    const response = await call(IMPORT, { qid: 'Q7159', include: ALL });
    expect(response.errors).toBeUndefined();
    const result = response.data.importFromWikidata;
    expect(result).toMatchObject({ qid: 'Q7159', label: 'Collective Security Treaty Organization', revision: '2245001001', dryRun: false });
    csto = result.proposals;
    const matches = new Map(result.matches.map((m: any) => [m.qid, m]));
    // States carry their QIDs in the CSTO files; the rest is matched by name, to be confirmed.
    expect(matches.get('Q159')).toMatchObject({ by: 'IDENTIFIER', entityId: 'russia', entity: { id: 'russia' } });
    expect(matches.get('Q7159')).toMatchObject({ by: 'NAME', entityId: 'csto', url: 'https://www.wikidata.org/wiki/Q7159' });
    expect(matches.get('Q649')).toMatchObject({ by: 'NAME', entityId: 'moscow' });
    expect(matches.get('Q90000301')).toMatchObject({ by: 'NAME', entityId: 'nikolai-bordyuzha' });
    expect(matches.get('Q90000202')).toMatchObject({ by: 'NAME', entityId: 'collective-rapid-deployment-forces' });

    const russia = csto.find((p) => subject(p) === 'Q159')!;
    expect(russia).toMatchObject({
      type: 'MEMBER_OF',
      from: { id: 'russia' },
      to: { id: 'csto' },
      since: '1992-05-15',
      relation: 'SUPPORTS_EXISTING',
      unreferenced: false,
      rule: 'wikidata.P463',
      evidence: { source: { title: 'Charter of the Collective Security Treaty Organization', url: CSTO_URL, published: '2026-10-01' } },
      identifies: [{ entityId: 'csto', scheme: 'wikidata', value: 'Q7159', url: 'https://www.wikidata.org/wiki/Q7159' }],
    });
    expect(russia.origin).toMatch(/^wikidata:Q159\$[0-9A-F-]{36}@2245002001$/);
    expect(russia.evidence.quote).toBe('Russia (Q159): member of (P463) Collective Security Treaty Organization (Q7159); start time (P580) 1992-05-15');

    // Precision 10 and 9 stay a month and a year; only "imported from" or nothing is unreferenced.
    const kazakhstan = csto.find((p) => subject(p) === 'Q232')!;
    expect(kazakhstan).toMatchObject({ since: '1992-05', unreferenced: true, relation: 'SUPPORTS_EXISTING' });
    expect(kazakhstan.evidence.source.title).toBe('Wikidata: Collective Security Treaty Organization (Q7159), unreferenced statements');
    expect(csto.find((p) => subject(p) === 'Q184')).toMatchObject({ since: '1993-12-31', unreferenced: true });

    // Wikidata and the graph disagree: listed as conflicts beside the existing fact.
    const tajikistan = csto.find((p) => subject(p) === 'Q863')!;
    expect(tajikistan).toMatchObject({ since: '1994', relation: 'CONFLICTS', conflictsWith: [{ id: 'tajikistan.member-of.csto.1992-05-15', since: '1992-05-15', until: null }] });
    const uzbekistan = csto.filter((p) => subject(p) === 'Q265');
    expect(uzbekistan.map((p) => [p.since, p.until, p.relation])).toEqual([
      ['1992-05-15', '1999', 'SUPPORTS_EXISTING'],
      ['2006-06-23', '2012-12-20', 'CONFLICTS'],
    ]);

    // Office-holders through P39, the chairperson, the headquarters, parts.
    const bordyuzha = csto.find((p) => subject(p) === 'Q90000301')!;
    expect(bordyuzha).toMatchObject({ type: 'HOLDS_POSITION', role: 'Secretary General', since: '2003-04-28', until: '2016-12-31', relation: 'SUPPORTS_EXISTING' });
    expect(csto.find((p) => p.type === 'HEADS')).toMatchObject({ from: { id: 'imangali-tasmagambetov' }, relation: 'NEW' });
    expect(csto.find((p) => p.type === 'HEADQUARTERED_IN')).toMatchObject({ to: { id: 'moscow' }, relation: 'SUPPORTS_EXISTING', unreferenced: false });
    expect(csto.find((p) => subject(p) === 'Q90000202')).toMatchObject({ type: 'PART_OF', from: { id: 'collective-rapid-deployment-forces' }, since: '2002-10-07' });

    // Every proposal is in the queue, by origin.
    expect((await call('{ proposals(origin: "wikidata", state: OPEN, first: 100) { totalCount } }')).data.proposals.totalCount).toBe(csto.length);
  });

  it('accepting a batch makes one release and stores the QIDs it confirms; unreferenced ones are refused in bulk', async () => {
    const referenced = csto.filter((p) => !p.unreferenced && p.relation !== 'CONFLICTS');
    const unreferenced = csto.find((p) => p.unreferenced)!;
    const refused = await call(REVIEW, { ids: [referenced[0].id, unreferenced.id], decision: 'ACCEPT' });
    expect(refused.errors?.[0]?.message).toMatch(/Unreferenced proposals are accepted one at a time/);

    const before = await latestRelease();
    const accepted = await call(REVIEW, { ids: referenced.map((p) => p.id), decision: 'ACCEPT' });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.reviewProposals.release).toBe(before + 1);
    for (const proposal of referenced.filter((p) => p.relation === 'NEW')) {
      created.add(accepted.data.reviewProposals.proposals.find((p: any) => p.id === proposal.id).relationship.id);
    }
    expect(await latestRelease()).toBe(before + 1);
    // The fact the graph had gains the Wikidata reference as a citation.
    const russia = accepted.data.reviewProposals.proposals.find((p: any) => p.id === csto.find((c) => subject(c) === 'Q159')!.id);
    expect(russia.relationship.id).toBe('russia.member-of.csto.1992-05-15');
    expect(russia.relationship.citations).toContainEqual({ quote: expect.stringContaining('Russia (Q159): member of (P463)'), locator: expect.stringMatching(/^paragraph \d+$/), source: { id: expect.any(String), url: CSTO_URL } });

    for (const [qid, id] of [['Q7159', 'csto'], ['Q649', 'moscow'], ['Q90000301', 'nikolai-bordyuzha']]) {
      expect((await call(BY_ID, { value: qid })).data.entityByIdentifier).toMatchObject({ id, identifiers: expect.arrayContaining([{ scheme: 'wikidata', value: qid, url: `https://www.wikidata.org/wiki/${qid}` }]) });
    }
    // The release records the identifier as a change of the entity.
    const changes = (await call('query($r: Int!) { changes(since: $r) { kind record id after } }', { r: before })).data.changes;
    expect(changes.find((c: any) => c.record === 'ENTITY' && c.id === 'csto')).toMatchObject({ kind: 'CHANGED', after: { identifiers: [{ scheme: 'wikidata', value: 'Q7159' }] } });
  });

  it('a second import matches by the stored QID and finds the proposals as they were left', async () => {
    const before = await latestRelease();
    const again = (await call(IMPORT, { qid: 'Q7159', include: ['MEMBERS'] })).data.importFromWikidata;
    expect(again.matches.find((m: any) => m.qid === 'Q7159')).toMatchObject({ by: 'IDENTIFIER', entityId: 'csto' });
    const russia = again.proposals.find((p: Proposal) => subject(p) === 'Q159');
    expect(russia).toMatchObject({ id: csto.find((p) => subject(p) === 'Q159')!.id, state: 'ACCEPTED' });
    const tajikistan = again.proposals.find((p: Proposal) => subject(p) === 'Q863');
    expect(tajikistan).toMatchObject({ id: csto.find((p) => subject(p) === 'Q863')!.id, state: 'OPEN', relation: 'CONFLICTS' });
    // Every statement was proposed before: no new source, no release.
    expect(again.sources).toEqual([]);
    expect(await latestRelease()).toBe(before);
  });

  it('imports the SCO: unknown items proposed as new entities with English and Russian names and their QIDs', async () => {
    const sco = (await call(IMPORT, { qid: 'Q485207', include: ALL })).data.importFromWikidata;
    const proposed = new Map(sco.newEntities.map((e: any) => [e.id, e]));
    expect(proposed.get('shanghai-cooperation-organisation')).toEqual({
      id: 'shanghai-cooperation-organisation',
      kind: 'ORGANIZATION',
      name: 'Shanghai Cooperation Organisation',
      aliases: [
        { name: 'SCO', lang: 'en' },
        { name: 'Shanghai Cooperation Organization', lang: 'en' },
        { name: 'Шанхайская организация сотрудничества', lang: 'ru' },
        { name: 'ШОС', lang: 'ru' },
      ],
      start: '2001-06-15',
      end: null,
      identifiers: [{ scheme: 'wikidata', value: 'Q485207' }],
    });
    expect(proposed.get('india')).toMatchObject({ kind: 'STATE', aliases: [{ name: 'Индия', lang: 'ru' }] });
    expect(sco.matches.find((m: any) => m.qid === 'Q232')).toMatchObject({ by: 'IDENTIFIER', entityId: 'kazakhstan' });
    // Iran's deprecated statement is left out; its current membership stays.
    expect(sco.proposals.filter((p: Proposal) => subject(p) === 'Q794').map((p: Proposal) => p.since)).toEqual(['2023-07-04']);
    expect(sco.proposals.find((p: Proposal) => subject(p) === 'Q90000401')).toMatchObject({ type: 'HOLDS_POSITION', role: 'Secretary-General', fromNew: { id: 'zhang-ming' }, since: '2022-01-01' });

    const india = sco.proposals.find((p: Proposal) => subject(p) === 'Q668');
    const accepted = await call(REVIEW, { ids: [india.id], decision: 'ACCEPT' });
    expect(accepted.errors).toBeUndefined();
    expect((await call(BY_ID, { value: 'Q668' })).data.entityByIdentifier.id).toBe('india');
    expect((await call(BY_ID, { value: 'Q485207' })).data.entityByIdentifier.id).toBe('shanghai-cooperation-organisation');
  });

  it('checks the QID and the key, and says when Wikidata cannot be reached', async () => {
    const bad = await call(IMPORT, { qid: 'csto' });
    expect(bad.errors?.[0]).toMatchObject({ message: 'qid: "csto" is not a Wikidata item id (Q followed by digits, such as Q7159)', extensions: { code: 'BAD_USER_INPUT', field: 'qid' } });
    expect((await call(IMPORT, { qid: 'Q7159' }, null)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const offline = await startTestServer({ editorKeys: [EDITOR], wikidata: wikidata.config({ entityDataUrl: `http://127.0.0.1:${await freePort()}/wiki/Special:EntityData` }) });
    try {
      const answer = await graphqlWithKey(offline.url, IMPORT, { qid: 'Q7159' }, EDITOR);
      expect(answer.status).toBe(502);
      expect(answer.errors?.[0]).toMatchObject({ extensions: { code: 'UPSTREAM_UNAVAILABLE' }, message: expect.stringContaining('this machine seems to be offline') });
    } finally {
      await offline.stop();
    }
  });
});
