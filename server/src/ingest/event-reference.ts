/**
 * Meetings and exercises a sentence names only by a common noun: "the summit", "the talks", "the drills",
 * «саммит», «заседание», «в учениях». Such a noun stands for the event of its kind (a meeting word for
 * a meeting, an exercise word for an exercise) the article named last, so that "The summit took place in
 * Minsk" or «В учениях приняли участие …» state their fact of that event. Precision first: nothing when
 * two events of that kind are in play (named in the paragraph before, this one, or beside the last one)
 * and the text does not say which, nor for a meeting still to come ("the next summit", «очередной
 * саммит»), nor for a noun with a name or a body of its own after it ("the session of the Council",
 * «учения «Поиск»»).
 */
import type { Found } from './mentions';
import type { Span } from './sentences';
import { restore, type Slot, type Template } from './template';
import { OTHER_EVENT_BEFORE } from './other-event';

export type EventKind = 'meeting' | 'exercise';

/**
 * The noun with what may stand before it: an English definite article or demonstrative (not "a summit"),
 * a Russian noun alone or after a demonstrative or an adjective of the event itself.
 */
export const MEETING_EN = 'summit|meeting|session|talks|conference|forum';
export const MEETING_RU = 'саммит\\p{L}*|встреч(?:а|и|е|у|ей|ею|ам|ами|ах)?(?![\\p{L}])|заседани\\p{L}*|сесси\\p{L}*|переговор\\p{L}*|совещани\\p{L}*';
export const EXERCISE_EN = 'exercises?|drills?|manoeuvres|maneuvers|war ?games';
export const EXERCISE_RU = 'учени\\p{L}*|маневр\\p{L}*|манёвр\\p{L}*';
/** An exercise noun anywhere in a text (one pattern for every module that asks whether a sentence speaks of an exercise). */
export const EXERCISE_WORD = new RegExp(`(?<![\\p{L}])(?:${EXERCISE_EN}|${EXERCISE_RU})(?![\\p{L}])`, 'iu');
const REFERENCE = new RegExp(
  `(?<![\\p{L}-])(?:(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ii]ts)(?: (?:same|annual|joint|two-day|three-day|one-day|week-long|latest|recent|whole|entire|main|large-scale|military|command-staff))? (${MEETING_EN}|${EXERCISE_EN})|(?:(?:[Ээ]т(?:от|ого|ому|ой|ом|ою|им|ими|их|а|о|и|у)|[Дд]анн\\p{L}+|[Нн]ынешн\\p{L}+|[Пп]рошедш\\p{L}+|[Сс]остоявш\\p{L}+|[Сс]овместн\\p{L}+|[Кк]омандно-штабн\\p{L}+) )?([Сс]аммит\\p{L}*|[Вв]стреч(?:а|и|е|у|ей|ею|ам|ами|ах)?(?![\\p{L}])|[Зз]аседани\\p{L}*|[Сс]есси\\p{L}*|[Пп]ереговор\\p{L}*|[Сс]овещани\\p{L}*|[Уу]чени\\p{L}*|[Мм]аневр\\p{L}*|[Мм]анёвр\\p{L}*))(?![\\p{L}-])`,
  'gu',
);

/** An exercise noun that names one exercise: "the exercise", «учение», «в учении» (not "the drills", nor «учения», which may be plural). */
const SINGULAR_EXERCISE = /^(?:exercise|drill|учение|учении|учением|учению)$/iu;
/** An exercise noun that names several: "the drills", «учениями» (not «учения», which may be one exercise's genitive). */
const PLURAL_EXERCISE = /^(?:exercises|drills|manoeuvres|maneuvers|war ?games|учений|учениям|учениями|учениях)$/iu;
const MEETING_WORD = new RegExp(`^(?:${MEETING_EN}|${MEETING_RU})$`, 'iu');
const EXERCISE_NOUN = `${EXERCISE_EN}|${EXERCISE_RU}`;
const EXERCISE_WORDS = new RegExp(`(?<![\\p{L}])(?:${EXERCISE_NOUN})(?![\\p{L}])`, 'giu');
/** Where the last match of a global pattern begins (the noun nearest a name is the one that calls it an exercise). */
const lastIndexOf = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].pop()?.index ?? -1;


