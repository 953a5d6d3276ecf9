import type { ReportModel } from './model';

/**
 * Where a report stands: the release it was made from, and the link that makes it again, the same
 * (`?release=N`, and `asOf` when one was given). The same report at the same release is the same text
 * but for its generation time.
 */
export function reproduceLink(report: ReportModel, format: string): string | null {
  if (report.release === undefined) return null;
  const ids = report.subjects.map((subject) => encodeURIComponent(subject.id)).join('/to/');
  const query = new URLSearchParams({ release: String(report.release), ...(report.asOf ? { asOf: report.asOf } : {}) });
  return `/reports/${ids}.${format}?${query.toString()}`;
}

/** "Made from release 7 of the graph (reproduce: /reports/csto.md?release=7), generated 2026-11-29T16:00:00.000Z." */
export function provenanceText(report: ReportModel, format: string): string | null {
  const link = reproduceLink(report, format);
  if (link === null) return null;
  return `Made from release ${report.release} of the graph (reproduce: ${link}), generated ${report.generatedAt}.`;
}
