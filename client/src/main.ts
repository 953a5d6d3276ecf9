import { absenceOf, AbsenceNote, type Absence } from './absence-note';
import { answered, request, type Answered } from './api';
import { ChangesPanel } from './changes-panel';
import { attachMenuKeys, hideMenu, showMenu, type MenuItem } from './context-menu';
import { parseDateInput } from './date-input';
import { renderEdge, renderKeys, renderNode } from './details';
import { showEntityHistory, showRelationshipHistory } from './entity-history';
import { renderRelations, type EntityRelation } from './entity-relations';
import { answeredSpan } from './export-standing';
import { applyFilters, renderLegend } from './filters';
import { addSubgraph, createGraph, GHOSTS, NOT_SHOWN, placeNew, relayout, restyleNow, shown, type GraphEdge, type GraphNode, type Subgraph } from './graph-view';
import { attachGraphKeyboard, GRAPH_KEYS, type GraphElement } from './graph-keyboard';
import { History, type Snapshot } from './history';
import { attachHoverCard } from './hover-card';
import { attachMinimap } from './minimap';
import { Notices } from './notice';
import { renderPathForm } from './path-form';
import { PathHighlight, renderPathList } from './path-list';
import { EntityRelationsQuery, NeighbourhoodQuery, PathsQuery, RelationshipTypesQuery } from './queries';
import { readReleaseFrom } from './reading-release';
import { ReleasePicker } from './release-picker';
import { attachSearch, type RoleHit } from './search-box';
import { renderTable } from './table-view';
import { escapeHtml } from './text';
import { showMentionedIn } from './review/mentioned-in';
import { attachReview } from './review/toolbar';
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
const tableView = $('table-view');
const tableButton = $<HTMLButtonElement>('table');

const notices = new Notices(status);
/** A message in the status line, or beside what it is about (a node of the graph, a button). */
const report = (message: string, near: HTMLElement | { x: number; y: number } | null = null) => notices.say(message, near);
/** Where a node is on the page, to say something beside it. */
const besideNode = (id: string) => {
  const node = cy.getElementById(id);
  if (node.empty()) return null;
  const box = $('graph').getBoundingClientRect();
  const at = node.renderedPosition();
  return { x: box.left + at.x + 16, y: box.top + at.y + 16 };
};
// For screen readers: what the keyboard selected (the visible status line is for messages).
const announce = (message: string) => {
  $('announce').textContent = message;
};

let view: ViewState = readView(location.search);
// Every read is made at the release the view is at (null: the latest).
readReleaseFrom(() => view.release);
const cy = createGraph($('graph'), view.renderer === 'webgl');
const updateMinimap = attachMinimap(cy, $('minimap'));
const history = new History(cy, () => absenceNote.current);
const pathHighlight = new PathHighlight(cy);
let pathStart: string | null = null;

const names = (id: string) => (cy.getElementById(id).data('name') as string | undefined) ?? id;

/**
 * After each step: the Undo button, and the browser's history (a new entry for a step, so that Back
 * and Forward walk the views; the same entry again for a step that only refines the last one).
 */
function saveView(mode: 'push' | 'replace' = 'push'): void {
  history.canUndo ? undoButton.removeAttribute('disabled') : undoButton.setAttribute('disabled', '');
  history.record(view, `${location.pathname}${writeView(view)}`, mode);
}

/** The kind of the last step: a date dragged along the slider is one step, not one per year. */
let lastStep: string | null = null;
/** Before each step: what Undo goes back to. A step like the last one (`merge`) refines it instead. */
function beginStep(kind: string, merge = false): 'push' | 'replace' {
  const refines = merge && lastStep === kind;
  lastStep = kind;
  if (refines) return 'replace';
  history.remember(view);
  return 'push';
}

