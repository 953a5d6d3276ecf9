import type { ProposalFieldsFragment, ProposalEdit } from '../generated/graphql';
import { el, marked, occurrences } from './dom';

export type Proposal = ProposalFieldsFragment;

/** What the queue asks of its owner: the decisions, and the way to the graph. */
export interface QueueActions {
  accept(proposal: Proposal, edit?: ProposalEdit): Promise<void>;
  reject(proposal: Proposal, reason: string): Promise<void>;
  showInGraph(entityId: string, relationshipId: string): void;
  relationshipTypes: () => string[];
  /** Entities the reviewer may choose as an end: those the source mentions. */
  candidates: (proposal: Proposal) => Array<{ id: string; name: string }>;
}

type Mode = 'view' | 'edit' | 'reject';

const period = (since?: string | null, until?: string | null) => (since || until ? `${since ?? '…'} – ${until ?? 'present'}` : '');

function endLabel(entity: { name: string } | null | undefined, created: { name: string; kind: string } | null | undefined, words: string): Node {
  if (entity) return el('strong', { text: entity.name });
  if (created) return el('strong', { class: 'new-entity', title: `a new ${created.kind.toLowerCase()}, created when accepted` }, `${created.name} (new ${created.kind.toLowerCase()})`);
  return el('strong', { class: 'unresolved', title: 'no known entity: choose one with Edit' }, `“${words}”?`);
}

function factLine(p: Proposal): HTMLElement {
  const details = [period(p.since, p.until), p.role, p.status].filter(Boolean).join(' · ');
  return el(
    'div',
    { class: 'fact' },
    el('span', { class: `badge relation-${p.relation.toLowerCase()}`, text: p.relation === 'SUPPORTS_EXISTING' ? 'supports existing' : p.relation.toLowerCase() }),
    ' ',
    endLabel(p.from, p.fromNew, p.fromText),
    ` ${p.type} `,
    endLabel(p.to, p.toNew, p.toText),
    details ? el('span', { class: 'meta', text: `  ${details}` }) : null,
    p.unreferenced ? el('span', { class: 'badge unreferenced', title: 'no reference, or only "imported from": accepted one at a time', text: 'unreferenced' }) : null,
    ...p.identifies.map((i) => el('span', { class: 'meta name-match' }, ` · ${i.entityId} matched by name to `, el('a', { href: i.url ?? '#', target: '_blank', rel: 'noopener noreferrer', text: i.value }), ': accepting confirms it')),
  );
}

function sentence(p: Proposal): HTMLElement {
  const quote = p.evidence.quote;
  const spans = [...occurrences(quote, p.fromText, 'mention from'), ...occurrences(quote, p.toText, 'mention to')];
  return el('blockquote', { class: 'sentence' }, marked(quote, spans), el('span', { class: 'meta', text: ` ¶${p.evidence.paragraph ?? '?'} · ${p.evidence.source.title}` }));
}

function decision(p: Proposal, actions: QueueActions): HTMLElement | null {
  if (p.state === 'OPEN') return null;
  const who = `${p.state === 'ACCEPTED' ? 'Accepted' : 'Rejected'} by ${p.decidedBy ?? 'someone'}${p.decidedAt ? ` on ${p.decidedAt.slice(0, 10)}` : ''}`;
  const box = el('div', { class: 'decision' }, el('span', { text: who }), p.reason ? el('span', { text: `: ${p.reason}` }) : null);
  const written = p.relationship;
  if (written) {
    const citation = written.citations.find((c) => c.source.id === p.evidence.source.id && c.quote === p.evidence.quote);
    const show = el('button', { type: 'button', class: 'show-in-graph', text: 'Show in graph' });
    show.addEventListener('click', () => actions.showInGraph(written.from.id, written.id));
    const dates = period(written.since, written.until);
    box.append(el('div', { class: 'written' }, `Written: ${written.from.name} ${written.type} ${written.to.name}${dates ? ` (${dates})` : ''}`));
    if (citation) box.append(el('div', { class: 'meta cited', text: `Cited: ${citation.locator ?? ''} of ${citation.source.title}` }));
    box.append(show);
  }
  return box;
}

