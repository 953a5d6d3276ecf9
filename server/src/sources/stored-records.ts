import type { CitationRecord } from '../dataset/types';

/** `values` without its null and undefined fields: a dataset record leaves out what is not known. */
export function definedOnly<T extends Record<string, unknown>>(values: T): { [K in keyof T]?: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== null && value !== undefined)) as { [K in keyof T]?: Exclude<T[K], null> };
}

interface StoredCitation {
  source: { id: string };
  quote?: string | null;
  locator?: string | null;
  claimedBy?: string | null;
}

/**
 * Citations as read from the graph, as the importer takes them: a stored record written back (with an
 * added citation or identifier) keeps the citations it had.
 */
export const citationRecords = (citations: readonly StoredCitation[]): CitationRecord[] =>
  citations.map((citation) => definedOnly({ source: citation.source.id, quote: citation.quote, locator: citation.locator, claimedBy: citation.claimedBy }) as unknown as CitationRecord);
