/**
 * Words of a text with their offsets, and the folded form names are compared in: lower case, ё as е,
 * Latin diacritics dropped (Chișinău = Chisinau), other scripts kept as they are.
 */

export interface Token {
  /** The word as written. */
  raw: string;
  folded: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** British and American spellings of the words names are made of, folded to one. */
const SPELLINGS: Record<string, string> = {
  programme: 'program', programmes: 'programs', defence: 'defense', organisation: 'organization',
  organisations: 'organizations', centre: 'center', centres: 'centers', labour: 'labor', counsellor: 'counselor',
};

export function fold(word: string): string {
  // Dictionaries and encyclopaedias mark the stress in Russian («Организа́ции»): the acute or grave over a vowel is no letter.
  const lower = word.toLowerCase().replace(/ё/g, 'е').replace(/(?<=\p{Script=Cyrillic})[\u0300\u0301]/gu, '');
  // Only Latin letters lose their marks: NFD would turn Cyrillic й into и + breve.
  const plain = /[^\u0000-\u007f]/.test(lower) ? lower.normalize('NFD').replace(/([a-z])\p{M}+/gu, '$1').normalize('NFC') : lower;
  return SPELLINGS[plain] ?? plain;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    tokens.push({ raw: match[0], folded: fold(match[0]), start, end: start + match[0].length });
  }
  return tokens;
}

export const isCyrillic = (word: string): boolean => /\p{Script=Cyrillic}/u.test(word);
export const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);
export const isAllCaps = (word: string): boolean => /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);

/** Spaces of every kind, and line breaks. */
export const SPACE = '\\s\\u00a0\\u2007\\u2009\\u202f';
/** Hyphens and dashes of every kind. */
export const DASH = '\\-\\u2010\\u2011\\u2012\\u2013\\u2014\\u2212';
/** Quotation marks of every kind. */
export const QUOTE = '"\'«»“”„‟‘’‚‹›`';

const SOFT_GAP = new RegExp(`^[${SPACE}]*[${DASH}]?[${SPACE}]*$`, 'u');

/** Whether the text between two words of a name may join them: spaces, a line break, one hyphen or dash. */
export function isSoftGap(gap: string): boolean {
  return SOFT_GAP.test(gap) && !/\n[ \t]*\n/.test(gap);
}

const SPACES = new RegExp(`[${SPACE}]+`, 'gu');
const DASHES = new RegExp(`[${DASH}]`, 'gu');
const QUOTES = new RegExp(`[${QUOTE}]`, 'gu');

/** Punctuation of a gap, spaces removed and quotes and dashes folded: what two gaps must share. */
export function gapSignature(gap: string): string {
  if (gap === ' ') return '';
  return gap.replace(SPACES, '').replace(DASHES, '-').replace(QUOTES, '"');
}