function conflicts(p: Proposal): HTMLElement | null {
  if (p.conflictsWith.length === 0) return null;
  return el(
    'div',
    { class: 'conflict' },
    el('strong', { text: 'The graph says otherwise: ' }),
    ...p.conflictsWith.map((r) => el('div', { text: `${r.from.name} ${r.type} ${r.to.name}${period(r.since, r.until) ? ` (${period(r.since, r.until)})` : ''}${r.role ? `, ${r.role}` : ''}` })),
    el('div', { class: 'meta', text: 'Accepting needs an edit: correct the fact, or confirm it as a separate claim of this source.' }),
  );
}

function editForm(p: Proposal, actions: QueueActions, done: () => void): HTMLFormElement {
  const listId = `ends-${p.id}`;
  const input = (name: keyof ProposalEdit, label: string, value: string | null | undefined, extra: Record<string, string> = {}) => {
    const field = el('input', { name, id: `edit-${name}`, type: 'text', value: value ?? '', ...extra });
    return [el('label', { for: `edit-${name}`, text: label }), field] as const;
  };
  const type = el('select', { name: 'type', id: 'edit-type' }, ...actions.relationshipTypes().map((t) => el('option', { value: t, text: t, selected: t === p.type })));
  const fromId = p.from?.id ?? p.fromNew?.id ?? '';
  const toId = p.to?.id ?? p.toNew?.id ?? '';
  const form = el(
    'form',
    { class: 'edit-form', 'aria-label': 'Edit the fact, then accept it' },
    el('datalist', { id: listId }, ...actions.candidates(p).map((c) => el('option', { value: c.id, text: c.name }))),
    el('label', { for: 'edit-type', text: 'Type' }),
    type,
    ...input('from', 'From (id)', fromId, { list: listId }),
    ...input('to', 'To (id)', toId, { list: listId }),
    ...input('since', 'Since', p.since),
    ...input('until', 'Until', p.until),
    ...input('role', 'Role', p.role),
    ...input('status', 'Status', p.status),
    el('div', { class: 'actions' }, el('button', { type: 'submit', text: 'Accept with these values (Enter)' }), el('button', { type: 'button', class: 'cancel', text: 'Cancel (Esc)' })),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const value = (name: string) => String(data.get(name) ?? '').trim() || null;
    // Every field is sent: a reviewer's edit is explicit, which is what accepting a conflict needs.
    const edit: ProposalEdit = { type: value('type'), from: value('from'), to: value('to'), since: value('since'), until: value('until'), role: value('role'), status: value('status') };
    void actions.accept(p, edit).then(done);
  });
  form.querySelector('.cancel')!.addEventListener('click', done);
  return form;
}

function rejectForm(p: Proposal, actions: QueueActions, done: () => void): HTMLFormElement {
  const reason = el('input', { type: 'text', name: 'reason', id: 'reject-reason', required: true, placeholder: 'why: wrong entity, not stated, already known…' });
  const form = el(
    'form',
    { class: 'reject-form', 'aria-label': 'Reject with a reason' },
    el('label', { for: 'reject-reason', text: 'Reason' }),
    reason,
    el('div', { class: 'actions' }, el('button', { type: 'submit', text: 'Reject (Enter)' }), el('button', { type: 'button', class: 'cancel', text: 'Cancel (Esc)' })),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (reason.value.trim()) void actions.reject(p, reason.value.trim()).then(done);
  });
  form.querySelector('.cancel')!.addEventListener('click', done);
  return form;
}

/**
 * The review queue: one item per proposal, its sentence with the names highlighted, the entities resolved
 * (or new, or to be chosen), what it conflicts with; Accept, Edit, Reject by mouse or by keys (a, e, r;
 * arrow keys or j/k to move; Escape leaves a form).
 */
export class Queue {
  private proposals: Proposal[] = [];
  private active = 0;
  private mode: Mode = 'view';

  constructor(
    readonly list: HTMLOListElement,
    private readonly actions: QueueActions,
    private readonly onActive: (proposal: Proposal | null) => void,
  ) {
    list.setAttribute('role', 'listbox');
    list.tabIndex = 0;
    list.addEventListener('keydown', (event) => this.key(event));
  }

