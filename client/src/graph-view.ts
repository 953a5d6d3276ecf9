import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { NeighbourhoodQuery } from './generated/graphql';
import { KIND_STYLE } from './style-by-kind';

cytoscape.use(fcose);

export type Subgraph = NeighbourhoodQuery['neighbourhood'];
export type GraphNode = Subgraph['nodes'][number];
export type GraphEdge = Subgraph['edges'][number];

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
      'min-zoomed-font-size': 7,
      'border-width': 1,
      'border-color': '#ffffff',
    },
  },
  ...Object.entries(KIND_STYLE).map(([kind, look]) => ({
    selector: `node[kind = "${kind}"]`,
    style: { 'background-color': look.color, shape: look.shape as cytoscape.Css.NodeShape },
  })),
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
  { selector: 'edge[?until]', style: { 'line-style': 'dashed' } },
  // Edge labels only on the selected edge: on a dense star they would hide the nodes.
  { selector: 'edge:selected', style: { 'line-color': '#111', 'target-arrow-color': '#111', width: 3, label: 'data(type)' } },
];

export function createGraph(container: HTMLElement): Core {
  return cytoscape({ container, style: styles, wheelSensitivity: 0.3, minZoom: 0.1, maxZoom: 4 });
}

function nodeElement(node: GraphNode): ElementDefinition {
  return { group: 'nodes', data: { ...node, id: node.id } };
}

function edgeElement(edge: GraphEdge): ElementDefinition {
  return { group: 'edges', data: { ...edge, id: edge.id, source: edge.from.id, target: edge.to.id } };
}

/**
 * Adds a subgraph to the view. New nodes start beside `anchor` (the node that was expanded) and
 * only they are laid out, so what the analyst was looking at stays where it was.
 */
export function addSubgraph(cy: Core, subgraph: Subgraph, anchor: string | null): void {
  const anchorNode = anchor ? cy.getElementById(anchor) : null;
  const origin = anchorNode && anchorNode.nonempty() ? anchorNode.position() : { x: 0, y: 0 };
  const fresh = cy.collection();
  cy.batch(() => {
    for (const node of subgraph.nodes) {
      const existing = cy.getElementById(node.id);
      if (existing.nonempty()) {
        existing.data(node);
        continue;
      }
      const added = cy.add({ ...nodeElement(node), position: { x: origin.x + (Math.random() - 0.5) * 40, y: origin.y + (Math.random() - 0.5) * 40 } });
      fresh.merge(added);
    }
    for (const edge of subgraph.edges) {
      if (cy.getElementById(edge.id).empty()) cy.add(edgeElement(edge));
    }
  });
  const firstDraw = cy.nodes().length === fresh.length;
  const layout = cy.layout({
    name: 'fcose',
    animate: !firstDraw,
    animationDuration: 300,
    randomize: firstDraw,
    fit: firstDraw,
    nodeRepulsion: () => 9000,
    idealEdgeLength: () => 90,
    // Everything already on screen stays put; only the newcomers move.
    fixedNodeConstraint: firstDraw ? undefined : cy.nodes().difference(fresh).nodes().map((node) => ({ nodeId: node.id(), position: { ...node.position() } })),
  } as cytoscape.LayoutOptions);
  layout.run();
}

/** Replaces the whole view (a new focus, or a new "as of" date). */
export function replaceSubgraph(cy: Core, subgraph: Subgraph): void {
  cy.elements().remove();
  addSubgraph(cy, subgraph, null);
}
