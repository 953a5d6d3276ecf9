import fs from 'node:fs';
import path from 'node:path';
import { retireEntity } from '../../server/src/releases/retire';
import { graphqlData, testDatabase } from '../../server/test/support/test-neo4j';
import { ARTIFACTS } from './support-browser';
import { explorerSuite, openExplorer, pagePoint } from './support-explorer';

/**
 * Issue 11 in the explorer, at the edges of a record's life: a focus entity that is not in the graph at
 * the release viewed (added later, or retired by then), entities retired since a release drawn as
 * ghosts in "What changed", and "Mentioned in" at an older release. In headless Chromium.
 */

const EDITOR = 'editor-key-for-the-absent-e2e';
const suite = explorerSuite('release-absent-', { editorKeys: [`absent-e2e:${EDITOR}`], queryTimeoutMs: 60_000 });
const SOURCE = 'trend-2025-11-27';
const STAYS = { id: 'absent-test-body', name: 'Absent Test Body', tie: 'absent-test-body.part-of.csto' };
const GOES = { id: 'ghost-test-body', name: 'Ghost Test Body', tie: 'ghost-test-body.part-of.csto' };
const ARTICLE = 'Ghost test article (absent e2e)';

/** The release before the suite's writes; the one that added both bodies; the one that retired the ghost. */
let before: number;
let added: number;
let retired: number;

const call = <T = any>(query: string, variables: Record<string, unknown> = {}, key?: string) => graphqlData<T>(suite.url, query, variables, key);
const latest = async () => (await call('{ releases(first: 1) { totalCount } }')).releases.totalCount as number;

jest.setTimeout(240_000);

beforeAll(async () => {
  before = await latest();
  // Both bodies and their ties to the CSTO in one release; a source that mentions the one to go; then it goes.
  const dataset = {
    entities: [STAYS, GOES].map((body) => ({ id: body.id, kind: 'organization', name: body.name, citations: [{ source: SOURCE, quote: `${body.name} (a test record).` }] })),
    relationships: [STAYS, GOES].map((body) => ({ id: body.tie, from: body.id, type: 'PART_OF', to: 'csto', since: '2020', citations: [{ source: SOURCE, quote: `${body.name} is part of the CSTO (a test record).` }] })),
  };
  await call('mutation($c: String!) { importDataset(content: $c) { release } }', { c: JSON.stringify(dataset) }, EDITOR);
  added = await latest();
  expect(added).toBe(before + 1);
  await call('mutation($s: SourceDocumentInput!) { ingestSource(source: $s) { source { id } } }', {
    s: { title: ARTICLE, published: '2026-01-02', text: `${GOES.name} met in Moscow on 2 January 2026 to test the explorer.` },
  }, EDITOR);
  retired = (await call(`mutation { deleteEntity(id: "${GOES.id}") { release } }`, {}, EDITOR)).deleteEntity.release;
  expect(retired).toBe(await latest());
});
afterAll(async () => {
  // Retired, so that the suites sharing this database do not meet the test body (the suite's server has stopped by now).
  const db = testDatabase();
  await retireEntity(db, STAYS.id, { author: 'absent-e2e', summary: `deleteEntity ${STAYS.id}` }).finally(() => db.close());
});

const page = () => suite.page;
const has = (id: string) => page().evaluate((elementId) => window.orgraph.cy.getElementById(elementId).nonempty(), id);
const nodeCount = () => page().evaluate(() => window.orgraph.cy.nodes().length);
const classesOf = (id: string) => page().evaluate((elementId) => window.orgraph.cy.getElementById(elementId).classes(), id);
const urlRelease = () => new URL(page().url()).searchParams.get('release');
const note = () => page().textContent('#absence-note p');
/** The text of an export of the view (saved in test-artifacts as `absent-<its name>`). */
async function exported(format: 'json' | 'csv' | 'svg'): Promise<string> {
  const [download] = await Promise.all([page().waitForEvent('download'), page().click(`[data-export="${format}"]`)]);
  const file = path.join(ARTIFACTS, `absent-${download.suggestedFilename()}`);
  await download.saveAs(file);
  return fs.readFileSync(file, 'utf8');
}
/** What the JSON export of the view holds. */
const exportJson = async (): Promise<any> => JSON.parse(await exported('json'));
/** The rows of the CSV export of the view, each as its fields (RFC 4180: every field quoted, quotes doubled). */
async function exportCsv(): Promise<string[][]> {
  const lines = (await exported('csv')).trimEnd().split('\r\n');
  return lines.map((line) => [...line.matchAll(/"((?:[^"]|"")*)"(,|$)/g)].map((match) => match[1]!.replace(/""/g, '"')));
}
/** Ids of the elements selected now. */
const selected = () => page().evaluate(() => window.orgraph.cy.$(':selected').map((element) => element.id()));
/** Opens "What changed" since the release that added both bodies: the retired one and its tie are drawn as ghosts. */
async function showGhosts(): Promise<void> {
  await page().click('#what-changed');
  await page().waitForSelector('#changes-panel select.since');
  await page().selectOption('#changes-panel select.since', String(added));
  await page().waitForFunction((id) => window.orgraph.cy.getElementById(id).nonempty(), GOES.id);
}

