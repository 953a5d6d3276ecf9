/**
 * From what a user hands in (HTML or plain text) to the paragraphs the engine indexes into. Offsets of
 * mentions and evidence count in the paragraph strings returned here, so whatever stores a source
 * must store exactly these strings.
 */
import type { Span } from './sentences';
import type { Evidence } from './types';

const BLOCK_ELEMENTS =
  'address|article|aside|blockquote|br|caption|dd|div|dl|dt|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|tbody|td|tfoot|th|thead|tr|ul';

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', laquo: '«', raquo: '»', ldquo: '“', rdquo: '”',
  lsquo: '‘', rsquo: '’', bdquo: '„', ndash: '–', mdash: '—', hellip: '…', shy: '', thinsp: '\u2009', ensp: ' ',
  emsp: ' ', zwnj: '', zwj: '', copy: '©', reg: '®', trade: '™', deg: '°', middot: '·', bull: '•', times: '×',
  euro: '€', pound: '£', sect: '§', numero: '№',
};

/** Decodes HTML character references: named (the common ones), decimal and hexadecimal. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/**
 * Reduces HTML to its text: scripts, styles, templates, comments and every tag go; block elements
 * become paragraph breaks (a blank line), <br> a line break; runs of spaces collapse, as a browser shows them.
 */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|template|noscript|svg|head|iframe|object)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<(script|style|template|noscript|svg|head|iframe|object)\b[^>]*\/?>/gi, ' ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(new RegExp(`</?(?:${BLOCK_ELEMENTS})\\b[^>]*>`, 'gi'), '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/[ \t\r\f\v]+/g, ' ');
  return decodeEntities(text)
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Paragraphs are separated by blank lines (a line of only spaces counts). Inside a paragraph a single
 * line break is kept as it is; each paragraph is trimmed; \r\n becomes \n.
 */
export function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u00a0]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
}

/**
 * A fact's evidence: the sentence `span` of paragraph `number` (1-based) as its quote, with the text before and after `around`
 * (the sentence itself unless told: a title within it, say).
 */
export function sentenceEvidence(paragraph: string, number: number, span: Span, around: Span = span): Evidence {
  return { quote: paragraph.slice(span.start, span.end), ...context(paragraph, around.start, around.end), paragraph: number, start: span.start, end: span.end };
}

/** Text before and after a span of a paragraph, up to `width` characters, as a TextQuoteSelector wants. */
export function context(paragraph: string, start: number, end: number, width = 32): { prefix: string; suffix: string } {
  return { prefix: paragraph.slice(Math.max(0, start - width), start), suffix: paragraph.slice(end, end + width) };
}