/** Puts the controls in line with the view (after Undo, Back or Forward). */
function showViewInControls(): void {
  asOfInput.value = view.asOf ?? '';
  yearSlider.value = view.asOf ? view.asOf.slice(0, 4) : yearSlider.max;
  layoutSelect.value = view.layout;
  markDateField(null);
  picker.show(view.release);
}

/** Undo, Back or Forward to a snapshot: the picture exactly as it was. */
function restoreSnapshot(snapshot: Snapshot): void {
  view = history.restore(snapshot);
  lastStep = null;
  // A view whose focus was not there at its release says so again, not a bare graph.
  if (snapshot.absence) absenceNote.show(snapshot.absence, view.release === null);
  else absenceNote.hide();
  showViewInControls();
  refresh();
  details.innerHTML = '';
  const node = cy.getElementById(view.focus);
  if (node.nonempty()) void showEntity(node.data() as GraphNode);
}

/** Whether there is a view to go back to: a graph, or the note that its focus is not there at the release. */
const viewShown = () => cy.nodes().nonempty() || absenceNote.current !== null;

/** Re-applies what decides visibility: the date, the filters; then the legend's counts. */
function refresh(): void {
  const asOf = view.asOf ? parseAsOf(view.asOf) : null;
  applyTime(cy, typeof asOf === 'string' ? null : asOf, view.focus);
  applyFilters(cy, view.hiddenKinds, view.hiddenTypes);
  cy.nodes().removeClass('focus');
  cy.getElementById(view.focus).addClass('focus');
  restyleNow(cy.elements());
  updateMinimap();
  // The legend is drawn again: the checkbox in focus (a keyboard user's) keeps it.
  const focused = legend.contains(document.activeElement) ? (document.activeElement as HTMLInputElement).value : null;
  renderLegend(legend, cy, { kinds: view.hiddenKinds, types: view.hiddenTypes }, (hidden) => {
    const mode = beginStep('filter');
    view = { ...view, hiddenKinds: hidden.kinds, hiddenTypes: hidden.types };
    refresh();
    saveView(mode);
  });
  if (focused) legend.querySelector<HTMLInputElement>(`input[value="${CSS.escape(focused)}"]`)?.focus();
  changes.mark(legend);
  if (!tableView.hidden) renderTable(tableView, cy);
}

/** The neighbours of `id` at the release viewed, and the release that answered; null on an error, said in the status line, or given to `absent` when the entity is not there at that release. */
async function neighbourhood(id: string, types: string[] | null = null, absent?: (absence: Absence) => void): Promise<Answered<Subgraph> | null> {
  report('Loading…');
  try {
    const { data, release } = await answered(NeighbourhoodQuery, { id, depth: 1, types, limit: 300, release: view.release });
    report(data.neighbourhood.truncated ? `Showing the first 300 neighbours of ${names(id)}; the rest were left out.` : '', besideNode(id));
    return { data: data.neighbourhood, release };
  } catch (error) {
    const absence = absenceOf(error);
    if (absence && absent) {
      report('');
      absent(absence);
    } else report((error as Error).message, besideNode(id));
    return null;
  }
}

/** Adds the neighbours of `id` (of some relationship types, or all) beside it. */
async function expand(id: string, types: string[] | null = null): Promise<void> {
  const answer = await neighbourhood(id, types);
  if (!answer) return;
  // Measured by bench:client: from the API's answer to the next frame drawn, and to the layout's end.
  const answered = performance.now();
  const settled = () => void performance.measure('orgraph:expand-settled', { start: answered });
  cy.one('layoutstop', settled);
  const mode = beginStep('expand');
  const fresh = addSubgraph(cy, answer.data, id, answer.release);
  requestAnimationFrame(() => performance.measure('orgraph:expand-redraw', { start: answered }));
  if (!view.expanded.includes(id) && types === null) view = { ...view, expanded: [...view.expanded, id] };
  // The date and the filters first: the layout is given only what is shown.
  refresh();
  const placed = fresh.intersection(shown(cy));
  // Nothing new to place, no layout: the listener must not wait for (and mistime) a later one.
  if (placed.empty()) cy.off('layoutstop', settled);
  await placeNew(cy, fresh, view.layout);
  saveView(mode);
  if (fresh.empty()) report(`No new neighbours for ${names(id)}.`, besideNode(id));
  else if (placed.empty()) report(`${fresh.length} new neighbours of ${names(id)}, all hidden by the date or the filters.`, besideNode(id));
}

