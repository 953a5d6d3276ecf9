import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Orgraph } from '../../server/src/bootstrap';
import { repoRoot } from '../../server/src/config';
import { importPaths } from '../../server/src/dataset/import';
import { startTestServer, testDatabase } from '../../server/test/support/test-neo4j';
import { ARTIFACTS, launchChromium } from './support-browser';

const EDITOR = 'editor-key-for-the-review-e2e';
// The seed article under a headline of its own, so that it is a new text even after the API tests read the article.
const ARTICLE = `Russia's 2026 CSTO chairmanship\n\n${fs.readFileSync(path.join(repoRoot, 'data', 'sources', '2025-11-27-csto-chairmanship-article.txt'), 'utf8')}`;

let orgraph: Orgraph;
let browser: Browser;
let page: Page;
const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `review-${name}.png`) });

beforeAll(async () => {
  orgraph = await startTestServer({ editorKeys: [EDITOR] });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
  await orgraph?.stop();
  // What the review wrote goes back to what the files say, for the suites after this one.
  const db = testDatabase();
  await importPaths(db, [path.join(repoRoot, 'data', 'csto')]).finally(() => db.close());
});

/** The queue as shown: each proposal's id, state, relation and its fact line. */
const queue = () =>
  page.$$eval('#review-queue li.proposal', (items) =>
    items.map((item) => ({
      id: (item as HTMLElement).dataset.id!,
      state: Array.from(item.classList).find((c) => c.startsWith('state-'))!.slice(6),
      relation: Array.from(item.classList).find((c) => c.startsWith('relation-'))!.slice(9),
      fact: item.querySelector('.fact')!.textContent!,
      selected: item.getAttribute('aria-selected') === 'true',
    })),
  );

/** Moves the queue's selection with the arrow keys until the proposal at `index` is selected. */
async function moveTo(index: number) {
  await page.focus('#review-queue');
  for (let i = 0; i < 60; i += 1) {
    const now = (await queue()).findIndex((p) => p.selected);
    if (now === index) return;
    await page.keyboard.press(now < index ? 'ArrowDown' : 'ArrowUp');
  }
  throw new Error(`could not reach proposal ${index}`);
}

jest.setTimeout(180_000);

