import type { CitationModel } from '../model/records';

/** "Title, Publisher (2025-11-27), url. paragraph 6. Claimed by X." — one line per citation, every format alike. */
export function citationText(citation: CitationModel): { reference: string; quote: string | null } {
  const source = citation.source;
  const reference = [
    source.title,
    source.publisher ? `, ${source.publisher}` : '',
    source.published ? ` (${source.published})` : '',
    source.url ? `, ${source.url}` : '',
    citation.locator ? `; ${citation.locator}` : '',
    citation.claimedBy ? `; claimed by ${citation.claimedBy}` : '',
  ].join('');
  return { reference, quote: citation.quote ?? null };
}
