/**
 * The words the `entity_names` full-text index holds, and the typo expansion search does with them
 * instead of Lucene's fuzzy terms. A fuzzy term (`word~2`) makes Lucene build a Levenshtein automaton
 * per term and field on every request and walk the term dictionary with it: on the CSTO graph that was
 * about 93 % of the search statement. The words within the edit distance are the same until the names
 * change, so they are found here, once per word and graph version, and sent as plain boosted terms,
 * scored as the fuzzy terms are (see `Vocabulary.fuzzy`).
 */

/** The two fields of `entity_names` (cypher/schema/002-indexes.cypher). */
export const FIELDS = ['name', 'aliasNames'] as const;
export type Field = (typeof FIELDS)[number];

/** Lucene's FuzzyQuery default: at most this many words per fuzzy term and field, best first. */
export const MAX_EXPANSIONS = 50;

/** More distinct words than this and the vocabulary is not kept: search falls back to fuzzy terms. */
export const MAX_TERMS = 500_000;

const segmenter = new Intl.Segmenter('und', { granularity: 'word' });

/** Han and kana: Lucene's StandardTokenizer makes each such character a token of its own. */
const IDEOGRAPHIC = /[\p{Script=Han}\p{Script=Hiragana}]/u;

const PLAIN_WORDS = /^[\sA-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u012F\u0131-\u024F\u0400-\u0481\u048A-\u04FF]*$/;

/** Lowercase one code point at a time, as Lucene's LowerCaseFilter (Character.toLowerCase) does: no context (final sigma), one code point out ('İ' → 'i'). */
const lowerCodePoints = (text: string): string => {
  let out = '';
  for (const char of text) {
    const lower = char.toLowerCase();
    out += lower.length === char.length ? lower : String.fromCodePoint(lower.codePointAt(0)!);
  }
  return out;
};

/**
 * The terms the index's analyser (Neo4j's default, standard-no-stop-words: Lucene's StandardTokenizer,
 * which splits by the Unicode word rules, UAX #29, then a lowercase filter) makes of one value.
 * Intl.Segmenter follows the same rules; where ICU differs (it groups Han characters into dictionary
 * words), each character is added as well. A term too many costs nothing (it matches no document); a
 * term missing would lose the typos of it, so the split errs on the side of more.
 */
export function indexTerms(value: string): string[] {
  // Latin and Cyrillic letters and digits between spaces, as nearly all names are: the rules split at
  // the spaces only, and lowercasing the whole is lowercasing each letter (no 'İ', no Greek sigma).
  if (PLAIN_WORDS.test(value)) return value.toLowerCase().split(/\s+/).filter((term) => term.length > 0);
  const terms: string[] = [];
  for (const segment of segmenter.segment(value)) {
    if (!segment.isWordLike) continue;
    const term = lowerCodePoints(segment.segment);
    terms.push(term);
    if (IDEOGRAPHIC.test(term)) for (const char of term) if (IDEOGRAPHIC.test(char)) terms.push(char);
  }
  return terms;
}

/**
 * The edit distance Lucene's fuzzy automaton accepts (insertions, deletions, substitutions, and a swap
 * of two adjacent letters as one edit: the restricted Damerau-Levenshtein distance), over code points,
 * or `max + 1` as soon as it is known to be above `max`.
 */
