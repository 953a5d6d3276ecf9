import { createHash } from 'node:crypto';

/** How sources, proposals and new entities are named, so that the same input always gets the same ids. */

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The content hash of a text: of its paragraphs, so that line endings and spacing between paragraphs do not count. */
export const textHash = (paragraphs: readonly string[]): string => sha256(paragraphs.join('\n\n'));

/** A lowercase id from words in any script: "Collective Forces" -> "collective-forces", "ОДКБ" -> "одкб". */
export function slug(text: string, maxLength = 60): string {
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  let result = '';
  for (const word of words) {
    const next = result ? `${result}-${word}` : word;
    if (next.length > maxLength) break;
    result = next;
  }
  return result || words.join('-').slice(0, maxLength);
}

/** The id of a new source: its date, publisher and title ("2025-11-27-trend-russia-s-2026-csto-…"). */
export function sourceIdFor(input: { title: string; publisher?: string | null; published?: string | null }): string {
  return slug([input.published, input.publisher, input.title].filter(Boolean).join(' '), 80);
}

/** The same id made unique by the text's hash, for a derived id another source already holds. */
export const distinctSourceId = (id: string, contentHash: string) => `${id}-${contentHash.slice(0, 8)}`;

/**
 * A claim: the sentence and what it is read as stating. A rejected claim is not proposed again, from
 * this source or any other that repeats the sentence.
 */
export function claimKey(claim: { quote: string; type: string; fromText: string; toText: string; fromId?: string | null; toId?: string | null }): string {
  const words = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  return sha256(JSON.stringify([words(claim.quote), claim.type, claim.fromId ?? words(claim.fromText), claim.toId ?? words(claim.toText)])).slice(0, 32);
}

/** A proposal is the claim as made by one source. */
export const proposalId = (sourceId: string, key: string) => `p-${sha256(`${sourceId}\n${key}`).slice(0, 20)}`;
