import type { Core } from 'cytoscape';
import { holdsOn, isPartialDateError, parsePartialDate, type PartialDate } from '../../server/src/model/partial-date';

/** The same partial-date rules as the API's `asOf` (one module serves both). */
export function parseAsOf(text: string): PartialDate | string {
  const parsed = parsePartialDate(text);
  return isPartialDateError(parsed) ? parsed.error : parsed;
}

function date(text: unknown): PartialDate | null {
  if (typeof text !== 'string' || !text) return null;
  const parsed = parsePartialDate(text);
  return isPartialDateError(parsed) ? null : parsed;
}

/**
 * Marks what does not hold on `asOf` with the class "out-of-time" (hidden by the stylesheet):
 * relationships whose period does not cover the date, and entities left with no visible
 * relationship (except the focus). Null shows everything.
 */
export function applyTime(cy: Core, asOf: PartialDate | null, focus: string): void {
  cy.batch(() => {
    cy.elements().removeClass('out-of-time');
    if (!asOf) return;
    cy.edges().forEach((edge) => {
      if (!holdsOn(asOf, date(edge.data('since')), date(edge.data('until')))) edge.addClass('out-of-time');
    });
    cy.nodes().forEach((node) => {
      if (node.id() !== focus && node.connectedEdges().not('.out-of-time').empty()) node.addClass('out-of-time');
    });
  });
}
