/**
 * `npm run bench:client -- [--sizes 1000,5000,20000] [--webgl no] [--explorer <url>]`
 *
 * Loads synthetic graphs into Cytoscape in headless Chromium (Debian's chromium, driven by
 * playwright-core) the way the explorer does, and prints for each size and renderer (canvas, and
 * WebGL where the browser offers it): the time to first render, the fcose layout time, and frame
 * times while panning. Sizes count elements (nodes + edges, one third nodes).
 */
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../client/test/support-browser';
import { repoRoot } from '../server/src/config';

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
}

const SCRIPTS = ['cytoscape/dist/cytoscape.min.js', 'layout-base/layout-base.js', 'cose-base/cose-base.js', 'cytoscape-fcose/cytoscape-fcose.js'];

interface Result {
  firstRenderMs: number;
  layoutMs: number | null;
  frameMeanMs: number;
  frameP95Ms: number;
  webgl: boolean;
}

/** Runs in the page: builds a graph of `size` elements, renders, lays out, pans for two seconds. */
async function measureInPage(args: { size: number; webgl: boolean; layoutLimitMs: number }): Promise<Result> {
  const cytoscape = (window as any).cytoscape;
  document.body.innerHTML = '<div id="cy" style="width:1200px;height:800px"></div>';
  const nodes = Math.round(args.size / 3);
  const edges = args.size - nodes;
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const kinds = ['ORGANIZATION', 'STATE', 'PERSON', 'EVENT', 'INITIATIVE'];
  const elements: any[] = [];
  for (let i = 0; i < nodes; i++) {
    elements.push({ group: 'nodes', data: { id: `n${i}`, name: `Entity ${i}`, kind: kinds[i % kinds.length] }, position: { x: random() * 4000, y: random() * 4000 } });
  }
  for (let i = 0; i < edges; i++) {
    // Preferential attachment-ish: low ids are hubs, as organizations are.
    const a = Math.floor(random() * random() * nodes);
    const b = Math.floor(random() * nodes);
    elements.push({ group: 'edges', data: { id: `e${i}`, source: `n${a}`, target: `n${b}`, type: 'MEMBER_OF' } });
  }
  const started = performance.now();
  const cy = cytoscape({
    container: document.getElementById('cy'),
    elements,
    layout: { name: 'preset' },
    style: [
      { selector: 'node', style: { label: 'data(name)', 'font-size': 11, 'min-zoomed-font-size': 7, width: 20, height: 20, 'background-color': '#2f6fdf' } },
      { selector: 'edge', style: { width: 1, 'line-color': '#a8b1c2', 'target-arrow-shape': 'triangle', 'curve-style': args.webgl ? 'straight' : 'bezier' } },
    ],
    ...(args.webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
  });
  // Cytoscape draws in its own animation frame. The WebGL renderer emits no "render" event (waiting
  // for one is why earlier runs saw no WebGL result), so the first render is the second frame after
  // creation, for both renderers alike.
  await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
  const firstRenderMs = performance.now() - started;
  const webgl = Boolean(cy.renderer()?.webgl);

  let layoutMs: number | null = null;
  const layoutStart = performance.now();
  const finished = await Promise.race([
    new Promise<boolean>((resolve) => {
      const layout = cy.layout({ name: 'fcose', animate: false, randomize: true, quality: args.size > 5000 ? 'draft' : 'default' });
      layout.one('layoutstop', () => resolve(true));
      layout.run();
    }),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), args.layoutLimitMs)),
  ]);
  if (finished) layoutMs = performance.now() - layoutStart;
  cy.fit();

  const frames: number[] = [];
  await new Promise<void>((resolve) => {
    let last = performance.now();
    const until = last + 2000;
    const step = () => {
      const now = performance.now();
      frames.push(now - last);
      last = now;
      cy.panBy({ x: 3, y: 2 });
      if (now < until) requestAnimationFrame(step);
      else resolve();
    };
    requestAnimationFrame(step);
  });
  frames.sort((x, y) => x - y);
  cy.destroy();
  return {
    firstRenderMs,
    layoutMs,
    frameMeanMs: frames.reduce((sum, f) => sum + f, 0) / frames.length,
    frameP95Ms: frames[Math.floor(frames.length * 0.95)]!,
    webgl,
  };
}

async function openPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.setContent('<!doctype html><html><body></body></html>');
  // tsx compiles functions with a __name helper that the page, where measureInPage runs, lacks.
  await page.evaluate('window.__name = (target) => target');
  for (const script of SCRIPTS) await page.addScriptTag({ path: path.join(repoRoot, 'node_modules', script) });
  return page;
}

