import { citationText } from './citation-text';
import type { ReportModel } from './model';
import { reproduceLink } from './provenance';

const HEADER = ['id', 'from_id', 'from_name', 'type', 'to_id', 'to_name', 'since', 'until', 'status', 'role', 'note', 'sources', 'quotes', 'release', 'reproduce'];

export function csvCell(value: string | null | undefined): string {
  const text = value ?? '';
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row per relationship the report states, with its sources and quotes. */
export function renderCsv(report: ReportModel): string {
  // Each row says which release it comes from, as a row may be read apart from the file.
  const release = report.release === undefined ? '' : String(report.release);
  const link = reproduceLink(report, 'csv');
  const rows = report.relationships.map((r) => [
    r.id,
    r.from.id,
    r.from.name,
    r.type,
    r.to.id,
    r.to.name,
    r.since,
    r.until,
    r.status,
    r.role,
    r.note,
    r.citations.map((citation) => citationText(citation).reference).join(' | '),
    r.citations.map((citation) => citation.quote ?? '').join(' | '),
    release,
    link,
  ]);
  return [HEADER, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
