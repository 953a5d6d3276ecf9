import { request } from '../api';
import { readingRelease } from '../reading-release';
import { el } from './dom';
import { MentionedInQuery } from './queries';

/**
 * "Mentioned in": the sources that name an entity, with the sentence, appended to the details panel
 * as its own section (the panel's other content is the explorer's). A link opens the source for review.
 */
export async function showMentionedIn(panel: HTMLElement, entityId: string, openSource: (id: string) => void): Promise<void> {
  const heading = panel.querySelector('h2');
  // Read at the release viewed: an entity retired since is none at the latest, yet its mentions stand.
  const data = await request(MentionedInQuery, { id: entityId, release: readingRelease() }).catch(() => null);
  const mentions = data?.entity?.mentions;
  // The panel may show something else by now (a new heading); an entity no source mentions gets no section.
  if (!mentions || mentions.totalCount === 0 || panel.querySelector('h2') !== heading) return;
  panel.querySelector('section.mentioned-in')?.remove();
  const list = el(
    'ul',
    { class: 'mentions' },
    ...mentions.edges.map(({ node }) => {
      const open = el('a', { href: `#source=${encodeURIComponent(node.source.id)}`, text: node.source.title });
      open.addEventListener('click', (event) => {
        event.preventDefault();
        openSource(node.source.id);
      });
      return el('li', {}, open, node.source.published ? el('span', { class: 'meta', text: ` (${node.source.published})` }) : null, el('blockquote', { text: node.sentence }));
    }),
  );
  panel.append(
    el(
      'section',
      { class: 'mentioned-in', 'data-entity': entityId },
      el('h3', { text: 'Mentioned in' }),
      list,
      mentions.totalCount > mentions.edges.length ? el('p', { class: 'meta', text: `and ${mentions.totalCount - mentions.edges.length} more` }) : null,
    ),
  );
}
