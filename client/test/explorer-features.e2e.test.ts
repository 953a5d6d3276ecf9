import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS } from './support-browser';
import { explorerSuite, openExplorer, pagePoint, settle as settleIn, visibleIds } from './support-explorer';

const suite = explorerSuite();
let page: Page;
beforeEach(() => {
  page = suite.page;
});

const open = (query = '') => openExplorer(page, suite.url, query);

/**
 * Ids of the nodes (or edges) Cytoscape shows right now, by its own `visible()`: the explorer keeps
 * that true at once after each change (Cytoscape alone would update it only at the next frame).
 */
const visible = (what: 'nodes' | 'edges') => visibleIds(page, what);
const exists = (id: string) => page.evaluate((nodeId) => window.orgraph.cy.getElementById(nodeId).nonempty(), id);
const pointAt = (id: string) => pagePoint(page, id);
const settle = () => settleIn(page);

/** Whether Cytoscape draws with its WebGL renderer (a property @types/cytoscape does not know). */
const usesWebgl = () => page.evaluate(() => Boolean((window.orgraph.cy as unknown as { renderer(): { webgl?: boolean } }).renderer().webgl));

describe('exploring the CSTO graph in the browser', () => {
  it('searches in any script, chooses with the keyboard and centres the graph on the choice', async () => {
    await open();
    await page.fill('#search', 'tajik afghan');
    await page.waitForSelector('#search-results li');
    expect(await page.textContent('#search-results li')).toContain('Interstate targeted programme to strengthen the Tajik-Afghan border');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.orgraph.cy.$('node.focus').id() === 'tajik-afghan-border-programme');
    await settle();
    expect(new URL(page.url()).searchParams.get('focus')).toBe('tajik-afghan-border-programme');
    expect(await visible('nodes')).toEqual(expect.arrayContaining(['tajikistan', 'interstate-program', 'astana-session-2024']));
  });

  it('expands a node by double-click next to its parent, and undoes it', async () => {
    await open();
    expect(await exists('interstate-program')).toBe(false);
    const before = await page.evaluate(() => window.orgraph.cy.getElementById('russia').position());
    const at = await pointAt('icmec');
    await page.mouse.dblclick(at.x, at.y);
    await page.waitForFunction(() => window.orgraph.cy.getElementById('interstate-program').nonempty());
    // The step is recorded (URL, Undo) once the new nodes' layout is over, which a loaded machine makes slower than settle()'s pause.
    await page.waitForFunction(() => new URL(location.href).searchParams.get('expanded') === 'icmec');
    expect(new URL(page.url()).searchParams.get('expanded')).toBe('icmec');
    // What was on screen stayed where it was.
    expect(await page.evaluate(() => window.orgraph.cy.getElementById('russia').position())).toEqual(before);
    await page.click('#undo');
    expect(await exists('interstate-program')).toBe(false);
  });

  it('expands by relationship type from the context menu, and hides a node', async () => {
    await open('?focus=bishkek-session-2025');
    const at = await pointAt('vladimir-putin');
    await page.mouse.click(at.x, at.y, { button: 'right' });
    await page.waitForSelector('#menu button:has-text("Expand holds position")');
    await page.click('#menu button:has-text("Expand holds position")');
    await page.waitForFunction(() => window.orgraph.cy.getElementById('vladimir-putin.holds-position.russia').nonempty());
    expect(await exists('russia-chairmanship-programme-2026')).toBe(false);
    // The expansion's layout moves nodes: point at Putin where he ends up, not where he was passing.
    await settle();
    const again = await pointAt('vladimir-putin');
    await page.mouse.click(again.x, again.y, { button: 'right' });
    await page.click('#menu button:has-text("Hide")');
    expect(await visible('nodes')).not.toContain('vladimir-putin');
  });

  it('filters by entity kind and relationship type from the legend, with counts', async () => {
    await open();
    const stateCount = await page.textContent('#legend input[value="STATE"] ~ .count');
    expect(Number(stateCount)).toBeGreaterThanOrEqual(9);
    await page.uncheck('#legend input[value="STATE"]');
    expect((await visible('nodes')).filter((id) => ['russia', 'belarus', 'armenia'].includes(id))).toEqual([]);
    expect(new URL(page.url()).searchParams.get('hideKinds')).toBe('STATE');
    await page.check('#legend input[value="STATE"]');
    await page.uncheck('#legend input[value="PART_OF"]');
    expect(await visible('edges')).not.toContain('icmec.part-of.csto.2005-06-23');
  });

  it('shows the graph as of a date: Uzbekistan comes and goes, Armenia’s participation frozen from 2024', async () => {
    await open();
    await page.fill('#as-of', '2010');
    await page.press('#as-of', 'Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('asOf') === '2010');
    let edges = await visible('edges');
    const former = () => page.evaluate(() => window.orgraph.cy.$('.t-former').map((element) => element.id()));
    expect(edges).toContain('uzbekistan.member-of.csto.2006-06-23');
    // Its first membership ended in 1999: drawn as former (greyed), not hidden.
    expect(edges).toContain('uzbekistan.member-of.csto.1992-05-15');
    expect(await former()).toContain('uzbekistan.member-of.csto.1992-05-15');
    expect(await former()).not.toContain('uzbekistan.member-of.csto.2006-06-23');
    expect(edges).not.toContain('armenia.member-of.csto.2024-02');
    await page.fill('#as-of', '2015');
    await page.press('#as-of', 'Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('asOf') === '2015');
    // A former member by 2015: shown greyed with its ended memberships.
    expect(await visible('nodes')).toContain('uzbekistan');
    expect(await former()).toEqual(expect.arrayContaining(['uzbekistan', 'uzbekistan.member-of.csto.2006-06-23', 'uzbekistan.member-of.csto.2012-06-28']));
    await page.fill('#year', '2025');
    await page.dispatchEvent('#year', 'input');
    edges = await visible('edges');
    expect(edges).toContain('armenia.member-of.csto.2024-02');
    expect(await page.inputValue('#as-of')).toBe('2025');
    expect(new URL(page.url()).searchParams.get('asOf')).toBe('2025');
    await page.click('#any-date');
    expect(await visible('nodes')).toContain('uzbekistan');
  });

  it('finds and highlights the shortest paths between two entities, with the evidence per hop', async () => {
    await open();
    const from = await pointAt('belarus');
    await page.mouse.click(from.x, from.y, { button: 'right' });
    await page.click('#menu button:has-text("Paths from here")');
    const to = await pointAt('icmec');
    await page.mouse.click(to.x, to.y, { button: 'right' });
    await page.click('#menu button:has-text("Paths from Belarus to here")');
    await page.waitForFunction(() => document.querySelector('#details h2')?.textContent?.includes('↔'));
    expect(await page.textContent('#details h2')).toBe('Belarus ↔ Interstate Commission for Military-Economic Cooperation');
    expect(await page.locator('#details ol.hops li').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('#details ol.hops ol.citations li').count()).toBeGreaterThanOrEqual(2);
    const onPath = await page.evaluate(() => window.orgraph.cy.$('.on-path').map((element) => element.id()));
    expect(onPath).toEqual(expect.arrayContaining(['belarus', 'icmec', 'csto']));
  });

  it('finds paths between two entities chosen by search in the Paths form, loaded or not, by keyboard', async () => {
    await open();
    await page.click('#paths');
    // "From" starts as the selected entity; the focus waits in "To".
    expect(await page.inputValue('#path-from')).toBe('Collective Security Treaty Organization');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('path-to');
    expect(await exists('andrey-serdyukov')).toBe(false);
    expect(await exists('denis-manturov')).toBe(false);
    const choose = async (box: string, text: string, name: string) => {
      await page.fill(box, text);
      await page.waitForSelector(`${box}-results li:has-text("${name}")`);
      await page.press(box, 'Enter');
      expect(await page.inputValue(box)).toBe(name);
    };
    await choose('#path-from', 'Сердюков', 'Andrey Serdyukov');
    expect(await page.isDisabled('.path-form button[type=submit]')).toBe(true);
    await choose('#path-to', 'manturov', 'Denis Manturov');
    // Chosen with Enter in the last box: the focus is on the button, and Enter finds the paths.
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#details h2')?.textContent?.includes('↔'));
    expect(await page.textContent('#details h2')).toBe('Andrey Serdyukov ↔ Denis Manturov');
    const onPath = await page.evaluate(() => window.orgraph.cy.$('.on-path').map((element) => element.id()));
    expect(onPath).toEqual(expect.arrayContaining(['andrey-serdyukov', 'csto-joint-staff', 'csto', 'icmec', 'denis-manturov']));
    expect(await visible('nodes')).toEqual(expect.arrayContaining(['andrey-serdyukov', 'denis-manturov']));
    expect(await page.locator('#details ol.hops ol.citations li').count()).toBeGreaterThanOrEqual(4);
  });

  it('restores a shared view from the URL', async () => {
    await open('?focus=icmec&expanded=interstate-program&asOf=2026&layout=concentric&hideKinds=TOPIC');
    expect(await exists('tajik-afghan-border-programme')).toBe(true);
    expect(await page.inputValue('#as-of')).toBe('2026');
    expect(await page.inputValue('#layout')).toBe('concentric');
    expect(await visible('nodes')).not.toContain('military-economic-cooperation');
    expect(await page.isChecked('#legend input[value="TOPIC"]')).toBe(false);
  });

  it('draws with the WebGL renderer when the view asks for it, and switches back from the toolbar', async () => {
    await open('?focus=csto&renderer=webgl');
    expect(await usesWebgl()).toBe(true);
    expect(await page.inputValue('#renderer')).toBe('webgl');
    expect(await visible('nodes')).toEqual(expect.arrayContaining(['csto', 'russia', 'icmec']));
    // The WebGL canvas draws the graph: the picture differs from the same area with every element hidden.
    const drawn = await page.locator('#graph').screenshot();
    // In braces: the collection returned would be serialized back to the test, which takes seconds.
    await page.evaluate(() => {
      window.orgraph.cy.elements().addClass('hidden');
    });
    await page.waitForTimeout(500);
    const empty = await page.locator('#graph').screenshot();
    expect(drawn.equals(empty)).toBe(false);
    await Promise.all([page.waitForURL((url) => !url.searchParams.has('renderer')), page.selectOption('#renderer', 'canvas')]);
    await page.waitForFunction(() => window.orgraph !== undefined);
    await page.evaluate(() => window.orgraph.ready);
    expect(await usesWebgl()).toBe(false);
  });

  it('exports the picture and the visible graph', async () => {
    await open();
    const save = async (format: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-export="${format}"]`)]);
      const file = path.join(ARTIFACTS, download.suggestedFilename());
      await download.saveAs(file);
      return fs.readFileSync(file);
    };
    const json = JSON.parse((await save('json')).toString('utf8'));
    expect(json.nodes.map((node: { id: string }) => node.id)).toContain('csto');
    expect(json.edges[0].citations.length).toBeGreaterThan(0);
    expect((await save('csv')).toString('utf8').split('\r\n')[0]).toBe('"id","from_id","from_name","type","to_id","to_name","since","until","status","role","sources","quotes","release","as_of"');
    expect((await save('png')).subarray(1, 4).toString('ascii')).toBe('PNG');
    expect((await save('svg')).toString('utf8')).toContain('<svg');
  });

  it('keeps the context menu inside the window, even for a node in a corner', async () => {
    await open();
    await page.evaluate(() => {
      const cy = window.orgraph.cy;
      const node = cy.getElementById('russia');
      // Put the node at the bottom left corner of the graph's area (the minimap has the right one).
      cy.pan({ x: 20 - node.position('x') * cy.zoom(), y: cy.height() - 10 - node.position('y') * cy.zoom() });
    });
    const at = await pointAt('russia');
    await page.mouse.click(at.x, at.y, { button: 'right' });
    await page.waitForSelector('#menu button:has-text("Hide")');
    const box = (await page.locator('#menu').boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    await page.click('#menu button:has-text("Hide")');
    expect(await visible('nodes')).not.toContain('russia');
  });

  it('is usable by keyboard alone: Tab reaches the graph, arrows select, keys expand, open the menu, hide and pin', async () => {
    await open();
    const selected = () => page.evaluate(() => window.orgraph.cy.$(':selected').map((element) => element.id()));
    const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent || '');

    // From the search box, Tab goes through the tools and the legend to the graph.
    await page.keyboard.press('/');
    let tabs = 0;
    while ((await focused()) !== 'graph' && tabs < 80) {
      await page.keyboard.press('Tab');
      tabs += 1;
    }
    expect(await focused()).toBe('graph');

    // The focus entity starts selected; an arrow moves to the nearest entity that way and shows it.
    expect(await selected()).toEqual(['csto']);
    await page.keyboard.press('ArrowRight');
    const [moved] = await selected();
    expect(moved).not.toBe('csto');
    const x = (id: string) => page.evaluate((nodeId) => window.orgraph.cy.getElementById(nodeId).position('x'), id);
    expect(await x(moved!)).toBeGreaterThan(await x('csto'));
    const name = await page.evaluate((id) => window.orgraph.cy.getElementById(id).data('name') as string, moved!);
    expect(await page.textContent('#details h2')).toBe(name);
    expect(await page.textContent('#announce')).toContain(name);

    // "]" goes through the entity's relationships, each with its evidence.
    await page.keyboard.press(']');
    const [edge] = await selected();
    expect(await page.evaluate(([edgeId, nodeId]) => window.orgraph.cy.getElementById(edgeId!).connectedNodes().map((n) => n.id()).includes(nodeId!), [edge, moved])).toBe(true);
    expect(await page.locator('#details ol.citations li').count()).toBeGreaterThan(0);

    // Shift+F10 opens the menu with its first item focused; arrows move; Escape goes back to the graph.
    await page.keyboard.press('Shift+F10');
    await page.waitForSelector('#menu:not([hidden])');
    expect(await focused()).toBe('Expand all neighbours');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).not.toBe('Expand all neighbours');
    await page.keyboard.press('Escape');
    expect(await page.isHidden('#menu')).toBe(true);
    expect(await focused()).toBe('graph');

    // Hide from the menu by keyboard, undo with Ctrl+Z; pin with P; Enter expands. The menu's per-type
    // entries are held back until "Hide" has focus: when they arrive, the focus must stay on it.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route) => {
      if (route.request().postData()?.includes('RelationshipTypes')) await held;
      await route.continue();
    });
    await page.keyboard.press('Shift+F10');
    while ((await focused()) !== 'Hide') await page.keyboard.press('ArrowDown');
    release();
    // A per-type entry, such as "Expand part of (1)" ("Expand all neighbours" is there from the start).
    await page.waitForSelector('#menu button:text-matches("^Expand .+ [(][0-9]+[)]$")');
    expect(await focused()).toBe('Hide');
    await page.unroute('**/graphql');
    await page.keyboard.press('Enter');
    expect(await visible('nodes')).not.toContain(moved);
    expect(await focused()).toBe('graph');
    await page.keyboard.press('Control+z');
    expect(await visible('nodes')).toContain(moved);
    await page.keyboard.press('p');
    expect(await page.evaluate((id) => window.orgraph.cy.getElementById(id).locked(), moved!)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => (new URL(location.href).searchParams.get('expanded') ?? '').split(',').includes(id), moved!);
    await page.keyboard.press('Escape');
    expect(await selected()).toEqual([]);

    // "?" lists the keys.
    await page.keyboard.press('?');
    expect(await page.textContent('#details h2')).toBe('Keyboard');
  });

  it('keeps Cytoscape’s own visible() true at once after a filter, a date or a hide, for scripts that drive it', async () => {
    await open();
    // Each change and the read after it run in one task of the page, so no frame is drawn between them:
    // visible() must agree with the classes that hide elements, and the change must have hidden some.
    const agree = (change: 'filter' | 'date' | 'hide') =>
      page.evaluate((what) => {
        const graph = document.getElementById('graph')!;
        if (what === 'filter') (document.querySelector('#legend input[value="STATE"]') as HTMLInputElement).click();
        if (what === 'date') {
          const asOf = document.getElementById('as-of') as HTMLInputElement;
          asOf.value = '2015';
          asOf.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
        }
        if (what === 'hide') {
          window.orgraph.cy.elements().unselect();
          window.orgraph.cy.getElementById('icmec').select();
          graph.dispatchEvent(new KeyboardEvent('keydown', { key: 'h', bubbles: true }));
        }
        const elements = window.orgraph.cy.elements();
        return {
          disagree: elements.filter((element) => element.visible() === element.is('.out-of-time, .filtered, .hidden')).map((element) => element.id()),
          notShown: elements.filter('.out-of-time, .filtered, .hidden').length,
        };
      }, change);
    let before = 0;
    for (const change of ['filter', 'date', 'hide'] as const) {
      const { disagree, notShown } = await agree(change);
      expect({ change, disagree }).toEqual({ change, disagree: [] });
      expect(notShown).toBeGreaterThan(before);
      before = notShown;
    }
  });

  it('shows a minimap of the whole graph once it is large, and not for a small one', async () => {
    await open();
    expect((await visible('nodes')).length).toBeGreaterThan(40);
    expect(await page.isVisible('#minimap')).toBe(true);
    expect(await page.locator('#minimap canvas, #minimap img').count()).toBeGreaterThan(0);
    // Zoomed in, the view is a small part of the minimap: a click elsewhere on it moves the view there.
    await page.evaluate(() => {
      const cy = window.orgraph.cy;
      cy.zoom({ level: cy.zoom() * 4, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    });
    await page.waitForTimeout(300);
    const panBefore = await page.evaluate(() => window.orgraph.cy.pan());
    const box = (await page.locator('#minimap').boundingBox())!;
    await page.mouse.click(box.x + 15, box.y + 15);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.orgraph.cy.pan())).not.toEqual(panBefore);
    // Filtered down to a small graph, the minimap goes; back to the whole graph, it returns.
    const kinds = await page.$$eval('#legend input[data-group="kinds"]', (inputs) => inputs.map((input) => (input as HTMLInputElement).value).filter((kind) => kind !== 'ORGANIZATION'));
    for (const kind of kinds) await page.uncheck(`#legend input[value="${kind}"]`);
    expect((await visible('nodes')).length).toBeLessThanOrEqual(40);
    expect(await page.isVisible('#minimap')).toBe(false);
    for (const kind of kinds) await page.check(`#legend input[value="${kind}"]`);
    expect(await page.isVisible('#minimap')).toBe(true);
    await open('?focus=moldova');
    expect(await page.isVisible('#minimap')).toBe(false);
  });
});
