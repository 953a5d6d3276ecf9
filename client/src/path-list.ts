import type { Collection, Core } from 'cytoscape';
import { citationList } from './details';
import { reportQuery } from './reading-release';
import { escapeHtml } from './text';
import type { PathsQuery } from './generated/graphql';

export type FoundPath = PathsQuery['paths'][number];

/** One colour per path (at most 10 paths come back), distinct on white and from the kinds' colours. */
export const PATH_COLOURS = ['#e0a100', '#0f9d8a', '#d1495b', '#3a6ea5', '#9b5fc0', '#5c8a3a', '#e0661f', '#1c7fb8', '#b5446e', '#7a6a00'];

/**
 * The paths shown in the graph: each in its colour (class `on-path`, data `pathColour`), everything
 * else faded; hovering a path, in the panel or on the graph, isolates it.
 */
export class PathHighlight {
  private paths: Collection[] = [];

  constructor(private readonly cy: Core) {
    cy.on('mouseover', '.on-path', (event) => this.isolate(event.target.data('pathIndex') as number));
    cy.on('mouseout', '.on-path', () => this.isolate(null));
  }

  show(found: FoundPath[]): void {
    const cy = this.cy;
    this.clear();
    this.paths = found.map((path) => {
      let elements = cy.collection();
      for (const node of path.nodes) elements = elements.union(cy.getElementById(node.id));
      for (const step of path.steps) for (const hop of step.relationships) elements = elements.union(cy.getElementById(hop.id));
      return elements;
    });
    cy.batch(() => {
      // A shared entity keeps the colour of the first path through it.
      [...this.paths].reverse().forEach((elements, reversed) => {
        const i = this.paths.length - 1 - reversed;
        elements.data({ pathColour: PATH_COLOURS[i % PATH_COLOURS.length], pathIndex: i });
        elements.addClass('on-path');
      });
      this.isolate(null);
    });
  }

  clear(): void {
    this.paths = [];
    this.cy.elements().removeClass('on-path faded');
  }

  /** Fades all but path `index`; null shows every path again (the rest faded). */
  isolate(index: number | null): void {
    if (this.paths.length === 0) return;
    const kept = index === null ? this.cy.elements('.on-path') : (this.paths[index] ?? this.cy.collection());
    this.cy.batch(() => {
      this.cy.elements().addClass('faded');
      kept.removeClass('faded');
    });
  }
}

/**
 * The panel's list: each path with its colour, each step as one line with every relationship's
 * status and dates (the server's words: "Armenia → member of (founding member, 1992-05-15 –; …) → CSTO"),
 * and the evidence. The same paths as the connection report, which it links to.
 */
export function renderPathList(
  panel: HTMLElement,
  ends: { from: string; to: string; names: (id: string) => string; asOf: string | null; release?: number | null },
  paths: FoundPath[],
  highlight: PathHighlight,
): void {
  const { from, to, names, asOf, release = null } = ends;
  if (paths.length === 0) {
    panel.innerHTML = `<h2>No path</h2><p>No chain of up to 4 relationships links ${escapeHtml(names(from))} and ${escapeHtml(names(to))}${asOf ? ` as of ${escapeHtml(asOf)}` : ''}.</p>`;
    return;
  }
  const query = reportQuery(asOf, release);
  panel.innerHTML = `<h2>${escapeHtml(names(from))} ↔ ${escapeHtml(names(to))}</h2>
    <p class="meta">${paths.length} path${paths.length > 1 ? 's' : ''}${asOf ? ` as of ${escapeHtml(asOf)}` : ''}, shortest first, each in its colour in the graph (hover one to see it alone). The connection report lists the same: <a href="/reports/${encodeURIComponent(from)}/to/${encodeURIComponent(to)}.html${query}" target="_blank" rel="noopener">HTML</a></p>
    <ol class="path-list">${paths
      .map(
        (path, i) => `<li class="path" data-path="${i}" tabindex="0" style="border-left-color:${PATH_COLOURS[i % PATH_COLOURS.length]}">
          <h3><span class="swatch" style="background:${PATH_COLOURS[i % PATH_COLOURS.length]}"></span>Path ${i + 1} (${path.length} step${path.length > 1 ? 's' : ''})</h3>
          <ol class="hops">${path.steps
            .map(
              (step) => `<li class="step">${escapeHtml(step.text)}
                <details><summary>Evidence</summary>${step.relationships.map((hop) => citationList(hop.citations)).join('')}</details></li>`,
            )
            .join('')}</ol></li>`,
      )
      .join('')}</ol>`;
  panel.querySelectorAll<HTMLElement>('li.path').forEach((item) => {
    const index = Number(item.dataset.path);
    item.addEventListener('mouseenter', () => highlight.isolate(index));
    item.addEventListener('mouseleave', () => highlight.isolate(null));
    item.addEventListener('focus', () => highlight.isolate(index));
    item.addEventListener('blur', () => highlight.isolate(null));
  });
}
