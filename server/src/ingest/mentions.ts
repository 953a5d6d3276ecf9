/**
 * Mentions: every span of a paragraph that names a known entity. One pass over the words with the
 * gazetteer's trie; then each candidate is checked (punctuation between its words, case of acronyms,
 * capitals of one-word names, usage of ordinary-word names) and overlaps resolve to the longest.
 */
import { EXERCISE_WORD } from './event-reference';
import { indexed, textKeys, type NameVariant, type TrieNode } from './gazetteer';
import type { Span } from './sentences';
import { QUOTE, gapSignature, isCapitalised, isSoftGap, tokenize, type Token } from './tokens';
import type { Gazetteer, Mention } from './types';

/** A mention with what the fact rules need: the entity's kind and the word indices it covers. */
export interface Found extends Mention {
  variant: NameVariant;
  /** A series' name with a year after it ("Rubezh-2027", «Рубеж-2027»): an edition the graph lacks (it would have matched as a longer name). */
  edition?: Edition;
}

export interface Edition {
  /** Offset in the paragraph after the year. */
  end: number;
  year: string;
  /**
   * Whether the edition stands for its series (the corpus's convention when the graph has no edition):
   * only when the series recurs, i.e. the graph names editions of it or its sentence, or the sentence before, calls it an exercise
   * ("The exercises went ahead. In September the forces held Interaction-2026 in Belarus");
   * otherwise it is an event of its own, proposed as new.
   */
  ofSeries: boolean;
}

/** A treaty, an agreement, a charter: documents are signed once, they have no editions. */
const DOCUMENT_NAME = /(?<![\p{L}])(?:treaty|agreement|charter|convention|protocol|договор\p{L}*|соглашени\p{L}*|устав\p{L}*|конвенци\p{L}*|протокол\p{L}*)(?![\p{L}])/iu;
/** A year right after a series' name, after a hyphen, a dash or a space: "Interaction-2026", «Поиск–2026», "Rubezh 2025". */
export const EDITION_YEAR = /^\s?[-–—]?\s?((?:19|20)\d\d)(?![\p{L}\p{N}]|[-–—](?:19|20)?\d\d)/u;
/** The nouns that make a name an exercise's in its sentence. */
/** Verbs of an event taking place, being held or being joined: "took part in Interaction-2026, which was held in Belarus", "Interaction-2026, held at the range", «в «Поиске-2026» участвовали», ««Взаимодействие-2026» провели КСОР». */
const EVENT_VERB_IN_SENTENCE = /(?<![\p{L}])(?:took part|take part|takes part|taking part|participated|was held|were held|was staged|was conducted|were conducted|took place|held|staged|conducted|hosted|принял\p{L}* участие|участвовал\p{L}*|участвуют|проходил\p{L}*|прош(?:ли|ло|ла|[её]л)|состоял\p{L}*|пров[её]л\p{L}*|проведен\p{L}*|проведён|проводил\p{L}*)(?![\p{L}])/iu;

/** A copula after a name that calls it an exercise: "is the exercise", "was an annual drill", «— это учение», «— совместное учение». */
const COPULA_CUE = /^(?:,? (?:is|was|remains|has been|has long been) (?:(?:the|an?|its|their) )?(?:[a-z-]+ ){0,2}?(?:exercises?|drills?|manoeuvres?|maneuvers?|war-?games?)|,? [—–] (?:это )?(?:[а-яё-]+ ){0,2}?(?:учени|манёвр|маневр)\p{L}*)(?![\p{L}])/u;
/** Words beside which an ordinary word is the name of an exercise or operation. */
const NAME_CUES = /^(exercises?|drills?|manoeuvres?|maneuvers?|war-?games?|operations?|training|учени[яйеи]\w*|маневр\w*|манёвр\w*|операци\w*|тренировк\w*)$/u;
const OPENING_QUOTES = new Set(['"', "'", '«', '“', '„', '‘', '‹', '`']);
const QUOTE_CHARS = new Set([...QUOTE]);

interface Candidate {
  first: number;
  last: number;
  variant: NameVariant;
}

function walk(tokens: Token[], keys: string[][], text: string, gazetteerRoot: TrieNode): Candidate[] {
  const found: Candidate[] = [];
  for (let first = 0; first < tokens.length; first++) {
    const stack: Array<[TrieNode, number]> = [[gazetteerRoot, first]];
    while (stack.length > 0) {
      const [node, index] = stack.pop()!;
      if (index >= tokens.length) continue;
      if (index > first) {
        const gap = text.slice(tokens[index - 1]!.end, tokens[index]!.start);
        if (gapSignature(gap).length > 2 || /\n[ \t]*\n/.test(gap)) continue;
      }
      const seen = new Set<TrieNode>();
      for (const key of keys[index]!) {
        const child = node.next?.get(key);
        if (!child || seen.has(child)) continue;
        seen.add(child);
        for (const variant of child.variants ?? []) found.push({ first, last: index, variant });
        if (child.next) stack.push([child, index + 1]);
      }
    }
  }
  return found;
}

