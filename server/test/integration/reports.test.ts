import { execFileSync } from 'node:child_process';
import { parse } from 'csv-parse/sync';
import type { Orgraph } from '../../src/bootstrap';
import { repoRoot } from '../../src/config';
import { graphql, startTestServer, testNeo4j } from '../support/test-neo4j';

let orgraph: Orgraph;
beforeAll(async () => {
  orgraph = await startTestServer();
});
afterAll(() => orgraph.stop());

const get = async (path: string) => {
  const response = await fetch(`${orgraph.url}${path}`);
  return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
};

/** Every bullet and every footnote definition of a Markdown report. */
function markdownParts(markdown: string) {
  const lines = markdown.split('\n');
  return {
    bullets: lines.filter((line) => line.startsWith('- ')),
    footnotes: new Set(lines.filter((line) => /^\[\^\d+\]: /.test(line)).map((line) => line.slice(0, line.indexOf(':')))),
  };
}

describe('relationship reports', () => {
  it('reports on the CSTO with members, former members, bodies and leadership, every line footnoted to a defined source', async () => {
    const { status, type, text } = await get('/reports/csto.md?asOf=2013-01-01');
    expect(status).toBe(200);
    expect(type).toContain('text/markdown');
    expect(text).toMatch(/^# Collective Security Treaty Organization as of 2013-01-01/);
    const members = text.slice(text.indexOf('## Members on 2013-01-01'), text.indexOf('## Former members'));
    for (const state of ['Armenia', 'Belarus', 'Kazakhstan', 'Kyrgyzstan', 'Russia', 'Tajikistan']) expect(members).toContain(`- ${state} is a member of`);
    expect(members).not.toContain('Uzbekistan');
    const former = text.slice(text.indexOf('## Former members'));
    expect(former).toContain('Uzbekistan is a member of Collective Security Treaty Organization (suspended), 2012-06-28 – 2012-12-19');
    expect(text).toContain('Interstate Commission for Military-Economic Cooperation is part of Collective Security Treaty Organization');
    expect(text).toContain('Nikolai Bordyuzha holds a position in Collective Security Treaty Organization (Secretary-General), 2003 – 2016');
    // As of 2013, nothing that started later: no 2026 chairmanship, no frozen participation.
    expect(text).not.toContain('participation frozen');
    expect(text).not.toContain('Russia chairs');
    const { bullets, footnotes } = markdownParts(text);
    expect(bullets.length).toBeGreaterThan(30);
    for (const bullet of bullets) {
      const refs = bullet.match(/\[\^\d+\]/g) ?? [];
      expect(refs.length).toBeGreaterThan(0);
      for (const ref of refs) expect(footnotes.has(ref)).toBe(true);
    }
  });

  it('reports on the Tajik-Afghan border programme with its stages, coordinator and adoption', async () => {
    const { text } = await get('/reports/tajik-afghan-border-programme.md');
    expect(text).toContain('Tajikistan coordinates Interstate targeted programme to strengthen the Tajik-Afghan border (coordinator)');
    expect(text).toContain('stage 3 (2027-2029)');
    expect(text).toContain('was adopted at Collective Security Council session, Astana, 28 November 2024');
  });

  it('reports how two states are connected, with the evidence for every hop and what they share', async () => {
    const { status, text } = await get('/reports/armenia/to/belarus.md');
    expect(status).toBe(200);
    expect(text).toContain('## Shortest paths');
    expect(text).toContain('## What they share');
    expect(text).toMatch(/Armenia signed Protocol extending the Collective Security Treaty \(1999\).*Belarus signed Protocol extending/);
    for (const bullet of markdownParts(text).bullets) expect(bullet).toMatch(/\[\^\d+\]/);
  });

  it('gives HTML that stands alone with a picture, CSV with a row per relationship, and JSON', async () => {
    const html = await get('/reports/csto.html');
    expect(html.type).toContain('text/html');
    expect(html.text).toContain('<svg');
    expect(html.text).not.toMatch(/<(script|link)[\s>]/);
    expect(html.text).not.toMatch(/src="http/);
    const csv = await get('/reports/csto.csv');
    const rows = parse(csv.text, { columns: true }) as Array<Record<string, string>>;
    expect(rows.length).toBeGreaterThan(50);
    expect(rows.find((row) => row.id === 'uzbekistan.member-of.csto.2006-06-23')).toMatchObject({ from_name: 'Uzbekistan', type: 'MEMBER_OF', since: '2006-06-23', until: '2012-06-28', status: 'member' });
    for (const row of rows) expect(row.sources).not.toBe('');
    const json = JSON.parse((await get('/reports/csto.json?asOf=2026-06-01')).text);
    expect(json.subjects).toEqual([{ id: 'csto', kind: 'ORGANIZATION', name: 'Collective Security Treaty Organization' }]);
    expect(json.footnotes.length).toBeGreaterThan(10);
  });

  it('answers unknown ids with 404, bad dates and formats with 400, each with a message', async () => {
    // Errors come as JSON with a code, from the app's one error handler.
    const failure = async (path: string) => {
      const { status, text } = await get(path);
      return { status, ...(JSON.parse(text) as { errors: object[] }).errors[0] };
    };
    expect(await failure('/reports/atlantis.md')).toMatchObject({ status: 404, message: 'No entity has the id "atlantis"', extensions: { code: 'NOT_FOUND' } });
    expect(await failure('/reports/csto.docx')).toMatchObject({ status: 400, message: expect.stringContaining('unknown report format "docx"'), extensions: { code: 'BAD_USER_INPUT' } });
    expect(await failure('/reports/csto')).toMatchObject({ status: 400, message: expect.stringContaining('add a format') });
    expect(await failure('/reports/csto.md?asOf=2013-13')).toMatchObject({ status: 400, message: expect.stringContaining('months run from 01 to 12') });
    expect(await failure('/reports/csto/to/atlantis.md')).toMatchObject({ status: 404, extensions: { code: 'NOT_FOUND' } });
  });

  it('serves the same report through GraphQL, structured and rendered', async () => {
    const result = await graphql(
      orgraph.url,
      '{ report(id: "csto", asOf: "2026-06-01") { entity { id } title sections { title statements { text footnotes relationship { id } } } footnotes { number citation { source { title } } } markdown } connectionReport(from: "tajikistan", to: "tajik-afghan-border-programme") { from { id } to { id } paths { length } csv } }',
    );
    expect(result.errors).toBeUndefined();
    const report = result.data.report;
    expect(report.entity.id).toBe('csto');
    expect(report.sections.map((s: any) => s.title)).toEqual(expect.arrayContaining(['Members on 2026-06-01', 'Leadership and chairmanship on 2026-06-01', 'Timeline']));
    expect(report.markdown).toContain('# Collective Security Treaty Organization as of 2026-06-01');
    const numbers = new Set(report.footnotes.map((f: any) => f.number));
    for (const section of report.sections) for (const statement of section.statements) for (const n of statement.footnotes) expect(numbers.has(n)).toBe(true);
    expect(result.data.connectionReport.paths[0].length).toBe(1);
    expect(result.data.connectionReport.csv.split('\r\n')[0]).toBe('id,from_id,from_name,type,to_id,to_name,since,until,attested,status,role,note,sources,quotes,release,reproduce');
  });

  it('writes reports from the command line', () => {
    const neo4j = testNeo4j();
    const env = { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password };
    const tsx = `${repoRoot}/node_modules/.bin/tsx`;
    const out = execFileSync(tsx, ['server/src/cli/report.ts', 'kyrgyzstan', '--with', 'tajikistan', '--format', 'md'], { cwd: repoRoot, env, encoding: 'utf8' });
    expect(out).toMatch(/^# Kyrgyzstan and Tajikistan/);
    let failure: { status: number; stderr: string } | undefined;
    try {
      execFileSync(tsx, ['server/src/cli/report.ts', 'csto', '--format', 'pdf'], { cwd: repoRoot, env, encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      failure = error as { status: number; stderr: string };
    }
    expect(failure?.status).toBe(2);
    expect(failure?.stderr).toContain('unknown report format "pdf"');
  });
});
