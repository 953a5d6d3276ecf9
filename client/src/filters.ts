import type { Core } from 'cytoscape';
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
  // Counts follow the date: what did not exist yet on it (out-of-time) is not counted.
  const kinds = counts(cy.nodes().not('.out-of-time').map((node) => node.data('kind') as string));
  const types = counts(cy.edges().not('.out-of-time').map((edge) => edge.data('type') as string));
  const box = (group: 'kinds' | 'types', value: string, count: number, swatch: string) =>
    `<label class="legend-item"><input type="checkbox" data-group="${group}" value="${value}" ${hidden[group].includes(value) ? '' : 'checked'}>${swatch}<span>${value.replace(/_/g, ' ').toLowerCase()}</span> <span class="count">${count}</span></label>`;
  panel.innerHTML = `
    <fieldset><legend>Entities</legend>${[...kinds].map(([kind, count]) => box('kinds', kind, count, `<span class="swatch" style="background:${KIND_STYLE[kind]?.color ?? '#888'}"></span>`)).join('')}</fieldset>
    <fieldset><legend>Relationships</legend>${[...types].map(([type, count]) => box('types', type, count, '')).join('')}</fieldset>`;
  panel.querySelectorAll<HTMLInputElement>('input[type=checkbox]').forEach((input) =>
    input.addEventListener('change', () => {
      const next = { kinds: [...hidden.kinds], types: [...hidden.types] };
      const group = input.dataset.group as 'kinds' | 'types';
      next[group] = input.checked ? next[group].filter((value) => value !== input.value) : [...next[group], input.value];
      onChange(next);
    }),
  );
}
