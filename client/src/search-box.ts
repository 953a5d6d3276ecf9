import { request } from './api';
import type { RoleSearchQuery } from './generated/graphql';
import { RoleSearchQuery as RoleSearch, SearchQuery } from './queries';
import { readingRelease } from './reading-release';
import { datesText } from '../../server/src/model/holding';

type EntityHit = { id: string; name: string; kind: string; description?: string | null };
export type RoleHit = RoleSearchQuery['roleSearch'][number];
type Hit = EntityHit | { role: RoleHit };

const roleLine = (hit: RoleHit) => `${hit.from.name} — ${hit.role}, ${hit.to.name}`;
// What the sources say of its time, no more: a post with no end given is not "to the present".
const roleDates = (hit: RoleHit) => datesText({ since: hit.since, until: hit.until, attested: hit.attested });

/**
 * Autocomplete over names and aliases: arrow keys move, Enter or a click chooses. Given `chooseRole`,
 * it also lists who held a post whose name matches ("Secretary-General"), by date.
 */
export function attachSearch(
  input: HTMLInputElement,
  list: HTMLUListElement,
  choose: (id: string) => void,
  report: (message: string) => void,
  chooseRole?: (hit: RoleHit, all: RoleHit[]) => void,
) {
  let hits: Hit[] = [];
  let roles: RoleHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;

  const render = () => {
    list.hidden = hits.length === 0;
    list.innerHTML = '';
    hits.forEach((hit, i) => {
      // Headings only when both groups are there: posts first (their words all matched), then entities.
      if (roles.length && (i === 0 || 'role' in hits[i - 1]! !== 'role' in hit)) {
        const heading = document.createElement('li');
        heading.setAttribute('role', 'presentation');
        heading.className = 'group';
        heading.textContent = 'role' in hit ? 'Posts and roles, by date' : 'Entities';
        list.append(heading);
      }
      const item = document.createElement('li');
      item.setAttribute('role', 'option');
      item.setAttribute('aria-selected', String(i === active));
      const [title, kindText, descriptionText] = 'role' in hit ? [roleLine(hit.role), 'post', roleDates(hit.role)] : [hit.name, hit.kind.toLowerCase(), hit.description];
      item.dataset.id = 'role' in hit ? hit.role.id : hit.id;
      item.append(title);
      const kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = kindText;
      item.append(kind);
      if (descriptionText) {
        const description = document.createElement('span');
        description.className = 'description';
        description.textContent = descriptionText.length > 90 ? `${descriptionText.slice(0, 90)}…` : descriptionText;
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
    input.value = 'role' in hit ? hit.role.role ?? '' : hit.name;
    hits = [];
    render();
    'role' in hit ? chooseRole?.(hit.role, roles) : choose(hit.id);
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
        const release = readingRelease();
        // Posts as well as entities as the graph said at the release viewed.
        const [data, posts] = await Promise.all([request(SearchQuery, { text, first: 8, release }), chooseRole ? request(RoleSearch, { text, first: 20, release }) : null]);
        if (ticket !== latest) return;
        // Who held the post; "succeeded by" repeats the same holders in pairs.
        roles = (posts?.roleSearch ?? []).filter((role) => role.type !== 'SUCCEEDED_BY');
        hits = [...roles.map((role) => ({ role })), ...data.search.edges.map((edge) => edge.node)];
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
