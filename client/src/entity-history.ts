import { request } from './api';
import type { VersionFieldsFragment } from './generated/graphql';
import { EntityHistoryQuery, RelationshipHistoryQuery } from './queries';
import { escapeHtml } from './text';
import { fieldChanges } from '../../server/src/releases/diff';

type Values = Record<string, unknown> | null;

/** One field's value as a short text (values are JSON as the data files write them); absent is "(none)". */
export function valueText(json: string | null, max = 80): string {
  if (json === null) return '(none)';
  const text = json.startsWith('"') ? (JSON.parse(json) as string) : json;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** What a change did, in words: "added", "retired", or one "field: before → after" per field changed. */
export function changeLines(kind: string, before: Values, after: Values): string[] {
  if (kind === 'ADDED') return ['added'];
  if (kind === 'RETIRED') return ['retired (deleted)'];
  const fields = fieldChanges(before, after);
  return fields.length ? fields.map(([field, a, b]) => `${field}: ${valueText(a)} → ${valueText(b)}`) : ['written again, nothing changed'];
}

export interface HistoryRow {
  release: number;
  date: string;
  author: string;
  kind: string;
  lines: string[];
}

/** The versions of one record, oldest first, as rows: each with what it changed from the version before. */
export function historyRows(versions: readonly VersionFieldsFragment[]): HistoryRow[] {
  return versions.map((version, i) => ({
    release: version.release,
    date: version.committedAt.slice(0, 10),
    author: version.author,
    kind: version.kind,
    lines: changeLines(version.kind, (versions[i - 1]?.values ?? null) as Values, version.values as Values),
  }));
}

function render(section: HTMLElement, versions: readonly VersionFieldsFragment[]): void {
  const rows = historyRows(versions);
  section.removeAttribute('aria-busy');
  section.innerHTML = `<h3>History</h3>${
    rows.length
      ? `<table class="history-table"><thead><tr><th>Release</th><th>Date</th><th>Author</th><th>What changed</th></tr></thead><tbody>${rows
          .map(
            (row) =>
              `<tr class="history-${row.kind.toLowerCase()}"><td>${row.release}</td><td>${escapeHtml(row.date)}</td><td>${escapeHtml(row.author)}</td><td>${row.lines.map(escapeHtml).join('<br>')}</td></tr>`,
          )
          .join('')}</tbody></table>`
      : '<p class="meta">No recorded versions.</p>'
  }`;
}

function historySection(panel: HTMLElement): HTMLElement {
  const section = document.createElement('section');
  section.className = 'record-history';
  section.setAttribute('aria-busy', 'true');
  section.innerHTML = '<h3>History</h3><p class="meta">Loading its history…</p>';
  panel.append(section);
  return section;
}

async function show(panel: HTMLElement, load: () => Promise<readonly VersionFieldsFragment[] | null>): Promise<void> {
  const section = historySection(panel);
  try {
    const versions = await load();
    // The panel may show something else by now.
    if (section.isConnected) render(section, versions ?? []);
  } catch (error) {
    section.textContent = (error as Error).message;
  }
}

/** Appends an entity's history (each release that wrote it: when, who, what changed) to its details. */
export function showEntityHistory(panel: HTMLElement, id: string, release: number | null): Promise<void> {
  return show(panel, async () => (await request(EntityHistoryQuery, { id, release })).entity?.history ?? null);
}

/** Appends a relationship's history to its details (read through its first end: relationships have no query of their own). */
export function showRelationshipHistory(panel: HTMLElement, edge: { id: string; type: string; from: { id: string } }, release: number | null): Promise<void> {
  return show(panel, async () => {
    const data = await request(RelationshipHistoryQuery, { from: edge.from.id, type: edge.type, release });
    return data.entity?.relationships.edges.find((found) => found.node.id === edge.id)?.node.history ?? null;
  });
}
