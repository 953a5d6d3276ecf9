import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { NeighbourhoodQuery } from './generated/graphql';
import { levelPositions } from './level-layout';
import { edgeLabel, LINE_STYLES } from './line-style';
import { withSeed } from './seeded-random';
import { KIND_STYLE } from './style-by-kind';
import type { LayoutName } from './view-state';

cytoscape.use(fcose);

export type Subgraph = Pick<NeighbourhoodQuery['neighbourhood'], 'nodes' | 'edges'>;
export type GraphNode = Subgraph['nodes'][number];
export type GraphEdge = Subgraph['edges'][number];

/** The classes that take an element out of the picture: the time slider, a filter, or the analyst. */
export const NOT_SHOWN = '.out-of-time, .filtered, .hidden';

/**
 * The elements drawn now. Decided by class, not by Cytoscape's `visible()`: that answers from a cache
 * which a class change leaves stale until the next frame is drawn.
 */
export const shown = (cy: Core) => cy.elements().not(NOT_SHOWN).not(GHOSTS);

/** Retired relationships drawn while "What changed" is open (changes-panel.ts): not part of the graph shown, its tables, counts and layouts. */
export const GHOSTS = '.ghost';

/**
 * Applies the stylesheet to `elements` now, after their classes changed. Cytoscape otherwise waits
 * until it next draws, and until then its visible() and `:visible` answer from a stale cache: wrong
 * for a script or a test that drives the explorer through `window.orgraph.cy`.
 */
export function restyleNow(elements: cytoscape.Collection): void {
  elements.forEach((element) => void element.style('display'));
}

const styles: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(name)',
      'font-size': 11,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '120px',
      width: 26,
      height: 26,
      // Labels disappear when zoomed out far enough that they would be unreadable.
      'min-zoomed-font-size': 7,
      'border-width': 1,
      'border-color': '#ffffff',
    },
  },
  ...Object.entries(KIND_STYLE).map(([kind, look]) => ({
    selector: `node[kind = "${kind}"]`,
    style: { 'background-color': look.color, shape: look.shape as cytoscape.Css.NodeShape },
  })),
  { selector: 'node.focus', style: { width: 36, height: 36, 'font-weight': 'bold' } },
  { selector: 'node.pinned', style: { 'border-width': 3, 'border-color': '#444', 'border-style': 'double' } },
  { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#111' } },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': '#a8b1c2',
      'target-arrow-color': '#a8b1c2',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      'font-size': 8,
      color: '#5a6475',
      'text-rotation': 'autorotate',
      'min-zoomed-font-size': 9,
    },
  },
  // How lines read (words, ended, frozen, parallel edges apart): their own block, in line-style.ts.
  ...LINE_STYLES,
  { selector: 'edge:selected', style: { 'line-color': '#111', 'target-arrow-color': '#111', width: 3 } },
  // Each path its own colour (path-list.ts sets pathColour).
  { selector: 'node.on-path', style: { 'border-color': 'data(pathColour)', 'border-width': 4 } },
  { selector: 'edge.on-path', style: { 'line-color': 'data(pathColour)', 'target-arrow-color': 'data(pathColour)', width: 4 } },
  // As of a date: former (ended) greyed but shown; not known for the date faded, with what is known as its label.
  { selector: 'edge.t-former', style: { 'line-color': '#c9ced6', 'target-arrow-color': '#c9ced6', opacity: 0.7 } },
  { selector: 'node.t-former', style: { 'background-color': '#bfc5cf', opacity: 0.6, color: '#7a8190' } },
  { selector: 'edge.t-unknown', style: { opacity: 0.4, label: 'data(timeLabel)', 'font-size': 8, 'min-zoomed-font-size': 5, 'text-background-color': '#ffffff', 'text-background-opacity': 0.8 } },
  { selector: '.faded', style: { opacity: 0.2 } },
  { selector: NOT_SHOWN, style: { display: 'none' } },
];

/** Whether this browser gives WebGL 2, which Cytoscape's WebGL renderer needs. */
export function hasWebgl2(): boolean {
  return document.createElement('canvas').getContext('webgl2') !== null;
}

/** The graph, drawn by Cytoscape's canvas renderer or, when asked and available, its WebGL one. */
export function createGraph(container: HTMLElement, webgl = false): Core {
  return cytoscape({
    container,
    style: styles,
    wheelSensitivity: 0.3,
    minZoom: 0.05,
    maxZoom: 4,
    // The option is newer than @types/cytoscape.
    ...(webgl && hasWebgl2() ? ({ renderer: { name: 'canvas', webgl: true } } as Partial<cytoscape.CytoscapeOptions>) : {}),
  });
}

function nodeElement(node: GraphNode): ElementDefinition {
  return { group: 'nodes', data: { ...node, id: node.id } };
}

function edgeElement(edge: GraphEdge): ElementDefinition {
  return { group: 'edges', data: { ...edge, id: edge.id, source: edge.from.id, target: edge.to.id, label: edgeLabel(edge) } };
}

const FCOSE_SPACING = { nodeRepulsion: () => 9000, idealEdgeLength: () => 90 };

/**
 * What a layout may be given: the elements shown, and only edges whose two ends are shown. fcose
 * fails ("Cannot set properties of undefined (setting 'displacementX')") on an edge or a fixed
 * node it was not given, and a hidden node has no place to be laid out in.
 */
export function layoutable(cy: Core): cytoscape.Collection {
  const nodes = shown(cy).nodes();
  return nodes.union(shown(cy).edges().filter((edge) => nodes.contains(edge.source()) && nodes.contains(edge.target())));
}

