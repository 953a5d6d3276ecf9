import type { Orgraph } from '../../src/bootstrap';
import { holding } from '../../src/model/holding';
import { partialDate } from '../../src/model/partial-date';
import { graphql, startTestServer } from '../support/test-neo4j';

/** Issue 15, findings 4 and 5: what the API and the reports say about a date, and paths that read right. */

let orgraph: Orgraph;
let url: string;
beforeAll(async () => {
  orgraph = await startTestServer();
  url = orgraph.url;
});
afterAll(() => orgraph.stop());

const EDGE = 'id type since until attested holds from { id start end } to { id start end }';

async function neighbourhood(id: string, asOf: string | null) {
  const result = await graphql(url, `query N($id: ID!, $asOf: PartialDate) { neighbourhood(id: $id, asOf: $asOf) { nodes { id } edges { ${EDGE} } } }`, { id, asOf });
  expect(result.errors).toBeUndefined();
  return result.data.neighbourhood as { nodes: Array<{ id: string }>; edges: any[] };
}

const get = async (path: string) => (await fetch(`${orgraph.url}${path}`)).text();

/** The text of a Markdown report's section, up to the next heading. */
function section(markdown: string, title: string): string {
  const start = markdown.indexOf(`## ${title}\n`);
  if (start < 0) return '';
  const end = markdown.indexOf('\n## ', start + 3);
  return markdown.slice(start, end < 0 ? undefined : end);
}

describe('asOf answers three ways: held, did not hold, not known', () => {
  it('marks each relationship with holds for the asOf date, and null without one', async () => {
    const in2010 = await neighbourhood('csto-joint-staff', '2010-01-01');
    const serdyukov = in2010.edges.find((edge) => edge.from.id === 'andrey-serdyukov');
    expect(serdyukov).toMatchObject({ type: 'HEADS', attested: ['2024-02'], holds: 'UNKNOWN' });
    expect(in2010.edges.find((edge) => edge.type === 'PART_OF' && edge.to.id === 'csto')).toMatchObject({ since: '2003-04-28', holds: 'HELD' });
    const in2024 = await neighbourhood('csto-joint-staff', '2024-02');
    expect(in2024.edges.find((edge) => edge.from.id === 'andrey-serdyukov')).toMatchObject({ holds: 'HELD' });
    const anyTime = await neighbourhood('csto-joint-staff', null);
    expect(anyTime.edges.length).toBeGreaterThan(0);
    for (const edge of anyTime.edges) expect(edge.holds).toBeNull();
  });

  it('leaves out what did not hold, including relationships of entities that did not exist yet', async () => {
    // The CRRF were created in 2009: their undated participation in "Interaction" cannot hold in 2003.
    const in2003 = await neighbourhood('interaction', '2003');
    expect(in2003.nodes.map((node) => node.id)).not.toContain('collective-rapid-reaction-forces');
    const in2010 = await neighbourhood('interaction', '2010');
    expect(in2010.edges.find((edge) => edge.from.id === 'collective-rapid-reaction-forces')).toMatchObject({ holds: 'UNKNOWN' });
    const csto2003 = await neighbourhood('csto', '2003');
    expect(csto2003.nodes.map((node) => node.id)).not.toContain('collective-rapid-reaction-forces');
    expect(csto2003.nodes.map((node) => node.id)).toContain('csto-joint-staff');
  });

  it('gives, in every query with asOf, what the shared rule gives, and never a relationship that did not hold', async () => {
    for (const asOf of ['1995', '2003', '2010-01-01', '2024-02', '2026']) {
      const result = await graphql(
        url,
        `query Q($asOf: PartialDate) {
          entity(id: "csto") { relationships(asOf: $asOf, first: 100) { totalCount edges { node { ${EDGE} } } } }
          neighbourhood(id: "csto", depth: 2, asOf: $asOf, limit: 1000) { edges { ${EDGE} } }
          paths(from: "armenia", to: "belarus", asOf: $asOf) { steps { relationships { ${EDGE} } } }
        }`,
        { asOf },
      );
      expect(result.errors).toBeUndefined();
      const edges = [
        ...result.data.entity.relationships.edges.map((edge: any) => edge.node),
        ...result.data.neighbourhood.edges,
        ...result.data.paths.flatMap((path: any) => path.steps.flatMap((step: any) => step.relationships)),
      ];
      expect(edges.length).toBeGreaterThan(0);
      for (const edge of edges) {
        expect(edge.holds).not.toBe('NOT_HELD');
        expect([edge.id, edge.holds]).toEqual([edge.id, holding(edge, partialDate(asOf))]);
      }
    }
    // Armenia's frozen participation (from 2024-02) is not there in 2010; its membership is.
    const armenia = await graphql(url, '{ entity(id: "armenia") { relationships(types: ["MEMBER_OF"], asOf: "2010-01-01") { edges { node { status holds } } } } }');
    expect(armenia.data.entity.relationships.edges.map((edge: any) => edge.node)).toEqual([{ status: 'founding member', holds: 'HELD' }]);
  });
});

