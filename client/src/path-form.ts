import { attachSearch } from './search-box';

export interface Endpoint {
  id: string;
  name: string;
}

/**
 * The "Paths" form, in the details panel: two entities chosen by search (loaded in the graph or
 * not), then their shortest paths. "From" starts as the selected entity.
 */
export function renderPathForm(panel: HTMLElement, start: Endpoint | null, find: (from: string, to: string) => void, report: (message: string) => void): void {
  panel.innerHTML = `<h2>Paths between two entities</h2>
    <p class="meta">The shortest chains of up to 4 relationships (at most 5, as of the date shown: the connection report’s), each in its colour in the graph, with the status, dates and evidence of each step.</p>
    <form class="path-form" autocomplete="off">
      ${['from', 'to']
        .map(
          (end) => `<label for="path-${end}">${end === 'from' ? 'From' : 'To'}</label>
      <div class="suggest"><input id="path-${end}" type="search" placeholder="Search an entity" aria-autocomplete="list" aria-controls="path-${end}-results"><ul id="path-${end}-results" class="suggestions" role="listbox" hidden></ul></div>`,
        )
        .join('')}
      <button type="submit" disabled>Find paths</button>
    </form>`;
  const form = panel.querySelector('form')!;
  const submit = form.querySelector<HTMLButtonElement>('button[type=submit]')!;
  const chosen: { from: string | null; to: string | null } = { from: null, to: null };
  for (const end of ['from', 'to'] as const) {
    const input = form.querySelector<HTMLInputElement>(`#path-${end}`)!;
    attachSearch(input, form.querySelector<HTMLUListElement>(`#path-${end}-results`)!, (id) => {
      chosen[end] = id;
      submit.disabled = !(chosen.from && chosen.to);
      // Chosen by Enter in the first box: on to the next step.
      (end === 'from' ? form.querySelector<HTMLInputElement>('#path-to')! : submit).focus();
    }, report);
    // Typing again un-chooses: the button must not find paths for a name no longer shown.
    input.addEventListener('input', () => {
      chosen[end] = null;
      submit.disabled = true;
    });
  }
  if (start) {
    form.querySelector<HTMLInputElement>('#path-from')!.value = start.name;
    chosen.from = start.id;
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (chosen.from && chosen.to) find(chosen.from, chosen.to);
  });
  form.querySelector<HTMLInputElement>(start ? '#path-to' : '#path-from')!.focus();
}