/**
 * Starts again from one entity (a search result, or the URL): a step Undo and Back take back, unless
 * `mode` says it rebuilds a view the browser's history already holds.
 */
async function focusOn(id: string, expanded: string[] = [], mode: 'push' | 'replace' | 'rebuild' | 'stepped' = 'push'): Promise<boolean> {
  // Set by the callback (a cast, so that TypeScript does not take it for always null).
  let absence = null as Absence | null;
  const first = await neighbourhood(id, null, (why) => (absence = why));
  if (!first && !absence) return false;
  if (mode === 'push' && viewShown()) beginStep('focus');
  cy.elements().remove();
  view = { ...view, focus: id, expanded: [] };
  if (absence) {
    // Not in the graph at this release (added later, or retired by then): an empty graph that says so,
    // with the way to a release that has it. The view is there all the same (URL, picker, Back).
    details.innerHTML = '';
    refresh();
    // Shown before the view is recorded: the note is part of what Undo and Back restore.
    absenceNote.show(absence, view.release === null);
    if (mode === 'rebuild') undoButton.toggleAttribute('disabled', !history.canUndo);
    else saveView(mode === 'stepped' ? 'push' : mode);
    return true;
  }
  absenceNote.hide();
  addSubgraph(cy, first!.data, null, first!.release);
  for (const other of expanded) {
    const more = await neighbourhood(other);
    if (more) addSubgraph(cy, more.data, other, more.release);
    view = { ...view, expanded: [...view.expanded, other] };
  }
  refresh();
  relayout(cy, view.layout);
  if (mode === 'rebuild') undoButton.toggleAttribute('disabled', !history.canUndo);
  else saveView(mode === 'stepped' ? 'push' : mode);
  cy.getElementById(id).select();
  const node = cy.getElementById(id);
  if (node.nonempty()) showEntity(node.data() as GraphNode);
  return true;
}

/** An entity's details, then its relationships and posts as the API lists them (loaded in the graph or not). */
async function showEntity(node: GraphNode): Promise<void> {
  renderNode(details, node, view.asOf, view.release);
  mentionedIn(node.id);
  void showEntityHistory(details, node.id, view.release);
  const section = details.querySelector<HTMLElement>('.entity-relationships');
  if (!section) return;
  try {
    const data = await request(EntityRelationsQuery, { id: node.id, release: view.release });
    // The panel may show something else by now.
    if (!section.isConnected || !data.entity) return;
    renderRelations(section, node.id, data.entity.relationships.edges.map((edge) => edge.node), data.entity.relationships.totalCount, (relation) => void selectRelation(relation, node.id));
  } catch (error) {
    section.textContent = (error as Error).message;
  }
}

/** Selects a relationship chosen in a panel, adding it (and its other end) to the graph when missing. */
async function selectRelation(relation: EntityRelation, from: string): Promise<void> {
  if (cy.getElementById(relation.id).empty()) {
    const mode = beginStep('add');
    const fresh = addSubgraph(cy, { nodes: [relation.from, relation.to], edges: [relation] }, from);
    cy.getElementById(relation.id).removeClass('hidden');
    refresh();
    await placeNew(cy, fresh, view.layout);
    saveView(mode);
  }
  const edge = cy.getElementById(relation.id);
  cy.elements(':selected').unselect();
  edge.select();
  if (edge.is(NOT_SHOWN)) report('This relationship is hidden by the date or the filters.', besideNode(from));
  else cy.animate({ center: { eles: edge } }, { duration: 200 });
  edgeDetails(edge.data() as GraphEdge);
}