describe('a focus entity that is not in the graph at the release viewed', () => {
  it('says plainly that it did not exist at an older release, and shows it again at the latest', async () => {
    await openExplorer(page(), suite.url, `?focus=${STAYS.id}&release=${before}`);
    await page().waitForSelector('#absence-note', { state: 'visible' });
    expect(await note()).toBe(`${STAYS.name} (${STAYS.id}) did not exist at release ${before}: it was added in release ${added}.`);
    // Not an error, not an empty graph without a word: the note alone says it.
    expect(await nodeCount()).toBe(0);
    expect(await page().textContent('#status')).toBe('');
    await page().waitForFunction((release) => document.querySelector('#release-banner')?.textContent?.includes(`Viewing release ${release}`), before);
    expect(urlRelease()).toBe(String(before));
    await page().screenshot({ path: path.join(ARTIFACTS, 'release-absent-note.png') });

    await page().click('#absence-note button[data-release="latest"]');
    await page().waitForFunction((id) => window.orgraph.cy.getElementById(id).nonempty(), STAYS.id);
    expect(await page().isHidden('#absence-note')).toBe(true);
    expect(urlRelease()).toBeNull();
    expect(await has(STAYS.tie)).toBe(true);

    // Chosen in the picker, the same: the release is shown, and the note says why the entity is not.
    await page().selectOption('#release', String(before));
    await page().waitForSelector('#absence-note', { state: 'visible' });
    expect(await note()).toContain(`did not exist at release ${before}`);
    expect(urlRelease()).toBe(String(before));
    expect(await nodeCount()).toBe(0);
    await page().click('#release-banner button');
    await page().waitForFunction((id) => window.orgraph.cy.getElementById(id).nonempty(), STAYS.id);
    expect(await page().isHidden('#absence-note')).toBe(true);
    expect(urlRelease()).toBeNull();
  });

  it('says in which release a retired focus was retired, and shows it at the last release that had it, with where it is mentioned', async () => {
    await openExplorer(page(), suite.url, `?focus=${GOES.id}`);
    await page().waitForSelector('#absence-note', { state: 'visible' });
    expect(await note()).toBe(`${GOES.name} (${GOES.id}) was retired in release ${retired}: it is not in the latest release (${retired}); release ${retired - 1} was the last that had it.`);
    expect(await nodeCount()).toBe(0);

    await page().click(`#absence-note button[data-release="${retired - 1}"]`);
    await page().waitForFunction((id) => window.orgraph.cy.getElementById(id).nonempty(), GOES.id);
    expect(urlRelease()).toBe(String(retired - 1));
    expect(await page().isHidden('#absence-note')).toBe(true);
    expect(await has(GOES.tie)).toBe(true);
    expect((await exportJson()).caption).toMatchObject({ release: retired - 1, latest: false });
    // Its details at that release, "Mentioned in" too (read at the release: at the latest there is no such entity).
    const at = await pagePoint(page(), GOES.id);
    await page().mouse.click(at.x, at.y);
    await page().waitForSelector('#details section.mentioned-in li');
    expect(await page().textContent('#details h2')).toBe(GOES.name);
    expect(await page().textContent('#details section.mentioned-in')).toContain(ARTICLE);
  });
});

