import path from 'node:path';
import type cytoscape from 'cytoscape';
import type { Browser, Page } from 'playwright-core';
import type { Orgraph } from '../../server/src/bootstrap';
import type { Config } from '../../server/src/config';
import { startTestServer } from '../../server/test/support/test-neo4j';
import { ARTIFACTS, launchChromium } from './support-browser';

/** Opens the explorer at `query` and waits until its first graph is drawn. */
export async function openExplorer(page: Page, base: string, query = ''): Promise<void> {
  await page.goto(`${base}/${query}`);
  await page.waitForFunction(() => window.orgraph !== undefined);
  await page.evaluate(() => window.orgraph.ready);
}

/** Ids of the nodes (or edges) Cytoscape shows right now, by its own `visible()`. */
export const visibleIds = (page: Page, what: 'nodes' | 'edges') =>
  page.evaluate((group) => window.orgraph.cy.$(group === 'nodes' ? 'node' : 'edge').filter((element) => element.visible()).map((element) => element.id()), what);

/** Where an element of the graph is on the page (a node's centre, an edge's midpoint). */
export async function pagePoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  const position = await page.evaluate((elementId) => {
    const element = window.orgraph.cy.getElementById(elementId);
    return element.isEdge() ? (element as cytoscape.EdgeSingular).renderedMidpoint() : (element as cytoscape.NodeSingular).renderedPosition();
  }, id);
  const box = (await page.locator('#graph').boundingBox())!;
  return { x: box.x + position.x, y: box.y + position.y };
}

/** Waits until no request is pending and the short layout animations are over. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(400);
}

/** The number a legend entry shows beside a kind or a type. */
export const legendCount = async (page: Page, value: string) => Number(await page.textContent(`#legend input[value="${value}"] ~ .count`));

/**
 * The hooks of an explorer suite: the test server and Chromium for the suite, a fresh page for each test
 * (its uncaught errors collected, a screenshot in test-artifacts after it, named `prefix` + the test);
 * `server` configures the test server (editor keys for a suite that writes).
 */
export function explorerSuite(prefix = '', server: Partial<Config> = {}): { readonly url: string; readonly page: Page; readonly errors: string[] } {
  let orgraph: Orgraph;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  beforeAll(async () => {
    orgraph = await startTestServer(server);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await orgraph?.stop();
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    errors.length = 0;
    page.on('pageerror', (error) => errors.push(error.message));
  });
  afterEach(async () => {
    await page.screenshot({ path: path.join(ARTIFACTS, `${prefix}${expect.getState().currentTestName?.replace(/\W+/g, '-').slice(0, 80 - prefix.length)}.png`) });
    await page.close();
  });
  return {
    get url() {
      return orgraph.url;
    },
    get page() {
      return page;
    },
    errors,
  };
}
