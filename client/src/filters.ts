import type { Core } from 'cytoscape';
import { GHOSTS, shown } from './graph-view';
import { LINE_KINDS, lineKind } from './line-style';
import { KIND_STYLE } from './style-by-kind';

/**
 * The legend, which is also the filter: one checkbox per kind of entity and per relationship type
 * present in the graph, with how many of each are loaded. Unchecking hides them (class "filtered").
 */
export function applyFilters(cy: Core, hiddenKinds: string[], hiddenTypes: string[]): void {
  cy.batch(() => {
    cy.elements().removeClass('filtered');
    cy.nodes().filter((node) => hiddenKinds.includes(node.data('kind'))).addClass('filtered');
    cy.edges()
      .filter((edge) => hiddenTypes.includes(edge.data('type')) || edge.source().hasClass('filtered') || edge.target().hasClass('filtered'))
      .addClass('filtered');
  });
}

function counts(values: string[]): Map<string, number> {
  const found = new Map<string, number>();
  for (const value of values) found.set(value, (found.get(value) ?? 0) + 1);
  return new Map([...found.entries()].sort((a, b) => a[0].localeCompare(b[0])));
}

export function renderLegend(
  panel: HTMLElement,
  cy: Core,
  hidden: { kinds: string[]; types: string[] },
  onChange: (hidden: { kinds: string[]; types: string[] }) => void,
): void {
  // Counted as they stand at the date (and after hiding), filters aside: an unchecked kind keeps its count.
  const present = cy.elements().not('.out-of-time, .hidden').not(GHOSTS);
  const kinds = counts(present.nodes().map((node) => node.data('kind') as string));
  const types = counts(present.edges().map((edge) => edge.data('type') as string));
  const lines = counts(shown(cy).edges().map((edge) => lineKind(edge)));
  const box = (group: 'kinds' | 'types', value: string, count: number, swatch: string) =>
    `<label class="legend-item"><input type="checkbox" data-group="${group}" value="${value}" ${hidden[group].includes(value) ? '' : 'checked'}>${swatch}<span>${value.replace(/_/g, ' ').toLowerCase()}</span> <span class="count">${count}</span></label>`;
  panel.innerHTML = `
    <fieldset><legend>Entities</legend>${[...kinds].map(([kind, count]) => box('kinds', kind, count, `<span class="swatch" style="background:${KIND_STYLE[kind]?.color ?? '#888'}"></span>`)).join('')}</fieldset>
    <fieldset><legend>Relationships</legend>${[...types].map(([type, count]) => box('types', type, count, '')).join('')}</fieldset>
    <fieldset class="line-legend"><legend>Lines</legend>${LINE_KINDS.filter((line) => lines.has(line.key))
      .map(
        (line) => `<div class="legend-item" data-line="${line.key}"><svg width="28" height="8" aria-hidden="true"><line x1="1" y1="4" x2="27" y2="4" stroke="${line.sample.color}" stroke-width="2.5" ${line.sample.dash ? `stroke-dasharray="${line.sample.dash}"` : ''}/></svg><span>${line.label}</span> <span class="count">${lines.get(line.key)}</span></div>`,
      )
      .join('')}</fieldset>`;
  panel.querySelectorAll<HTMLInputElement>('input[type=checkbox]').forEach((input) =>
    input.addEventListener('change', () => {
      const next = { kinds: [...hidden.kinds], types: [...hidden.types] };
      const group = input.dataset.group as 'kinds' | 'types';
      next[group] = input.checked ? next[group].filter((value) => value !== input.value) : [...next[group], input.value];
      onChange(next);
    }),
  );
}
