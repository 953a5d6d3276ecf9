import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Orgraph } from '../../src/bootstrap';
import { repoRoot } from '../../src/config';
import { contentHash, exportDataset, type ExportedDataset } from '../../src/dataset/export';
import { importPaths } from '../../src/dataset/import';
import type { Database } from '../../src/neo4j/database';
import { FTM_DATE_PROPERTIES, FTM_SCHEMATA, ORGRAPH_NEEDS } from '../../src/interchange/ftm-schema';
import { notebookPython } from '../support/python';
import { graphqlWithKey, startTestServer, testDatabase, testNeo4j } from '../support/test-neo4j';

/** FollowTheMoney in: the export read back (round trip), bad lines refused, and the review-queue path. */

const run = promisify(execFile);
const EDITOR = 'editor-key-for-the-ftm-import-tests';
let orgraph: Orgraph;
let db: Database;
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'orgraph-ftm-import-'));

beforeAll(async () => {
  orgraph = await startTestServer({ editorKeys: [EDITOR] });
  db = testDatabase(120_000);
}, 300_000);
afterAll(async () => {
  // Whatever a test left, later suites see the CSTO graph as the files say.
  await db.transaction((tx) => tx.run('writes/delete-everything'));
  await importPaths(db, [path.join(repoRoot, 'data', 'csto')]);
  await db.close();
  await orgraph.stop();
  fs.rmSync(folder, { recursive: true, force: true });
});

const call = (query: string, variables: Record<string, unknown> = {}, key?: string) => graphqlWithKey(orgraph.url, query, variables, key);

const cli = (script: 'import' | 'export', ...args: string[]) => {
  const neo4j = testNeo4j();
  return run(path.join(repoRoot, 'node_modules/.bin/tsx'), [path.join(repoRoot, `server/src/cli/${script}.ts`), ...args], {
    cwd: repoRoot,
    env: { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password },
    maxBuffer: 20 * 1024 * 1024,
  });
};
const failure = (promise: Promise<unknown>) => promise.then(() => ({ code: 0, stderr: '' }), (error: { code: number; stderr: string }) => error);

/** What FtM holds of a graph: everything but topics and the relationships touching them, with their citations. */
function heldByFtm(dataset: ExportedDataset) {
  const topics = new Set(dataset.entities.filter((entity) => entity.kind === 'topic').map((entity) => entity.id));
  const entities = dataset.entities.filter((entity) => !topics.has(entity.id));
  const relationships = dataset.relationships.filter((r) => !topics.has(r.from) && !topics.has(r.to));
  const citations = [...entities, ...relationships].reduce((sum, record) => sum + record.citations.length, 0);
  return { entities: entities.length, relationships: relationships.length, citations };
}

describe('the FtM import model', () => {
  it('agrees with the official followthemoney package on the schemata it reads', async () => {
    const script = `
import json, sys
from followthemoney import model
table = json.load(sys.stdin)
out = {}
for name in table["schemata"]:
    s = model.get(name)
    out[name] = {"abstract": s.abstract, "required": sorted(s.required), "names": sorted(s.names),
                 "references": {p: (s.get(p).range.name if s.get(p) is not None and s.get(p).range else None) for p in table["schemata"][name]["references"]},
                 "dates": sorted(p.name for p in s.properties.values() if p.type.name == "date")}
print(json.dumps(out))`;
    const child = execFile(notebookPython(), ['-c', script]);
    const output = new Promise<string>((resolve, reject) => {
      let stdout = '';
      child.stdout!.on('data', (chunk) => (stdout += chunk));
      child.on('close', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`python exited with ${code}`))));
    });
    child.stdin!.end(JSON.stringify({ schemata: FTM_SCHEMATA }));
    const official = JSON.parse(await output) as Record<string, { abstract: boolean; required: string[]; names: string[]; references: Record<string, string>; dates: string[] }>;
    for (const [name, info] of Object.entries(FTM_SCHEMATA)) {
      expect([name, official[name]!.abstract]).toEqual([name, false]);
      expect([name, [...info.required].sort()]).toEqual([name, official[name]!.required]);
      expect([name, [...info.names].sort()]).toEqual([name, official[name]!.names]);
      expect([name, info.references]).toEqual([name, official[name]!.references]);
      // Every date property of the schema is checked as a date on the way in.
      expect([name, official[name]!.dates.filter((date) => !FTM_DATE_PROPERTIES.includes(date))]).toEqual([name, []]);
    }
    expect(Object.keys(ORGRAPH_NEEDS).every((name) => name in FTM_SCHEMATA)).toBe(true);
  }, 600_000);
});

const REVIEW = `mutation($ids: [ID!]!) { reviewProposals(ids: $ids, decision: ACCEPT) { release proposals { id state relationship { id type from { id } to { id } citations { quote locator source { id } } } } } }`;