describe('entities retired since a release, in "What changed"', () => {
  it('draws them as ghosts with their retired relationships, out of the table and counted in the legend; a click says what it was', async () => {
    await openExplorer(page(), suite.url, '?focus=csto');
    expect(await has(GOES.id)).toBe(false);
    await showGhosts();
    expect(await classesOf(GOES.id)).toEqual(expect.arrayContaining(['ghost', 'change-retired']));
    expect(await classesOf(GOES.tie)).toEqual(expect.arrayContaining(['ghost', 'change-retired']));
    expect(await page().evaluate((id) => window.orgraph.cy.getElementById(id).data('label') as string, GOES.id)).toBe(`${GOES.name} — retired in release ${retired}`);
    // The retired entity and its retired relationship to the CSTO: two retired, counted.
    expect(await page().textContent('#legend [data-change="RETIRED"] .count')).toBe('2');
    // Not part of what the release shows: the table of what is on screen leaves them out.
    await page().click('#table');
    const table = (await page().textContent('#table-view'))!;
    expect(table).toContain(STAYS.name);
    expect(table).not.toContain(GOES.name);
    await page().click('#table');
    // Nor do the exports, which say the release they show.
    const exported = await exportJson();
    expect(exported.caption).toMatchObject({ release: retired, latest: true });
    expect(exported.nodes.map((node: { id: string }) => node.id)).toEqual(expect.arrayContaining(['csto', STAYS.id]));
    expect(exported.nodes.map((node: { id: string }) => node.id)).not.toContain(GOES.id);
    expect(exported.edges.map((edge: { id: string }) => edge.id)).not.toContain(GOES.tie);

    await page().evaluate((id) => void window.orgraph.cy.getElementById(id).emit('tap'), GOES.id);
    await page().screenshot({ path: path.join(ARTIFACTS, 'release-absent-ghost-entity.png') });
    await page().waitForFunction((name) => document.querySelector('#details h2')?.textContent === name, GOES.name);
    expect(await page().textContent('#details .retired-note')).toContain(`Retired in release ${retired}`);
    expect(await page().textContent('#details')).toContain('kind: organization');
    // Closed, the ghosts go (a click elsewhere first takes away the export's notice, which lies over the close button).
    await page().mouse.click(5, 5);
    await page().click('#changes-panel .close');
    expect(await has(GOES.id)).toBe(false);
    expect(suite.errors).toEqual([]);
  });
});

