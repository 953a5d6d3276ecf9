import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Orgraph } from '../../server/src/bootstrap';
import { startTestServer } from '../../server/test/support/test-neo4j';
import { ARTIFACTS, launchChromium } from './support-browser';

let orgraph: Orgraph;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  orgraph = await startTestServer();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
});

afterAll(async () => {
  await browser?.close();
  await orgraph?.stop();
});

/** The explorer's Cytoscape state, read in the page. */
const graphState = () =>
  page.evaluate(() => ({
    nodes: window.orgraph.cy.nodes().map((node) => node.id()),
    edges: window.orgraph.cy.edges().length,
    selected: window.orgraph.cy.$(':selected').map((element) => element.id()),
  }));

describe('the explorer in headless Chromium', () => {
  it('draws the neighbourhood of the CSTO on load', async () => {
    await page.goto(`${orgraph.url}/`);
    await page.waitForFunction(() => window.orgraph !== undefined);
    await page.evaluate(() => window.orgraph.ready);
    const state = await graphState();
    expect(state.nodes).toEqual(expect.arrayContaining(['csto', 'russia', 'icmec']));
    expect(state.edges).toBeGreaterThan(20);
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-csto.png') });
  });

  it('shows a node’s details and evidence when it is clicked', async () => {
    const position = await page.evaluate(() => window.orgraph.cy.getElementById('csto').renderedPosition());
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.click(box.x + position.x, box.y + position.y);
    await page.waitForSelector('#details h2');
    expect(await page.textContent('#details h2')).toBe('Collective Security Treaty Organization');
    expect(await page.textContent('#details')).toContain('Evidence');
    expect(await page.locator('#details ol.citations li').count()).toBeGreaterThan(0);
    const reportLink = await page.getAttribute('#details .report-links a', 'href');
    expect(reportLink).toBe('/reports/csto.html');
    expect((await page.request.get(`${orgraph.url}${reportLink}`)).status()).toBe(200);
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-details.png') });
  });

  it('serves a working GraphiQL at /graphql, with no asset from outside', async () => {
    const outside: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(orgraph.url)) outside.push(request.url());
    });
    await page.goto(`${orgraph.url}/graphql`);
    await page.waitForSelector('.graphiql-container', { timeout: 20_000 });
    expect(outside).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'graphiql.png') });
  });
});
