/**
 * Builds the Lucene queries behind search from what a person typed. Every word is escaped, then
 * matched three ways, best first: as typed (boosted), as the start of a word (partial words),
 * and within a small edit distance (typos: one edit for words of 4-5 letters, two from 6).
 */

import type { Vocabulary } from './search-vocabulary';

const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

export function escapeLucene(word: string): string {
  return word.replace(LUCENE_SPECIAL, (char) => `\\${char}`);
}

/**
 * Text as one Lucene phrase, escaped: the analyser splits it as it split the indexed names, so every
 * name or alias equal to the text (case aside) matches it, with the names that hold it among more words.
 */
export function lucenePhrase(text: string): string {
  return `"${escapeLucene(text)}"`;
}

/**
 * The words typed, lowercased, split on spaces, punctuation and symbols, except an apostrophe between
 * letters: the index's tokenizer keeps "d'Ivoire" and "O’Brien" whole, so a word typed so must be one
 * term to match them as typed.
 */
export function words(text: string): string[] {
  return (text.toLocaleLowerCase().match(/[^\s\p{P}\p{S}]+(?:['’][^\s\p{P}\p{S}]+)*/gu) ?? []).slice(0, 16);
}

/** A boost as the query parser reads it: nine digits, which Java parses back to the very float (no exponent: boosts are 1/3 to 1). */
const boostText = (boost: number) => Math.fround(boost).toPrecision(9);

/**
 * A word misspelt, `maxEdits` edits at most: Lucene's fuzzy term, or, with the index's vocabulary, the
 * words it holds within those edits as plain terms, each in its field and boosted as the fuzzy query
 * would score it (server/src/graph/search-vocabulary.ts). Each is a one-word phrase, so the analyser
 * cannot split it into words that the fuzzy term would not have matched. Null: no such word.
 */
export function fuzzyTerm(word: string, maxEdits: number, vocabulary?: Vocabulary | null): string | null {
  if (!vocabulary) return `${escapeLucene(word)}~${maxEdits}`;
  const variants = vocabulary.fuzzy(word, maxEdits);
  if (variants.length === 0) return null;
  return variants.map((variant) => `${variant.field}:"${escapeLucene(variant.term)}"^${boostText(variant.boost)}`).join(' OR ');
}

/** One word as typed, as a prefix, or misspelt (one edit from 4 letters, two from 6). */
const wordQuery = (word: string, vocabulary?: Vocabulary | null) => {
  const term = escapeLucene(word);
  const alternatives = [`${term}^4`, `${term}*^2`];
  const fuzzy = word.length >= 6 ? fuzzyTerm(word, 2, vocabulary) : word.length >= 4 ? fuzzyTerm(word, 1, vocabulary) : null;
  if (fuzzy !== null) alternatives.push(fuzzy);
  return `(${alternatives.join(' OR ')})`;
};

/**
 * One word in the every-word form of search's query: as typed, as a prefix, one edit away (from 4
 * letters), or, from 6, with its last two letters changed (its first letters as a prefix: "коллективной"
 * finds "коллективная", as two edits would). Two edits' automaton is the costly part of a fuzzy query
 * (Lucene compiles one per fuzzy term and field); the any-word part already has it, and building it a
 * second time made the query about 1.5× as long on the 10k graph.
 */
const everyWordQuery = (word: string, vocabulary?: Vocabulary | null) => {
  const term = escapeLucene(word);
  const alternatives = [`${term}^4`, `${term}*^2`];
  const fuzzy = word.length >= 4 ? fuzzyTerm(word, 1, vocabulary) : null;
  if (fuzzy !== null) alternatives.push(fuzzy);
  if (word.length >= 6) alternatives.push(`${escapeLucene(word.slice(0, -2))}*`);
  return `+(${alternatives.join(' OR ')})`;
};

/**
 * `all` requires every word ("collective security treaty organisation" should find the organization,
 * not the treaty): role search and the review queue's candidates; `any` matches any of them.
 */
export function luceneQuery(text: string, match: 'all' | 'any' = 'any', vocabulary?: Vocabulary | null): string | null {
  const parts = words(text).map((word) => `${match === 'all' ? '+' : ''}${wordQuery(word, vocabulary)}`);
  return parts.length > 0 ? parts.join(match === 'all' ? ' ' : ' OR ') : null;
}

/**
 * How far the every-word form and the phrase lift a hit above the hits of some words only. A hit of
 * some words scores the sum of its words' clauses (tens at most on these indexes); one of every word
 * adds this many times the every-word form's score (thousands), so it comes first. Boosts order by
 * magnitude, not by rule: a word common in one field and rare in the other could in principle upset
 * it, which the names and aliases here do not (the ranking test checks the tiers on the CSTO graph).
 */
export const EVERY_WORD_BOOST = 1000;
export const PHRASE_BOOST = 500;

/**
 * Entity search's one Lucene query: any word matches, ranked so that the hits with every word come
 * before those with some (the every-word form, boosted), and among them the words in the order typed
 * (the phrase, boosted). One query answers, counts and pages: no second query when no entity has
 * every word. An exact name or alias is ranked first by the statement (Lucene cannot see equality).
 * With the index's vocabulary the typos are its words, as plain terms, instead of fuzzy terms.
 */
export function searchQuery(text: string, vocabulary?: Vocabulary | null): string | null {
  const typed = words(text);
  if (typed.length === 0) return null;
  const any = luceneQuery(text, 'any', vocabulary)!;
  if (typed.length === 1) return any;
  const every = typed.map((word) => everyWordQuery(word, vocabulary)).join(' ');
  const phrase = `"${typed.map(escapeLucene).join(' ')}"`;
  return `${phrase}^${PHRASE_BOOST} OR (${every})^${EVERY_WORD_BOOST} OR ${any}`;
}
