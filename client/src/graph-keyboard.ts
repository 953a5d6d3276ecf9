import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { GHOSTS, shown } from './graph-view';
import { ARROW_KEYS, cycle, nextInDirection } from './keyboard-nav';

export type GraphElement = NodeSingular | EdgeSingular;

/** What the keys do to the selected node; the same actions as the mouse and the context menu. */
export interface GraphKeyActions {
  /** Shows the details of a node or an edge (as a click does). */
  show(element: GraphElement): void;
  expand(id: string): void;
  menu(id: string, at: { x: number; y: number }): void;
  hide(id: string): void;
  collapse(id: string): void;
  togglePin(id: string): void;
}

/** The shortcuts, as the help in the details panel lists them. */
export const GRAPH_KEYS: Array<[string, string]> = [
  ['Arrow keys', 'move to the nearest entity in that direction'],
  ['[ and ]', 'go through the relationships of the entity'],
  ['Enter', 'expand the entity'],
  ['Shift+F10 or M', 'open its menu (expand by type, pin, paths…)'],
  ['H / C / P', 'hide it, collapse its neighbours, pin it'],
  ['Escape', 'clear the selection'],
];

/**
 * Keyboard access to the graph once it has focus (Tab reaches it): the selection moves between
 * entities and relationships, and every action of the mouse and the menu has its key.
 */
export function attachGraphKeyboard(cy: Core, container: HTMLElement, actions: GraphKeyActions, announce: (text: string) => void, start: () => string): void {
  const nodes = () => shown(cy).nodes();
  // The entity last selected: while [ and ] go through its relationships, the keys still act on it.
  // Kept by id, because undo puts back copies of the elements.
  let anchorId: string | null = null;
  cy.on('select', 'node', (event) => {
    anchorId = (event.target as NodeSingular).id();
  });
  // Ghosts ("What changed" draws retired elements) are not of the release shown: the keys never act on one.
  const selectedNode = (): NodeSingular | null => {
    const node = cy.nodes(':selected').not(GHOSTS).first() as NodeSingular;
    if (node.nonempty()) return node;
    const edge = cy.edges(':selected').not(GHOSTS).first() as EdgeSingular;
    if (edge.empty()) return null;
    const anchor = edge.connectedNodes().filter((end) => end.id() === anchorId);
    return anchor.nonempty() ? (anchor.first() as NodeSingular) : edge.source();
  };

  const select = (element: GraphElement) => {
    cy.elements(':selected').unselect();
    element.select();
    // Brought into view when off screen, without moving a graph the user has arranged otherwise.
    const box = element.renderedBoundingBox({});
    if (box.x1 < 0 || box.y1 < 0 || box.x2 > cy.width() || box.y2 > cy.height()) cy.center(element);
    actions.show(element);
    announce(element.isNode() ? `${element.data('name')} (${String(element.data('kind')).toLowerCase()})` : describeEdge(element));
  };

  container.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const node = selectedNode();
    const direction = ARROW_KEYS[event.key];
    let handled = true;
    if (direction) {
      if (!node) {
        const first = cy.getElementById(start()) as NodeSingular;
        const any = nodes().first() as NodeSingular;
        if (first.nonempty() && nodes().contains(first)) select(first);
        else if (any.nonempty()) select(any);
      } else {
        const others = nodes()
          .difference(node)
          .nodes()
          .map((other) => ({ node: other, ...other.position() }));
        const next = nextInDirection(node.position(), others, direction);
        if (next) select(next.node);
        else announce(`Nothing further ${direction === 'up' || direction === 'down' ? direction : `to the ${direction}`}.`);
      }
    } else if (event.key === '[' || event.key === ']') {
      if (node) {
        const edges = node.connectedEdges().intersection(shown(cy)).toArray() as EdgeSingular[];
        const current = (cy.edges(':selected').first()[0] as EdgeSingular | undefined) ?? null;
        const next = cycle(edges, current && edges.includes(current) ? current : null, event.key === '[');
        if (next) select(next);
        else announce(`${node.data('name')} has no relationship shown.`);
      }
    } else if (!node) {
      handled = event.key === 'Enter';
    } else if (event.key === 'Enter') {
      actions.expand(node.id());
    } else if ((event.key === 'F10' && event.shiftKey) || event.key === 'ContextMenu' || event.key === 'm') {
      const box = container.getBoundingClientRect();
      const at = node.renderedPosition();
      actions.menu(node.id(), { x: box.left + at.x, y: box.top + at.y });
    } else if (event.key === 'h') {
      actions.hide(node.id());
    } else if (event.key === 'c') {
      actions.collapse(node.id());
    } else if (event.key === 'p') {
      actions.togglePin(node.id());
    } else if (event.key === 'Escape') {
      cy.elements(':selected').unselect();
      announce('Selection cleared.');
    } else {
      handled = false;
    }
    if (handled) event.preventDefault();
  });
}

function describeEdge(edge: EdgeSingular): string {
  const type = String(edge.data('type')).replace(/_/g, ' ').toLowerCase();
  return `${edge.source().data('name')} ${type} ${edge.target().data('name')}`;
}
