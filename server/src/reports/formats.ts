import { UserInputError } from '../errors';
import { renderCsv } from './csv';
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';
import type { ReportModel } from './model';
import { reproduceLink } from './provenance';

export const REPORT_FORMATS = {
  md: { contentType: 'text/markdown; charset=utf-8', render: renderMarkdown },
  html: { contentType: 'text/html; charset=utf-8', render: renderHtml },
  csv: { contentType: 'text/csv; charset=utf-8', render: renderCsv },
  json: { contentType: 'application/json; charset=utf-8', render: (report: ReportModel) => JSON.stringify(reportJson(report), null, 2) + '\n' },
} as const;

export type ReportFormat = keyof typeof REPORT_FORMATS;

export function reportFormat(format: string): ReportFormat {
  if (!(format in REPORT_FORMATS)) {
    throw new UserInputError(`unknown report format "${format}"; use one of ${Object.keys(REPORT_FORMATS).join(', ')}`, 'format');
  }
  return format as ReportFormat;
}

/** The JSON form: relationships by id, not nested entity copies. */
export function reportJson(report: ReportModel) {
  const rel = (r: { id: string }) => r.id;
  return {
    title: report.title,
    asOf: report.asOf,
    release: report.release ?? null,
    reproduce: reproduceLink(report, 'json'),
    generatedAt: report.generatedAt ?? null,
    subjects: report.subjects.map((subject) => ({ id: subject.id, kind: subject.kind, name: subject.name })),
    summary: report.summary.map((s) => ({ text: s.text, footnotes: s.footnotes })),
    sections: report.sections.map((section) => ({
      title: section.title,
      statements: section.statements.map((s) => ({ text: s.text, relationship: s.relationship ? rel(s.relationship) : null, footnotes: s.footnotes })),
    })),
    relationships: report.relationships.map((r) => ({
      id: r.id,
      from: { id: r.from.id, name: r.from.name, kind: r.from.kind },
      type: r.type,
      to: { id: r.to.id, name: r.to.name, kind: r.to.kind },
      since: r.since ?? null,
      until: r.until ?? null,
      status: r.status ?? null,
      role: r.role ?? null,
      note: r.note ?? null,
      citations: r.citations,
    })),
    paths: report.paths.map((path) => ({ length: path.length, nodes: path.nodes.map((node) => node.id), hops: path.hops.map(rel) })),
    footnotes: report.footnotes,
  };
}
