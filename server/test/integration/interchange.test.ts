import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Orgraph } from '../../src/bootstrap';
import { repoRoot } from '../../src/config';
import { exportDataset, type ExportedDataset } from '../../src/dataset/export';
import type { FtmEntity } from '../../src/interchange/ftm';
import type { PopoloDocument } from '../../src/interchange/popolo';
import { popoloValidator } from '../support/popolo';
import { notebookPython } from '../support/python';
import { startTestServer, testDatabase, testNeo4j } from '../support/test-neo4j';

const run = promisify(execFile);

let orgraph: Orgraph;
let python: string;
let graph: ExportedDataset;
beforeAll(async () => {
  python = notebookPython();
  orgraph = await startTestServer();
  const db = testDatabase();
  try {
    graph = await exportDataset(db);
  } finally {
    await db.close();
  }
}, 900_000);
afterAll(() => orgraph?.stop());

const get = async (route: string) => {
  const response = await fetch(`${orgraph.url}${route}`);
  return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
};

interface FtmReport {
  entities: number;
  schemata: Record<string, number>;
  problems: string[];
}

/** Runs the official followthemoney model over JSON lines (server/test/support/validate_ftm.py). */
async function validateFtm(lines: string): Promise<FtmReport> {
  const child = execFile(python, [path.join(repoRoot, 'server/test/support/validate_ftm.py')], { maxBuffer: 20 * 1024 * 1024 });
  const output = new Promise<string>((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk) => (stdout += chunk));
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    // Exit code 1 means problems were found; they are in the report, which the test reads.
    child.on('close', (code) => (code === 0 || code === 1 ? resolve(stdout) : reject(new Error(`validate_ftm.py exited with ${code}:\n${stderr}`))));
  });
  child.stdin!.end(lines);
  return JSON.parse(await output) as FtmReport;
}

const idOf = (relationshipId: string) => `orgraph-rel-${relationshipId}`;

describe('the CSTO graph exported as FollowTheMoney', () => {
  let entities: FtmEntity[];
  let text: string;
  beforeAll(async () => {
    const response = await get('/export/graph.ftm.json');
    expect(response.status).toBe(200);
    expect(response.type).toContain('application/x-ndjson');
    text = response.text;
    entities = text.trimEnd().split('\n').map((line) => JSON.parse(line) as FtmEntity);
  });

  it('passes the official followthemoney model: known schemata and properties, valid values, required ones present, references resolved', async () => {
    const report = await validateFtm(text);
    expect(report.problems).toEqual([]);
    expect(report.entities).toBe(entities.length);
    expect(Object.keys(report.schemata).sort()).toEqual(
      ['Address', 'Directorship', 'Event', 'Membership', 'Occupancy', 'Organization', 'Person', 'Position', 'Project', 'ProjectParticipant', 'PublicBody', 'Succession', 'UnknownLink'].sort(),
    );
  }, 120_000);

  it('holds every entity but topics, and every relationship but those to topics, which become keywords', () => {
    const ids = new Set(entities.map((entity) => entity.id));
    const topics = new Set(graph.entities.filter((entity) => entity.kind === 'topic').map((entity) => entity.id));
    for (const entity of graph.entities) expect(ids.has(`orgraph-entity-${entity.id}`)).toBe(!topics.has(entity.id));
    for (const relationship of graph.relationships) {
      expect(ids.has(idOf(relationship.id!))).toBe(!topics.has(relationship.to) && !topics.has(relationship.from));
    }
    const programme = entities.find((entity) => entity.id === 'orgraph-entity-russia-chairmanship-programme-2026')!;
    expect(programme.properties.keywords).toEqual(expect.arrayContaining(['Counterterrorism', 'Biosecurity']));
  });

  it("keeps Uzbekistan's memberships with their partial dates, status and evidence", () => {
    const memberships = graph.relationships.filter((r) => r.from === 'uzbekistan' && r.type === 'MEMBER_OF' && r.to === 'csto');
    expect(memberships.length).toBeGreaterThanOrEqual(2);
    for (const relationship of memberships) {
      const membership = entities.find((entity) => entity.id === idOf(relationship.id!))!;
      expect(membership).toMatchObject({ schema: 'Membership', properties: { member: ['orgraph-entity-uzbekistan'], organization: ['orgraph-entity-csto'] } });
      expect(membership.properties.startDate).toEqual(relationship.since ? [relationship.since] : undefined);
      expect(membership.properties.endDate).toEqual(relationship.until ? [relationship.until] : undefined);
      expect(membership.properties.status).toEqual(relationship.status ? [relationship.status] : undefined);
      expect(membership.properties.description).toHaveLength(relationship.citations.length);
      relationship.citations.forEach((citation, i) => {
        if (citation.quote) expect(membership.properties.description![i]).toContain(citation.quote);
      });
      expect(membership.properties.publisher!.length).toBeGreaterThan(0);
    }
  });

  it('makes the Secretaries-General Occupancies of one Position in the CSTO', () => {
    const post = entities.find((entity) => entity.id === 'orgraph-post-csto.secretary-general')!;
    expect(post).toMatchObject({ schema: 'Position', properties: { organization: ['orgraph-entity-csto'] } });
    const holders = entities.filter((entity) => entity.schema === 'Occupancy' && entity.properties.post?.[0] === post.id).map((entity) => entity.properties.holder![0]);
    expect(holders).toEqual(expect.arrayContaining(['orgraph-entity-nikolai-bordyuzha', 'orgraph-entity-stanislav-zas', 'orgraph-entity-taalatbek-masadykov']));
  });
});