export function layoutOptions(name: LayoutName, cy: Core, animate: boolean): cytoscape.LayoutOptions {
  if (name === 'concentric') {
    return { name: 'concentric', animate, fit: true, minNodeSpacing: 30, concentric: (node: cytoscape.NodeSingular) => (node.hasClass('focus') ? 10 : node.degree(false)), levelWidth: () => 2 } as cytoscape.LayoutOptions;
  }
  if (name === 'breadthfirst') {
    // Levels from the focus, each wrapped in rows narrow enough that the names stay readable.
    const positions = levelPositions(layoutable(cy), cy.nodes('.focus').first().id(), Math.max(3, Math.floor(cy.width() / 150)));
    return { name: 'preset', animate, fit: true, padding: 30, positions: (node: cytoscape.NodeSingular) => positions.get(node.id()) ?? node.position() } as cytoscape.LayoutOptions;
  }
  // Room for the labels: fcose counts them in each node's size, so names overlap less on a dense star.
  // (Not in the incremental layout below: there it would shift the fixed nodes by half a label.)
  return { name: 'fcose', animate, randomize: true, fit: true, nodeDimensionsIncludeLabels: true, ...FCOSE_SPACING } as cytoscape.LayoutOptions;
}

/**
 * Lays out the whole graph (a new focus, or another layout chosen). Pinned nodes keep their place.
 * fcose draws at random: seeded by the focus, the same view always gives the same picture.
 */
export function relayout(cy: Core, name: LayoutName, animate = false): void {
  const elements = layoutable(cy);
  const pinned = elements.nodes('.pinned');
  const options = layoutOptions(name, cy, animate) as cytoscape.LayoutOptions & { fixedNodeConstraint?: unknown };
  if (name === 'fcose' && pinned.nonempty()) {
    options.fixedNodeConstraint = pinned.map((node) => ({ nodeId: node.id(), position: { ...node.position() } }));
  }
  const run = elements.layout(options);
  // A handful of entities fitted to the window would be drawn four times their size.
  run.one('layoutstop', () => {
    if (cy.zoom() > COMFORTABLE_ZOOM) cy.zoom(COMFORTABLE_ZOOM).center(elements);
  });
  withSeed(cy.nodes('.focus').first().id() || 'orgraph', () => run.run());
}

/** The closest a fit may zoom in. */
const COMFORTABLE_ZOOM = 1.5;

/**
 * Adds a subgraph to the view and returns the nodes that were new, placed on a small ring around
 * `anchor` (the node that was expanded); `placeNew` then lays them out once the filters are applied.
 */
/**
 * Adds a read's nodes and edges; each element it brought or refreshed keeps, as `answeredAt`, the
 * release the server said answered that read (null: not said), so an export names what it shows.
 */
export function addSubgraph(cy: Core, subgraph: Subgraph, anchor: string | null, answeredAt: number | null = null): cytoscape.NodeCollection {
  const anchorNode = anchor ? cy.getElementById(anchor) : null;
  const origin = anchorNode && anchorNode.nonempty() ? anchorNode.position() : { x: 0, y: 0 };
  let fresh = cy.collection();
  cy.batch(() => {
    subgraph.nodes.forEach((node, i) => {
      const existing = cy.getElementById(node.id);
      if (existing.nonempty()) {
        existing.data({ ...node, answeredAt });
        existing.removeClass('hidden');
        return;
      }
      // A small deterministic ring around the anchor: the layout moves them from there.
      const angle = (2 * Math.PI * i) / Math.max(subgraph.nodes.length, 1);
      const added = cy.add({ ...nodeElement(node), position: { x: origin.x + 60 * Math.cos(angle), y: origin.y + 60 * Math.sin(angle) } });
      fresh = fresh.union(added.data('answeredAt', answeredAt));
    });
    for (const edge of subgraph.edges) {
      if (cy.getElementById(edge.id).empty()) cy.add(edgeElement(edge)).data('answeredAt', answeredAt);
    }
  });
  return fresh;
}

/**
 * Lays out what `addSubgraph` added, once the date and the filters have said what is shown: only the
 * new nodes that are shown move, what the analyst was looking at stays where it was, and the view
 * then takes in the new nodes if they landed outside it. The first draw lays out everything.
 */
export function placeNew(cy: Core, fresh: cytoscape.NodeCollection, layout: LayoutName): Promise<void> {
  const elements = layoutable(cy);
  const moving = fresh.intersection(elements);
  if (cy.nodes().length === fresh.length) {
    const done = cy.promiseOn('layoutstop').then(() => undefined);
    relayout(cy, layout);
    return done;
  }
  if (moving.empty()) return Promise.resolve();
  const fixed = elements.nodes().difference(moving).nodes().map((node) => ({ nodeId: node.id(), position: { ...node.position() } }));
  const layoutRun = elements.layout({ name: 'fcose', animate: true, animationDuration: 250, randomize: false, fit: false, fixedNodeConstraint: fixed, ...FCOSE_SPACING } as cytoscape.LayoutOptions);
  const done = layoutRun.promiseOn('layoutstop').then(() => keepInView(cy, moving));
  layoutRun.run();
  return done;
}

/** Brings `nodes` into view when some of them are outside it, keeping what is on screen in it too. */
export function keepInView(cy: Core, nodes: cytoscape.NodeCollection): void {
  const box = nodes.renderedBoundingBox({});
  if (box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height()) return;
  const inView = shown(cy).nodes().filter((node) => {
    const at = node.renderedPosition();
    return at.x >= 0 && at.y >= 0 && at.x <= cy.width() && at.y <= cy.height();
  });
  cy.fit(inView.union(nodes), 30);
  if (cy.zoom() > COMFORTABLE_ZOOM) cy.zoom(COMFORTABLE_ZOOM).center(inView.union(nodes));
}
