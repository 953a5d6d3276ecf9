import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Orgraph } from '../../server/src/bootstrap';
import { repoRoot } from '../../server/src/config';
import { importPaths } from '../../server/src/dataset/import';
import { startTestServer, testDatabase } from '../../server/test/support/test-neo4j';
import { startWikidataServer, type WikidataServer } from '../../server/test/support/wikidata-server';
import { openExplorer, pagePoint, settle } from './support-explorer';
import { ARTIFACTS, launchChromium } from './support-browser';

const EDITOR = 'editor-key-for-the-wikidata-e2e';

let wikidata: WikidataServer;
let orgraph: Orgraph;
let browser: Browser;
let page: Page;
const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `wikidata-${name}.png`) });

beforeAll(async () => {
  wikidata = await startWikidataServer();
  orgraph = await startTestServer({ editorKeys: [EDITOR], wikidata: wikidata.config() });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
  await orgraph?.stop();
  await wikidata?.stop();
  const db = testDatabase();
  await importPaths(db, [path.join(repoRoot, 'data', 'csto')]).finally(() => db.close());
});

jest.setTimeout(180_000);

describe('Wikidata in the explorer', () => {
  it("links an entity's Wikidata identifier in its details", async () => {
    await openExplorer(page, orgraph.url, '?focus=russia');
    await page.waitForFunction(() => window.orgraph.cy.getElementById('russia').nonempty());
    await settle(page);
    const point = await pagePoint(page, 'russia');
    await page.mouse.click(point.x, point.y);
    await page.waitForSelector('#details .identifiers a');
    expect(await page.getAttribute('#details .identifiers a', 'href')).toBe('https://www.wikidata.org/wiki/Q159');
    expect(await page.textContent('#details .identifiers')).toContain('iso3166-1: RU');
  });

  it('imports an organization for review from the dialog: refuses a wrong QID at the field, then lists matches and proposals', async () => {
    await page.click('#review');
    await page.click('#review-import-wikidata');
    await page.fill('#wikidata-qid', 'CSTO');
    await page.click('.import-wikidata button[type=submit]');
    expect(await page.textContent('#wikidata-error')).toBe('"CSTO" is not a Wikidata item id: Q followed by digits, such as Q7159.');
    expect(await page.getAttribute('#wikidata-qid', 'aria-invalid')).toBe('true');
    expect(wikidata.requests).toHaveLength(0);

    await page.fill('#wikidata-qid', 'Q7159');
    await shot('1-dialog');
    await page.click('.import-wikidata button[type=submit]');
    await page.waitForSelector('#editor-key');
    await page.fill('#editor-key', EDITOR);
    await page.click('.editor-key-form button[type=submit]');
    await page.waitForSelector('#review-queue li.proposal', { timeout: 170_000 });
    // The client read the files through the local stand-in, as configured.
    expect(wikidata.requests.some((r) => r.path === '/wiki/Special:EntityData/Q7159.json')).toBe(true);

    expect(await page.getAttribute('#wikidata-summary li[data-qid="Q7159"] a', 'href')).toBe('https://www.wikidata.org/wiki/Q7159');
    expect(await page.textContent('#wikidata-summary li[data-qid="Q159"]')).toContain('Russia');
    expect(await page.textContent('.review-message')).toMatch(/^\d+ statements of Collective Security Treaty Organization proposed for review: \d+ conflicts? with the graph, \d+ unreferenced/);
    const facts = await page.$$eval('#review-queue li.proposal', (items) => items.map((item) => ({ relation: item.className, text: item.querySelector('.fact')!.textContent! })));
    expect(facts.length).toBeGreaterThan(10);
    expect(facts.some((f) => /relation-conflicts/.test(f.relation) && /Tajikistan MEMBER_OF Collective Security Treaty Organization/.test(f.text))).toBe(true);
    expect(await page.locator('#review-queue .badge.unreferenced').count()).toBeGreaterThan(0);
    await shot('2-proposals');
  });
});
