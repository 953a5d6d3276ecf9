import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import type { NeighbourhoodQuery } from './generated/graphql';
import { KIND_STYLE } from './style-by-kind';
import type { LayoutName } from './view-state';

cytoscape.use(fcose);
cytoscape.use(svg);

export type Subgraph = Pick<NeighbourhoodQuery['neighbourhood'], 'nodes' | 'edges'>;
export type GraphNode = Subgraph['nodes'][number];
export type GraphEdge = Subgraph['edges'][number];

/** The classes that take an element out of the picture: the time slider, a filter, or the analyst. */
export const NOT_SHOWN = '.out-of-time, .filtered, .hidden';

/**
 * The elements drawn now. Decided by class, not by Cytoscape's `visible()`: that answers from a cache
 * which a class change leaves stale until the next frame is drawn.
 */
export const shown = (cy: Core) => cy.elements().not(NOT_SHOWN);

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
  // Dashed: ended by the date shown (today without one); see time-filter.ts.
  { selector: 'edge.t-ended', style: { 'line-style': 'dashed' } },
  { selector: 'edge[status = "participation frozen"], edge[status = "suspended"]', style: { 'line-color': '#c2425b', 'target-arrow-color': '#c2425b', 'line-style': 'dotted' } },
  // Edge labels only on the selected edge: on a dense star they would hide the nodes.
  { selector: 'edge:selected', style: { 'line-color': '#111', 'target-arrow-color': '#111', width: 3, label: 'data(type)' } },
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
  return { group: 'edges', data: { ...edge, id: edge.id, source: edge.from.id, target: edge.to.id } };
}

const FCOSE_SPACING = { nodeRepulsion: () => 9000, idealEdgeLength: () => 90 };

export function layoutOptions(name: LayoutName, cy: Core, animate: boolean): cytoscape.LayoutOptions {
  if (name === 'concentric') {
    return { name: 'concentric', animate, fit: true, minNodeSpacing: 30, concentric: (node: cytoscape.NodeSingular) => (node.hasClass('focus') ? 10 : node.degree(false)), levelWidth: () => 2 } as cytoscape.LayoutOptions;
  }
  if (name === 'breadthfirst') {
    const roots = cy.nodes('.focus');
    return { name: 'breadthfirst', animate, fit: true, directed: false, spacingFactor: 1.1, ...(roots.nonempty() ? { roots } : {}) } as cytoscape.LayoutOptions;
  }
  // Room for the labels: fcose counts them in each node's size, so names overlap less on a dense star.
  // (Not in the incremental layout below: there it would shift the fixed nodes by half a label.)
  return { name: 'fcose', animate, randomize: true, fit: true, nodeDimensionsIncludeLabels: true, ...FCOSE_SPACING } as cytoscape.LayoutOptions;
}

/** Lays out the whole graph (a new focus, or another layout chosen). Pinned nodes keep their place. */
export function relayout(cy: Core, name: LayoutName, animate = false): void {
  const pinned = cy.nodes('.pinned');
  const options = layoutOptions(name, cy, animate) as cytoscape.LayoutOptions & { fixedNodeConstraint?: unknown };
  if (name === 'fcose' && pinned.nonempty()) {
    options.fixedNodeConstraint = pinned.map((node) => ({ nodeId: node.id(), position: { ...node.position() } }));
  }
  shown(cy).layout(options).run();
}

/**
 * Adds a subgraph to the view and returns the nodes that were new. New nodes start beside `anchor`
 * (the node that was expanded) and only they are laid out, so what the analyst was looking at stays
 * where it was.
 */
export function addSubgraph(cy: Core, subgraph: Subgraph, anchor: string | null, layout: LayoutName): cytoscape.NodeCollection {
  const anchorNode = anchor ? cy.getElementById(anchor) : null;
  const origin = anchorNode && anchorNode.nonempty() ? anchorNode.position() : { x: 0, y: 0 };
  let fresh = cy.collection();
  cy.batch(() => {
    subgraph.nodes.forEach((node, i) => {
      const existing = cy.getElementById(node.id);
      if (existing.nonempty()) {
        existing.data(node);
        existing.removeClass('hidden');
        return;
      }
      // A small deterministic ring around the anchor: the layout moves them from there.
      const angle = (2 * Math.PI * i) / Math.max(subgraph.nodes.length, 1);
      fresh = fresh.union(cy.add({ ...nodeElement(node), position: { x: origin.x + 60 * Math.cos(angle), y: origin.y + 60 * Math.sin(angle) } }));
    });
    for (const edge of subgraph.edges) {
      if (cy.getElementById(edge.id).empty()) cy.add(edgeElement(edge));
    }
  });
  const firstDraw = cy.nodes().length === fresh.length;
  if (firstDraw) {
    relayout(cy, layout);
  } else if (fresh.nonempty()) {
    const fixed = cy.nodes().difference(fresh).nodes().map((node) => ({ nodeId: node.id(), position: { ...node.position() } }));
    shown(cy)
      .layout({ name: 'fcose', animate: true, animationDuration: 250, randomize: false, fit: false, fixedNodeConstraint: fixed, ...FCOSE_SPACING } as cytoscape.LayoutOptions)
      .run();
  }
  return fresh;
}
