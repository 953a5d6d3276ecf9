import cytoscape, { type Core } from 'cytoscape';
import svg from 'cytoscape-svg';
import { captionTitle, CSV_STANDING_COLUMNS, csvStanding, svgWithCaption, type ExportCaption } from './export-standing';
import { GHOSTS, shown } from './graph-view';
import { LINE_KINDS, lineKind } from './line-style';
import { KIND_STYLE } from './style-by-kind';

cytoscape.use(svg);

function download(name: string, content: Blob): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(content);
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** Every field quoted (RFC 4180), quotes doubled: commas, line breaks and quotes in a quote stay in their cell. */
export const csvCell = (value: unknown) => `"${(value === null || value === undefined ? '' : String(value)).replace(/"/g, '""')}"`;

type Citation = { quote?: string | null; source: { title: string } };

const SCALE = 2;

/** Draws a picture without the ghosts "What changed" adds (retired elements, not part of the release shown), then puts them back. */
async function withoutGhosts<T>(cy: Core, draw: () => Promise<T>): Promise<T> {
  const ghosts = cy.elements(GHOSTS);
  ghosts.style('display', 'none');
  try {
    return await draw();
  } finally {
    ghosts.removeStyle('display');
  }
}

/**
 * The graph as a PNG with what a reader needs to read it: a title with the date, the colour key and
 * the line styles (counting what is drawn), and the credit of the sources.
 */
async function pictureWithLegend(cy: Core, caption: ExportCaption): Promise<Blob> {
  const graph = await createImageBitmap(cy.png({ output: 'blob', full: true, scale: SCALE, bg: '#ffffff' }) as unknown as Blob);
  const elements = shown(cy);
  const kinds = new Map<string, number>();
  elements.nodes().forEach((node) => void kinds.set(node.data('kind'), (kinds.get(node.data('kind')) ?? 0) + 1));
  const lines = new Map<string, number>();
  elements.edges().forEach((edge) => void lines.set(lineKind(edge), (lines.get(lineKind(edge)) ?? 0) + 1));
  const keys = [
    ...[...kinds].map(([kind, count]) => ({ text: `${KIND_STYLE[kind]?.label ?? kind} (${count})`, color: KIND_STYLE[kind]?.color ?? '#888', dash: null as string | null })),
    ...LINE_KINDS.filter((line) => lines.has(line.key)).map((line) => ({ text: `${line.label} (${lines.get(line.key)})`, color: line.sample.color, dash: line.sample.dash })),
  ];
  const width = Math.max(graph.width, 900 * SCALE);
  const header = 48 * SCALE;
  const keyRows = Math.ceil(keys.length / 3);
  const footer = (keyRows * 22 + 44) * SCALE;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = header + graph.height + footer;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#1d2330';
  ctx.font = `bold ${18 * SCALE}px system-ui, sans-serif`;
  ctx.fillText(captionTitle(caption), 16 * SCALE, 30 * SCALE);
  ctx.drawImage(graph, Math.round((width - graph.width) / 2), header);
  ctx.font = `${12 * SCALE}px system-ui, sans-serif`;
  const column = width / 3;
  keys.forEach((key, i) => {
    const x = (i % 3) * column + 16 * SCALE;
    const y = header + graph.height + (Math.floor(i / 3) * 22 + 18) * SCALE;
    ctx.strokeStyle = key.color;
    ctx.fillStyle = key.color;
    if (key.dash === null) {
      ctx.fillRect(x, y - 10 * SCALE, 12 * SCALE, 12 * SCALE);
    } else {
      ctx.lineWidth = 3 * SCALE;
      ctx.setLineDash(key.dash ? key.dash.split(' ').map((n) => Number(n) * SCALE) : []);
      ctx.beginPath();
      ctx.moveTo(x, y - 4 * SCALE);
      ctx.lineTo(x + 24 * SCALE, y - 4 * SCALE);
      ctx.stroke();
      ctx.setLineDash([]);
    }
    ctx.fillStyle = '#1d2330';
    ctx.fillText(key.text, x + 30 * SCALE, y);
  });
  ctx.fillStyle = '#5a6475';
  ctx.font = `${11 * SCALE}px system-ui, sans-serif`;
  ctx.fillText(`Source: Orgraph, from the sources cited for each relationship (table view, CSV or reports). ${caption.url}`, 16 * SCALE, canvas.height - 16 * SCALE);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The picture could not be drawn.'))), 'image/png'));
}

/**
 * What is on screen, as a picture (PNG with legend, date and credit; SVG) or as data (JSON of nodes
 * and edges, CSV of edges with their sources and quotes). Each file says inside it the release it was
 * read at and the date (PNG: its title line; SVG: <title> and <desc>; JSON: `caption`; CSV: the last
 * columns of every row). Returns the name of the file saved.
 */
export async function exportView(cy: Core, format: 'png' | 'svg' | 'json' | 'csv', name: string, caption: ExportCaption): Promise<string> {
  const file = `${name}.${format}`;
  if (format === 'png') {
    download(file, await withoutGhosts(cy, () => pictureWithLegend(cy, caption)));
  } else if (format === 'svg') {
    const svg = await withoutGhosts(cy, async () => (cy as unknown as { svg(options: object): string }).svg({ full: true, bg: '#ffffff' }));
    download(file, new Blob([svgWithCaption(svg, caption)], { type: 'image/svg+xml' }));
  } else if (format === 'json') {
    const elements = shown(cy);
    const data = {
      caption,
      nodes: elements.nodes().map((node) => node.data()),
      edges: elements.edges().map((edge) => ({ ...edge.data(), source: undefined, target: undefined, label: undefined })),
    };
    download(file, new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  } else {
    const header = ['id', 'from_id', 'from_name', 'type', 'to_id', 'to_name', 'since', 'until', 'status', 'role', 'sources', 'quotes', ...CSV_STANDING_COLUMNS];
    const rows = shown(cy)
      .edges()
      .map((edge) => {
        const data = edge.data();
        const citations = data.citations as Citation[];
        return [data.id, edge.source().id(), edge.source().data('name'), data.type, edge.target().id(), edge.target().data('name'), data.since, data.until, data.status, data.role,
          citations.map((c) => c.source.title).join(' | '), citations.map((c) => c.quote ?? '').join(' | '), ...csvStanding(caption)];
      });
    download(file, new Blob([[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n'], { type: 'text/csv' }));
  }
  return file;
}
