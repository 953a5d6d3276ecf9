import { citationText } from './citation-text';
import type { ReportModel, Statement } from './model';
import { provenanceText } from './provenance';

const refs = (statement: Statement) => statement.footnotes.map((n) => `[^${n}]`).join('');

/** Markdown with footnotes (CommonMark + GitHub's footnote syntax). */
export function renderMarkdown(report: ReportModel): string {
  const lines = [`# ${report.title}`, ''];
  const made = provenanceText(report, 'md');
  if (made) lines.push(`_${made}_`, '');
  for (const statement of report.summary) lines.push(`${statement.text}${refs(statement)}`, '');
  for (const section of report.sections) {
    lines.push(`## ${section.title}`, '');
    for (const statement of section.statements) lines.push(`- ${statement.text}${refs(statement)}`);
    lines.push('');
  }
  if (report.footnotes.length) {
    lines.push('## Sources', '');
    for (const { number, citation } of report.footnotes) {
      const { reference, quote } = citationText(citation);
      lines.push(`[^${number}]: ${reference}.${quote ? ` “${quote.replace(/\s+/g, ' ')}”` : ''}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
