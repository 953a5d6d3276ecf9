import { ApiError, request } from '../api';
import type { ProposalEdit } from '../generated/graphql';
import { renderAddSource } from './add-source';
import { renderImportWikidata } from './import-wikidata';
import { el } from './dom';
import { editorKey, forgetKey, reviewerName } from './editor-key';
import { EntityChoicesQuery, OpenProposalsQuery, RelationshipTypeNamesQuery, ReviewMutation, SourceReviewQuery } from './queries';
import { Queue, type Proposal } from './queue';
import { renderSource, type SourceReview } from './source-view';

export interface ReviewHooks {
  /** Focuses the graph on an entity and shows the relationship's details (the accepted fact, with its citation). */
  showInGraph(entityId: string, relationshipId: string): void;
}

/** Proposals read at a time for the queue of every open proposal. */
const QUEUE_PAGE = 20;

/**
 * Sources and review, over the explorer: "Add source" (paste or drop a file), then the source with its
 * mentions highlighted beside the queue of facts proposed from it; or the queue of every open proposal.
 */
export class ReviewPanel {
  readonly root: HTMLElement;
  private readonly sourcePane: HTMLElement;
  private readonly message: HTMLElement;
  private readonly title: HTMLElement;
  private readonly queue: Queue;
  private readonly sources = new Map<string, SourceReview>();
  private types: string[] = [];
  /** Which list the queue shows: a page that arrives after another list was opened is dropped. */
  private listing = 0;

