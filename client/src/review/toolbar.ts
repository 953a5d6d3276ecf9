import { el } from './dom';
import type { ReviewHooks, ReviewPanel } from './panel';

/** What the rest of the explorer asks of the review panel. */
export interface Review {
  openSource(id: string): Promise<void>;
}

/**
 * The toolbar's way in: "Add source" and "Review" buttons. The panel itself (queue, source view,
 * forms) is a chunk of its own, loaded on first use: the graph's first paint does not wait for it.
 */
export function attachReview(toolbar: HTMLElement, hooks: ReviewHooks): Review {
  let loading: Promise<ReviewPanel> | null = null;
  const panel = () => (loading ??= import('./panel').then(({ ReviewPanel }) => new ReviewPanel(hooks)));
  const add = el('button', { type: 'button', id: 'add-source', title: 'Read an article into the graph', text: 'Add source' });
  const review = el('button', { type: 'button', id: 'review', title: 'Proposed facts waiting for review', text: 'Review' });
  add.addEventListener('click', () => void panel().then((p) => p.addSource()));
  review.addEventListener('click', () => void panel().then((p) => p.openQueue()));
  toolbar.append(el('span', { class: 'separator' }), add, review);
  return { openSource: async (id) => (await panel()).openSource(id) };
}
