import { citationText } from './citation-text';
import type { ReportModel, Statement } from './model';
import { renderSvg } from './svg';
import { reproduceLink } from './provenance';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const refs = (statement: Statement) =>
  statement.footnotes.length === 0 ? '' : `<sup>${statement.footnotes.map((n) => `<a href="#source-${n}">${n}</a>`).join(', ')}</sup>`;

/** ", made from release 7 of the graph (reproduce)", the link making the same report again. */
function release(report: ReportModel): string {
  const link = reproduceLink(report, 'html');
  return link ? `, made from release ${report.release} of the graph (<a href="${escape(link)}">reproduce</a>)` : '';
}

/** A standalone page that prints well: no external assets, the graph as inline SVG, sources as numbered notes. */
export function renderHtml(report: ReportModel): string {
  const sections = report.sections
    .map(
      (section) =>
        `<section><h2>${escape(section.title)}</h2><ul>${section.statements.map((statement) => `<li>${escape(statement.text)}${refs(statement)}</li>`).join('')}</ul></section>`,
    )
    .join('\n');
  const sources = report.footnotes
    .map(({ number, citation }) => {
      const { reference, quote } = citationText(citation);
      const link = citation.source.url ? ` <a href="${escape(citation.source.url)}">${escape(citation.source.url)}</a>` : '';
      return `<li id="source-${number}">${escape(reference.replace(citation.source.url ? `, ${citation.source.url}` : '', ''))}${link}${quote ? `<blockquote>${escape(quote)}</blockquote>` : ''}</li>`;
    })
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(report.title)} · Orgraph report</title>
<style>
  body { font-family: Georgia, 'Times New Roman', serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; color: #1d2330; line-height: 1.45; }
  h1 { font-size: 1.7rem; margin-bottom: 0.25rem; } h2 { font-size: 1.2rem; margin-top: 1.6rem; border-bottom: 1px solid #d6dbe4; }
  .meta { color: #5a6475; font-size: 0.9rem; } figure { margin: 1rem 0; } figcaption { font-size: 0.8rem; color: #5a6475; }
  sup a { text-decoration: none; } blockquote { margin: 0.2rem 0 0.5rem 1rem; font-style: italic; color: #3b4252; }
  ol.sources { font-size: 0.9rem; }
  @media print { body { margin: 0; max-width: none; } a { color: inherit; } section, figure { break-inside: avoid; } h2 { break-after: avoid; } }
</style>
</head>
<body>
<h1>${escape(report.title)}</h1>
<p class="meta">Orgraph relationship report${report.asOf ? ` as of ${escape(report.asOf)}` : ''}${release(report)}, generated ${escape(report.generatedAt ?? new Date().toISOString())}. Every statement is footnoted to its sources.</p>
${report.summary.map((statement) => `<p>${escape(statement.text)}${refs(statement)}</p>`).join('\n')}
<figure>${renderSvg(report.subjects, report.relationships)}<figcaption>The entities and relationships in this report; dashed lines have ended.</figcaption></figure>
${sections}
<section><h2>Sources</h2><ol class="sources">${sources}</ol></section>
</body>
</html>
`;
}