export function editDistance(a: readonly number[], b: readonly number[], max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  if (rows.length < 3 * width) rows = new Int32Array(2 * 3 * width);
  // Three rows, i - 2, i - 1 and i, at offsets that rotate (no allocation per call).
  let before = 0;
  let previous = width;
  let current = 2 * width;
  for (let j = 0; j <= b.length; j++) rows[previous + j] = j;
  for (let i = 1; i <= a.length; i++) {
    rows[current] = i;
    let rowMin = i;
    const ai = a[i - 1]!;
    for (let j = 1; j <= b.length; j++) {
      const bj = b[j - 1]!;
      let d = rows[previous + j - 1]! + (ai === bj ? 0 : 1);
      const deletion = rows[previous + j]! + 1;
      if (deletion < d) d = deletion;
      const insertion = rows[current + j - 1]! + 1;
      if (insertion < d) d = insertion;
      if (i > 1 && j > 1 && ai === b[j - 2] && a[i - 2] === bj && rows[before + j - 2]! + 1 < d) d = rows[before + j - 2]! + 1;
      rows[current + j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(rows[previous + b.length]!, max + 1);
}

let rows = new Int32Array(3 * 64);

/**
 * Which code points (modulo 32) a word holds. Each code point of one word missing from the other
 * needs an edit of its own, so two words whose signatures differ in more than `max` bits, either way,
 * are more than `max` edits apart: most of the vocabulary is passed over without a distance.
 */
export function signature(codePoints: readonly number[]): number {
  let bits = 0;
  for (const point of codePoints) bits |= 1 << (point & 31);
  return bits;
}

const bitCount = (bits: number): number => {
  let count = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) count++;
  return count;
};

/** What Lucene's fuzzy terms enum gives a word `edits` away as its boost (FuzzyTermsEnum, in float). */
export function similarity(edits: number, termLength: number, wordLength: number): number {
  if (edits === 0) return 1;
  return Math.fround(1 - Math.fround(edits / Math.min(termLength, wordLength)));
}

/** Code point order, as Lucene orders terms (UTF-8 bytes). */
const byCodePoints = (a: string, b: string): number => {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
};

/** One plain term standing for one word of a fuzzy expansion, with the boost that scores it as Lucene's rewrite would. */
export interface Variant {
  field: Field;
  term: string;
  boost: number;
}

interface TermEntry {
  term: string;
  codePoints: number[];
  signature: number;
  /** Whether some document holds the term in that field. */
  inField: Record<Field, boolean>;
}

/** What the vocabulary is read from: each entity's name and alias names, as the index holds them. */
export type NamedValues = ReadonlyArray<readonly [name: unknown, aliases: unknown]>;

export class Vocabulary {
  /** Terms by length in code points: a word is only compared with terms at most its edit distance longer or shorter. */
  private readonly byLength = new Map<number, TermEntry[]>();
  /** Expansions already made, per word and edit distance (the same words are searched again and again). */
  private readonly memo = new Map<string, Variant[]>();

  /**
   * The vocabulary of these names, built in slices with a turn of the event loop between them: on the
   * 100k graph the whole takes seconds, which requests would otherwise wait behind.
   */
  static async of(entities: NamedValues, slice = 2_000): Promise<Vocabulary> {
    const vocabulary = new Vocabulary();
    for (let start = 0; start < entities.length; start += slice) {
      vocabulary.add(entities.slice(start, start + slice));
      await new Promise((resolve) => setImmediate(resolve));
    }
    return vocabulary;
  }

  private readonly entries = new Map<string, TermEntry>();

  /**
   * Adds the words of these names (a release's new and renamed entities), in place: a search already
   * built with the vocabulary keeps the words it had, and the version kept beside the vocabulary
   * (search-vocabularies.ts) says which releases it holds. The expansions made before are dropped,
   * since a new word may be near any of them. Throws VocabularyTooLarge past MAX_TERMS.
   */
  add(entities: NamedValues): void {
    const entries = this.entries;
    for (const [name, aliases] of entities) {
      const values: Record<Field, unknown[]> = { name: typeof name === 'string' ? [name] : [], aliasNames: Array.isArray(aliases) ? aliases : [] };
      for (const field of FIELDS) {
        const terms = new Set(values[field].filter((value): value is string => typeof value === 'string').flatMap(indexTerms));
        for (const term of terms) {
          let entry = entries.get(term);
          if (!entry) {
            if (entries.size >= MAX_TERMS) throw new VocabularyTooLarge(entries.size);
            const codePoints = [...term].map((char) => char.codePointAt(0)!);
            entry = { term, codePoints, signature: signature(codePoints), inField: { name: false, aliasNames: false } };
            entries.set(term, entry);
            const list = this.byLength.get(codePoints.length);
            if (list) list.push(entry);
            else this.byLength.set(codePoints.length, [entry]);
          }
          entry.inField[field] = true;
        }
      }
    }
    if (entities.length > 0) this.memo.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * The plain terms that score as `word~maxEdits` does. Lucene's fuzzy query, per field: the terms of
   * the field within `maxEdits` (no prefix required), the best `MAX_EXPANSIONS` by similarity (ties:
   * the lower term), each boosted by its similarity. Neo4j's index scores each such term with its own
   * document frequency (no blending: compared on the bench graphs, plain terms boosted by the
   * similarity alone give the fuzzy query's scores to float precision), so the boost is the similarity.
   */
  fuzzy(word: string, maxEdits: number): Variant[] {
    const key = `${maxEdits}:${word}`;
    const known = this.memo.get(key);
    if (known) return known;
    const codePoints = [...word].map((char) => char.codePointAt(0)!);
    const bits = signature(codePoints);
    const near: Array<{ entry: TermEntry; similarity: number }> = [];
    for (let length = codePoints.length - maxEdits; length <= codePoints.length + maxEdits; length++) {
      for (const entry of this.byLength.get(length) ?? []) {
        if (bitCount(bits & ~entry.signature) > maxEdits || bitCount(entry.signature & ~bits) > maxEdits) continue;
        const edits = editDistance(codePoints, entry.codePoints, maxEdits);
        if (edits <= maxEdits) near.push({ entry, similarity: similarity(edits, entry.codePoints.length, codePoints.length) });
      }
    }
    const variants: Variant[] = [];
    for (const field of FIELDS) {
      const kept = near
        .filter((hit) => hit.entry.inField[field])
        .sort((a, b) => b.similarity - a.similarity || byCodePoints(a.entry.term, b.entry.term))
        .slice(0, MAX_EXPANSIONS);
      for (const hit of kept) variants.push({ field, term: hit.entry.term, boost: hit.similarity });
    }
    // The memo is bounded: past its size it starts again (a cheap bound; the words searched most come back first).
    if (this.memo.size >= 10_000) this.memo.clear();
    this.memo.set(key, variants);
    return variants;
  }
}

export class VocabularyTooLarge extends Error {
  constructor(terms: number) {
    super(`the entity_names vocabulary has more than ${terms} words; search keeps Lucene's fuzzy terms`);
  }
}
