import { LRUCache } from 'lru-cache';

/** What the memo keeps at most, in characters of texts and string results: a few MB, whatever is sent. */
const MAX_CHARS = 2_000_000;

/**
 * `compute`, remembered for the texts it was last asked about: a request sent again (a cache hit) does
 * not lex its document again. For pure functions of a GraphQL document's text; bounded in memory, and a
 * text longer than a tenth of the budget is computed every time.
 */
export function memoizeByText<T extends NonNullable<unknown>>(compute: (text: string) => T): (text: string) => T {
  const known = new LRUCache<string, T>({
    maxSize: MAX_CHARS,
    sizeCalculation: (value, text) => text.length + (typeof value === 'string' ? value.length : 8),
  });
  return (text) => {
    const hit = known.get(text);
    if (hit !== undefined) return hit;
    const value = compute(text);
    if (text.length <= MAX_CHARS / 10) known.set(text, value);
    return value;
  };
}
