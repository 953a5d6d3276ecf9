import type { Core, SingularElementArgument } from 'cytoscape';
import { datesText, lifetimeState, timeState, type TimeState } from '../../server/src/model/holding';
import { isPartialDateError, parsePartialDate, type PartialDate } from '../../server/src/model/partial-date';

/** The same partial-date rules as the API's `asOf` (one module serves both). */
export function parseAsOf(text: string): PartialDate | string {
  const parsed = parsePartialDate(text);
  return isPartialDateError(parsed) ? parsed.error : parsed;
}

const today = () => parsePartialDate(new Date().toISOString().slice(0, 10)) as PartialDate;

/**
 * Where an element stands on `asOf`, by the API's own rule (server/src/model/holding.ts): an edge is
 * held, not known for that date, former (it or an end had ended) or future (not begun); an entity is
 * held (it exists), former or future by its own start and end. Null when no date is set. The legend
 * counts by this.
 */
export function timeStateOf(element: SingularElementArgument, asOf: PartialDate | null): TimeState | null {
  if (!asOf) return null;
  if (element.isNode()) return lifetimeState(element.data(), asOf);
  return timeState({ ...element.data(), from: element.source().data(), to: element.target().data() }, asOf);
}

/** The classes each state gives: future is out of the picture, former greyed, unknown faded and labelled. */
const CLASS_OF: Record<TimeState, string> = { held: '', former: 't-former', unknown: 't-unknown', future: 'out-of-time' };
const TIME_CLASSES = 'out-of-time t-former t-unknown t-ended';

/**
 * Draws the graph as of `asOf`: each edge gets exactly one state (held as is, `t-unknown`, `t-former`,
 * or hidden when not begun), each entity former (greyed) or hidden when not begun; entities left with
 * no shown relationship are hidden too, and those whose shown relationships have all ended are greyed
 * (a former member), except the focus. `t-ended` (dashed) marks edges that had
 * ended by `asOf`, or by today when no date is set. Null shows everything.
 */
export function applyTime(cy: Core, asOf: PartialDate | null, focus: string): void {
  cy.batch(() => {
    cy.elements().removeClass(TIME_CLASSES);
    cy.edges().forEach((edge) => {
      if (timeStateOf(edge, asOf ?? today()) === 'former') edge.addClass('t-ended');
      const state = timeStateOf(edge, asOf);
      if (state) edge.addClass(CLASS_OF[state]);
      // What the faded line says on hover and beside it: "date unknown", "attested 2024-02".
      // The relationship's words stay first: "holds a position in (Chief of the Joint Staff) · attested 2024-02".
      edge.data('timeLabel', state === 'unknown' ? [edge.data('label'), datesText(edge.data())].filter(Boolean).join(' · ') : '');
    });
    if (!asOf) return;
    cy.nodes().forEach((node) => {
      const state = timeStateOf(node, asOf)!;
      if (state === 'former' || (state === 'future' && node.id() !== focus)) node.addClass(CLASS_OF[state]);
      else if (node.id() === focus) return;
      else if (node.connectedEdges().not('.out-of-time').empty()) node.addClass('out-of-time');
      // A former member: everything it still shows has ended, so it is greyed with its lines.
      else if (node.connectedEdges().not('.out-of-time, .t-former').empty()) node.addClass('t-former');
    });
  });
}
