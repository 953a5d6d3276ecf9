import type { Collection } from 'cytoscape';

const COLUMN = 150;
const ROW = 70;
const LEVEL_GAP = 50;

/**
 * Positions by levels: the focus on top, then the entities one relationship away, two away, and so on
 * (entities not linked to the focus last). Each level is sorted by kind and name and wrapped in rows of
 * at most `perRow`, so a star of 40 neighbours is a block of readable names, not one unreadable row.
 */
export function levelPositions(elements: Collection, root: string, perRow: number): Map<string, { x: number; y: number }> {
  const nodes = elements.nodes();
  const depth = new Map<string, number>();
  const start = nodes.getElementById(root);
  if (start.nonempty()) {
    elements.bfs({
      roots: start,
      directed: false,
      visit: (node, _edge, _previous, _index, level) => void depth.set(node.id(), level),
    });
  }
  const unreached = Math.max(-1, ...depth.values()) + 1;
  const levels = new Map<number, Array<{ id: string; kind: string; name: string }>>();
  nodes.forEach((node) => {
    const level = depth.get(node.id()) ?? unreached;
    if (!levels.has(level)) levels.set(level, []);
    levels.get(level)!.push({ id: node.id(), kind: String(node.data('kind') ?? ''), name: String(node.data('name') ?? node.id()) });
  });
  const positions = new Map<string, { x: number; y: number }>();
  let y = 0;
  for (const level of [...levels.keys()].sort((a, b) => a - b)) {
    const members = levels.get(level)!.sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
    const columns = Math.min(perRow, members.length);
    members.forEach((member, i) => {
      const row = Math.floor(i / perRow);
      const inRow = row === Math.floor((members.length - 1) / perRow) ? members.length - row * perRow : columns;
      positions.set(member.id, { x: ((i % perRow) - (inRow - 1) / 2) * COLUMN, y: y + row * ROW });
    });
    y += Math.ceil(members.length / perRow) * ROW + LEVEL_GAP;
  }
  return positions;
}
