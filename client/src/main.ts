import { request } from './api';
import { attachMenuKeys, hideMenu, showMenu, type MenuItem } from './context-menu';
import { renderEdge, renderKeys, renderNode, renderPaths } from './details';
import { exportView } from './exports';
import { applyFilters, renderLegend } from './filters';
import { addSubgraph, createGraph, relayout, restyleNow, shown, type GraphEdge, type GraphNode, type Subgraph } from './graph-view';
import { attachGraphKeyboard, GRAPH_KEYS, type GraphElement } from './graph-keyboard';
import { History } from './history';
import { attachMinimap } from './minimap';
import { renderPathForm } from './path-form';
import { NeighbourhoodQuery, PathsQuery, RelationshipTypesQuery } from './queries';
import { attachSearch } from './search-box';
import { showMentionedIn } from './review/mentioned-in';
import { attachReview } from './review/panel';
import { applyTime, parseAsOf } from './time-filter';
import { LAYOUTS, readView, RENDERERS, writeView, type LayoutName, type RendererName, type ViewState } from './view-state';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = $('status');
const details = $('details');
const legend = $('legend');
const menu = $('menu');
const asOfInput = $<HTMLInputElement>('as-of');
const yearSlider = $<HTMLInputElement>('year');
const layoutSelect = $<HTMLSelectElement>('layout');
const undoButton = $<HTMLButtonElement>('undo');

const report = (message: string) => {
  status.textContent = message;
};
// For screen readers: what the keyboard selected (the visible status line is for messages).
const announce = (message: string) => {
  $('announce').textContent = message;
};

let view: ViewState = readView(location.search);
const cy = createGraph($('graph'), view.renderer === 'webgl');
const updateMinimap = attachMinimap(cy, $('minimap'));
const history = new History(cy);
let pathStart: string | null = null;

const names = (id: string) => (cy.getElementById(id).data('name') as string | undefined) ?? id;

function saveView(): void {
  history.canUndo ? undoButton.removeAttribute('disabled') : undoButton.setAttribute('disabled', '');
  window.history.replaceState(null, '', `${location.pathname}${writeView(view)}`);
}

/** Re-applies what decides visibility: the date, the filters; then the legend's counts. */
function refresh(): void {
  const asOf = view.asOf ? parseAsOf(view.asOf) : null;
  applyTime(cy, typeof asOf === 'string' ? null : asOf, view.focus);
  applyFilters(cy, view.hiddenKinds, view.hiddenTypes);
  cy.nodes().removeClass('focus');
  cy.getElementById(view.focus).addClass('focus');
  restyleNow(cy.elements());
  updateMinimap();
  renderLegend(legend, cy, { kinds: view.hiddenKinds, types: view.hiddenTypes }, (hidden) => {
    view = { ...view, hiddenKinds: hidden.kinds, hiddenTypes: hidden.types };
    refresh();
    saveView();
  });
}

async function neighbourhood(id: string, types: string[] | null = null): Promise<Subgraph | null> {
  report('Loading…');
  try {
    const data = await request(NeighbourhoodQuery, { id, depth: 1, types, limit: 300 });
    report(data.neighbourhood.truncated ? `Showing the first 300 neighbours of ${names(id)}; the rest were left out.` : '');
    return data.neighbourhood;
  } catch (error) {
    report((error as Error).message);
    return null;
  }
}

/** Adds the neighbours of `id` (of some relationship types, or all) beside it. */
async function expand(id: string, types: string[] | null = null): Promise<void> {
  const subgraph = await neighbourhood(id, types);
  if (!subgraph) return;
  // Measured by bench:client: from the API's answer to the next frame drawn, and to the layout's end.
  const answered = performance.now();
  const settled = () => void performance.measure('orgraph:expand-settled', { start: answered });
  cy.one('layoutstop', settled);
  history.remember(view.expanded);
  const fresh = addSubgraph(cy, subgraph, id, view.layout);
  // Nothing new, no layout: the listener must not wait for (and mistime) a later one.
  if (fresh.empty()) cy.off('layoutstop', settled);
  requestAnimationFrame(() => performance.measure('orgraph:expand-redraw', { start: answered }));
  if (!view.expanded.includes(id) && types === null) view = { ...view, expanded: [...view.expanded, id] };
  refresh();
  saveView();
  if (fresh.empty()) report(`No new neighbours for ${names(id)}.`);
}

/** Starts again from one entity (a search result, or the URL). */
async function focusOn(id: string, expanded: string[] = []): Promise<void> {
  const subgraph = await neighbourhood(id);
  if (!subgraph) return;
  cy.elements().remove();
  view = { ...view, focus: id, expanded: [] };
  addSubgraph(cy, subgraph, null, view.layout);
  for (const other of expanded) {
    const more = await neighbourhood(other);
    if (more) addSubgraph(cy, more, other, view.layout);
    view = { ...view, expanded: [...view.expanded, other] };
  }
  if (expanded.length) relayout(cy, view.layout);
  refresh();
  saveView();
  cy.getElementById(id).select();
  const node = cy.getElementById(id);
  if (node.nonempty()) renderNode(details, node.data() as GraphNode, view.asOf);
  if (node.nonempty()) mentionedIn(id);
}

