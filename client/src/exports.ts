import type { Core } from 'cytoscape';
import { shown } from './graph-view';

function download(name: string, content: Blob): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(content);
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

const csvCell = (value: unknown) => {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** What is on screen, as a picture (PNG, SVG) or as data (JSON of nodes and edges, CSV of edges). */
export function exportView(cy: Core, format: 'png' | 'svg' | 'json' | 'csv', name = 'orgraph'): void {
  if (format === 'png') {
    download(`${name}.png`, cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }) as unknown as Blob);
  } else if (format === 'svg') {
    download(`${name}.svg`, new Blob([(cy as unknown as { svg(options: object): string }).svg({ full: true, bg: '#ffffff' })], { type: 'image/svg+xml' }));
  } else if (format === 'json') {
    const elements = shown(cy);
    const data = {
      nodes: elements.nodes().map((node) => node.data()),
      edges: elements.edges().map((edge) => ({ ...edge.data(), source: undefined, target: undefined })),
    };
    download(`${name}.json`, new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  } else {
    const header = ['id', 'from_id', 'from_name', 'type', 'to_id', 'to_name', 'since', 'until', 'status', 'role', 'sources'];
    const rows = shown(cy)
      .edges()
      .map((edge) => {
        const data = edge.data();
        return [data.id, edge.source().id(), edge.source().data('name'), data.type, edge.target().id(), edge.target().data('name'), data.since, data.until, data.status, data.role,
          (data.citations as Array<{ source: { title: string } }>).map((c) => c.source.title).join(' | ')];
      });
    download(`${name}.csv`, new Blob([[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n'], { type: 'text/csv' }));
  }
}