/** Whether the words as written fit the name: same punctuation between words, acronyms in their case. */
function fits(candidate: Candidate, tokens: Token[], text: string): boolean {
  const { variant, first } = candidate;
  for (let k = 0; k < variant.words.length; k++) {
    const token = tokens[first + k]!;
    if (variant.exactCase[k] && token.raw !== variant.words[k]) return false;
    if (k === 0) continue;
    const gap = text.slice(tokens[first + k - 1]!.end, token.start);
    const expected = variant.gaps[k - 1]!;
    if (expected === '' || expected === '-') {
      const abbreviated = gapSignature(gap) === '.' && variant.words[k - 1]!.length <= 3;
      if (!isSoftGap(gap) && !abbreviated) return false;
    } else if (gapSignature(gap) !== expected) return false;
  }
  if (variant.words.length === 1 && !variant.exactCase[0] && !isCapitalised(tokens[first]!.raw)) return false;
  // A proper name written all in lower case ("a permanent council") is a phrase, not the name; initiatives
  // and events get the usage check instead (needsUsageCheck), and names without capitals are exempt.
  const written = tokens.slice(first, first + variant.words.length);
  const lowered = variant.words.some(isCapitalised) && written.every((token) => !isCapitalised(token.raw));
  if (lowered && variant.kind !== 'INITIATIVE' && variant.kind !== 'EVENT' && variant.kind !== 'TOPIC') return false;
  return true;
}

function sentenceOf(sentences: Span[], offset: number): Span {
  return sentences.find((span) => offset >= span.start && offset < span.end) ?? { start: 0, end: Number.MAX_SAFE_INTEGER };
}

/**
 * A headline or an all-capitals line: there capitals say nothing about names. A run of capitalised words counts
 * once: a long name ("the Collective Rapid Reaction Forces will hold Interaction") does not make its sentence a headline.
 */
function capitalsUninformative(tokens: Token[], span: Span): boolean {
  const words = tokens.filter((token) => token.start >= span.start && token.end <= span.end && /^\p{L}{4,}/u.test(token.raw));
  if (words.length < 3) return false;
  // Three words of four letters or more in lower case are prose ("… said the forces would conduct Interaction and Search …"):
  // a title-case headline capitalises them.
  if (words.filter((token) => !isCapitalised(token.raw) && /^\p{Ll}/u.test(token.raw)).length >= 3) return false;
  const at = new Map(tokens.map((token, i) => [token, i]));
  const units = words.filter((token, i) => !(i > 0 && isCapitalised(token.raw) && isCapitalised(words[i - 1]!.raw) && at.get(token)! - at.get(words[i - 1]!)! === 1));
  return units.filter((token) => isCapitalised(token.raw)).length / units.length > 0.6;
}

/**
 * Whether an ordinary-word name is used as a name here: quoted, beside a word such as "exercise" or
 * "учения", followed by a year (Echelon-2025), or capitalised where a capital says something (not the
 * first word of a sentence, not a headline).
 */
