import type { CitationFieldsFragment } from './generated/graphql';
import type { GraphEdge, GraphNode } from './graph-view';
import { reportQuery } from './reading-release';
import { KIND_STYLE } from './style-by-kind';
import { escapeHtml } from './text';
import { datesText } from '../../server/src/model/holding';

export function citationList(citations: readonly CitationFieldsFragment[]): string {
  if (citations.length === 0) return '<p>No citation.</p>';
  return `<ol class="citations">${citations
    .map((citation) => {
      const source = citation.source;
      const title = source.url
        ? `<a href="${escapeHtml(source.url)}" target="_blank" rel="noopener noreferrer">${escapeHtml(source.title)}</a>`
        : escapeHtml(source.title);
      return `<li>${title}${source.publisher ? `, ${escapeHtml(source.publisher)}` : ''}${source.published ? ` (${escapeHtml(source.published)})` : ''}
        ${citation.locator ? `<div class="meta">${escapeHtml(citation.locator)}</div>` : ''}
        ${citation.claimedBy ? `<div class="meta">Claimed by ${escapeHtml(citation.claimedBy)}</div>` : ''}
        ${citation.quote ? `<blockquote>${escapeHtml(citation.quote)}</blockquote>` : ''}</li>`;
    })
    .join('')}</ol>`;
}

/** "wikidata: Q7159", the value a link to the scheme's page when it has one. */
function identifierText(identifier: { scheme: string; value: string; url?: string | null }): string {
  const value = escapeHtml(identifier.value);
  const shown = identifier.url ? `<a href="${escapeHtml(identifier.url)}" target="_blank" rel="noopener noreferrer">${value}</a>` : value;
  return `${escapeHtml(identifier.scheme)}: ${shown}`;
}

export function renderNode(panel: HTMLElement, node: GraphNode, asOf: string | null, release: number | null = null): void {
  const kind = KIND_STYLE[node.kind]?.label ?? node.kind;
  const report = `/reports/${encodeURIComponent(node.id)}`;
  const query = reportQuery(asOf, release);
  panel.innerHTML = `
    <h2>${escapeHtml(node.name)}</h2>
    <p class="report-links">Report: <a href="${report}.html${query}" target="_blank" rel="noopener">HTML</a> · <a href="${report}.md${query}">Markdown</a> · <a href="${report}.csv${query}">CSV</a> · <a href="${report}.json${query}">JSON</a></p>
    <p class="meta">${escapeHtml(kind)} · <code>${escapeHtml(node.id)}</code>${node.start || node.end ? ` · ${escapeHtml(datesText({ since: node.start, until: node.end }))}` : ''}</p>
    ${node.description ? `<p>${escapeHtml(node.description)}</p>` : ''}
    ${node.aliases.length ? `<h3>Also known as</h3><p>${node.aliases.map((a) => `${escapeHtml(a.name)}${a.lang ? ` <span class="meta">(${escapeHtml(a.lang)})</span>` : ''}`).join(', ')}</p>` : ''}
    ${node.identifiers.length ? `<h3>Identifiers</h3><p class="identifiers">${node.identifiers.map(identifierText).join('<br>')}</p>` : ''}
    <section class="entity-relationships" aria-busy="true"><p class="meta">Loading its relationships…</p></section>
    <h3>Evidence</h3>${citationList(node.citations)}`;
}

export function renderEdge(panel: HTMLElement, edge: GraphEdge, names: (id: string) => string): void {
  panel.innerHTML = `
    <h2>${escapeHtml(names(edge.from.id))} → ${escapeHtml(edge.type)} → ${escapeHtml(names(edge.to.id))}</h2>
    <p class="meta">${escapeHtml(datesText({ since: edge.since, until: edge.until, attested: edge.attested }))}${edge.status ? ` · status: ${escapeHtml(edge.status)}` : ''}${edge.role ? ` · role: ${escapeHtml(edge.role)}` : ''}</p>
    ${edge.note ? `<p>${escapeHtml(edge.note)}</p>` : ''}
    <h3>Evidence</h3>${citationList(edge.citations)}`;
}

/** The keyboard shortcuts, and how to reach the graph. */
export function renderKeys(panel: HTMLElement, keys: Array<[string, string]>): void {
  panel.innerHTML = `<h2>Keyboard</h2>
    <p>Tab moves through the search, the tools, the legend and the graph. With the graph focused:</p>
    <dl class="keys">${keys.map(([key, what]) => `<dt><kbd>${escapeHtml(key)}</kbd></dt><dd>${escapeHtml(what)}</dd>`).join('')}</dl>
    <p>Elsewhere: <kbd>/</kbd> search, <kbd>Ctrl+Z</kbd> undo, <kbd>?</kbd> this list. In a menu, the arrow keys move and <kbd>Escape</kbd> closes it.</p>`;
}
