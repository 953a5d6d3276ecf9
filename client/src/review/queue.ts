import type { ProposalFieldsFragment, ProposalEdit } from '../generated/graphql';
import { el, marked, occurrences } from './dom';
import { endChoice, type EntityChoice } from './end-choice';

export type Proposal = ProposalFieldsFragment;

/** What the queue asks of its owner: the decisions, and the way to the graph. */
export interface QueueActions {
  accept(proposal: Proposal, edit?: ProposalEdit): Promise<void>;
  reject(proposal: Proposal, reason: string): Promise<void>;
  showInGraph(entityId: string, relationshipId: string): void;
  relationshipTypes: () => string[];
  /** Entities whose names hold the typed words, for choosing another entity as an end. */
  search(text: string): Promise<EntityChoice[]>;
}

/** Loads the next page of the queue (and appends it); null when the queue is complete. */
export type MoreLoader = (() => Promise<void>) | null;

type Mode = 'view' | 'edit' | 'reject';

const period = (since?: string | null, until?: string | null) => (since || until ? `${since ?? '…'} – ${until ?? 'present'}` : '');

function endLabel(entity: { name: string } | null | undefined, created: { name: string; kind: string } | null | undefined, words: string, candidates: EntityChoice[]): Node {
  const namesakes = candidates.length > 1 ? ` (${candidates.length} entities have this name: check with Edit)` : '';
  if (entity) return el('strong', { class: namesakes ? 'ambiguous' : undefined, title: namesakes || undefined }, entity.name);
  if (created) return el('strong', { class: 'new-entity', title: `a new ${created.kind.toLowerCase()}, created when accepted` }, `${created.name} (new ${created.kind.toLowerCase()})`);
  const hint = candidates.length > 0 ? `${candidates.length} known ${candidates.length === 1 ? 'entity' : 'entities'} may be meant: choose with Edit` : 'no known entity: choose one with Edit';
  return el('strong', { class: 'unresolved', title: hint }, `“${words}”?`);
}

function factLine(p: Proposal): HTMLElement {
  const details = [period(p.since, p.until), p.role, p.status].filter(Boolean).join(' · ');
  return el(
    'div',
    { class: 'fact' },
    el('span', { class: `badge relation-${p.relation.toLowerCase()}`, text: p.relation === 'SUPPORTS_EXISTING' ? 'supports existing' : p.relation.toLowerCase() }),
    ' ',
    endLabel(p.from, p.fromNew, p.fromText, p.fromCandidates),
    ` ${p.type} `,
    endLabel(p.to, p.toNew, p.toText, p.toCandidates),
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

/** A proposal as read, without actions: what a dry run (the "Add source" preview) would propose. */
export function proposalSummary(p: Proposal): HTMLElement {
  return el('li', { class: `proposal preview relation-${p.relation.toLowerCase()}` }, factLine(p), sentence(p), conflicts(p));
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
  const input = (name: keyof ProposalEdit, label: string, value: string | null | undefined) => {
    const field = el('input', { name, id: `edit-${name}`, type: 'text', value: value ?? '' });
    return [el('label', { for: `edit-${name}`, text: label }), field] as const;
  };
  const type = el('select', { name: 'type', id: 'edit-type' }, ...actions.relationshipTypes().map((t) => el('option', { value: t, text: t, selected: t === p.type })));
  const from = endChoice({ end: 'from', words: p.fromText, resolved: p.from, proposedNew: p.fromNew, candidates: p.fromCandidates, search: actions.search });
  const to = endChoice({ end: 'to', words: p.toText, resolved: p.to, proposedNew: p.toNew, candidates: p.toCandidates, search: actions.search });
  const problem = el('p', { class: 'error', role: 'alert' });
  const form = el(
    'form',
    { class: 'edit-form', 'aria-label': 'Edit the fact, then accept it' },
    el('label', { for: 'edit-type', text: 'Type' }),
    type,
    from.node,
    to.node,
    ...input('since', 'Since', p.since),
    ...input('until', 'Until', p.until),
    ...input('role', 'Role', p.role),
    ...input('status', 'Status', p.status),
    problem,
    el('div', { class: 'actions' }, el('button', { type: 'submit', text: 'Accept with these values (Enter)' }), el('button', { type: 'button', class: 'cancel', text: 'Cancel (Esc)' })),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const value = (name: string) => String(data.get(name) ?? '').trim() || null;
    const ends = { from: from.value(), to: to.value() };
    const missing = (['from', 'to'] as const).filter((end) => !ends[end]);
    if (missing.length > 0) {
      problem.textContent = `Choose ${missing.map((end) => (end === 'from' ? `what “${p.fromText}” is` : `what “${p.toText}” is`)).join(' and ')}: a known entity, a new one, or another found by its name.`;
      return;
    }
    // Every field is sent: a reviewer's edit is explicit, which is what accepting a conflict needs.
    const edit: ProposalEdit = { type: value('type'), since: value('since'), until: value('until'), role: value('role'), status: value('status') };
    for (const end of ['from', 'to'] as const) {
      const chosen = ends[end]!;
      if ('id' in chosen) edit[end] = chosen.id;
      else edit[`${end}New`] = chosen.created;
    }
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
  private more: MoreLoader = null;
  private loading = false;
  /** Loads the next page when "More" scrolls into view. */
  private readonly watcher = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) void this.loadMore();
  });

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

  get size(): number {
    return this.proposals.length;
  }

  /** A new list; `more` loads the page after it (paged queues), null when it is all there is. */
  show(proposals: Proposal[], more: MoreLoader = null): void {
    this.proposals = proposals;
    this.more = more;
    const firstOpen = proposals.findIndex((p) => p.state === 'OPEN');
    this.active = Math.max(0, firstOpen);
    this.mode = 'view';
    this.render();
  }

  /** The next page, below what is shown; the selection stays where it is. */
  append(proposals: Proposal[], more: MoreLoader): void {
    const shown = new Set(this.proposals.map((p) => p.id));
    this.proposals = [...this.proposals, ...proposals.filter((p) => !shown.has(p.id))];
    this.more = more;
    this.render();
  }

  private async loadMore(): Promise<void> {
    if (!this.more || this.loading) return;
    this.loading = true;
    try {
      await this.more();
    } finally {
      this.loading = false;
    }
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

  /** Down from the last one shown loads the next page first. */
  private down(): void {
    if (this.active < this.proposals.length - 1 || !this.more) this.move(this.active + 1);
    else void this.loadMore().then(() => this.move(this.active + 1));
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
      ArrowDown: () => this.down(),
      j: () => this.down(),
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
    this.watcher.disconnect();
    if (this.more) {
      const button = el('button', { type: 'button', id: 'queue-more', text: `More (${this.proposals.length} shown)` });
      button.addEventListener('click', () => void this.loadMore());
      const item = el('li', { class: 'more' }, button);
      this.list.append(item);
      this.watcher.observe(item);
    }
    const current = this.current;
    if (current) this.list.setAttribute('aria-activedescendant', `proposal-${current.id}`);
    this.list.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
    this.onActive(current);
  }
}
