import type { SourceReviewQuery } from '../generated/graphql';
import { el, marked, type Span } from './dom';

export type SourceReview = NonNullable<SourceReviewQuery['source']>;

/** Where a quote sits in its paragraph: found with the text before it, as a TextQuoteSelector is. */
export function quoteRange(paragraph: string, quote: string, prefix?: string | null): { start: number; end: number } | null {
  const withPrefix = prefix ? paragraph.indexOf(prefix + quote) : -1;
  const start = withPrefix >= 0 ? withPrefix + prefix!.length : paragraph.indexOf(quote);
  return start < 0 ? null : { start, end: start + quote.length };
}

/** A paragraph with its mentions marked and, when given, the quoted sentence set apart. */
function paragraphNode(text: string, index: number, mentions: SourceReview['mentions'], quote: { start: number; end: number } | null): HTMLElement {
  const spans: Span[] = mentions
    .filter((mention) => mention.paragraph === index + 1)
    .map((mention) => ({ start: mention.start, end: mention.end, className: 'mention', title: `${mention.entity.name} (${mention.entity.kind.toLowerCase()})`, data: { entity: mention.entity.id } }));
  const paragraph = el('p', { 'data-paragraph': String(index + 1) });
  const cuts = quote ? [0, quote.start, quote.end, text.length] : [0, text.length];
  for (let i = 0; i < cuts.length - 1; i += 1) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!];
    const part = marked(
      text.slice(from, to),
      spans.filter((span) => span.start >= from && span.end <= to).map((span) => ({ ...span, start: span.start - from, end: span.end - from })),
    );
    // With a quote the cuts are before, quote, after: the quote is the second part, however short the first.
    paragraph.append(quote && i === 1 ? el('span', { class: 'quote' }, part) : part);
  }
  return paragraph;
}

/** The source's text with every mention highlighted; the sentence of the proposal under review set apart and scrolled to. */
export function renderSource(container: HTMLElement, source: SourceReview, active: { paragraph: number; quote: string; prefix?: string | null } | null): void {
  const paragraphs = source.paragraphs ?? [];
  const heading = el(
    'header',
    {},
    el('h3', { text: source.title }),
    el('p', { class: 'meta', text: [source.publisher, source.published, `${source.mentions.length} mentions`, `${source.proposals.length} proposed facts`].filter(Boolean).join(' · ') }),
  );
  const body = el('div', { class: 'source-text' });
  paragraphs.forEach((text, i) => {
    const quote = active && active.paragraph === i + 1 ? quoteRange(text, active.quote, active.prefix) : null;
    body.append(paragraphNode(text, i, source.mentions, quote));
  });
  if (paragraphs.length === 0) body.append(el('p', { class: 'meta', text: 'This source has no stored text.' }));
  container.replaceChildren(heading, body);
  container.querySelector('.quote')?.scrollIntoView({ block: 'center' });
}