  constructor(private readonly hooks: ReviewHooks) {
    this.title = el('h2', { id: 'review-title', text: 'Review' });
    this.message = el('p', { class: 'review-message', role: 'status' });
    this.sourcePane = el('section', { class: 'source-view', 'aria-label': 'Source text' });
    const list = el('ol', { id: 'review-queue', 'aria-label': 'Proposed facts' });
    const button = (id: string, text: string, run: () => void) => {
      const b = el('button', { type: 'button', id, text });
      b.addEventListener('click', run);
      return b;
    };
    const acceptAll = button('accept-all', 'Accept all open', () => void this.acceptAll());
    this.root = el(
      'div',
      { id: 'review-panel', role: 'dialog', 'aria-labelledby': 'review-title', hidden: true },
      el(
        'div',
        { class: 'review-header' },
        this.title,
        button('review-add-source', 'Add source', () => this.addSource()),
        button('review-open-queue', 'All open proposals', () => void this.openQueue()),
        button('review-import-wikidata', 'Import from Wikidata…', () => this.importWikidata()),
        acceptAll,
        el('span', { class: 'meta keys-hint', text: 'Keys in the list: ↑ ↓ move · a accept · e edit · r reject · Esc leaves a form' }),
        button('review-close', 'Close', () => this.close()),
      ),
      this.message,
      el('div', { class: 'review-body' }, this.sourcePane, el('section', { class: 'queue', 'aria-label': 'Review queue' }, list)),
    );
    this.queue = new Queue(
      list,
      {
        accept: (p, edit) => this.decide([p], 'ACCEPT', edit),
        reject: (p, reason) => this.decide([p], 'REJECT', undefined, reason),
        showInGraph: (entity, relationship) => {
          this.close();
          this.hooks.showInGraph(entity, relationship);
        },
        relationshipTypes: () => this.types,
        search: async (text) => (await request(EntityChoicesQuery, { text })).search.edges.map((edge) => edge.node),
      },
      (p) => void this.showSourceOf(p),
    );
    // Keys typed here are the panel's: the explorer's own shortcuts ("/", "?", Ctrl+Z) wait outside it.
    this.root.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !(event.target as HTMLElement).closest('form')) this.close();
      event.stopPropagation();
    });
    document.body.append(this.root);
  }

  private say(text: string): void {
    this.message.textContent = text;
  }

  private open(title: string): void {
    this.title.textContent = title;
    this.root.classList.remove('importing');
    // Below the header and the toolbar, however many lines the toolbar wraps to.
    this.root.style.top = `${document.getElementById('toolbar')?.getBoundingClientRect().bottom ?? 0}px`;
    this.root.hidden = false;
    if (this.types.length === 0) void request(RelationshipTypeNamesQuery, {}).then((data) => (this.types = data.relationshipTypes.map((t) => t.type)));
  }

  close(): void {
    this.root.hidden = true;
  }

  addSource(): void {
    this.open('Add source');
    this.say('');
    this.root.classList.add('adding');
    renderAddSource(this.sourcePane, (sourceId, message) => void this.openSource(sourceId, message));
  }

  /** "Import from Wikidata…": the form and, once read, the matches beside the queue of the statements proposed. */
  importWikidata(): void {
    this.open('Import from Wikidata');
    this.say('');
    this.root.classList.add('adding');
    renderImportWikidata(this.sourcePane, (proposals, message) => {
      this.root.classList.replace('adding', 'importing');
      this.say(message);
      this.queue.show(proposals);
    });
  }

  async openSource(id: string, message = ''): Promise<void> {
    this.open('Review');
    this.root.classList.remove('adding');
    this.say(message);
    this.listing += 1;
    const source = await this.loadSource(id, true);
    if (!source) return;
    this.title.textContent = `Review: ${source.title}`;
    this.queue.show(source.proposals);
    this.queue.list.focus();
  }

  /** Every open proposal, a page at a time: the next page loads as the list scrolls to its end, with "More", or ↓ at the last. */
  async openQueue(): Promise<void> {
    this.open('All open proposals');
    this.root.classList.remove('adding');
    const listing = ++this.listing;
    const page = async (after: string | null): Promise<void> => {
      const { totalCount, pageInfo, edges } = (await request(OpenProposalsQuery, { first: QUEUE_PAGE, after })).proposals;
      if (listing !== this.listing) return;
      const more = pageInfo.hasNextPage ? () => page(pageInfo.endCursor ?? null) : null;
      const proposals = edges.map((edge) => edge.node);
      if (after) this.queue.append(proposals, more);
      else this.queue.show(proposals, more);
      this.say(`${totalCount} open proposal${totalCount === 1 ? '' : 's'}${more ? `, ${this.queue.size} shown: more load as you scroll down` : ''}.`);
    };
    await page(null);
    this.queue.list.focus();
  }

  private async loadSource(id: string, fresh = false): Promise<SourceReview | null> {
    if (!fresh && this.sources.has(id)) return this.sources.get(id)!;
    const data = await request(SourceReviewQuery, { id });
    if (!data.source) {
      this.say(`No source has the id ${id}.`);
      return null;
    }
    this.sources.set(id, data.source);
    return data.source;
  }

  private async showSourceOf(p: Proposal | null): Promise<void> {
    if (!p || this.root.classList.contains('adding') || this.root.classList.contains('importing')) return;
    const source = await this.loadSource(p.evidence.source.id);
    if (source && this.queue.current?.id === p.id) {
      renderSource(this.sourcePane, source, { paragraph: p.evidence.paragraph ?? 0, quote: p.evidence.quote, prefix: p.evidence.prefix });
    }
  }

  /** Accepts every open proposal that needs no choice (its ends known or new, no conflict): one call, one release. */
  private async acceptAll(): Promise<void> {
    const ready = this.queue.open().filter((p) => p.relation !== 'CONFLICTS' && !p.unreferenced && (p.from || p.fromNew) && (p.to || p.toNew));
    if (ready.length === 0) {
      this.say('Nothing to accept without a choice: the open proposals left need an edit.');
      return;
    }
    await this.decide(ready, 'ACCEPT');
  }

  private async decide(proposals: Proposal[], decision: 'ACCEPT' | 'REJECT', edit?: ProposalEdit, reason?: string): Promise<void> {
    const key = await editorKey(this.message.parentElement === this.root ? this.sourcePane : this.root, 'Reviewing');
    if (!key) return;
    try {
      const ids = proposals.map((p) => p.id);
      const edits = edit ? ids.map((id) => ({ id, edit })) : null;
      const data = await request(ReviewMutation, { ids, decision, edits, reason: reason ?? null, author: reviewerName() }, key);
      const decided = data.reviewProposals.proposals;
      this.queue.update(decided);
      const release = data.reviewProposals.release;
      this.say(
        `${decision === 'ACCEPT' ? 'Accepted' : 'Rejected'} ${decided.length} proposal${decided.length === 1 ? '' : 's'}${release ? `, written in release ${release}` : ''}.`,
      );
      for (const id of new Set(decided.map((p) => p.evidence.source.id))) this.sources.delete(id);
      this.queue.list.focus();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') forgetKey();
      this.say((error as Error).message);
    }
  }
}