describe('sources and review in the explorer', () => {
  it('reads a pasted article, asks for the editor key once, and shows its mentions beside the proposed facts', async () => {
    await page.goto(`${orgraph.url}/`);
    await page.waitForFunction(() => window.orgraph !== undefined);
    await page.evaluate(() => window.orgraph.ready);
    await page.click('#add-source');
    await page.fill('#source-title', "Russia's 2026 CSTO chairmanship (pasted)");
    await page.fill('#source-publisher', 'Trend');
    await page.fill('#source-published', '2025-11-27');
    await page.fill('#source-text', ARTICLE);
    await shot('1-add-source');
    await page.click('.add-source button[type=submit]');
    await page.waitForSelector('#editor-key');
    await page.fill('#editor-key', EDITOR);
    await page.fill('#reviewer-name', 'Analyst in Chromium');
    await page.click('.editor-key-form button[type=submit]');
    // Reading the article takes a moment (more on a busy machine): wait for it, with no limit on how long it may take but the test's.
    await page.waitForSelector('#review-queue li.proposal', { timeout: 170_000 });
    expect(await page.evaluate(() => sessionStorage.getItem('orgraph.editorKey'))).toBe(EDITOR);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(await page.textContent('.review-message')).toMatch(/Source added: \d+ mentions, \d+ proposed facts/);
    const marked = await page.$$eval('.source-text mark.mention', (marks) => marks.map((m) => (m as HTMLElement).dataset.entity));
    expect(marked).toEqual(expect.arrayContaining(['csto', 'russia', 'bishkek', 'icmec', 'interstate-program', 'tajik-afghan-border-programme']));
    expect(await page.textContent('.source-text .quote')).toBeTruthy();
    await shot('2-queue-and-source');
  });

  it('reviews by keyboard: r rejects with a reason, e edits then accepts, a accepts; the fact appears in the graph with its citation', async () => {
    const proposals = await queue();
    const ready = (p: { state: string; relation: string; fact: string }) => p.state === 'open' && p.relation !== 'conflicts' && !p.fact.includes('?');
    const administers = proposals.findIndex((p) => ready(p) && p.fact.includes('ADMINISTERS'));
    expect(administers).toBeGreaterThanOrEqual(0);
    const others = proposals.map((p, i) => (ready(p) && i !== administers ? i : -1)).filter((i) => i >= 0);
    expect(others.length).toBeGreaterThanOrEqual(2);

    // Reject one, with a reason.
    await moveTo(others[0]!);
    await page.keyboard.press('r');
    await page.waitForSelector('#reject-reason');
    await page.keyboard.type('not what the sentence says');
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => document.querySelector(`[data-id="${id}"]`)?.classList.contains('state-rejected'), proposals[others[0]!]!.id);

    // Edit one: the form opens with the fact's values; Escape leaves it, e opens it again, Enter accepts.
    await moveTo(others[1]!);
    await page.keyboard.press('e');
    await page.waitForSelector('.edit-form #edit-type');
    expect(await page.inputValue('#edit-type')).toBe(proposals[others[1]!]!.fact.match(/ ([A-Z_]{4,}) /)![1]);
    await page.keyboard.press('Escape');
    await page.waitForSelector('.edit-form', { state: 'detached' });
    await page.keyboard.press('e');
    await page.waitForSelector('.edit-form #edit-type');
    await shot('3-edit-form');
    await page.focus('#edit-since');
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => document.querySelector(`[data-id="${id}"]`)?.classList.contains('state-accepted'), proposals[others[1]!]!.id);

    // Accept the administration fact with one key.
    await moveTo(administers);
    await page.keyboard.press('a');
    const item = `[data-id="${proposals[administers]!.id}"]`;
    await page.waitForSelector(`${item}.state-accepted`);
    expect(await page.textContent(`${item} .decision`)).toMatch(/Accepted by Analyst in Chromium/);
    expect(await page.textContent(`${item} .written`)).toContain('Interstate Commission for Military-Economic Cooperation ADMINISTERS');
    expect(await page.textContent(`${item} .cited`)).toMatch(/Cited: paragraph 7 of/);
    await shot('4-accepted');

    // The fact in the graph: its details show the sentence, cited to this source at paragraph 7.
    await page.click(`${item} .show-in-graph`);
    await page.waitForSelector('#review-panel', { state: 'hidden' });
    await page.waitForFunction(() => document.querySelector('#details h2')?.textContent?.includes('ADMINISTERS'));
    const details = (await page.textContent('#details'))!;
    expect(details).toContain("Russia's 2026 CSTO chairmanship (pasted)");
    expect(details).toContain('paragraph 7');
    expect(details).toContain('is administered by the CSTO Interstate Commission for Military-Economic Cooperation');
    await shot('5-fact-in-graph');
  });

  it('lists where an entity is mentioned in its details, with the sentence', async () => {
    const position = await page.evaluate(() => window.orgraph.cy.getElementById('icmec').renderedPosition());
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.click(box.x + position.x, box.y + position.y);
    await page.waitForSelector('#details section.mentioned-in li');
    const section = (await page.textContent('#details section.mentioned-in'))!;
    expect(section).toContain('Mentioned in');
    expect(section).toContain("Russia's 2026 CSTO chairmanship (pasted)");
    expect(section).toContain('Founded in 2002');
    await shot('6-mentioned-in');
    // The link opens the source beside its proposals.
    await page.click('#details section.mentioned-in li a');
    await page.waitForFunction(() => document.querySelector('#review-title')?.textContent?.startsWith('Review: '));
    expect(await page.textContent('#review-title')).toBe("Review: Russia's 2026 CSTO chairmanship (pasted)");
    expect(await page.isVisible('#review-panel .source-text')).toBe(true);
  });
});
