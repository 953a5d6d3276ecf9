import type { Core } from 'cytoscape';
import { shown } from './graph-view';
import { relationshipWords } from './line-style';
import { KIND_STYLE } from './style-by-kind';
import { escapeHtml } from './text';

type Citation = { quote?: string | null; locator?: string | null; source: { title: string; publisher?: string | null; url?: string | null; published?: string | null } };

interface Column {
  title: string;
  /** The text sorted, filtered and copied. */
  text: string;
  /** Its HTML, when richer than the text (the citations). */
  html?: string;
}

/** "Title, publisher (date): “quote”" for each citation: what a story needs to credit a fact. */
export function citationText(citations: Citation[] | undefined): string {
  return (citations ?? [])
    .map((c) => `${c.source.title}${c.source.publisher ? `, ${c.source.publisher}` : ''}${c.source.published ? ` (${c.source.published})` : ''}${c.quote ? `: “${c.quote}”` : ''}`)
    .join(' | ');
}

function citationHtml(citations: Citation[] | undefined): string {
  return `<ul class="table-citations">${(citations ?? [])
    .map((c) => `<li>${c.source.url ? `<a href="${escapeHtml(c.source.url)}" target="_blank" rel="noopener noreferrer">${escapeHtml(c.source.title)}</a>` : escapeHtml(c.source.title)}${c.quote ? `: <q>${escapeHtml(c.quote)}</q>` : ''}</li>`)
    .join('')}</ul>`;
}

/** The rows of what is on screen: entities, and relationships with their evidence. */
export function tableRows(cy: Core): { entities: Column[][]; relationships: Column[][] } {
  const elements = shown(cy);
  return {
    entities: elements.nodes().map((node) => {
      const data = node.data();
      return [
        { title: 'Name', text: data.name },
        { title: 'Kind', text: KIND_STYLE[data.kind]?.label ?? data.kind },
        { title: 'From', text: data.start ?? '' },
        { title: 'To', text: data.end ?? '' },
        { title: 'Description', text: data.description ?? '' },
        { title: 'Sources', text: citationText(data.citations), html: citationHtml(data.citations) },
      ];
    }),
    relationships: elements.edges().map((edge) => {
      const data = edge.data();
      return [
        { title: 'From', text: edge.source().data('name') },
        { title: 'Relationship', text: relationshipWords(data.type) },
        { title: 'To', text: edge.target().data('name') },
        { title: 'Since', text: data.since ?? '' },
        { title: 'Until', text: data.until ?? '' },
        { title: 'Status', text: data.status ?? '' },
        { title: 'Role', text: data.role ?? '' },
        { title: 'Sources and quotes', text: citationText(data.citations), html: citationHtml(data.citations) },
      ];
    }),
  };
}

/**
 * The table view: what is on screen as two tables (entities, relationships) that sort by any column
 * (its header is a button) and filter by a text, with the citations' quotes, to copy into a story.
 */
export function renderTable(panel: HTMLElement, cy: Core): void {
  const rows = tableRows(cy);
  // Drawn again when the graph changes: the filter typed stays.
  const typed = panel.querySelector<HTMLInputElement>('#table-filter')?.value ?? '';
  const sortBy: Record<'entities' | 'relationships', { column: number; descending: boolean }> = { entities: { column: 0, descending: false }, relationships: { column: 0, descending: false } };
  panel.innerHTML = `<div class="table-tools"><label>Filter rows <input type="search" id="table-filter" placeholder="a name, a type, a date, a word of a quote"></label>
    <span class="meta">What is on screen: entities and relationships with their sources. Select and copy into a document or a spreadsheet.</span></div>
    <h2>Relationships <span class="meta" data-count="relationships"></span></h2><table id="table-relationships" class="data-table"></table>
    <h2>Entities <span class="meta" data-count="entities"></span></h2><table id="table-entities" class="data-table"></table>`;
  const filter = panel.querySelector<HTMLInputElement>('#table-filter')!;
  filter.value = typed;
  const draw = (which: 'entities' | 'relationships') => {
    const table = panel.querySelector<HTMLTableElement>(`#table-${which}`)!;
    const words = filter.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
    const { column, descending } = sortBy[which];
    const list = rows[which]
      .filter((row) => words.every((word) => row.some((c) => c.text.toLowerCase().includes(word))))
      .sort((a, b) => (descending ? -1 : 1) * a[column]!.text.localeCompare(b[column]!.text, undefined, { numeric: true }));
    const titles = (rows[which][0] ?? []).map((c) => c.title);
    table.innerHTML = `<thead><tr>${titles
      .map((title, i) => `<th aria-sort="${i === column ? (descending ? 'descending' : 'ascending') : 'none'}"><button type="button" data-column="${i}">${escapeHtml(title)}${i === column ? (descending ? ' ▼' : ' ▲') : ''}</button></th>`)
      .join('')}</tr></thead><tbody>${list.map((row) => `<tr>${row.map((c) => `<td>${c.html ?? escapeHtml(c.text)}</td>`).join('')}</tr>`).join('')}</tbody>`;
    panel.querySelector(`[data-count="${which}"]`)!.textContent = `(${list.length} of ${rows[which].length})`;
    table.querySelectorAll<HTMLButtonElement>('th button').forEach((button) =>
      button.addEventListener('click', () => {
        const chosen = Number(button.dataset.column);
        sortBy[which] = { column: chosen, descending: sortBy[which].column === chosen ? !sortBy[which].descending : false };
        draw(which);
        panel.querySelector<HTMLButtonElement>(`#table-${which} th button[data-column="${chosen}"]`)?.focus();
      }),
    );
  };
  filter.addEventListener('input', () => {
    draw('relationships');
    draw('entities');
  });
  draw('relationships');
  draw('entities');
}