describe('paths: one function for the paths query, the explorer and the connection report', () => {
  it('lists the same paths in the paths query and the connection report, each step with its status and dates', async () => {
    const result = await graphql(
      url,
      `{ paths(from: "armenia", to: "belarus") { length nodes { id } steps { text relationships { id status } } }
         connectionReport(from: "armenia", to: "belarus") { paths { length nodes { id } } markdown } }`,
    );
    expect(result.errors).toBeUndefined();
    const { paths, connectionReport } = result.data;
    expect(paths.length).toBeGreaterThan(1);
    expect(connectionReport.paths).toEqual(paths.map((path: any) => ({ length: path.length, nodes: path.nodes })));
    // Parallel relationships are one step, not one path each: no two paths walk the same entities.
    const walks = paths.map((path: any) => path.nodes.map((node: any) => node.id).join('>'));
    expect(new Set(walks).size).toBe(walks.length);
    const viaCsto = paths.find((path: any) => path.nodes[1].id === 'csto');
    expect(viaCsto.steps[0].text).toBe(
      'Armenia → chairs (chair, 2022), member of (founding member, 1992-05-15 –; participation frozen, 2024-02 –) → Collective Security Treaty Organization',
    );
    expect(viaCsto.steps[1].text).toBe('Collective Security Treaty Organization ← chairs (chair, 2023), member of (member, 1993 –) ← Belarus');
    // The report says the same, hop by hop.
    expect(connectionReport.markdown).toContain('member of (founding member, 1992-05-15 –; participation frozen, 2024-02 –)');
    expect(connectionReport.markdown).not.toMatch(/MEMBER_OF → .*\(2024-02 – present\)/);
  });
});

describe('reports at an as-of date state nothing the data does not support for that date', () => {
  it('the CSTO as of 2010-01-01: Bordyuzha holds the post; Serdyukov and Manturov are not stated, only listed apart', async () => {
    const text = await get('/reports/csto.md?asOf=2010-01-01');
    const leadership = section(text, 'Leadership and chairmanship on 2010-01-01');
    expect(leadership).toContain('Nikolai Bordyuzha holds a position in Collective Security Treaty Organization (Secretary-General), 2003 – 2016');
    const attested = section(text, 'Not known for 2010-01-01: attested at other dates');
    const undated = section(text, 'Not known for 2010-01-01: no date given');
    expect(attested).toContain('Andrey Serdyukov heads CSTO Joint Staff (Chief of the Joint Staff), attested 2024-02');
    expect(undated).toContain('Denis Manturov heads Interstate Commission for Military-Economic Cooperation (Chairman), no date given');
    // What the report states: everything but the facts listed apart and the sources' own words.
    const stated = text.slice(0, text.indexOf('## Sources')).replace(attested, '').replace(undated, '');
    expect(stated).not.toContain('Serdyukov');
    expect(stated).not.toContain('Manturov');
    // The rule is in the report.
    expect(section(text, 'How dates are read')).toContain('listed apart under "Not known for 2010-01-01", never stated as holding then');
    // Former members are listed as former; later ones are not there.
    expect(section(text, 'Former members')).toContain('Georgia is a member of Collective Security Treaty Organization (member), 1993 – 1999');
    expect(text).not.toContain('participation frozen');
    // The same through GraphQL: the rule as data, and the sections.
    const result = await graphql(url, '{ report(id: "csto", asOf: "2010-01-01") { notes sections { title } } }');
    expect(result.errors).toBeUndefined();
    expect(result.data.report.notes.join(' ')).toContain('never stated as holding then');
    expect(result.data.report.sections.map((s: any) => s.title)).toEqual(
      expect.arrayContaining(['Leadership and chairmanship on 2010-01-01', 'Not known for 2010-01-01: attested at other dates', 'Not known for 2010-01-01: no date given']),
    );
  });

  it('the CSTO as of 2003 knows nothing of the Collective Rapid Reaction Forces (created 2009)', async () => {
    const statements = (text: string) => text.slice(0, text.indexOf('## Sources'));
    expect(statements(await get('/reports/csto.md?asOf=2003'))).not.toContain('Collective Rapid Reaction Forces');
    expect(statements(await get('/reports/csto.md?asOf=2010'))).toContain('Collective Rapid Reaction Forces is part of Collective Security Treaty Organization, since 2009-02-04');
  });

  it('draws dashed only what had ended by the as-of date, and says so under the picture', async () => {
    const html = await get('/reports/csto.html?asOf=2010-01-01');
    const line = (title: string) => html.match(new RegExp(`<line [^>]*><title>${title}</title>`))?.[0] ?? '';
    expect(line('Nikolai Bordyuzha HOLDS_POSITION Collective Security Treaty Organization')).not.toBe('');
    expect(line('Nikolai Bordyuzha HOLDS_POSITION Collective Security Treaty Organization')).not.toContain('stroke-dasharray');
    expect(line('Georgia MEMBER_OF Collective Security Treaty Organization')).toContain('stroke-dasharray="4 3"');
    expect(html).toContain('dashed lines had ended by 2010-01-01');
    const today = await get('/reports/csto.html');
    expect(today.match(/<line [^>]*><title>Nikolai Bordyuzha HOLDS_POSITION Collective Security Treaty Organization<\/title>/)?.[0]).toContain('stroke-dasharray="4 3"');
    expect(today).toContain('dashed lines have ended before today');
  });
});
