import type { EntityChoiceFieldsFragment, EntityKind, ProposedEntityInput } from '../generated/graphql';
import { el } from './dom';

export type EntityChoice = EntityChoiceFieldsFragment;

/** What an end of a fact becomes: a known entity (by id) or a new one. */
export type EndValue = { id: string } | { created: ProposedEntityInput };

export interface EndChoiceInput {
  end: 'from' | 'to';
  /** The words of the sentence this end stands for. */
  words: string;
  /** The entity the proposal resolved the words to, if any. */
  resolved: EntityChoice | null | undefined;
  /** The new entity the proposal proposes, if any. */
  proposedNew: { id: string; kind: string; name: string } | null | undefined;
  /** Known entities the words may name (Proposal.fromCandidates / toCandidates). */
  candidates: EntityChoice[];
  /** Entities whose names hold the typed words (the explorer's search). */
  search(text: string): Promise<EntityChoice[]>;
}

const KINDS: EntityKind[] = ['PERSON', 'ORGANIZATION', 'STATE', 'INITIATIVE', 'EVENT', 'PLACE', 'TOPIC'];

/** "Collective Security Council (organization, 2002 – )": enough to tell namesakes apart. */
export function choiceLabel(entity: EntityChoice): string {
  const dates = entity.start || entity.end ? `, ${entity.start ?? '…'} – ${entity.end ?? ''}` : '';
  return `${entity.name} (${entity.kind.toLowerCase()}${dates.trimEnd()})`;
}

/**
 * One end of a fact under edit, as a choice: the candidates from the graph (all of them when the words
 * are ambiguous), a new entity (kind and name editable), or another entity found by typing its name.
 * `value()` is what the reviewer chose, or null when nothing is chosen yet.
 */
export function endChoice(input: EndChoiceInput): { node: HTMLFieldSetElement; value(): EndValue | null } {
  const group = `end-${input.end}`;
  const label = input.end === 'from' ? 'From' : 'To';
  const fieldset = el('fieldset', { class: `end-choice end-${input.end}`, 'data-end': input.end }, el('legend', { text: `${label}: “${input.words}”` }));
  const radio = (value: string, checked: boolean) => el('input', { type: 'radio', name: group, value, checked, id: `${group}-${value}` });

  const known = new Map<string, EntityChoice>();
  const candidates = input.resolved && !input.candidates.some((c) => c.id === input.resolved!.id) ? [input.resolved, ...input.candidates] : input.candidates;
  const defaultId = input.resolved?.id ?? null;
  const list = el('div', { class: 'candidates', role: 'radiogroup', 'aria-label': `${label}: entities the words may name` });
  for (const candidate of candidates) {
    known.set(candidate.id, candidate);
    list.append(el('label', { class: 'candidate', for: `${group}-${candidate.id}` }, radio(candidate.id, candidate.id === defaultId), ` ${choiceLabel(candidate)}`));
  }
  if (candidates.length === 0) list.append(el('p', { class: 'meta', text: 'No known entity has these words as its name.' }));
  if (candidates.length > 1) list.prepend(el('p', { class: 'meta ambiguous', text: `${candidates.length} known entities may be meant: choose one.` }));

  // A new entity: the proposal's own, or the words as a name.
  const proposed = input.proposedNew;
  const newRadio = radio('new', !defaultId && Boolean(proposed));
  const kind = el('select', { name: `${group}-new-kind`, class: 'new-kind', 'aria-label': `${label}: kind of the new entity` }, ...KINDS.map((k) => el('option', { value: k, text: k.toLowerCase(), selected: k === (proposed?.kind ?? 'ORGANIZATION') })));
  const name = el('input', { type: 'text', name: `${group}-new-name`, class: 'new-name', value: proposed?.name ?? input.words, 'aria-label': `${label}: name of the new entity` });
  for (const field of [kind, name]) field.addEventListener('focus', () => (newRadio.checked = true));
  const created = el('div', { class: 'new-entity-choice' }, el('label', { for: newRadio.id }, newRadio, ' New entity: '), kind, name);

  // Another entity, typed ahead through the search.
  const otherRadio = radio('other', false);
  let other: EntityChoice | null = null;
  const query = el('input', { type: 'search', class: 'other-search', placeholder: 'type a name…', autocomplete: 'off', 'aria-label': `${label}: search another entity` });
  const results = el('div', { class: 'search-results', role: 'listbox', 'aria-label': `${label}: entities found` });
  const chosenOther = el('span', { class: 'meta other-chosen' });
  const pick = (entity: EntityChoice) => {
    other = entity;
    otherRadio.checked = true;
    chosenOther.textContent = `chosen: ${choiceLabel(entity)}`;
    results.replaceChildren();
    query.focus();
  };
  let typed = 0;
  query.addEventListener('input', () => {
    otherRadio.checked = true;
    const text = query.value.trim();
    const asked = (typed += 1);
    if (text.length < 2) {
      results.replaceChildren();
      return;
    }
    void input.search(text).then((found) => {
      // Only the answer to what is typed now: an earlier, slower answer is dropped.
      if (asked !== typed) return;
      results.replaceChildren(
        ...found.map((entity) => {
          const option = el('button', { type: 'button', role: 'option', class: 'search-result', 'data-id': entity.id, text: choiceLabel(entity) });
          option.addEventListener('click', () => pick(entity));
          return option;
        }),
      );
      if (found.length === 0) results.append(el('span', { class: 'meta', text: 'Nothing found.' }));
    });
  });
  // Enter in the search takes the first entity found rather than submitting the form; ↓ goes to the list.
  query.addEventListener('keydown', (event) => {
    const first = results.querySelector<HTMLButtonElement>('button.search-result');
    if (event.key === 'Enter' && first) {
      event.preventDefault();
      first.click();
    } else if (event.key === 'ArrowDown' && first) {
      event.preventDefault();
      first.focus();
    }
  });
  const another = el('div', { class: 'other-choice' }, el('label', { for: otherRadio.id }, otherRadio, ' Another entity: '), query, chosenOther, results);

  fieldset.append(list, created, another);
  return {
    node: fieldset,
    value() {
      const checked = fieldset.querySelector<HTMLInputElement>(`input[name="${group}"]:checked`)?.value;
      if (!checked) return null;
      if (checked === 'other') return other ? { id: other.id } : null;
      if (checked !== 'new') return { id: checked };
      const chosen = { kind: kind.value as EntityKind, name: name.value.trim() };
      // The proposal's own new entity, unchanged, keeps its id.
      if (proposed && proposed.kind === chosen.kind && proposed.name === chosen.name) return { id: proposed.id };
      return { created: chosen };
    },
  };
}
