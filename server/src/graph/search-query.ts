/**
 * Builds the Lucene query behind search from what a person typed. Every word is escaped, then
 * matched three ways, best first: as typed (boosted), as the start of a word (partial words),
 * and within a small edit distance (typos: one edit for words of 4-5 letters, two from 6).
 * `all` requires every word (the first try: "collective security treaty organisation" should find
 * the organization, not the treaty); `any` is the fallback when that finds nothing, so one word
 * misspelt beyond repair does not empty the result.
 */

const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

export function escapeLucene(word: string): string {
  return word.replace(LUCENE_SPECIAL, (char) => `\\${char}`);
}

export function words(text: string): string[] {
  return text
    .toLocaleLowerCase()
    .split(/[\s\p{P}\p{S}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, 16);
}

export function luceneQuery(text: string, match: 'all' | 'any' = 'any'): string | null {
  const parts = words(text).map((word) => {
    const term = escapeLucene(word);
    const alternatives = [`${term}^4`, `${term}*^2`];
    if (word.length >= 6) alternatives.push(`${term}~2`);
    else if (word.length >= 4) alternatives.push(`${term}~1`);
    return `${match === 'all' ? '+' : ''}(${alternatives.join(' OR ')})`;
  });
  return parts.length > 0 ? parts.join(match === 'all' ? ' ' : ' OR ') : null;
}
