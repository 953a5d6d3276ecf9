import type { Core, EdgeSingular } from 'cytoscape';
import { escapeHtml } from './text';
import { datesText } from '../../server/src/model/holding';
import { relationshipWords } from './line-style';

/** The card a line shows under the pointer: what it is, when, its status and role, and its first quote. */
export function edgeCard(edge: EdgeSingular): string {
  const data = edge.data();
  const quote = (data.citations as Array<{ quote?: string | null; source: { title: string } }> | undefined)?.find((citation) => citation.quote);
  return `<strong>${escapeHtml(edge.source().data('name'))}</strong> ${escapeHtml(relationshipWords(data.type))} <strong>${escapeHtml(edge.target().data('name'))}</strong>
    <div class="meta">${escapeHtml(datesText(data))}${data.status ? ` · status: ${escapeHtml(data.status)}` : ''}${data.role ? ` · role: ${escapeHtml(data.role)}` : ''}</div>
    ${quote ? `<blockquote>“${escapeHtml(quote.quote!)}” <span class="meta">(${escapeHtml(quote.source.title)})</span></blockquote>` : ''}`;
}

/** Shows the card beside the pointer while it is over a line (and marks the line, so its words show). */
export function attachHoverCard(cy: Core, card: HTMLElement): void {
  const container = cy.container()!;
  cy.on('mouseover', 'edge', (event) => {
    const edge = event.target as EdgeSingular;
    edge.addClass('hovered');
    card.innerHTML = edgeCard(edge);
    card.hidden = false;
    const box = container.getBoundingClientRect();
    const { width, height } = card.getBoundingClientRect();
    const x = box.left + event.renderedPosition.x + 12;
    const y = box.top + event.renderedPosition.y + 12;
    card.style.left = `${Math.min(x, window.innerWidth - width - 4)}px`;
    card.style.top = `${Math.min(y, window.innerHeight - height - 4)}px`;
  });
  cy.on('mouseout', 'edge', (event) => {
    (event.target as EdgeSingular).removeClass('hovered');
    card.hidden = true;
  });
  const hide = () => {
    card.hidden = true;
    cy.edges('.hovered').removeClass('hovered');
  };
  cy.on('viewport remove', hide);
  // Leaving the graph straight from a line gives Cytoscape no mouseout.
  container.addEventListener('mouseleave', hide);
}