  get current(): Proposal | null {
    return this.proposals[this.active] ?? null;
  }

  show(proposals: Proposal[]): void {
    this.proposals = proposals;
    const firstOpen = proposals.findIndex((p) => p.state === 'OPEN');
    this.active = Math.max(0, firstOpen);
    this.mode = 'view';
    this.render();
  }

  /** A decided proposal replaces its open self; the queue moves on to the next open one. */
  update(decided: Proposal[]): void {
    const byId = new Map(decided.map((p) => [p.id, p]));
    this.proposals = this.proposals.map((p) => byId.get(p.id) ?? p);
    const next = this.proposals.findIndex((p, i) => i > this.active && p.state === 'OPEN');
    if (next >= 0) this.active = next;
    this.mode = 'view';
    this.render();
  }

  open(): Proposal[] {
    return this.proposals.filter((p) => p.state === 'OPEN');
  }

  private move(to: number): void {
    if (to < 0 || to >= this.proposals.length) return;
    this.active = to;
    this.mode = 'view';
    this.render();
  }

  private setMode(mode: Mode): void {
    if (this.current?.state !== 'OPEN') return;
    this.mode = mode;
    this.render();
    this.list.querySelector<HTMLElement>(mode === 'edit' ? '#edit-type' : '#reject-reason')?.focus();
  }

  private key(event: KeyboardEvent): void {
    const inForm = (event.target as HTMLElement).closest('form');
    if (inForm) {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        this.mode = 'view';
        this.render();
        this.list.focus();
      }
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const current = this.current;
    const handled: Record<string, () => void> = {
      ArrowDown: () => this.move(this.active + 1),
      j: () => this.move(this.active + 1),
      ArrowUp: () => this.move(this.active - 1),
      k: () => this.move(this.active - 1),
      Home: () => this.move(0),
      End: () => this.move(this.proposals.length - 1),
      a: () => current?.state === 'OPEN' && void this.actions.accept(current),
      e: () => this.setMode('edit'),
      r: () => this.setMode('reject'),
    };
    const action = handled[event.key];
    if (action) {
      event.preventDefault();
      event.stopPropagation();
      action();
    }
  }

  private render(): void {
    const items = this.proposals.map((p, i) => {
      const selected = i === this.active;
      const item = el(
        'li',
        { role: 'option', id: `proposal-${p.id}`, class: `proposal state-${p.state.toLowerCase()} relation-${p.relation.toLowerCase()}`, 'aria-selected': String(selected), 'data-id': p.id },
        factLine(p),
        sentence(p),
        conflicts(p),
        decision(p, this.actions),
      );
      item.addEventListener('click', (event) => {
        if ((event.target as HTMLElement).closest('form, button')) return;
        if (i !== this.active) this.move(i);
        this.list.focus();
      });
      if (selected && p.state === 'OPEN') {
        const back = () => {
          this.mode = 'view';
          this.render();
          this.list.focus();
        };
        if (this.mode === 'edit') item.append(editForm(p, this.actions, back));
        else if (this.mode === 'reject') item.append(rejectForm(p, this.actions, back));
        else {
          const button = (label: string, key: string, run: () => void) => {
            const b = el('button', { type: 'button', class: `action-${label.toLowerCase()}`, 'aria-keyshortcuts': key, text: `${label} (${key})` });
            b.addEventListener('click', run);
            return b;
          };
          item.append(
            el(
              'div',
              { class: 'actions' },
              button('Accept', 'a', () => void this.actions.accept(p)),
              button('Edit', 'e', () => this.setMode('edit')),
              button('Reject', 'r', () => this.setMode('reject')),
            ),
          );
        }
      }
      return item;
    });
    this.list.replaceChildren(...items);
    if (items.length === 0) this.list.append(el('li', { class: 'meta', text: 'No proposals here.' }));
    const current = this.current;
    if (current) this.list.setAttribute('aria-activedescendant', `proposal-${current.id}`);
    this.list.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
    this.onActive(current);
  }
}
