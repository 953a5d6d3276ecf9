import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Orgraph } from '../../server/src/bootstrap';
import { repoRoot } from '../../server/src/config';
import { importPaths } from '../../server/src/dataset/import';
import { graphqlData, startTestServer, testDatabase } from '../../server/test/support/test-neo4j';
import { ARTIFACTS, launchChromium } from './support-browser';

/** Issue 11 in the explorer: the release picker, "What changed", and histories, in headless Chromium. */

const EDITOR = 'editor-key-for-the-releases-e2e';
const OLD_NAME = 'Interstate Commission for Military-Economic Cooperation';
const NEW_NAME = 'Military-Economic Commission (renamed by the releases test)';
const RETIRED = 'tajikistan.chairs.csto.2021';

let orgraph: Orgraph;
let browser: Browser;
let page: Page;
/** The release before the test's writes, the one that renamed ICMEC, and the one that deleted Tajikistan's chairmanship. */
let before: number;
let renamed: number;
let deleted: number;

const call = <T = any>(query: string, variables: Record<string, unknown> = {}, key?: string) => graphqlData<T>(orgraph.url, query, variables, key);

jest.setTimeout(240_000);

beforeAll(async () => {
  // A first (cold) query on a busy machine can outlast the default 10 s; nothing here measures time.
  orgraph = await startTestServer({ editorKeys: [`releases-e2e:${EDITOR}`], queryTimeoutMs: 60_000 });
  browser = await launchChromium();
  before = (await call('{ releases(first: 1) { totalCount } }')).releases.totalCount;
  // An edit (ICMEC renamed, written back whole as the API takes it) and a delete: two releases by the named key.
  const icmec = (await call('{ entity(id: "icmec") { kind name description start end aliases { name lang } identifiers { scheme value } citations { quote locator claimedBy source { id } } } }')).entity;
  const input = {
    ...icmec,
    id: 'icmec',
    name: NEW_NAME,
    citations: icmec.citations.map((c: any) => ({ source: c.source.id, quote: c.quote, locator: c.locator, claimedBy: c.claimedBy })),
  };
  await call('mutation($e: EntityInput!) { upsertEntity(entity: $e) { id } }', { e: input }, EDITOR);
  renamed = (await call('{ releases(first: 1) { totalCount } }')).releases.totalCount;
  expect(renamed).toBe(before + 1);
  deleted = (await call(`mutation { deleteRelationship(id: "${RETIRED}") { release } }`, {}, EDITOR)).deleteRelationship.release;
  expect(deleted).toBe(renamed + 1);
});
afterAll(async () => {
  await browser?.close();
  await orgraph?.stop();
  // The graph goes back to what the files say (one more release), for the suites after this one.
  const db = testDatabase();
  await importPaths(db, [path.join(repoRoot, 'data', 'csto')]).finally(() => db.close());
});
beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  // Reads at an old release cost more, and the machine may be busy: waits may be long (nothing here measures time).
  page.setDefaultTimeout(90_000);
});
afterEach(async () => {
  await page.screenshot({ path: path.join(ARTIFACTS, `releases-${expect.getState().currentTestName?.replace(/\W+/g, '-').slice(0, 60)}.png`) });
  const status = await page.textContent('#status');
  if (status) process.stderr.write(`[explorer status] ${status}\n`);
  await page.close();
});

async function open(query: string): Promise<void> {
  await page.goto(`${orgraph.url}/${query}`);
  await page.waitForFunction(() => window.orgraph !== undefined);
  await page.evaluate(() => window.orgraph.ready);
}

const nodeName = (id: string) => page.evaluate((nodeId) => window.orgraph.cy.getElementById(nodeId).data('name') as string | undefined, id);
const has = (id: string) => page.evaluate((elementId) => window.orgraph.cy.getElementById(elementId).nonempty(), id);
const classesOf = (id: string) => page.evaluate((elementId) => window.orgraph.cy.getElementById(elementId).classes(), id);
const urlRelease = () => new URL(page.url()).searchParams.get('release');
/** Clicks an element of the graph as Cytoscape receives a click (parallel lines make a point ambiguous). */
const tap = (id: string) => page.evaluate((elementId) => void window.orgraph.cy.getElementById(elementId).emit('tap'), id);
/** Waits until the graph has been drawn again from the server at the release the URL names. */
const waitForGraph = (name: string) => page.waitForFunction((expected) => window.orgraph.cy.getElementById('icmec').data('name') === expected, name);

