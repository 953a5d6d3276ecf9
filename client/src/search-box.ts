import { request } from './api';
import { SearchQuery } from './queries';

type Hit = { id: string; name: string; kind: string; description?: string | null };

/** Autocomplete over names and aliases: arrow keys move, Enter or a click chooses. */
export function attachSearch(input: HTMLInputElement, list: HTMLUListElement, choose: (id: string) => void, report: (message: string) => void) {
  let hits: Hit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;

  const render = () => {
    list.hidden = hits.length === 0;
    list.innerHTML = '';
    hits.forEach((hit, i) => {
      const item = document.createElement('li');
      item.setAttribute('role', 'option');
      item.setAttribute('aria-selected', String(i === active));
      item.dataset.id = hit.id;
      item.innerHTML = '';
      item.append(hit.name);
      const kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = hit.kind.toLowerCase();
      item.append(kind);
      if (hit.description) {
        const description = document.createElement('span');
        description.className = 'description';
        description.textContent = hit.description.length > 90 ? `${hit.description.slice(0, 90)}…` : hit.description;
        item.append(description);
      }
      item.addEventListener('mousedown', (event) => {
        event.preventDefault();
        pick(i);
      });
      list.append(item);
    });
  };

  const pick = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    input.value = hit.name;
    hits = [];
    render();
    choose(hit.id);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) {
      hits = [];
      render();
      return;
    }
    timer = setTimeout(async () => {
      const ticket = ++latest;
      try {
        const data = await request(SearchQuery, { text, first: 8 });
        if (ticket !== latest) return;
        hits = data.search.edges.map((edge) => edge.node);
        active = hits.length ? 0 : -1;
        render();
        if (hits.length === 0) report(`Nothing found for “${text}”.`);
        else report('');
      } catch (error) {
        report((error as Error).message);
      }
    }, 150);
  });

  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length === 0) return;
      active = (active + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      pick(active);
    } else if (event.key === 'Escape') {
      hits = [];
      render();
    }
  });
}