function togglePin(id: string): void {
  const node = cy.getElementById(id);
  node.toggleClass('pinned');
  node.hasClass('pinned') ? node.lock() : node.unlock();
  announce(`${names(id)} ${node.hasClass('pinned') ? 'pinned' : 'unpinned'}.`);
}

function hide(id: string): void {
  history.remember(view.expanded);
  const node = cy.getElementById(id);
  const hidden = node.union(node.connectedEdges()).addClass('hidden');
  restyleNow(hidden);
  saveView();
}

/** Removes the neighbours that only this node brought in (those with no other visible neighbour). */
function collapse(id: string): void {
  history.remember(view.expanded);
  const node = cy.getElementById(id);
  const leaves = node.neighborhood('node').filter((other) => other.id() !== view.focus && other.neighborhood('node').difference(node).empty());
  cy.remove(leaves);
  view = { ...view, expanded: view.expanded.filter((other) => other !== id) };
  refresh();
  saveView();
}

async function showPaths(from: string, to: string): Promise<void> {
  report('Finding paths…');
  try {
    const data = await request(PathsQuery, { from, to, first: 3 });
    history.remember(view.expanded);
    cy.elements().removeClass('on-path faded');
    for (const path of data.paths) addSubgraph(cy, { nodes: path.nodes, edges: path.hops }, from, view.layout);
    refresh();
    const onPath = cy.collection();
    for (const path of data.paths) {
      for (const node of path.nodes) onPath.merge(cy.getElementById(node.id));
      for (const hop of path.hops) onPath.merge(cy.getElementById(hop.id));
    }
    if (onPath.nonempty()) {
      onPath.addClass('on-path');
      cy.elements().difference(onPath).addClass('faded');
    }
    renderPaths(details, from, to, data.paths, names);
    report(data.paths.length ? '' : `No path between ${names(from)} and ${names(to)}.`);
    saveView();
  } catch (error) {
    report((error as Error).message);
  }
}

async function openMenu(id: string, at: { x: number; y: number }): Promise<void> {
  const node = cy.getElementById(id);
  const items: MenuItem[] = [
    { label: 'Expand all neighbours', action: () => void expand(id) },
    { label: node.hasClass('pinned') ? 'Unpin' : 'Pin in place', action: () => togglePin(id) },
    { label: 'Hide', action: () => hide(id) },
    { label: 'Collapse its neighbours', action: () => collapse(id) },
    { label: 'Focus here (start from it)', action: () => void focusOn(id) },
    pathStart && pathStart !== id
      ? { label: `Paths from ${names(pathStart)} to here`, action: () => void showPaths(pathStart!, id).then(() => (pathStart = null)) }
      : { label: 'Paths from here…', action: () => ((pathStart = id), report(`Now right-click another entity and choose “Paths from ${names(id)} to here”.`)) },
  ];
  showMenu(menu, at, names(id), items);
  try {
    const data = await request(RelationshipTypesQuery, { id });
    const counts = new Map<string, number>();
    for (const edge of data.entity?.relationships.edges ?? []) counts.set(edge.node.type, (counts.get(edge.node.type) ?? 0) + 1);
    const byType: MenuItem[] = [...counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([type, count]) => ({ label: `Expand ${type.replace(/_/g, ' ').toLowerCase()} (${count})`, action: () => void expand(id, [type]) }));
    if (!menu.hidden) showMenu(menu, at, names(id), [items[0]!, ...byType, ...items.slice(1)]);
  } catch {
    /* the menu works without the per-type entries */
  }
}

function setAsOf(text: string | null): void {
  if (text !== null) {
    const parsed = parseAsOf(text);
    if (typeof parsed === 'string') {
      report(`As of: ${parsed}`);
      return;
    }
  }
  view = { ...view, asOf: text };
  asOfInput.value = text ?? '';
  yearSlider.value = text ? text.slice(0, 4) : yearSlider.max;
  report('');
  refresh();
  saveView();
}

let playing: ReturnType<typeof setInterval> | null = null;
function play(): void {
  const button = $('play');
  if (playing) {
    clearInterval(playing);
    playing = null;
    button.textContent = '▶ Play';
    return;
  }
  let year = view.asOf ? Number(view.asOf.slice(0, 4)) : 1992;
  if (year >= Number(yearSlider.max)) year = 1992;
  button.textContent = '❚❚ Pause';
  playing = setInterval(() => {
    setAsOf(String(year));
    year += 1;
    if (year > new Date().getFullYear() + 1) play();
  }, 700);
}