describe('ghosts and the keyboard', () => {
  it('never selects a ghost: [ and ] go through the relationships of the release only, a click on a ghost shows it without selecting it', async () => {
    await openExplorer(page(), suite.url, '?focus=csto');
    await showGhosts();
    // The relationships of the CSTO the release shows (the ghost of the retired tie is drawn to it too).
    const real = await page().evaluate(() => {
      const cy = window.orgraph.cy;
      return cy.getElementById('csto').connectedEdges().not('.ghost, .out-of-time, .filtered, .hidden').map((edge) => edge.id()).sort();
    });
    expect(real).toContain(STAYS.tie);
    expect(real).not.toContain(GOES.tie);
    expect(await page().evaluate((id) => window.orgraph.cy.getElementById(id).connectedNodes().map((node) => node.id()).sort(), GOES.tie)).toEqual(['csto', GOES.id]);

    // With nothing selected, an arrow key starts from the focus.
    await page().focus('#graph');
    await page().keyboard.press('Escape');
    await page().keyboard.press('ArrowRight');
    expect(await selected()).toEqual(['csto']);
    // Once round the CSTO's relationships: every one of the release met once, no ghost, and back at the start.
    const met: string[] = [];
    for (let i = 0; i < real.length; i += 1) {
      await page().keyboard.press(']');
      met.push(...(await selected()));
    }
    expect(met.slice().sort()).toEqual(real);
    await page().keyboard.press(']');
    expect(await selected()).toEqual([met[0]]);
    // Backwards from the entity, the last of them (the ghost, drawn last, is not one).
    await page().keyboard.press('Escape');
    await page().keyboard.press('ArrowRight');
    await page().keyboard.press('[');
    expect(await selected()).toEqual([met[met.length - 1]]);
    // The arrow keys move among the entities of the release: from each, none lands on the ghost.
    for (const key of ['ArrowUp', 'ArrowLeft', 'ArrowDown', 'ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'ArrowRight']) {
      await page().keyboard.press(key);
      expect(await selected()).not.toContain(GOES.id);
    }

    // A click on the ghost (moved clear of the others and of the panel, on the left, so that the click meets it) says what it was, and selects nothing.
    await page().keyboard.press('Escape');
    await page().evaluate((id) => {
      const cy = window.orgraph.cy;
      const box = cy.nodes().not('.ghost').boundingBox({});
      cy.getElementById(id).position({ x: box.x1 - 120, y: (box.y1 + box.y2) / 2 });
      cy.fit(cy.elements(), 40);
    }, GOES.id);
    const at = await pagePoint(page(), GOES.id);
    await page().mouse.click(at.x, at.y);
    await page().waitForFunction((name) => document.querySelector('#details h2')?.textContent === name, GOES.name);
    expect(await page().textContent('#details .retired-note')).toContain(`Retired in release ${retired}`);
    expect(await selected()).toEqual([]);
    // The keys then start from the focus, as with nothing selected; Enter expands no ghost.
    await page().focus('#graph');
    await page().keyboard.press('ArrowRight');
    expect(await selected()).toEqual(['csto']);
    await page().screenshot({ path: path.join(ARTIFACTS, 'release-absent-ghost-keyboard.png') });
    expect(await page().textContent('#status')).not.toContain('retired');
    expect(suite.errors).toEqual([]);
  });
});

describe('Undo and Back onto a view whose focus is not there at its release', () => {
  it('say again that the entity was not there, rather than showing a bare graph', async () => {
    const noteShown = () => page().waitForFunction(() => !document.querySelector<HTMLElement>('#absence-note')!.hidden);
    const graphShown = (id: string) => page().waitForFunction((entity) => window.orgraph.cy.getElementById(entity).nonempty() && document.querySelector<HTMLElement>('#absence-note')!.hidden, id);
    const absentText = `${STAYS.name} (${STAYS.id}) did not exist at release ${before}: it was added in release ${added}.`;

    await openExplorer(page(), suite.url, `?focus=${STAYS.id}`);
    await page().selectOption('#release', String(before));
    await noteShown();
    expect(await note()).toBe(absentText);
    await page().selectOption('#release', 'latest');
    await graphShown(STAYS.id);

    // Back: the view at the older release, with its note.
    await page().goBack();
    await noteShown();
    expect(await note()).toBe(absentText);
    expect(urlRelease()).toBe(String(before));
    expect(await nodeCount()).toBe(0);
    expect(await page().inputValue('#release')).toBe(String(before));
    await page().screenshot({ path: path.join(ARTIFACTS, 'release-absent-back.png') });
    // Forward: the graph at the latest, no note.
    await page().goForward();
    await graphShown(STAYS.id);
    expect(urlRelease()).toBeNull();

    // Undo: the same view and note; Undo again: the graph it started from.
    await page().click('#undo');
    await noteShown();
    expect(await note()).toBe(absentText);
    expect(urlRelease()).toBe(String(before));
    expect(await nodeCount()).toBe(0);
    // The note's button still works from the restored view.
    expect(await page().isVisible('#absence-note button[data-release="latest"]')).toBe(true);
    await page().click('#undo');
    await graphShown(STAYS.id);
    expect(urlRelease()).toBeNull();
    expect(suite.errors).toEqual([]);
  });
});

describe('exports say the release they were read at, inside the file', () => {
  it('at the latest, its number in every CSV row and in the SVG; at an older release, that one, with the date', async () => {
    const latestNow = await latest();
    await openExplorer(page(), suite.url, '?focus=csto');
    const [header, ...rows] = await exportCsv();
    expect(header!.slice(-2)).toEqual(['release', 'as_of']);
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((row) => row.slice(-2).join(' ')))).toEqual(new Set([`${latestNow} `]));
    const svg = await exported('svg');
    expect(svg).toMatch(new RegExp(`<title>[^<]* — all dates — release ${latestNow} \\(the latest\\)</title>`));
    expect(svg).toContain(`<desc>Orgraph, release ${latestNow} (the latest), all dates: `);

    await openExplorer(page(), suite.url, `?focus=${GOES.id}&release=${retired - 1}&asOf=2021`);
    const [, ...then] = await exportCsv();
    expect(then.map((row) => row[0])).toContain(GOES.tie);
    expect(new Set(then.map((row) => row.slice(-2).join(' ')))).toEqual(new Set([`${retired - 1} 2021`]));
    expect(await exported('svg')).toContain(`<title>${GOES.name} — as of 2021 — release ${retired - 1}</title>`);
    expect((await exportJson()).caption).toMatchObject({ release: retired - 1, latest: false, asOf: '2021' });
  });

  it('at the latest, names the release that answered the graph shown, not a newer one the picker learnt of since', async () => {
    const shownAt = await latest();
    await openExplorer(page(), suite.url, '?focus=csto');
    // A release made elsewhere after the graph was read (a source: the graph shown is the same at it)…
    await call('mutation($s: SourceInput!) { upsertSource(source: $s) { id } }', { s: { id: 'answered-release-e2e-source', title: `Answered release e2e ${Date.now()}` } }, EDITOR);
    const newer = await latest();
    expect(newer).toBe(shownAt + 1);
    // …which "What changed" makes the release picker learn: its latest is now newer than the graph's reads.
    await page().click('#what-changed');
    await page().waitForSelector(`#release option[value="${newer}"]`, { state: 'attached' });
    await page().click('#what-changed');

    const svg = await exported('svg');
    expect(svg).toContain(`<desc>Orgraph, release ${shownAt} (the latest), all dates: `);
    const [, ...rows] = await exportCsv();
    expect(new Set(rows.map((row) => row.at(-2)))).toEqual(new Set([String(shownAt)]));
    expect((await exportJson()).caption).toMatchObject({ release: shownAt, latest: true });
    expect(suite.errors).toEqual([]);
  });
});
