/**
 * The sentence around a span of a paragraph, for showing a mention in context. A sentence ends at
 * . ! ? or … (with any closing quote or bracket) followed by a space; "U.S." style abbreviations are
 * rare enough in these sources that a short sentence now and then is acceptable.
 */
const END = /[.!?…]["'”’»)\]]*\s+/gu;

export function sentenceAround(paragraph: string, start: number, end: number): string {
  let from = 0;
  let to = paragraph.length;
  for (const match of paragraph.matchAll(END)) {
    const boundary = match.index + match[0].length;
    if (boundary <= start) from = boundary;
    else if (match.index >= end - 1) {
      to = match.index + match[0].trimEnd().length;
      break;
    }
  }
  return paragraph.slice(from, to).trim();
}
