import { partialDate } from '../model/partial-date';
import type { EntityModel, RelationshipModel } from '../model/records';
import { reportState } from './model';

/** Kind colours, as in the explorer's legend (client/src/style-by-kind.ts). */
const COLOURS: Record<string, string> = {
  ORGANIZATION: '#2f6fdf',
  STATE: '#d9822b',
  INITIATIVE: '#2e9e6b',
  EVENT: '#c2425b',
  PERSON: '#7d4fc4',
  PLACE: '#6b7a8f',
  TOPIC: '#b59b1f',
};

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * A picture of the report's graph, drawn without a browser: the subjects in the middle, the other
 * entities on a circle around them (ordered by kind, then name, so the picture is stable).
 */
export function renderSvg(subjects: EntityModel[], relationships: RelationshipModel[], asOf: string | null = null, width = 760, height = 560): string {
  const day = asOf ? partialDate(asOf) : null;
  // Dashed: ended by the report's date (today without one). Dotted and fainter: not known for that date.
  const line = (r: RelationshipModel) =>
    ({ held: '', future: '', former: ' stroke-dasharray="4 3"', unknown: ' stroke-dasharray="1 3" stroke-opacity="0.6"' })[reportState(r, day)];
  const nodes = new Map<string, EntityModel>();
  for (const r of relationships) {
    nodes.set(r.from.id, r.from);
    nodes.set(r.to.id, r.to);
  }
  for (const subject of subjects) nodes.set(subject.id, subject);
  const centre = { x: width / 2, y: height / 2 };
  const positions = new Map<string, { x: number; y: number }>();
  subjects.forEach((subject, i) => positions.set(subject.id, { x: centre.x + (subjects.length === 1 ? 0 : (i - 0.5) * 160), y: centre.y }));
  const others = [...nodes.values()]
    .filter((node) => !positions.has(node.id))
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
  const radius = Math.min(width, height) / 2 - 60;
  others.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / Math.max(others.length, 1) - Math.PI / 2;
    positions.set(node.id, { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
  });
  const edges = relationships
    .map((r) => {
      const a = positions.get(r.from.id)!;
      const b = positions.get(r.to.id)!;
      return `<line x1="${a.x.toFixed(1)}" y1="${a.y.toFixed(1)}" x2="${b.x.toFixed(1)}" y2="${b.y.toFixed(1)}" stroke="#a8b1c2" stroke-width="1"${line(r)}><title>${escape(`${r.from.name} ${r.type} ${r.to.name}`)}</title></line>`;
    })
    .join('');
  const labels = others.length > 40 ? new Set(subjects.map((s) => s.id)) : new Set(nodes.keys());
  const circles = [...nodes.values()]
    .map((node) => {
      const p = positions.get(node.id)!;
      const main = subjects.some((subject) => subject.id === node.id);
      return `<g><circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="${main ? 12 : 6}" fill="${COLOURS[node.kind] ?? '#888'}"><title>${escape(node.name)}</title></circle>${
        labels.has(node.id) ? `<text x="${p.x.toFixed(1)}" y="${(p.y + (main ? 26 : 16)).toFixed(1)}" text-anchor="middle" font-size="${main ? 13 : 9}">${escape(node.name.length > 32 ? `${node.name.slice(0, 30)}…` : node.name)}</text>` : ''
      }</g>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="Graph of the relationships in this report" font-family="sans-serif">${edges}${circles}</svg>`;
}
