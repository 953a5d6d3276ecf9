import type { EdgeSingular, StylesheetJson } from 'cytoscape';
import { isRelationshipType, RELATIONSHIP_TYPES } from '../../server/src/model/vocabulary';

/** Statuses drawn dotted red: the relationship stands on paper but is not lived. */
export const PAUSED_STATUSES = ['participation frozen', 'suspended'];

/** "member of", "chairs", "holds a position in": the vocabulary's reading, without its "is a". */
export function relationshipWords(type: string): string {
  const reads = isRelationshipType(type) ? RELATIONSHIP_TYPES[type].reads : type.replace(/_/g, ' ').toLowerCase();
  return reads.replace(/^(is an? |is |was )/, '');
}

/** The words drawn on a line: "member of · participation frozen", "holds a position in (Secretary-General)". */
export function edgeLabel(edge: { type: string; role?: string | null; status?: string | null }): string {
  const reads = relationshipWords(edge.type);
  // "chairs", not "chairs (chair)".
  const words = edge.role && !reads.startsWith(edge.role.toLowerCase()) ? `${reads} (${edge.role})` : reads;
  return edge.status && edge.status !== 'member' ? `${words} · ${edge.status}` : words;
}

/**
 * The line styles and their meaning, in the order of the legend. The date's own states are classes the
 * time filter gives (t-unknown: not known for that date; t-former: ended before it); "ended" (t-ended) is a
 * relationship whose end is past at the date, or today at no date.
 */
export const LINE_KINDS = [
  { key: 'held', label: 'holds', sample: { color: '#a8b1c2', dash: '' } },
  { key: 'ended', label: 'has ended (no date chosen)', sample: { color: '#a8b1c2', dash: '6 4' } },
  { key: 'paused', label: 'participation frozen or suspended', sample: { color: '#c2425b', dash: '2 3' } },
  { key: 't-unknown', label: 'not known for that date (faded)', sample: { color: '#d5dae3', dash: '' } },
  { key: 't-former', label: 'former: ended before that date (grey)', sample: { color: '#8c8c8c', dash: '1 0' } },
] as const;

export type LineKind = (typeof LINE_KINDS)[number]['key'];

/** Which line style an edge has now: the date's state first, then paused, ended, or simply held. */
export function lineKind(edge: EdgeSingular): LineKind {
  if (edge.hasClass('t-unknown')) return 't-unknown';
  if (edge.hasClass('t-former')) return 't-former';
  if (PAUSED_STATUSES.includes(edge.data('status'))) return 'paused';
  if (edge.hasClass('t-ended')) return 'ended';
  return 'held';
}

/** The stylesheet block for lines (graph-view.ts spreads it into its stylesheet). */
export const LINE_STYLES: StylesheetJson = [
  {
    selector: 'edge',
    style: {
      // The relationship's words, drawn once zoomed in enough to read them (11 px on screen: above 1.2×).
      label: 'data(label)',
      'font-size': 9,
      'min-zoomed-font-size': 11,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
      // Parallel relationships (Armenia's three to the CSTO) curve apart rather than drawing as one.
      'control-point-step-size': 30,
    },
  },
  // t-ended: ended by the date shown, or by today without one (time-filter.ts gives it).
  { selector: 'edge.t-ended', style: { 'line-style': 'dashed' } },
  {
    selector: PAUSED_STATUSES.map((status) => `edge[status = "${status}"]`).join(', '),
    style: { 'line-color': '#c2425b', 'target-arrow-color': '#c2425b', 'line-style': 'dotted', width: 2.5, color: '#a0283f' },
  },
  // Selected or hovered, a line says what it is whatever the zoom.
  { selector: 'edge:selected, edge.hovered', style: { 'min-zoomed-font-size': 0, 'font-size': 10, 'z-index': 10 } },
];
