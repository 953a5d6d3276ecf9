/**
 * Sentences of a paragraph, as offsets. A full stop ends a sentence unless it follows an abbreviation
 * (Mr., Gen., Jan., St., т.е., г., ген.), an initial (V. Putin, В.В. Путин) or a number's part; the next
 * sentence must start with a capital, a digit, a quote or a dash.
 */

export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(
  [
    // English
    'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'gov', 'sen', 'rep', 'pres',
    'st', 'no', 'nos', 'vs', 'etc', 'eg', 'ie', 'approx', 'inc', 'ltd', 'co', 'corp', 'dept', 'univ', 'jr', 'sr',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'art', 'para', 'fig', 'vol',
    'u', 's', 'e', 'g', 'i',
    // Russian
    'г', 'гг', 'т', 'е', 'д', 'п', 'пп', 'ст', 'им', 'ул', 'ген', 'генерал', 'млн', 'млрд', 'тыс', 'руб', 'см', 'др',
    'пр', 'чел', 'стр', 'тел', 'проф', 'акад', 'обл', 'р', 'нач', 'зам', 'янв', 'февр', 'авг', 'сент', 'окт', 'нояб', 'дек',
  ].map((word) => word),
);

// A terminator, closing quotes or brackets, then space, then what may start a sentence.
const BOUNDARY = /([.!?…]+)(["'»”’)\]]*)([\s\u00a0]+)(?=["'«“„(\[\-–—]?[\p{Lu}\p{N}])/gu;

/** An item of a list on a line of its own ("- Minsk hosted …", "• December 1: …"): its marker is no part of it. */
const BULLET = /(?:^|\n)[ \t]*[-•*▪●][ \t]+/g;

export function splitSentences(paragraph: string): Span[] {
  // A newsletter's items share a paragraph, one a line, and need not end with a full stop. A dash
  // opening one line is not a list (a Russian interview's question and answer start so).
  const items = [...paragraph.matchAll(BULLET)];
  if (items.length < 2) return sentencesOf(paragraph, 0, paragraph.length);
  const spans = items[0]!.index > 0 ? sentencesOf(paragraph, 0, items[0]!.index) : [];
  items.forEach((item, i) => spans.push(...sentencesOf(paragraph, item.index + item[0].length, items[i + 1]?.index ?? paragraph.length)));
  return spans;
}

/** The sentences of paragraph.slice(from, to), as offsets in the paragraph. */
function sentencesOf(paragraph: string, from: number, to: number): Span[] {
  const spans: Span[] = [];
  let start = from;
  for (const match of paragraph.slice(from, to).matchAll(BOUNDARY)) {
    const stopAt = from + match.index;
    if (match[1] === '.' && !match[2] && isAbbreviationBefore(paragraph, stopAt)) continue;
    const end = stopAt + match[1]!.length + match[2]!.length;
    spans.push({ start, end });
    start = end + match[3]!.length;
  }
  let end = to;
  while (end > start && /\s/.test(paragraph[end - 1]!)) end--;
  if (end > start) spans.push({ start, end });
  return spans;
}

function isAbbreviationBefore(paragraph: string, dot: number): boolean {
  const word = /([\p{L}.]+)$/u.exec(paragraph.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
  const last = word.split('.').pop() ?? '';
  // An initial: one capital letter ("V." in "V. Putin", "В.В.").
  if (/^\p{Lu}$/u.test(last)) return true;
  return ABBREVIATIONS.has(last.toLowerCase()) && !/^\p{Lu}{2,}$/u.test(last);
}
