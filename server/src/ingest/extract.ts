/**
 * The extraction engine's entry point: a text becomes paragraphs, mentions of known entities and
 * proposed facts with their evidence. Pure and synchronous; build the gazetteer once and reuse it.
 */
import { isPartialDateError, parsePartialDate, type PartialDate } from '../model/partial-date';
import { compile, mainOrganization, proposeFacts, topOrganization } from './facts';
import { holderListFacts } from './holder-lists';
import { withoutRestatedFacts } from './restated';
import { dateEventsFromContext, eventAnchors } from './event-dates';
import { chairmanshipYears, successionDays } from './term-dates';
import { EXERCISE_PARTICIPANT_RULES } from './exercise-participants';
import { EXERCISE_STRUCTURE_RULES } from './exercise-structure';
import { FORCE_CONTRIBUTION_RULES } from './force-contributions';
import { CONTINGENT_RULES } from './contingents';
import { conductedOverTakingPart } from './forces-exercises';
import { gappedContributions } from './gapped-clauses';
import { allExercisesDirected } from './all-exercises';
import { committedModel } from './learned';
import { factKey } from './fact-keys';
import { findMentions, quotedMention, withOwnersNamed, type Found } from './mentions';
import { programmeStages } from './programme-stages';
import { signatories } from './signatories';
import { ENGLISH_RULES } from './rules-en';
import { ENGLISH_PHRASE_RULES, RUSSIAN_PHRASE_RULES } from './rules-phrases';
import { ENGLISH_MEMBER_RULES, RUSSIAN_MEMBER_RULES } from './rules-members';
import { STRUCTURE_RULES } from './rules-structure';
import { SEAT_RULES } from './rules-seats';
import { SERIES_PART_RULES } from './series-parts';
import { RUSSIAN_RULES } from './rules-ru';
import { ENGLISH_WORDING_RULES } from './rules-wordings';
import { ENGLISH_WHERE_RULES, RUSSIAN_WHERE_RULES } from './rules-where';
import { ENGLISH_VENUE_RULES, RUSSIAN_VENUE_RULES } from './rules-venue';
import { ENGLISH_DECIDED_IN_RULES, RUSSIAN_DECIDED_IN_RULES } from './rules-decided-in';
import { ENGLISH_MEET_RULES, RUSSIAN_MEET_RULES } from './rules-meet';
import { OFFICIAL_RULES } from './rules-officials';
import { ADOPTED_PARTICIPLE_RULES } from './adopted-participle';
import { SIGNING_RULES } from './rules-signing';
import { FOUNDED_WHEN_RULES } from './rules-founded-when';
import { ADOPTED_WHICH_RULES } from './rules-adopted-which';
import { SUCCESSION_RULES } from './rules-succession';
import { unnamedOfficials } from './unnamed-officials';
import { successionFrames } from './succession-frame';
import { adoptedInPlace } from './adopted-in-place';
import { bodyStructure } from './body-structure';
import { frozenMemberships, standingMemberships } from './frozen-membership';
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
  ...SEAT_RULES,
  ...ENGLISH_RULES,
  ...RUSSIAN_RULES,
  ...ENGLISH_PHRASE_RULES,
  ...RUSSIAN_PHRASE_RULES,
  ...ENGLISH_MEMBER_RULES,
  ...RUSSIAN_MEMBER_RULES,
  ...STRUCTURE_RULES,
  ...SERIES_PART_RULES,
  ...EXERCISE_PARTICIPANT_RULES,
  ...FORCE_CONTRIBUTION_RULES,
  ...CONTINGENT_RULES,
  ...EXERCISE_STRUCTURE_RULES,
  ...ENGLISH_WORDING_RULES,
  ...ENGLISH_WHERE_RULES,
  ...RUSSIAN_WHERE_RULES,
  ...ENGLISH_VENUE_RULES,
  ...RUSSIAN_VENUE_RULES,
  ...ENGLISH_DECIDED_IN_RULES,
  ...RUSSIAN_DECIDED_IN_RULES,
  ...ENGLISH_MEET_RULES,
  ...RUSSIAN_MEET_RULES,
  ...OFFICIAL_RULES,
  ...SUCCESSION_RULES,
  ...ADOPTED_PARTICIPLE_RULES,
  ...SIGNING_RULES,
  ...FOUNDED_WHEN_RULES,
  ...ADOPTED_WHICH_RULES,
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
  const article = { paragraphs, sentences, mentions: found, published, language, gazetteer: options.gazetteer };
  const facts = proposeFacts(
    article,
    alone ? [] : RULES[language],
    {
      relations: options.relations !== false && options.learned !== 'only' && options.discourse !== 'only',
      ...(options.learned === false || options.discourse === 'only' ? {} : { learned: { model: options.learnedModel ?? committedModel(), collect: options.learnedCandidates } }),
      discourse: options.discourse !== false && options.relations !== 'only' && options.learned !== 'only',
    },
  );
  const listed = alone ? [] : holderListFacts(article, { top: topOrganization(article), main: mainOrganization(article) });
  // A programme's stages, which no mention finds (programme-stages.ts): behind every layer, where none has read them.
  const read = new Set(facts.proposals.map((fact) => factKey(fact)));
  const stages = alone ? [] : programmeStages({ paragraphs, sentences, mentions: found, gazetteer: options.gazetteer }).filter((stage) => !read.has(factKey(stage)));
  // Who signed a document, listed after the verb or under the document's heading (signatories.ts).
  const signed = alone ? [] : signatories({ paragraphs, sentences, mentions: found, gazetteer: options.gazetteer, published }, [...facts.proposals, ...listed]);
  const gapped = gappedContributions(conductedOverTakingPart([...facts.proposals, ...listed, ...stages, ...signed], options.gazetteer), paragraphs, found, options.gazetteer);
  const proposals = allExercisesDirected(gapped, paragraphs, sentences, found, options.gazetteer);
  if (!alone) proposals.push(...unnamedOfficials(article, proposals));
  if (!alone) proposals.push(...successionFrames(article, proposals));
  if (!alone) proposals.push(...adoptedInPlace(article, proposals));
  if (!alone) proposals.push(...bodyStructure(article, proposals));
  if (!alone) proposals.push(...frozenMemberships(article, proposals));
  if (!alone) proposals.push(...standingMemberships(article, proposals));
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
