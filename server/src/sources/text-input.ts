import { htmlToText } from '../ingest/text';
import { UserInputError } from '../errors';

/** The largest text a source may have: a long report is a few hundred thousand characters. */
export const MAX_SOURCE_CHARACTERS = 1_000_000;

export class SourceTooLargeError extends UserInputError {
  override name = 'SourceTooLargeError';
}

export function checkSourceSize(text: string, field = 'text'): void {
  if (text.length > MAX_SOURCE_CHARACTERS) {
    throw new SourceTooLargeError(
      `The text is ${text.length.toLocaleString('en')} characters long; a source may have at most ${MAX_SOURCE_CHARACTERS.toLocaleString('en')} characters. Split it into parts and ingest each. Nothing was written.`,
      field,
    );
  }
}

export type TextFormat = 'text' | 'markdown' | 'html';

/** The format of an HTTP body or a file, from its content type or name; null when it is none of ours. */
export function formatOf(contentTypeOrName: string): TextFormat | null {
  const value = contentTypeOrName.toLowerCase();
  if (/text\/html|\.html?$/.test(value)) return 'html';
  if (/text\/markdown|\.(md|markdown)$/.test(value)) return 'markdown';
  if (/text\/plain|\.txt$/.test(value)) return 'text';
  return null;
}

/**
 * Markdown reduced to its words: headings' and quotes' marks, emphasis and code marks, and link
 * targets go; paragraphs stay separated by blank lines, so the stored text reads as the article does.
 */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/\r\n?/g, '\n')
    .replace(/^ {0,3}(#{1,6}|>)\s?/gm, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_](\S(?:.*?\S)?)[*_](?=[\s).,;:!?]|$)/gm, '$1$2')
    .replace(/`([^`]*)`/g, '$1');
}

/** The plain text of what a user handed in. */
export function plainText(body: string, format: TextFormat): string {
  if (format === 'html') return htmlToText(body);
  if (format === 'markdown') return markdownToText(body);
  return body;
}
