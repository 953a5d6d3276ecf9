/**
 * The extraction engine's entry point: a text becomes paragraphs, mentions of known entities and
 * proposed facts with their evidence. Pure and synchronous; build the gazetteer once and reuse it.
 */
import { isPartialDateError, parsePartialDate, type PartialDate } from '../model/partial-date';
import { compile, proposeFacts } from './facts';
import { withoutRestatedFacts } from './restated';
import { dateEventsFromContext, eventAnchors } from './event-dates';
import { chairmanshipYears, successionDays } from './term-dates';
import { EXERCISE_PARTICIPANT_RULES } from './exercise-participants';
import { EXERCISE_STRUCTURE_RULES } from './exercise-structure';
import { conductedOverTakingPart } from './forces-exercises';
import { committedModel } from './learned';
import { findMentions, quotedMention, withOwnersNamed, type Found } from './mentions';
import { ENGLISH_RULES } from './rules-en';
import { ENGLISH_PHRASE_RULES, RUSSIAN_PHRASE_RULES } from './rules-phrases';
import { ENGLISH_MEMBER_RULES, RUSSIAN_MEMBER_RULES } from './rules-members';
import { STRUCTURE_RULES } from './rules-structure';
import { SERIES_PART_RULES } from './series-parts';
import { RUSSIAN_RULES } from './rules-ru';
import { ENGLISH_WORDING_RULES } from './rules-wordings';
import { ENGLISH_WHERE_RULES, RUSSIAN_WHERE_RULES } from './rules-where';
import { ENGLISH_VENUE_RULES, RUSSIAN_VENUE_RULES } from './rules-venue';
import { ENGLISH_MEET_RULES, RUSSIAN_MEET_RULES } from './rules-meet';
import { OFFICIAL_RULES } from './rules-officials';
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

/** Every rules module's list, in the order they are read (each rule carries its language). */
const ALL_RULES = [
  ...ENGLISH_RULES,
  ...RUSSIAN_RULES,
  ...ENGLISH_PHRASE_RULES,
  ...RUSSIAN_PHRASE_RULES,
  ...ENGLISH_MEMBER_RULES,
  ...RUSSIAN_MEMBER_RULES,
  ...STRUCTURE_RULES,
  ...SERIES_PART_RULES,
  ...EXERCISE_PARTICIPANT_RULES,
  ...EXERCISE_STRUCTURE_RULES,
  ...ENGLISH_WORDING_RULES,
  ...ENGLISH_WHERE_RULES,
  ...RUSSIAN_WHERE_RULES,
  ...ENGLISH_VENUE_RULES,
  ...RUSSIAN_VENUE_RULES,
  ...ENGLISH_MEET_RULES,
  ...RUSSIAN_MEET_RULES,
  ...OFFICIAL_RULES,
];
const ofLanguage = (language: Language) => ALL_RULES.filter((rule) => rule.language === language).map(compile);
// Both sets run on every text (each on the sentences in its script): articles quote the other language.
const ENGLISH = ofLanguage('en');
const RUSSIAN = ofLanguage('ru');
const RULES = { en: [...ENGLISH, ...RUSSIAN], ru: [...RUSSIAN, ...ENGLISH] };

function publicationDate(published: ExtractOptions['published']): PartialDate | null {
  if (published === undefined) return null;
  if (typeof published !== 'string') return published;
  const parsed = parsePartialDate(published);
  if (isPartialDateError(parsed)) throw new RangeError(`published: ${parsed.error}`);
  return parsed;
}

export function extract(text: string, options: ExtractOptions): Extraction {
  const paragraphs = splitParagraphs(text);
  const language = options.language ?? detectLanguage(text);
  const sentences: Span[][] = paragraphs.map(splitSentences);
  const found: Found[][] = withOwnersNamed(paragraphs.map((paragraph, i) => findMentions(paragraph, i + 1, sentences[i]!, options.gazetteer)));
  const published = publicationDate(options.published);
  // One layer alone ('only'): no rules before it.
  const alone = options.relations === 'only' || options.learned === 'only' || options.discourse === 'only';
  const facts = proposeFacts(
    { paragraphs, sentences, mentions: found, published, language, gazetteer: options.gazetteer },
    alone ? [] : RULES[language],
    {
      relations: options.relations !== false && options.learned !== 'only' && options.discourse !== 'only',
      ...(options.learned === false || options.discourse === 'only' ? {} : { learned: { model: options.learnedModel ?? committedModel(), collect: options.learnedCandidates } }),
      discourse: options.discourse !== false && options.relations !== 'only' && options.learned !== 'only',
    },
  );
  const proposals = conductedOverTakingPart(facts.proposals, options.gazetteer);
  if (options.eventDates !== false) dateEventsFromContext(proposals, options.gazetteer, published, eventAnchors(paragraphs, sentences, found, options.gazetteer, published));
  chairmanshipYears(proposals, options.gazetteer);
  successionDays(proposals, published);
  return {
    language,
    paragraphs,
    mentions: found.flat().map((mention) => quotedMention(mention, paragraphs[mention.paragraph - 1]!)),
    // Once more after the dates the context gave: two statements of one meeting may only now share a day.
    proposals: withoutRestatedFacts(proposals),
    newEntities: facts.newEntities,
  };
}