describe('npm run import -- file.ftm.json (into the review queue)', () => {
  // Written for this test: one statement the graph holds (as the export writes it), one new with a
  // source URL, one new with no reference at all; the organization is not in the graph.
  const lines = [
    { id: 'orgraph-entity-uzbekistan', schema: 'PublicBody', properties: { name: ['Uzbekistan'], legalForm: ['state'], country: ['uz'] } },
    { id: 'orgraph-entity-csto', schema: 'PublicBody', properties: { name: ['Collective Security Treaty Organization'] } },
    { id: 'ext-union-1', schema: 'Organization', properties: { name: ['Test Customs Union'], alias: ['TCU'], incorporationDate: ['2010-01'], sourceUrl: ['https://example.org/tcu'] } },
    {
      id: 'orgraph-rel-uzbekistan.member-of.csto.1992-05-15',
      schema: 'Membership',
      properties: {
        member: ['orgraph-entity-uzbekistan'],
        organization: ['orgraph-entity-csto'],
        startDate: ['1992-05-15'],
        endDate: ['1999'],
        status: ['founding member'],
        recordId: ['uzbekistan.member-of.csto.1992-05-15'],
        publisher: ['Collective Security Treaty Organization'],
        description: ['“1999: six states signed the protocol extending the treaty; Azerbaijan, Georgia and Uzbekistan did not and left” — Collective Security Treaty Organization official site, Collective Security Treaty Organization'],
      },
    },
    { id: 'ext-membership-1', schema: 'Membership', properties: { member: ['orgraph-entity-uzbekistan'], organization: ['ext-union-1'], role: ['observer'], startDate: ['2011'], sourceUrl: ['https://example.org/tcu/members'] } },
    { id: 'ext-membership-2', schema: 'Membership', properties: { member: ['orgraph-entity-csto'], organization: ['ext-union-1'], startDate: ['2012-03-01'] } },
  ];

  it('proposes each relationship with origin ftm:<id>, cited to the file rendered one entity a paragraph; accepting a batch is one release', async () => {
    const file = path.join(folder, 'review.ftm.json');
    fs.writeFileSync(file, lines.map((line) => JSON.stringify(line)).join('\n') + '\n');
    const graphBefore = await contentHash(db);
    const dry = await cli('import', file, '--dry-run');
    expect(dry.stdout).toContain('Dry run: nothing was written. Would propose 3 facts');
    expect(await contentHash(db)).toBe(graphBefore);

    const read = await cli('import', file);
    expect(read.stdout).toMatch(/^Proposed 3 facts for review from source "[^"]+": 2 new, 1 supports existing, 0 conflicts; 1 unreferenced\./);
    const sourceId = /from source "([^"]+)"/.exec(read.stdout)![1]!;
    const source = (await call(`query($id: ID!) { source(id: $id) { title paragraphs proposals { id origin relation unreferenced type since until role status fromNew { id } toNew { id kind name aliases { name } start identifiers { scheme value } } evidence { quote paragraph } } } }`, { id: sourceId })).data.source;
    expect(source.title).toBe('FollowTheMoney file review.ftm.json');
    expect(source.paragraphs).toHaveLength(lines.length);
    lines.forEach((line, i) => expect(source.paragraphs[i]).toMatch(new RegExp(`^${line.schema} ${line.id.replace(/\./g, '\\.')}\\. `)));
    expect(source.paragraphs[4]).toContain('member: Uzbekistan (orgraph-entity-uzbekistan); organization: Test Customs Union (ext-union-1)');

    const byOrigin = new Map<string, any>(source.proposals.map((p: any) => [p.origin, p]));
    expect([...byOrigin.keys()].sort()).toEqual(['ftm:ext-membership-1', 'ftm:ext-membership-2', 'ftm:orgraph-rel-uzbekistan.member-of.csto.1992-05-15']);
    for (const proposal of source.proposals) expect(proposal.evidence.quote).toBe(source.paragraphs[proposal.evidence.paragraph - 1]);
    expect(byOrigin.get('ftm:orgraph-rel-uzbekistan.member-of.csto.1992-05-15')).toMatchObject({ relation: 'SUPPORTS_EXISTING', unreferenced: false, type: 'MEMBER_OF', since: '1992-05-15', until: '1999', evidence: { paragraph: 4 } });
    expect(byOrigin.get('ftm:ext-membership-1')).toMatchObject({
      relation: 'NEW',
      unreferenced: false,
      type: 'OBSERVER_OF',
      since: '2011',
      toNew: { id: 'ext-union-1', kind: 'ORGANIZATION', name: 'Test Customs Union', aliases: [{ name: 'TCU' }], start: '2010-01', identifiers: [{ scheme: 'ftm', value: 'ext-union-1' }] },
    });
    expect(byOrigin.get('ftm:ext-membership-2')).toMatchObject({ relation: 'NEW', unreferenced: true, type: 'MEMBER_OF', since: '2012-03-01' });

    // The unreferenced one is not accepted in bulk; the others are, as one release.
    const ids = (origins: string[]) => origins.map((origin) => byOrigin.get(origin).id);
    const bulk = await call(REVIEW, { ids: ids(['ftm:ext-membership-1', 'ftm:ext-membership-2']) }, EDITOR);
    expect(bulk.errors?.[0]?.message).toContain(`not in bulk: ${byOrigin.get('ftm:ext-membership-2').id} (ftm:ext-membership-2)`);
    const releasesBefore = (await call('{ releases(first: 1) { totalCount } }')).data.releases.totalCount;
    const accepted = await call(REVIEW, { ids: ids(['ftm:orgraph-rel-uzbekistan.member-of.csto.1992-05-15', 'ftm:ext-membership-1']) }, EDITOR);
    expect(accepted.errors).toBeUndefined();
    expect((await call('{ releases(first: 1) { totalCount } }')).data.releases.totalCount).toBe(releasesBefore + 1);
    const written = new Map<string, any>(accepted.data.reviewProposals.proposals.map((p: any) => [p.id, p.relationship]));
    const supported = written.get(byOrigin.get('ftm:orgraph-rel-uzbekistan.member-of.csto.1992-05-15').id);
    expect(supported.id).toBe('uzbekistan.member-of.csto.1992-05-15');
    expect(supported.citations).toContainEqual({ quote: source.paragraphs[3], locator: 'paragraph 4', source: { id: sourceId } });
    expect(written.get(byOrigin.get('ftm:ext-membership-1').id)).toMatchObject({ type: 'OBSERVER_OF', from: { id: 'uzbekistan' }, to: { id: 'ext-union-1' } });
    const union = (await call('{ entity(id: "ext-union-1") { kind name start aliases { name } identifiers { scheme value } } }')).data.entity;
    expect(union).toEqual({ kind: 'ORGANIZATION', name: 'Test Customs Union', start: '2010-01', aliases: [{ name: 'TCU' }], identifiers: [{ scheme: 'ftm', value: 'ext-union-1' }] });

    // Reading the same file again finds its source and keeps the decisions.
    const again = await cli('import', file);
    expect(again.stdout).toContain(`from source "${sourceId}" (already read before)`);
  }, 300_000);
});