function usedAsName(candidate: Candidate, tokens: Token[], text: string, sentences: Span[]): boolean {
  const firstToken = tokens[candidate.first]!;
  const lastToken = tokens[candidate.last]!;
  const before = text.slice(Math.max(0, firstToken.start - 1), firstToken.start);
  const after = text.slice(lastToken.end, lastToken.end + 1);
  if (OPENING_QUOTES.has(before) || (QUOTE_CHARS.has(after) && after !== "'" && after !== '’')) return true;
  const next = tokens[candidate.last + 1];
  if (next && /^(19|20)\d\d$/.test(next.raw) && isSoftGap(text.slice(lastToken.end, next.start))) return true;
  for (let i = Math.max(0, candidate.first - 2); i <= Math.min(tokens.length - 1, candidate.last + 2); i++) {
    if ((i < candidate.first || i > candidate.last) && NAME_CUES.test(tokens[i]!.folded)) return true;
  }
  // "Rubezh is the exercise of the CRDF", «Рубеж — это учение КСБР»: a copula right after the name calls it an exercise.
  if (COPULA_CUE.test(text.slice(lastToken.end, lastToken.end + 80))) return true;
  if (!isCapitalised(firstToken.raw)) return false;
  const sentence = sentenceOf(sentences, firstToken.start);
  const opening = text.slice(sentence.start, firstToken.start);
  if (/^[\s"'«“„(\[\-–—]*$/u.test(opening)) return false;
  return !capitalsUninformative(tokens, sentence);
}

/**
 * An ordinary-word name opening its sentence, coordinated with a name of its kind the text uses as one ("Search and Interaction
 * were held…", «Поиск и „Взаимодействие“ прошли…»): the first item of a list of names, not the common noun a capital says nothing of.
 */
function openingItemOfNames(candidate: Candidate, used: Candidate[], tokens: Token[], text: string): boolean {
  const { kind } = candidate.variant;
  if ((kind !== 'INITIATIVE' && kind !== 'EVENT') || !isCapitalised(tokens[candidate.first]!.raw)) return false;
  const joiner = tokens[candidate.last + 1];
  if (!joiner || !/^(?:and|или|or|и)$/.test(joiner.folded) || !isSoftGap(text.slice(tokens[candidate.last]!.end, joiner.start))) return false;
  const next = used.find((other) => other.first === candidate.last + 2);
  return next !== undefined && (next.variant.kind === 'INITIATIVE' || next.variant.kind === 'EVENT') && isCapitalised(tokens[next.first]!.raw);
}

/** Names of initiatives and events written all in lower case are checked as ordinary words are. */
function needsUsageCheck(candidate: Candidate, tokens: Token[]): boolean {
  if (candidate.variant.ordinary) return true;
  if (candidate.variant.kind !== 'INITIATIVE' && candidate.variant.kind !== 'EVENT') return false;
  if (candidate.variant.words.length === 1) return false;
  const written = tokens.slice(candidate.first, candidate.last + 1);
  return written.every((token) => !isCapitalised(token.raw)) && candidate.variant.words.some((word) => isCapitalised(word));
}

/** The mentions in one paragraph (1-based number), sorted by offset. */
export function findMentions(paragraph: string, number: number, sentences: Span[], gazetteer: Gazetteer): Found[] {
  const tokens = tokenize(paragraph);
  const keys = tokens.map(textKeys);
  const fitting = walk(tokens, keys, paragraph, indexed(gazetteer).root).filter((candidate) => fits(candidate, tokens, paragraph));
  const used = fitting.filter((candidate) => !needsUsageCheck(candidate, tokens) || usedAsName(candidate, tokens, paragraph, sentences));
  const candidates = [...used, ...fitting.filter((candidate) => !used.includes(candidate) && openingItemOfNames(candidate, used, tokens, paragraph))];
  // Longest first; a span already taken by a longer name is not also a shorter one.
  const length = (candidate: Candidate) => tokens[candidate.last]!.end - tokens[candidate.first]!.start;
  candidates.sort((a, b) => length(b) - length(a) || a.first - b.first || Number(a.variant.surname) - Number(b.variant.surname));
  const taken: Array<[number, number]> = [];
  const chosen: Found[] = [];
  const seen = new Set<string>();
  for (const candidate of candidates) {
    const start = tokens[candidate.first]!.start;
    // A name that opens a title in quotes inside it («программа «Укрепление границы»») ends with the quote that closes it.
    const closes = candidate.variant.gaps.some((gap) => gap.includes('"')) && QUOTE_CHARS.has(paragraph[tokens[candidate.last]!.end] ?? '');
    const end = tokens[candidate.last]!.end + (closes ? 1 : 0);
    const sameSpan = taken.some(([s, e]) => s === start && e === end);
    if (!sameSpan && taken.some(([s, e]) => start < e && end > s)) continue;
    // The same span naming several entities (a shared name) gives one mention for each; a surname
    // never competes with a full name.
    if (sameSpan && candidate.variant.surname) continue;
    const key = `${start}:${end}:${candidate.variant.entityId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (!sameSpan) taken.push([start, end]);
    chosen.push({ entityId: candidate.variant.entityId, text: paragraph.slice(start, end), paragraph: number, start, end, variant: candidate.variant });
  }
  for (const mention of chosen) {
    if (mention.variant.kind !== 'INITIATIVE') continue;
    // A document with its year («Договора о коллективной безопасности 1992 года») is dated, not an edition of a series.
    if (DOCUMENT_NAME.test(mention.text)) continue;
    const year = EDITION_YEAR.exec(paragraph.slice(mention.end, mention.end + 8));
    if (!year) continue;
    const sentence = sentenceOf(sentences, mention.start);
    const previous = sentences[sentences.indexOf(sentence) - 1];
    // A name with a year that the sentence says was held or joined is an edition of a series, as one it calls an exercise is.
    const ofSeries =
      indexed(gazetteer).hasEditions(mention.variant) ||
      EXERCISE_WORD.test(paragraph.slice(previous?.start ?? sentence.start, sentence.end)) ||
      EVENT_VERB_IN_SENTENCE.test(paragraph.slice(sentence.start, sentence.end));
    mention.edition = { end: mention.end + year[0].length, year: year[1]!, ofSeries };
  }
  return chosen.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * A body named without its owner ("the Secretariat", «Объединённый штаб») is that organization's body only in an article
 * that names the organization: elsewhere "the Secretariat" may be the UN's or a ministry's.
 */
export function withOwnersNamed(found: Found[][]): Found[][] {
  const named = new Set(found.flat().map((mention) => mention.entityId));
  return found.map((mentions) => mentions.filter((mention) => !mention.variant.ownerElided || named.has(mention.variant.ownerElided)));
}

/**
 * A mention as the reader quotes it: an edition the graph lacks with its year ("Interaction-2026", «Поиск-2026»). The fact
 * rules keep the series' name alone and read the year from `edition`.
 */
export function quotedMention(mention: Found, paragraph: string): Mention {
  const { variant: _variant, edition, ...quoted } = mention;
  return edition ? { ...quoted, end: edition.end, text: paragraph.slice(quoted.start, edition.end) } : quoted;
}
