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
import type { Slot } from './template';

export type EventKind = 'meeting' | 'exercise';

/**
 * The noun with what may stand before it: an English definite article or demonstrative (not "a summit"),
 * a Russian noun alone or after a demonstrative or an adjective of the event itself.
 */
export const MEETING_EN = 'summit|meeting|session|talks|conference|forum';
export const MEETING_RU = 'саммит\\p{L}*|встреч\\p{L}*|заседани\\p{L}*|сесси\\p{L}*|переговор\\p{L}*|совещани\\p{L}*';
export const EXERCISE_EN = 'exercises?|drills?|manoeuvres|maneuvers|war ?games';
export const EXERCISE_RU = 'учени\\p{L}*|маневр\\p{L}*|манёвр\\p{L}*';
const REFERENCE = new RegExp(
  `(?<![\\p{L}-])(?:(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ii]ts)(?: (?:same|annual|joint|two-day|three-day|one-day|week-long|latest|recent|whole|entire|main|large-scale|military|command-staff))? (${MEETING_EN}|${EXERCISE_EN})|(?:(?:[Ээ]т\\p{L}+|[Дд]анн\\p{L}+|[Нн]ынешн\\p{L}+|[Пп]рошедш\\p{L}+|[Сс]остоявш\\p{L}+|[Сс]овместн\\p{L}+|[Кк]омандно-штабн\\p{L}+) )?([Сс]аммит\\p{L}*|[Вв]стреч\\p{L}*|[Зз]аседани\\p{L}*|[Сс]есси\\p{L}*|[Пп]ереговор\\p{L}*|[Сс]овещани\\p{L}*|[Уу]чени\\p{L}*|[Мм]аневр\\p{L}*|[Мм]анёвр\\p{L}*))(?![\\p{L}-])`,
  'gu',
);

const MEETING_WORD = new RegExp(`^(?:${MEETING_EN}|${MEETING_RU})$`, 'iu');
const EXERCISE_NOUN = `${EXERCISE_EN}|${EXERCISE_RU}`;
const EXERCISE_WORD = new RegExp(`(?<![\\p{L}])(?:${EXERCISE_NOUN})(?![\\p{L}])`, 'iu');

/** Before the noun: another event than the one named ("the next summit", «очередной саммит», "a summit"). */
const OTHER_EVENT = /(?<![\p{L}])(?:next|upcoming|coming|following|previous|last|first|future|another|other|each|every|any|a|an|such|similar|аналогичн\p{L}*|очередн\p{L}*|следующ\p{L}*|будущ\p{L}*|предстоящ\p{L}*|ближайш\p{L}*|прошл\p{L}*|предыдущ\p{L}*|перв\p{L}*|друг\p{L}*|нов\p{L}*|кажд\p{L}*|любо\p{L}*|ежегодн\p{L}*|таки\p{L}*|подобн\p{L}*)\s+(?:\p{L}+\s+)?$/iu;

/** A sentence about next year speaks of another edition or meeting. */
const NEXT_YEAR = /(?<![\p{L}])(?:next year|the following year|в следующем году|в будущем году|следующего года|на следующий год)(?![\p{L}])/iu;

/** After the noun: its own name, owner or subject ("the session of the Council", "talks with Baku", «учения «Поиск»», «заседание Совета»). */
const OWN_NAME = /^(?:\s*["«“„]|\s+\p{Lu}|\s+(?:of|with|between|on|for|об?|по|с|со|между|на тему)(?![\p{L}])|-\d)/u;

/** A series or an edition called an exercise beside its name: "the Interaction exercise", «учения «Поиск»», "exercise Cobalt". */
const EXERCISE_BESIDE_BEFORE = new RegExp(`(?:${EXERCISE_NOUN})[^.;]{0,40}$`, 'iu');
const EDITION_YEAR = '(?:[-–—\\s]?(?:19|20)\\d\\d)?';
/** After a series' name, its exercise noun, maybe after the other names of a list: "the Echelon and Search exercises". */
const EXERCISE_BESIDE_AFTER = new RegExp(`^["»”]?${EDITION_YEAR}["»”]?(?:(?:,|,? and|,? и) ["«“]?\\p{Lu}[\\p{L}-]*${EDITION_YEAR}["»”]?){0,4}\\s+(?:${EXERCISE_NOUN})(?![\\p{L}])`, 'u');
const MEETING_NAME = /(?<![\p{L}])(?:session|summit|meeting|council|talks|сесси|саммит|заседани|встреч|совет)/iu;

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
  const before = paragraph.slice(Math.max(0, mention.start - 45), mention.start);
  const own = names(mention.entityId);
  const ownYear = own.map((name) => /((?:19|20)\d\d)\s*$/.exec(name)?.[1]).find(Boolean);
  const base = { paragraph: mention.paragraph, start: mention.start };
  if (mention.variant.kind === 'EVENT' && own.some((name) => MEETING_NAME.test(name))) {
    return { ...base, kind: 'meeting', entityId: mention.entityId, text: mention.text, year: /((?:19|20)\d\d)/.exec(own.join(' '))?.[1] };
  }
  const beside = EXERCISE_BESIDE_AFTER.test(paragraph.slice(mention.end, mention.end + 80)) || (EXERCISE_BESIDE_BEFORE.test(before) && !/[.;]/.test(before.slice(before.search(EXERCISE_WORD))));
  // An edition the graph names ("Rubezh 2025") is an exercise's: sessions are named as sessions.
  if (beside || (mention.variant.kind === 'EVENT' && ownYear) || edition?.ofSeries) {
    // An edition the graph lacks: its series when that recurs, else an event without an entity.
    if (edition) return { ...base, kind: 'exercise', entityId: edition.ofSeries ? mention.entityId : undefined, text: paragraph.slice(mention.start, edition.end), year: edition.year };
    return { ...base, kind: 'exercise', entityId: mention.entityId, text: mention.text, year: ownYear };
  }
  return undefined;
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
    if (OTHER_EVENT.test(paragraph.slice(Math.max(sentence.start, at - 30), at)) || OWN_NAME.test(paragraph.slice(end, end + 12))) continue;
    // An event the sentence names after the noun is its own ("the drills, Interaction-2026, …").
    if (sentenceMentions.some((mention) => mention.start >= end && (mention.variant.kind === 'EVENT' || mention.variant.kind === 'INITIATIVE'))) continue;
    const before = events.filter((event) => event.kind === kind && (event.paragraph - 1 < p || (event.paragraph - 1 === p && event.start < at)));
    const last = before[before.length - 1];
    if (!last) continue;
    // In play: the events of that kind named in the paragraph before this one or in this one, and beside the last one.
    const inPlay = new Set(before.filter((event) => event.paragraph - 1 >= p - 1 || event.paragraph === last.paragraph).map(keyOf));
    if (inPlay.size > 1) continue;
    // A year the sentence gives that is not the event's is another edition or meeting, and so is next year's.
    if (NEXT_YEAR.test(text)) continue;
    const years = [...text.matchAll(/(?<![\p{N}])((?:19|20)\d\d)(?![\p{N}])/gu)].map((year) => year[1]);
    if (last.year && years.some((year) => year !== last.year)) continue;
    // An edition the graph lacks is an end without an entity, as the meeting's words already are.
    if (last.entityId) slots.push({ kind: 'EVENT', start: at, end, text: paragraph.slice(at, end), entityId: last.entityId });
  }
  return slots;
}