describe('npm run import -- file.ftm.json --accept', () => {
  it('round-trips the CSTO graph: export, import into an empty database, export again gives the same FtM', async () => {
    const first = path.join(folder, 'csto.ftm.json');
    const second = path.join(folder, 'again.ftm.json');
    await cli('export', '--format', 'ftm', first);
    const before = heldByFtm(await exportDataset(db));
    expect(before.relationships).toBeGreaterThan(150);

    await db.transaction((tx) => tx.run('writes/delete-everything'));
    expect((await exportDataset(db)).entities).toEqual([]);
    const imported = await cli('import', first, '--accept');
    expect(imported.stdout).toMatch(/^Imported as release 1:/);
    const release = (await call('{ releases(first: 5) { edges { node { number origin } } } }')).data.releases.edges.map((e: any) => e.node);
    expect(release).toEqual([{ number: 1, origin: 'ftm:csto.ftm.json' }]);

    await cli('export', '--format', 'ftm', second);
    expect(fs.readFileSync(second, 'utf8')).toBe(fs.readFileSync(first, 'utf8'));
    expect(heldByFtm(await exportDataset(db))).toEqual(before);
  }, 600_000);

  it('refuses a file with lines that are not valid FtM, naming each line, and writes nothing', async () => {
    const bad = path.join(folder, 'bad.ftm.json');
    fs.writeFileSync(
      bad,
      [
        '{"id":"ok-1","schema":"Organization","properties":{"name":["A fine organization"]}}',
        '{"id":"x-2","schema":"Organisation","properties":{"name":["Misspelt schema"]}}',
        '{"id":"x-3","schema":"Membership","properties":{"member":["ok-1"]}}',
        '{"id":"x-4","schema":"Person","properties":{"name":["Someone"],"birthDate":["1960-13-01"]}}',
        '{"id":"x-5","schema":"Sanction","properties":{"entity":["ok-1"]}}',
        'not json',
      ].join('\n'),
    );
    const before = await contentHash(db);
    const refused = await failure(cli('import', bad, '--accept'));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('nothing was written (5 problems)');
    expect(refused.stderr).toContain(`${bad}:2 (schema): "Organisation" is not an FtM schema`);
    expect(refused.stderr).toContain(`${bad}:3 (properties.organization): Membership requires "organization"`);
    expect(refused.stderr).toMatch(new RegExp(`${bad}:4 \\(properties\\.birthDate\\[0\\]\\): "1960-13-01": .*month`));
    expect(refused.stderr).toContain(`${bad}:5 (schema): FtM schema "Sanction" has no counterpart in Orgraph`);
    expect(refused.stderr).toContain(`${bad}:6: is not JSON`);
    expect(await contentHash(db)).toBe(before);
  }, 120_000);
});