/** A relationship's details, then its history. */
function edgeDetails(edge: GraphEdge): void {
  renderEdge(details, edge, names);
  void showRelationshipHistory(details, edge, view.release);
}

function togglePin(id: string): void {
  const node = cy.getElementById(id);
  node.toggleClass('pinned');
  node.hasClass('pinned') ? node.lock() : node.unlock();
  announce(`${names(id)} ${node.hasClass('pinned') ? 'pinned' : 'unpinned'}.`);
}

function hide(id: string): void {
  const mode = beginStep('hide');
  const node = cy.getElementById(id);
  node.union(node.connectedEdges()).addClass('hidden');
  refresh();
  saveView(mode);
}

/** Removes the neighbours that only this node brought in (those with no other visible neighbour). */
function collapse(id: string): void {
  const mode = beginStep('collapse');
  const node = cy.getElementById(id);
  const leaves = node.neighborhood('node').filter((other) => other.id() !== view.focus && other.neighborhood('node').difference(node).empty());
  cy.remove(leaves);
  view = { ...view, expanded: view.expanded.filter((other) => other !== id) };
  refresh();
  saveView(mode);
}

async function showPaths(from: string, to: string): Promise<void> {
  report('Finding paths…');
  try {
    const data = await request(PathsQuery, { from, to, asOf: view.asOf, release: view.release });
    const mode = beginStep('paths');
    let fresh = cy.collection();
    for (const path of data.paths) {
      fresh = fresh.union(addSubgraph(cy, { nodes: path.nodes, edges: path.steps.flatMap((step) => step.relationships) }, from));
    }
    refresh();
    await placeNew(cy, fresh, view.layout);
    pathHighlight.show(data.paths);
    renderPathList(details, { from, to, names, asOf: view.asOf, release: view.release }, data.paths, pathHighlight);
    report(data.paths.length ? '' : `No path between ${names(from)} and ${names(to)}.`);
    saveView(mode);
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
    const data = await request(RelationshipTypesQuery, { id, release: view.release });
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

/** Marks the date field wrong (the error beside it, aria-invalid) or right again. */
function markDateField(error: string | null): void {
  const message = $('as-of-error');
  message.textContent = error ?? '';
  message.hidden = error === null;
  error === null ? asOfInput.removeAttribute('aria-invalid') : asOfInput.setAttribute('aria-invalid', 'true');
}

/**
 * Shows the graph as of a date, typed as people type dates (01.01.2010, 1 Jan 2010) and shown back in
 * ISO form; a date that is none is refused at the field. The slider's years are one step, not many.
 */
function setAsOf(typed: string | null, source: 'field' | 'slider' | 'play' = 'field'): void {
  let text: string | null = null;
  if (typed !== null) {
    const parsed = parseDateInput(typed);
    if ('error' in parsed || typeof parseAsOf(parsed.iso) === 'string') {
      markDateField('error' in parsed ? parsed.error : String(parseAsOf(parsed.iso)));
      return;
    }
    text = parsed.iso;
  }
  markDateField(null);
  if (text === view.asOf) {
    asOfInput.value = text ?? '';
    return;
  }
  const mode = source === 'play' ? 'replace' : beginStep('date', source === 'slider');
  view = { ...view, asOf: text };
  asOfInput.value = text ?? '';
  yearSlider.value = text ? text.slice(0, 4) : yearSlider.max;
  refresh();
  saveView(mode);
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
  beginStep('date');
  playing = setInterval(() => {
    setAsOf(String(year), 'play');
    year += 1;
    if (year > new Date().getFullYear() + 1) play();
  }, 700);
}

// Graph events.
const showDetails = (element: GraphElement) =>
  element.isNode() ? void showEntity(element.data() as GraphNode) : edgeDetails(element.data() as GraphEdge);
// Ghosts (retired elements "What changed" draws) are not of this release: the panel shows what they were.
cy.on('tap', 'node, edge', (event) => {
  if (!event.target.is(GHOSTS)) showDetails(event.target);
});
cy.on('tap', (event) => {
  hideMenu(menu);
  if (event.target === cy) pathHighlight.clear();
});
cy.on('dbltap', 'node', (event) => {
  if (!event.target.is(GHOSTS)) void expand(event.target.id());
});
cy.on('cxttap', 'node', (event) => {
  if (event.target.is(GHOSTS)) return;
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
  const mode = beginStep('layout');
  view = { ...view, layout: (LAYOUTS as readonly string[]).includes(layoutSelect.value) ? (layoutSelect.value as LayoutName) : 'fcose' };
  relayout(cy, view.layout, true);
  saveView(mode);
});
$('fit').addEventListener('click', () => cy.fit(shown(cy), 30));
$('zoom-in').addEventListener('click', () => cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }));
$('zoom-out').addEventListener('click', () => cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }));
const undo = () => {
  const snapshot = history.undo();
  if (!snapshot) return;
  restoreSnapshot(snapshot);
  saveView('push');
};
// Back and Forward: the picture of that step when it is kept, else the view its URL describes.
window.addEventListener('popstate', (event) => {
  const snapshot = history.entryOf(event.state);
  if (snapshot) {
    restoreSnapshot(snapshot);
    undoButton.toggleAttribute('disabled', !history.canUndo);
    return;
  }
  view = readView(location.search);
  showViewInControls();
  void focusOn(view.focus, view.expanded, 'rebuild');
});
undoButton.addEventListener('click', undo);
asOfInput.value = view.asOf ?? '';
asOfInput.addEventListener('change', () => setAsOf(asOfInput.value.trim() || null));
asOfInput.addEventListener('input', () => {
  if (asOfInput.getAttribute('aria-invalid')) markDateField(null);
});
// Enter applies the date at once, rather than whenever the browser gets round to a change event.
asOfInput.addEventListener('keydown', (event) => {
  if (event.key === 'Enter') setAsOf(asOfInput.value.trim() || null);
});
yearSlider.value = view.asOf ? view.asOf.slice(0, 4) : yearSlider.max;
yearSlider.addEventListener('input', () => setAsOf(yearSlider.value === yearSlider.max ? null : yearSlider.value, 'slider'));
$('play').addEventListener('click', play);
$('any-date').addEventListener('click', () => setAsOf(null));
document.querySelectorAll<HTMLButtonElement>('[data-export]').forEach((button) =>
  button.addEventListener('click', async () => {
    const format = button.dataset.export as 'png' | 'svg' | 'json' | 'csv';
    try {
      const at = view.release === null ? '' : `release ${view.release}`;
      // Export code (and cytoscape-svg) is a chunk of its own, loaded at the first export.
      const { exportView } = await import('./exports');
      // At the latest, the file names the releases that answered the reads shown (a release made since
      // would make the picker's latest too new); the picker's only when the server did not say.
      const span = view.release === null ? answeredSpan(shown(cy).map((element) => element.data('answeredAt') as unknown)) : null;
      if (view.release === null && !span && !picker.latest) await picker.load().catch(() => undefined);
      const release = view.release ?? span?.newest ?? (picker.latest || null);
      const file = await exportView(cy, format, `orgraph-${view.focus}${view.asOf ? `-${view.asOf}` : ''}${at ? `-${at.replace(' ', '-')}` : ''}`, {
        title: names(view.focus),
        asOf: view.asOf,
        url: location.href,
        release,
        oldestRelease: span?.oldest ?? null,
        latest: view.release === null,
      });
      const what = { png: 'the picture with its legend, date and sources', svg: 'the picture', json: 'what is shown, with its evidence', csv: 'the relationships shown, with their sources, quotes and release' }[format];
      report(`Saved ${file}: ${what}.`, button);
    } catch (error) {
      report(`The export failed: ${(error as Error).message}`, button);
    }
  }),
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

attachSearch($<HTMLInputElement>('search'), $<HTMLUListElement>('search-results'), (id) => void focusOn(id), (message) => report(message, $('search')), (hit, all) => void showPost(hit, all));

/** A post chosen in the search: the graph starts from where it is held, the panel lists its holders by date. */
async function showPost(hit: RoleHit, all: RoleHit[]): Promise<void> {
  await focusOn(hit.to.id);
  const holders = all.filter((other) => other.to.id === hit.to.id && other.type === hit.type);
  details.innerHTML = `<h2>${escapeHtml(hit.role ?? '')} — ${escapeHtml(hit.to.name)}</h2><p class="meta">Who held the post, by date (search “${escapeHtml(hit.role ?? '')}”).</p><section class="entity-relationships"></section>`;
  renderRelations(details.querySelector<HTMLElement>('.entity-relationships')!, hit.to.id, holders, holders.length, (relation) => void selectRelation(relation, hit.to.id));
  const edge = cy.getElementById(hit.id);
  if (edge.nonempty()) {
    cy.elements(':selected').unselect();
    edge.select();
  }
}

// The table of what is on screen, in place of the graph; the same button goes back.
tableButton.addEventListener('click', () => {
  tableView.hidden = !tableView.hidden;
  tableButton.setAttribute('aria-pressed', String(!tableView.hidden));
  tableButton.textContent = tableView.hidden ? 'Table' : 'Graph';
  if (!tableView.hidden) {
    renderTable(tableView, cy);
    tableView.querySelector<HTMLInputElement>('#table-filter')?.focus();
  }
});

// A narrow window (a phone): the legend, which is the colour key and the filters, opens from a button.
const legendButton = $<HTMLButtonElement>('legend-toggle');
legendButton.addEventListener('click', () => {
  const open = legend.classList.toggle('open');
  legendButton.setAttribute('aria-expanded', String(open));
  if (open) legend.querySelector<HTMLInputElement>('input')?.focus();
});
document.querySelectorAll('.skip-link').forEach((link) =>
  link.addEventListener('click', (event) => {
    event.preventDefault();
    $('graph').focus();
  }),
);
window.addEventListener('resize', () => updateMinimap());
attachHoverCard(cy, $('hover-card'));


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

// Releases: the picker beside "As of" and the "What changed" panel (client/src/release-picker.ts, changes-panel.ts).
/** Shows the graph at another release (null: the latest), one step of Undo and history, from `focus` or the same entity. */
async function setRelease(release: number | null, focus = view.focus): Promise<void> {
  if (release === view.release && focus === view.focus) return;
  const before = view;
  if (viewShown()) beginStep('release');
  view = { ...view, release };
  picker.show(release);
  // A failed read (not an entity absent then: the graph says that itself) leaves the view where it was.
  if (!(await focusOn(focus, focus === before.focus ? view.expanded : [], 'stepped'))) {
    view = before;
    picker.show(before.release);
  }
}
const picker = new ReleasePicker($('any-date'), $('graph-area'), (release) => void setRelease(release));
const absenceNote = new AbsenceNote($('graph-area'), (release) => void setRelease(release));
const changes = new ChangesPanel(picker.label, $('graph-area'), {
  cy,
  picker,
  details,
  viewed: () => view.release,
  show: (element) => {
    cy.elements(':selected').unselect();
    element.select();
    cy.animate({ center: { eles: element } }, { duration: 200 });
    showDetails(element);
  },
  focusEntity: async (id) => void (await focusOn(id)),
  selectRelation,
  viewAt: setRelease,
  say: report,
});
picker.show(view.release);
void picker.load().catch((error: Error) => report(error.message));

window.orgraph = { cy, ready: focusOn(view.focus, view.expanded, 'replace').then(() => undefined) };