// Graph events.
const showDetails = (element: GraphElement) => {
  if (element.isNode()) renderNode(details, element.data() as GraphNode, view.asOf);
  else renderEdge(details, element.data() as GraphEdge, names);
  if (element.isNode()) mentionedIn(element.id());
};
cy.on('tap', 'node, edge', (event) => showDetails(event.target));
cy.on('tap', (event) => {
  hideMenu(menu);
  if (event.target === cy) cy.elements().removeClass('on-path faded');
});
cy.on('dbltap', 'node', (event) => void expand(event.target.id()));
cy.on('cxttap', 'node', (event) => {
  const box = $('graph').getBoundingClientRect();
  void openMenu(event.target.id(), { x: box.left + event.renderedPosition.x, y: box.top + event.renderedPosition.y });
});

// Toolbar.
const rendererSelect = $<HTMLSelectElement>('renderer');
rendererSelect.value = view.renderer;
// The renderer is chosen when the graph is created: the page reloads the same view with the other one.
rendererSelect.addEventListener('change', () => {
  view = { ...view, renderer: (RENDERERS as readonly string[]).includes(rendererSelect.value) ? (rendererSelect.value as RendererName) : 'canvas' };
  location.search = writeView(view);
});
layoutSelect.value = view.layout;
layoutSelect.addEventListener('change', () => {
  view = { ...view, layout: (LAYOUTS as readonly string[]).includes(layoutSelect.value) ? (layoutSelect.value as LayoutName) : 'fcose' };
  relayout(cy, view.layout, true);
  saveView();
});
$('fit').addEventListener('click', () => cy.fit(shown(cy), 30));
$('zoom-in').addEventListener('click', () => cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }));
$('zoom-out').addEventListener('click', () => cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }));
const undo = () => {
  const expanded = history.undo();
  if (expanded) {
    view = { ...view, expanded };
    refresh();
    saveView();
  }
};
undoButton.addEventListener('click', undo);
asOfInput.value = view.asOf ?? '';
asOfInput.addEventListener('change', () => setAsOf(asOfInput.value.trim() || null));
// Enter applies the date at once, rather than whenever the browser gets round to a change event.
asOfInput.addEventListener('keydown', (event) => {
  if (event.key === 'Enter') setAsOf(asOfInput.value.trim() || null);
});
yearSlider.value = view.asOf ? view.asOf.slice(0, 4) : yearSlider.max;
yearSlider.addEventListener('input', () => setAsOf(yearSlider.value === yearSlider.max ? null : yearSlider.value));
$('play').addEventListener('click', play);
$('any-date').addEventListener('click', () => setAsOf(null));
document.querySelectorAll<HTMLButtonElement>('[data-export]').forEach((button) =>
  button.addEventListener('click', () => exportView(cy, button.dataset.export as 'png' | 'svg' | 'json' | 'csv', `orgraph-${view.focus}`)),
);

// Keyboard: the graph's own keys once it has focus; "/" to search, "?" for the keys, Ctrl+Z to undo.
attachGraphKeyboard(
  cy,
  $('graph'),
  {
    show: showDetails,
    expand: (id) => void expand(id),
    menu: (id, at) => void openMenu(id, at),
    hide,
    collapse,
    togglePin,
  },
  announce,
  () => view.focus,
);
attachMenuKeys(menu);
$('keys').addEventListener('click', () => renderKeys(details, GRAPH_KEYS));
$('paths').addEventListener('click', () => {
  const selected = cy.nodes(':selected').first();
  const start = selected.nonempty() ? selected.id() : view.focus;
  renderPathForm(details, cy.getElementById(start).nonempty() ? { id: start, name: names(start) } : null, (from, to) => void showPaths(from, to), report);
});
document.addEventListener('keydown', (event) => {
  const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement;
  if (event.key === '/' && !typing) {
    event.preventDefault();
    $('search').focus();
  } else if (event.key === '?' && !typing) {
    renderKeys(details, GRAPH_KEYS);
  } else if (event.key === 'Escape') {
    hideMenu(menu);
  } else if ((event.ctrlKey || event.metaKey) && event.key === 'z' && !typing) {
    event.preventDefault();
    undo();
  }
});

attachSearch($<HTMLInputElement>('search'), $<HTMLUListElement>('search-results'), (id) => void focusOn(id), report);

// Sources and review (client/src/review/): "Add source" and "Review" in the toolbar; "Mentioned in" in the details.
const review = attachReview($('toolbar'), {
  async showInGraph(entityId, relationshipId) {
    await focusOn(entityId);
    const edge = cy.getElementById(relationshipId);
    if (edge.empty()) return;
    cy.elements().unselect();
    edge.select();
    showDetails(edge);
  },
});
function mentionedIn(id: string): void {
  void showMentionedIn(details, id, (source) => void review.openSource(source));
}

window.orgraph = { cy, ready: focusOn(view.focus, view.expanded) };