describe('the CSTO graph exported as Popolo', () => {
  let popolo: PopoloDocument;
  beforeAll(async () => {
    const response = await get('/export/graph.popolo.json');
    expect(response.status).toBe(200);
    expect(response.type).toContain('application/json');
    popolo = JSON.parse(response.text) as PopoloDocument;
  });

  it('is valid against the Popolo schemas, and every id it refers to is in it', () => {
    const validate = popoloValidator();
    const problems = [
      ...popolo.organizations.flatMap((record) => validate('organization', record).map((error) => [record.id, error])),
      ...popolo.persons.flatMap((record) => validate('person', record).map((error) => [record.id, error])),
      ...popolo.posts.flatMap((record) => validate('post', record).map((error) => [record.id, error])),
      ...popolo.memberships.flatMap((record) => validate('membership', record).map((error) => [record.id, error])),
    ];
    expect(problems).toEqual([]);
    const organizations = new Set(popolo.organizations.map((o) => o.id));
    const persons = new Set(popolo.persons.map((p) => p.id));
    const posts = new Set(popolo.posts.map((p) => p.id));
    for (const organization of popolo.organizations) if (organization.parent_id) expect(organizations.has(organization.parent_id)).toBe(true);
    for (const post of popolo.posts) expect(organizations.has(post.organization_id)).toBe(true);
    for (const membership of popolo.memberships) {
      expect(organizations.has(membership.organization_id)).toBe(true);
      expect(membership.person_id ? persons.has(membership.person_id) : organizations.has(membership.member!.id)).toBe(true);
      if (membership.post_id) expect(posts.has(membership.post_id)).toBe(true);
      expect(membership.sources!.length).toBeGreaterThan(0);
    }
  });

  it('holds the member states with their dates and sources, and the Secretaries-General through one post', () => {
    const uzbekistan = popolo.memberships.filter((m) => m.member?.id === 'uzbekistan' && m.organization_id === 'csto');
    expect(uzbekistan.map((m) => [m.start_date, m.end_date])).toEqual(
      expect.arrayContaining([['2006-06-23', '2012-06-28']]),
    );
    const members = new Set(popolo.memberships.filter((m) => m.organization_id === 'csto' && m.member).map((m) => m.member!.id));
    for (const state of ['armenia', 'belarus', 'kazakhstan', 'kyrgyzstan', 'russia', 'tajikistan', 'uzbekistan']) expect(members.has(state)).toBe(true);
    const secretaries = popolo.memberships.filter((m) => m.post_id === 'csto.secretary-general').map((m) => m.person_id);
    expect(secretaries).toEqual(expect.arrayContaining(['nikolai-bordyuzha', 'yuri-khachaturov', 'stanislav-zas', 'imangali-tasmagambetov', 'taalatbek-masadykov']));
    expect(popolo.organizations.find((o) => o.id === 'russia')).toMatchObject({ classification: 'state', identifiers: expect.arrayContaining([{ identifier: 'RU', scheme: 'iso3166-1' }]) });
  });
});

describe('npm run export -- --format', () => {
  const exportCli = (...args: string[]) => {
    const neo4j = testNeo4j();
    return run(path.join(repoRoot, 'node_modules/.bin/tsx'), [path.join(repoRoot, 'server/src/cli/export.ts'), ...args], {
      cwd: repoRoot,
      env: { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password },
    });
  };

  it('writes the same FtM and Popolo files the server serves', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'orgraph-exchange-'));
    const ftmFile = path.join(folder, 'out.ftm.json');
    const popoloFile = path.join(folder, 'out.popolo.json');
    const ftm = await exportCli('--format', 'ftm', ftmFile);
    expect(ftm.stderr).toMatch(/Exported \d+ FtM entities/);
    await exportCli('--format=popolo', popoloFile);
    expect(fs.readFileSync(ftmFile, 'utf8')).toBe((await get('/export/graph.ftm.json')).text);
    expect(fs.readFileSync(popoloFile, 'utf8')).toBe((await get('/export/graph.popolo.json')).text);
    fs.rmSync(folder, { recursive: true });
  }, 120_000);

  it('refuses an unknown format, naming the ones it has', async () => {
    const error = (await exportCli('--format', 'rdf', 'x.rdf').catch((caught: unknown) => caught)) as { code: number; stderr: string };
    expect(error.code).toBe(2);
    expect(error.stderr).toContain('Unknown export format "rdf": use native, ftm or popolo');
  }, 60_000);
});

describe('the export routes on a server that needs a key to read', () => {
  it('refuse a request without a key, and answer one with a reader key', async () => {
    const key = 'reader-key-for-the-export-test';
    const guarded = await startTestServer({ readerKeys: [key] });
    try {
      const refused = await fetch(`${guarded.url}/export/graph.popolo.json`);
      expect(refused.status).toBe(401);
      expect(await refused.text()).toContain('Reading needs a key');
      const answered = await fetch(`${guarded.url}/export/graph.ftm.json`, { headers: { authorization: `Bearer ${key}` } });
      expect(answered.status).toBe(200);
      expect((await answered.text()).split('\n')[0]).toContain('"schema"');
    } finally {
      await guarded.stop();
    }
  });
});