/** One browser per measurement: software WebGL can take the whole browser down, and must not take the run with it. */
async function measure(size: number, webgl: boolean): Promise<Result | Error> {
  const browser = await launchChromium();
  try {
    const page = await openPage(browser);
    const limit = new Promise<Error>((resolve) => setTimeout(() => resolve(new Error('no result within 4 minutes')), 240_000).unref());
    return await Promise.race([page.evaluate(measureInPage, { size, webgl, layoutLimitMs: 120_000 }), limit]);
  } catch (error) {
    return error as Error;
  } finally {
    await browser.close().catch(() => undefined);
  }
}

/** With --explorer <url>: how long the real explorer takes from navigation to the CSTO graph drawn, five times. */
async function explorerLoad(url: string): Promise<void> {
  const browser = await launchChromium();
  try {
    const times: number[] = [];
    for (let i = 0; i < 6; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const started = Date.now();
      await page.goto(url);
      await page.waitForFunction(() => window.orgraph !== undefined);
      await page.evaluate(() => window.orgraph.ready);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
      if (i > 0) times.push(Date.now() - started); // the first load warms the server's caches
      await page.close();
    }
    times.sort((a, b) => a - b);
    console.log(`Explorer at ${url}: CSTO graph on screen ${times.map((t) => `${t} ms`).join(', ')} after navigation (median ${times[2]} ms)`);

    // Expanding: a double-click on each of a few entities, timed by the explorer's own marks from the
    // API's answer to the next frame drawn and to the end of the (animated) layout.
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url);
    await page.waitForFunction(() => window.orgraph !== undefined);
    await page.evaluate(() => window.orgraph.ready);
    const redraw: number[] = [];
    const settled: number[] = [];
    for (const id of ['icmec', 'russia', 'tajik-afghan-border-programme', 'kazakhstan', 'bishkek-session-2025']) {
      const position = await page.evaluate((nodeId) => window.orgraph.cy.getElementById(nodeId).nonempty() && window.orgraph.cy.getElementById(nodeId).renderedPosition(), id);
      if (!position) continue;
      const box = (await page.locator('#graph').boundingBox())!;
      await page.evaluate(() => performance.clearMeasures());
      await page.mouse.dblclick(box.x + position.x, box.y + position.y);
      const marks = await page
        .waitForFunction(
          () => {
            // No helper function here: tsx would wrap it in a __name call the page does not have.
            const redrawn = performance.getEntriesByName('orgraph:expand-redraw', 'measure')[0]?.duration;
            const settledAt = performance.getEntriesByName('orgraph:expand-settled', 'measure')[0]?.duration;
            return redrawn !== undefined && settledAt !== undefined ? [redrawn, settledAt] : false;
          },
          undefined,
          { timeout: 10_000 },
        )
        .then((handle) => handle.jsonValue() as Promise<[number, number]>)
        .catch(() => null);
      if (!marks) continue; // nothing new to add: no layout ran
      redraw.push(marks[0]);
      settled.push(marks[1]);
      // In braces: returning Cytoscape's core would serialize the whole graph back here.
      await page.evaluate(() => {
        window.orgraph.cy.fit();
      });
    }
    const list = (values: number[]) => values.map((v) => `${v.toFixed(0)} ms`).join(', ');
    console.log(`Expanding ${redraw.length} entities: redrawn ${list(redraw)} after the API's answer; layout settled after ${list(settled)}`);
  } finally {
    await browser.close();
  }
}

async function main() {
  const explorer = option('explorer', '');
  if (explorer) return explorerLoad(explorer);
  const sizes = option('sizes', '1000,5000,20000').split(',').map(Number);
  const tryWebgl = option('webgl', 'yes') !== 'no';
  const browser = await launchChromium();
  const page = await openPage(browser);
  const webglAvailable = await page.evaluate(() => Boolean(document.createElement('canvas').getContext('webgl2')));
  const version = await page.evaluate(() => (window as any).cytoscape.version as string);
  console.log(`\nOrgraph explorer benchmark: Cytoscape ${version} in headless Chromium ${browser.version()}`);
  await browser.close();
  console.log(`Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; WebGL2 in this browser: ${webglAvailable ? 'yes' : 'no'}\n`);
  console.log('| elements | renderer | first render ms | fcose layout ms | frame mean ms (pan) | frame p95 ms (pan) |');
  console.log('|---|---|---|---|---|---|');
  for (const size of sizes) {
    for (const webgl of webglAvailable && tryWebgl ? [false, true] : [false]) {
      const result = await measure(size, webgl);
      if (result instanceof Error) {
        console.log(`| ${size} | ${webgl ? 'WebGL' : 'canvas'} | failed: ${result.message.split('\n')[0]} | | | |`);
        continue;
      }
      const renderer = webgl ? (result.webgl ? 'WebGL' : 'WebGL asked, canvas used') : 'canvas';
      const f = (n: number | null) => (n === null ? '> 120000 (stopped)' : n.toFixed(0));
      console.log(`| ${size} | ${renderer} | ${f(result.firstRenderMs)} | ${f(result.layoutMs)} | ${result.frameMeanMs.toFixed(1)} | ${result.frameP95Ms.toFixed(1)} |`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