/** A sentence about next year speaks of another edition or meeting. */
const NEXT_YEAR = /(?<![\p{L}])(?:next year|the following year|в следующем году|в будущем году|следующего года|на следующий год)(?![\p{L}])/iu;

/** After the noun: its own name, owner or subject ("the session of the Council", "talks with Baku", «учения «Поиск»», «заседание Совета»). */
const OWN_NAME = /^(?:\s*["«“„]|\s+\p{Lu}|\s+(?:of|with|between|on|for|об?|по|с|со|между|на тему)(?![\p{L}])|-\d)/u;

/**
 * The subject after an exercise noun in the instrumental, not the noun's own name or owner: «Руководил учением Объединённый штаб
 * ОДКБ» (an owner would be in the genitive, «учением Объединённого штаба»; a name in quotes).
 */
const SUBJECT_AFTER_INSTRUMENTAL = /^(?:учением|учениями|манёврами|маневрами)\s+\p{Lu}\p{Ll}*(?:ый|ий|ая|ое|ые|ие)\s/u;

/** A collective force by its name ("Collective Rapid Reaction Forces", «Коллективных миротворческих сил»). */
const FORCES_OWNER = /(?<![\p{L}])(?:forces|сил\p{L}*|КСОР|КСБР|КМС|CRRF|CRDF)(?![\p{L}])/iu;

/**
 * The exercise noun's owner right after it is a collective force («Учение Коллективных миротворческих сил ОДКБ прошло …»): the
 * forces' exercise the text named, not another event with a name of its own (as "the session of the Council" is another meeting).
 */
function forcesOwner(paragraph: string, end: number, sentenceMentions: Found[]): boolean {
  const owner = sentenceMentions.find((mention) => mention.start === end + 1 && /^\s$/u.test(paragraph.slice(end, end + 1)));
  return !!owner && owner.variant.kind === 'ORGANIZATION' && FORCES_OWNER.test(owner.text);
}

/** A series or an edition called an exercise beside its name: "the Interaction exercise", «учения «Поиск»», "exercise Cobalt". */
const EXERCISE_BESIDE_BEFORE = new RegExp(`(?:${EXERCISE_NOUN})[^.;]{0,85}$`, 'iu');
const EDITION_YEAR = '(?:[-–—\\s]?(?:19|20)\\d\\d)?';
/** What kind of exercise, between a series' name and its noun: "the Cobalt special forces exercise", "Rubezh command-staff drills". */
const EXERCISE_KINDS = '(?:special[- ]forces|logistics|special[- ]operations|command[- ]staff|counter-terrorism|anti-terrorist|anti-terrorism|peacekeeping|reconnaissance|joint|tactical|air-defen[cs]e|naval|airborne|police)';
/** A gloss in brackets between a name and its noun: the Rubezh ("Frontier") exercise, «Рубеж» («Граница»). */
const GLOSS = '(?:\\s\\([^()]{1,40}\\))?';
/** After a series' name, its exercise noun, maybe after the other names of a list: "the Echelon and Search exercises". */
const EXERCISE_BESIDE_AFTER = new RegExp(`^["»”]?\\)?${EDITION_YEAR}["»”]?${GLOSS}(?:(?:,|,? and|,? и) ["«“]?\\p{Lu}[\\p{L}-]*${EDITION_YEAR}["»”]?){0,4}(?:\\s+(?:${EXERCISE_KINDS}))?\\s+(?:${EXERCISE_NOUN})(?![\\p{L}])`, 'u');
/** A common noun in apposition after the name: "Rubezh, the annual exercise of …", «Рубеж — ежегодное учение …». */
const EXERCISE_APPOSITIVE_AFTER = new RegExp(`^["»”]?(?:,| [—–-]) (?:(?:the|an?|its|their) )?(?:[\\p{L}-]+ ){0,3}(?:${EXERCISE_NOUN})(?![\\p{L}])`, 'iu');
const MEETING_NAME = /(?<![\p{L}])(?:session|summit|meeting|council|talks|сесси|саммит|заседани|встреч|совет)/iu;
const DOCUMENT_NAME = /(?<![\p{L}])(?:plan|programm?e|program|strategy|concept|agreement|treaty|charter|declaration|budget|план|программ|стратеги|концепци|соглашени|договор|устав|деклараци|бюджет)/iu;

export interface NamedEvent {
  kind: EventKind;
  /** The entity, or none for an edition the graph lacks ("Interaction-2026"). */
  entityId?: string;
  text: string;
  paragraph: number;
  start: number;
  /** The year its name gives, if any. */
  year?: string;
}

/** What a mention of an event or a series is, from its name and the words beside it; undefined when neither. */
export function eventKindOf(mention: Found, paragraph: string, names: (id: string) => string[]): NamedEvent | undefined {
  if (mention.variant.kind !== 'EVENT' && mention.variant.kind !== 'INITIATIVE') return undefined;
  const edition = mention.edition;
  // The next name of a list ("учения «Поиск» с силами разведки и «Эшелон»") has its noun farther before it.
  const listed = /(?:,|\sи|\sand)\s*["«“]?$/u.test(paragraph.slice(Math.max(0, mention.start - 6), mention.start));
  const before = paragraph.slice(Math.max(0, mention.start - (listed ? 90 : 70)), mention.start);
  const own = names(mention.entityId);
  const ownYear = own.map((name) => /((?:19|20)\d\d)\s*$/.exec(name)?.[1]).find(Boolean);
  const base = { paragraph: mention.paragraph, start: mention.start };
  // A plan, a programme or an agreement is no exercise, even right after an exercise noun («Учение проводилось в соответствии с Планом …»).
  if (own.some((name) => DOCUMENT_NAME.test(name))) return undefined;
  if (mention.variant.kind === 'EVENT' && own.some((name) => MEETING_NAME.test(name))) {
    return { ...base, kind: 'meeting', entityId: mention.entityId, text: mention.text, year: /((?:19|20)\d\d)/.exec(own.join(' '))?.[1] };
  }
  const after = paragraph.slice(mention.end, mention.end + 80);
  const beside = EXERCISE_BESIDE_AFTER.test(after) || EXERCISE_APPOSITIVE_AFTER.test(after) || (EXERCISE_BESIDE_BEFORE.test(before) && !/[.;]/.test(before.slice(lastIndexOf(before, EXERCISE_WORDS))));
  // An edition the graph names ("Rubezh 2025") is an exercise's: sessions are named as sessions.
  if (beside || (mention.variant.kind === 'EVENT' && ownYear) || edition?.ofSeries) {
    // An edition the graph lacks: its series when that recurs, else an event without an entity.
    if (edition) return { ...base, kind: 'exercise', entityId: edition.ofSeries ? mention.entityId : undefined, text: paragraph.slice(mention.start, edition.end), year: edition.year };
    return { ...base, kind: 'exercise', entityId: mention.entityId, text: mention.text, year: ownYear };
  }
  return undefined;
}

/**
 * The events of an article, in order: each mention eventKindOf reads as one, and each further mention of an entity the
 * article has once called an exercise ("the Interaction exercise … In 2027 Interaction will be held in Kazakhstan"): a
 * series named bare is still the exercise it was called, which the readers of "the drills", «учениями» must see named.
 */
export function articleEvents(mentions: Found[], paragraphs: string[], names: (id: string) => string[]): NamedEvent[] {
  const read = mentions.map((mention) => eventKindOf(mention, paragraphs[mention.paragraph - 1]!, names));
  const exercises = new Set(read.flatMap((event) => (event?.kind === 'exercise' && event.entityId ? [event.entityId] : [])));
  return mentions.flatMap((mention, i) => {
    const event = read[i];
    if (event) return [event];
    if (mention.edition || !exercises.has(mention.entityId) || (mention.variant.kind !== 'EVENT' && mention.variant.kind !== 'INITIATIVE')) return [];
    return [{ kind: 'exercise' as const, entityId: mention.entityId, text: mention.text, paragraph: mention.paragraph, start: mention.start }];
  });
}

const keyOf = (event: NamedEvent) => event.entityId ?? event.text.toLowerCase();

/**
 * A slot of the event each meeting or exercise noun of a sentence stands for. `events` are the events the
 * article named, in order (eventKindOf over its mentions); `p` the sentence's paragraph (0-based).
 */
export function eventReferences(paragraph: string, p: number, sentence: Span, events: NamedEvent[], sentenceMentions: Found[]): Slot[] {
  const text = paragraph.slice(sentence.start, sentence.end);
  const slots: Slot[] = [];
  for (const match of text.matchAll(REFERENCE)) {
    const noun = match[1] ?? match[2]!;
    const at = sentence.start + match.index;
    const end = at + match[0].length;
    const kind: EventKind = MEETING_WORD.test(noun) ? 'meeting' : 'exercise';
    // Capitalised inside a sentence, the noun begins a name ("the Summit of the Future").
    if (/^\p{Lu}/u.test(noun) && !/^["«“]?$/u.test(text.slice(0, match.index))) continue;
    if (OTHER_EVENT_BEFORE.test(paragraph.slice(Math.max(sentence.start, at - 30), at)) || (OWN_NAME.test(paragraph.slice(end, end + 12)) && !SUBJECT_AFTER_INSTRUMENTAL.test(`${noun}${paragraph.slice(end, end + 40)}`) && !(kind === 'exercise' && forcesOwner(paragraph, end, sentenceMentions)))) continue;
    // An event the sentence names after the noun is its own ("the drills, Interaction-2026, …").
    if (sentenceMentions.some((mention) => mention.start >= end && (mention.variant.kind === 'EVENT' || mention.variant.kind === 'INITIATIVE'))) continue;
    const before = events.filter((event) => event.kind === kind && (event.paragraph - 1 < p || (event.paragraph - 1 === p && event.start < at)));
    let last = before[before.length - 1];
    if (!last) continue;
    // In play: the events of that kind named in the paragraph before this one or in this one, and beside the last one.
    const inPlay = new Set(before.filter((event) => event.paragraph - 1 >= p - 1 || event.paragraph === last!.paragraph).map(keyOf));
    if (inPlay.size > 1) {
      // A singular noun, several exercises in play: the one exercise the headline or the lead named, which
      // the article is about, not one merely mentioned since.
      const opening = before[0]!.paragraph;
      const lead = kind === 'exercise' && SINGULAR_EXERCISE.test(noun) && opening <= 2 ? before.filter((event) => event.paragraph === opening) : [];
      // A plural noun after one sentence of this paragraph named them all ("… Search and Echelon. The drills were directed by …"):
      // the list, given here by its last member and spread to every one of them once all layers proposed (ellipsis-event.ts).
      // A list named again, one by one, in a later sentence ("… Interaction and Search. In Interaction the CRRF …, in Search …") is the same list.
      const listed = before.filter((event) => inPlay.has(keyOf(event)) && event.paragraph === last!.paragraph && !/[.!?…]\s/u.test(paragraph.slice(event.start, last!.start)));
      const oneSentence = last.paragraph - 1 === p && new Set(listed.map(keyOf)).size === inPlay.size;
      if (kind === 'exercise' && PLURAL_EXERCISE.test(noun) && oneSentence) {
        // the last of the list stands for it
      } else if (new Set(lead.map(keyOf)).size !== 1) continue;
      else last = lead[0]!;
    }
    // A year the sentence gives that is not the event's is another edition or meeting, and so is next year's.
    if (NEXT_YEAR.test(text)) continue;
    const years = [...text.matchAll(/(?<![\p{N}])((?:19|20)\d\d)(?![\p{N}])/gu)].map((year) => year[1]);
    if (last.year && years.some((year) => year !== last.year)) continue;
    // An edition the graph lacks is an end without an entity, as the meeting's words already are.
    if (last.entityId) slots.push({ kind: 'EVENT', start: at, end, text: paragraph.slice(at, end), entityId: last.entityId });
  }
  return slots;
}

/**
 * A common noun in apposition to a name stands for the named entity: "Rubezh, the annual exercise of the
 * Collective Rapid Deployment Forces, will be held in …", «Рубеж — ежегодное учение КСБР — пройдёт …»,
 * and so does one with its forces and then its name («учение с КСОР «Взаимодействие-2026»»).
 * Each such phrase of a template, as its words (slots written back) and the name's end; a fact end the
 * rules made of those words (no entity) is the name's.
 */
const APPOSITIVE = new RegExp(
  `⟦(?:EVENT|INIT)#(\\d+)⟧"?(?:,| —) ((?:(?:the|an?|its|their) )?(?:(?:[a-z-]+|[а-яё-]+) ){0,3}(?:${EXERCISE_NOUN})(?:(?![,;—]| (?:will|would|is|are|was|were|has|have|had|пройд\\p{L}*|прош\\p{L}*|состо\\p{L}*|начн\\p{L}*|был\\p{L}*|будет|будут)(?![\\p{L}]))[^.;])*?)(?=,| —| (?:will|would|is|are|was|were|has|have|had|пройд\\p{L}*|прош\\p{L}*|состо\\p{L}*|начн\\p{L}*|был\\p{L}*|будет|будут)(?![\\p{L}]))`,
  'giu',
);

/** An exercise noun with its forces, then its name: «совместное учение с КСОР ОДКБ «Взаимодействие-2026»», "the exercise of the CPF, "Indestructible Brotherhood-2026"". */
const NAMED_AFTER = new RegExp(
  `((?:(?:the|an?|its|their) )?(?:(?:[a-z-]+|[а-яё-]+) ){0,3}(?:${EXERCISE_NOUN})) (?:с|со|of|with) (?:the )?⟦ORG#\\d+⟧(?: (?:of (?:the )?)?⟦ORG#\\d+⟧){0,2}(?: \\(⟦ORG#\\d+⟧\\))?,? "?⟦(?:EVENT|INIT)#(\\d+)⟧`,
  'giu',
);

/** A Russian exercise noun, its genitive description, then its name: «учение подразделений специального назначения органов безопасности «Кобальт-2026»». */
const DESCRIBED_THEN_NAMED = new RegExp(`((?:[а-яё-]+ ){0,2}(?:${EXERCISE_RU})(?: (?!(?:а|но|в|на|с|со|по|из|к|о|об|от|для|после|до|прошл\\p{L}*|пройд\\p{L}*|состоял\\p{L}*|стал\\p{L}*)(?![\\p{L}]))[а-яё-]+){1,10})(?<! и| или) ["«]?⟦(?:EVENT|INIT)#(\\d+)⟧`, 'gu');

export interface Appositive {
  /** The phrase's words, slots written back, without a leading article. */
  words: string;
  end: { entityId: string; text: string };
}

export function appositives(template: Template): Appositive[] {
  const found: Appositive[] = [];
  for (const match of template.text.matchAll(APPOSITIVE)) {
    const slot = template.slots[Number(match[1])]!;
    if (!slot.entityId) continue;
    found.push({ words: restore(template, match[2]!).replace(/^(?:the|an?|its|their) /i, ''), end: { entityId: slot.entityId, text: slot.text } });
  }
  for (const match of template.text.matchAll(DESCRIBED_THEN_NAMED)) {
    const slot = template.slots[Number(match[2])]!;
    if (slot.entityId) found.push({ words: match[1]!, end: { entityId: slot.entityId, text: slot.text } });
  }
  for (const match of template.text.matchAll(NAMED_AFTER)) {
    const slot = template.slots[Number(match[2])]!;
    if (slot.entityId) found.push({ words: restore(template, match[1]!).replace(/^(?:the|an?|its|their) /i, ''), end: { entityId: slot.entityId, text: slot.text } });
  }
  return found;
}

/** The end an appositive phrase stands for, when an end without an entity is some of its words ("annual exercise", «учение»). */
export function appositiveEnd(end: { entityId?: string; text: string }, phrases: Appositive[]): { entityId: string; text: string } | undefined {
  if (end.entityId) return undefined;
  const words = end.text.replace(/^(?:the|an?|its|their) /i, '');
  const within = (phrase: Appositive) => ` ${phrase.words.toLowerCase()} `.includes(` ${words.toLowerCase()} `);
  return words.length > 0 ? phrases.find(within)?.end : undefined;
}