describe('releases in the explorer', () => {
  it('lists the releases beside "As of", latest first, with date, author and summary', async () => {
    await open('?focus=csto');
    await page.waitForSelector(`#release option[value="${deleted}"]`, { state: 'attached' });
    const options = await page.$$eval('#release option', (items) => items.map((item) => ({ value: (item as HTMLOptionElement).value, text: item.textContent })));
    expect(options[0]).toEqual({ value: 'latest', text: `latest (${deleted})` });
    expect(options[1]).toEqual({ value: String(deleted), text: expect.stringMatching(new RegExp(`^${deleted} · \\d{4}-\\d{2}-\\d{2} · releases-e2e · deleteRelationship ${RETIRED.replace(/\./g, '\\.')}$`)) });
    expect(options[2]).toEqual({ value: String(renamed), text: expect.stringContaining(`${renamed} · `) });
    expect(options[2]!.text).toContain('releases-e2e · upsertEntity icmec');
    expect(await page.isHidden('#release-banner')).toBe(true);
    expect(await nodeName('icmec')).toBe(NEW_NAME);
    expect(await has(RETIRED)).toBe(false);
  });

  it('shows the graph at an older release: the old name and the retired relationship, kept in the URL through a reload and Back', async () => {
    await open('?focus=csto');
    await page.selectOption('#release', String(before));
    await waitForGraph(OLD_NAME);
    expect(urlRelease()).toBe(String(before));
    expect(await has(RETIRED)).toBe(true);
    expect(await page.textContent('#release-banner')).toContain(`Viewing release ${before} of ${deleted}`);
    // The details and the report links are of that release too.
    await tap('icmec');
    await page.waitForSelector('#details h2');
    expect(await page.textContent('#details h2')).toBe(OLD_NAME);
    expect(await page.getAttribute('#details .report-links a', 'href')).toBe(`/reports/icmec.html?release=${before}`);
    // Search reads at the release as well: the old name is found.
    await page.fill('#search', 'Military-Economic');
    await page.waitForSelector('#search-results li');
    expect(await page.textContent('#search-results')).toContain(OLD_NAME);
    expect(await page.textContent('#search-results')).not.toContain(NEW_NAME);
    await page.keyboard.press('Escape');

    await page.reload();
    await page.waitForFunction(() => window.orgraph !== undefined);
    await page.evaluate(() => window.orgraph.ready);
    expect(await nodeName('icmec')).toBe(OLD_NAME);
    expect(await has(RETIRED)).toBe(true);
    await page.waitForFunction((release) => (document.querySelector('#release') as HTMLSelectElement).value === release, String(before));
    expect(await page.isVisible('#release-banner')).toBe(true);

    // "Go to latest", then Back: the latest graph, then the old release again.
    await page.click('#release-banner button');
    await waitForGraph(NEW_NAME);
    expect(urlRelease()).toBeNull();
    expect(await has(RETIRED)).toBe(false);
    expect(await page.isHidden('#release-banner')).toBe(true);
    await page.goBack();
    await waitForGraph(OLD_NAME);
    expect(urlRelease()).toBe(String(before));
    expect(await page.inputValue('#release')).toBe(String(before));
  });

  it('lists what changed since a release and marks it on the graph: the renamed entity, the retired relationship drawn faint', async () => {
    await open('?focus=csto');
    await page.click('#what-changed');
    await page.waitForSelector('#changes-panel select.since');
    // Since the previous release by default: only the deletion.
    expect(await page.inputValue('#changes-panel select.since')).toBe(String(renamed));
    expect(await page.$$eval('#changes-panel button.change', (items) => items.map((item) => item.getAttribute('data-id')))).toEqual([RETIRED]);
    await page.selectOption('#changes-panel select.since', String(before));
    await page.waitForFunction(() => document.querySelectorAll('#changes-panel button.change').length === 2);
    const items = await page.$$eval('#changes-panel ul.changes > li', (list) => list.map((item) => ({ kind: item.className, text: item.textContent!.replace(/\s+/g, ' ').trim() })));
    expect(items).toEqual([
      { kind: 'change-retired', text: expect.stringContaining(`RETIRED relationship Tajikistan CHAIRS Collective Security Treaty Organization ${RETIRED}`) },
      { kind: 'change-changed', text: expect.stringContaining(`CHANGED entity ${NEW_NAME} icmec name: ${OLD_NAME} → ${NEW_NAME}`) },
    ]);
    const headings = await page.$$eval('#changes-panel h3', (list) => list.map((item) => item.textContent));
    expect(headings).toEqual([expect.stringMatching(new RegExp(`^Release ${deleted} · .* · releases-e2e$`)), expect.stringMatching(new RegExp(`^Release ${renamed} · .* · releases-e2e$`))]);

    // On the graph: ICMEC marked changed; the retired chairmanship drawn between its ends, as a ghost.
    expect(await classesOf('icmec')).toContain('change-changed');
    expect(await classesOf(RETIRED)).toEqual(expect.arrayContaining(['ghost', 'change-retired']));
    expect(await page.evaluate((id) => window.orgraph.cy.getElementById(id).data('label') as string, RETIRED)).toContain(`retired in release ${deleted}`);
    expect(await page.textContent('#legend .change-legend')).toContain(`Changes since release ${before}`);
    expect(await page.textContent('#legend [data-change="CHANGED"] .count')).toBe('1');
    expect(await page.textContent('#legend [data-change="RETIRED"] .count')).toBe('1');
    // The ghost is not part of what is shown as data: the table of what is on screen leaves it out.
    await page.click('#table');
    const tableRows = await page.$$eval('#table-view tr', (rows) => rows.map((row) => Array.from(row.querySelectorAll('td')).slice(0, 4).map((cell) => cell.textContent).join(' | ')));
    expect(tableRows).toContain('Armenia | chairs | Collective Security Treaty Organization | 2022');
    expect(tableRows).not.toContain('Tajikistan | chairs | Collective Security Treaty Organization | 2021');
    await page.click('#table');
    await page.screenshot({ path: path.join(ARTIFACTS, 'releases-what-changed-panel.png') });

    // Choosing the change selects the element and shows it.
    await page.click(`#changes-panel button.change[data-id="icmec"]`);
    await page.waitForFunction(() => window.orgraph.cy.getElementById('icmec').selected());
    expect(await page.textContent('#details h2')).toBe(NEW_NAME);
    // A retired one shows at the last release that had it.
    await page.click(`#changes-panel button.change[data-id="${RETIRED}"]`);
    await page.waitForFunction((id) => window.orgraph.cy.getElementById(id).selected() && !window.orgraph.cy.getElementById(id).hasClass('ghost'), RETIRED);
    expect(urlRelease()).toBe(String(renamed));

    // Closed, the marks go and the ghost with them.
    await page.click('#changes-panel .close');
    expect(await page.evaluate(() => window.orgraph.cy.$('.change-added, .change-changed, .change-retired, .ghost').length)).toBe(0);
  });

  it("shows an entity's history and a relationship's history in their details", async () => {
    await open('?focus=csto');
    await tap('icmec');
    await page.waitForSelector('#details .record-history table');
    const rows = await page.$$eval('#details .record-history tbody tr', (list) => list.map((row) => Array.from(row.querySelectorAll('td')).map((cell) => cell.textContent)));
    expect(rows.at(-1)).toEqual([String(renamed), expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), 'releases-e2e', `name: ${OLD_NAME} → ${NEW_NAME}`]);
    expect(rows[0]![3]).toBe('added');

    await open(`?focus=csto&release=${before}`);
    await tap(RETIRED);
    await page.waitForSelector('#details .record-history table');
    const versions = await page.$$eval('#details .record-history tbody tr', (list) => list.map((row) => Array.from(row.querySelectorAll('td')).map((cell) => cell.textContent)));
    expect(versions[0]![3]).toBe('added');
    expect(versions.at(-1)).toEqual([String(deleted), expect.any(String), 'releases-e2e', 'retired (deleted)']);
    await page.screenshot({ path: path.join(ARTIFACTS, 'releases-relationship-history.png') });
  });
});
