/**
 * Proposed facts: the rules (rules-en.ts, rules-ru.ts) are regular expressions over a sentence's
 * template (template.ts), written with macros for slots, lists, meetings and roles. A match gives the
 * ends (each entity of a list), the role, and the dates nearest the match, resolved as the rule says.
 */
import { endBefore, type PartialDate } from '../model/partial-date';
import { bodiesNamedAlone } from './bodies-ru';
import type { EntityKindName, RelationshipTypeName } from '../model/vocabulary';
import { countedListsJoined, listFinds, pairedOrCrossed, respectiveDates, withCoordinated } from './coordination';
import { clausePronounSubjects } from './clause-pronouns';
import { coordinatedSubjects, describedStates, eventObjectPronouns, headedBodyPronouns, metonymicStates, objectPronouns, ORG_REFERENCE, PERSON_DESCRIPTION, pronounSubjects, relativePersonPronouns } from './coreference';
import { findDates, type FoundDate } from './dates';
import { endKey, factKey, sameSentence } from './fact-keys';
import { asksMembers, discourseFinds, exerciseInFocus, ListHeading, MeetingFocus, type DiscourseFind, type SentenceMeeting } from './discourse';
import { namedInPassing } from './exercise-in-passing';
import { appositiveEnd, appositives, articleEvents, eventReferences, EXERCISE_WORD, MEETING_EN, MEETING_RU, type NamedEvent } from './event-reference';
import { everyExerciseInSeries, everyExerciseOfAll, everyExerciseOfPlural, withoutVagueExercises } from './ellipsis-event';
import { topicExercise } from './exercise-topic';
import { candidatePairs, chooseLearned, type LearnedCandidate, type LearnedModel } from './learned';
import { GUARDS, relationsIn, relationUnits, type RelationFind, type RelationUnit } from './relations';
import { indexed } from './gazetteer';
import { endName } from './forces-exercises';
import { knownPostOwner, leadersChair, ledState } from './known-posts';
import { colleagueAdjectives, INSTITUTION_EN, OFFICE_EN, officeRole, titleAdjectives } from './offices';
import { describedProgrammes, isProgramme, namesOtherProgramme, programmeFramed, programmeNamed, programmesJoined, programmeSpokenOf } from './programme-focus';
import { programmeRoles } from './programme-roles';
import { documentInName, documentOfYear, lastNamedByHead } from './head-reference';
import { membershipSpans } from './membership-spans';
import type { Found } from './mentions';
import type { Span } from './sentences';
import { buildTemplate, restore, slotsIn, unknownNames, type Slot, type Template } from './template';
import { chairmanshipAdjectives, cityAdjectives, obliqueMention, stateSides } from './russian';
import { DEMONYMS, isStateUnits, stateUnits } from './state-units';
import { gatheringsNamed, meetingByVerb, placeOfNamed, withoutFramedSignings } from './verb-meeting';
import { documentKind } from './documents';
import { newPlaces, oncePerNewPlace } from './new-places';
import { withoutRestatedFacts } from './restated';
import { comparedAlike } from './comparative';
import { withoutUndecided } from './undecided';
import { withoutObservers } from './observers';
import { observerSeats } from './observer-seats';
import { withPossibleEnds } from './end-checks';
import { passes, triggerPieces } from './rule-trigger';
import { context } from './text';
import type { FactEnd, Gazetteer, Language, NewEntityProposal, ProposedFact } from './types';

/** How a rule turns the dates near its match into since / until. */
export type Dating =
  /** The fact starts then ("joined in 2006"). */
  | 'start'
  /** The fact ends then ("left in 1999"). */
  | 'end'
  /** A term ends as the next holder's starts then ("hands over to Tajikistan on 1 January"): until the day before a day. */
  | 'handover'
  /** An event's day, or a term such as a year's chairmanship: since and until both ("held on 27 November"). */
  | 'span'
  /** A post: a range or "from" gives the period, a bare date says when it held ("as of"). */
  | 'post'
  | 'none';

export interface Rule {
  name: string;
  language: Language;
  /** A relationship type, or POST: HEADS for heads and chairs of bodies, HOLDS_POSITION for other posts. */
  type: RelationshipTypeName | 'POST';
  /** The pattern with macros, see compile(). Named groups: from, to, role, next (who takes over). */
  pattern: string;
  dating: Dating;
  role?: string;
  status?: string;
  /** Where the `to` end is when the sentence does not name it. */
  toFallback?: 'mainOrg' | 'lastOrg' | 'lastOrMainOrg' | 'meeting' | 'onlyState' | 'stateBefore' | 'nearMeeting' | 'nearExercise' | 'priorMeeting' | 'priorOrg' | 'previousInit' | 'priorPlace' | 'priorVenue' | 'programme' | 'priorHead' | 'meetingBody';
  /** Where the `from` end is when the sentence leaves it out («Штаб-квартира находится в Москве», "Its headquarters are in X"): the organization this sentence or the one before named last, else the article's. */
  /** priorOrMainOrg: the organization named last, else the article's; leaderState: the state the person in the group `leader` leads ("his country"); programme: the programme named before ("the programme, which …"). */
  fromFallback?: 'priorOrMainOrg' | 'leaderState' | 'programme';
  /** The rule also proposes the same type from `next` (a chairmanship handed over), starting then. */
  handover?: boolean;
  /** The pattern names no title ("held the post"): the role is the last title the text gave before it. */
  roleFallback?: boolean;
  /** What this sentence or the one before must say for the rule to apply ("held it" after "the chairmanship"). */
  context?: RegExp;
  /** What the sentence must not say for the rule to apply (an object before the verb: "Его сменил X"). */
  unless?: RegExp;
  /** What the `from` end's own words must say ("the Secretariat in Moscow": a standing office, not any body met in a city). */
  fromText?: RegExp;
  /** What the `to` end's own words must not say (an exercise is conducted, a programme is not: "the programme, run by ICMEC"). */
  toTextNot?: RegExp;
  /** What the `from` end's entity's name must say, its mention being any of its names ("CRRF", «КСОР»: the Collective Rapid Reaction Forces). */
  fromName?: RegExp;
  /** The same of the `to` end's entity ("units of the CPF from Russia": the forces, not any body named there). */
  toName?: RegExp;
  /** A succession: both people held the post the sentence or the text before names (the one before until, the other from then). */
  impliesPosts?: boolean;
  /** The pattern itself states a negation that makes the fact ("did not renew its membership": it left), so "not" does not void it. */
  negates?: boolean;
  /**
   * The pattern only names the fact in passing ("the Tajik chairmanship", «приоритеты российского председательства»): proposed once,
   * and only where no other reading of the article states it.
   */
  inPassing?: boolean;
}

/** A rule of the English or the Russian set, written without its language: every rules module builds its list with these. */
export const en = (rule: Omit<Rule, 'language'>): Rule => ({ ...rule, language: 'en' });
export const ru = (rule: Omit<Rule, 'language'>): Rule => ({ ...rule, language: 'ru' });

const SLOT_KINDS = new Set(['STATE', 'ORG', 'PERSON', 'PLACE', 'EVENT', 'INIT', 'TOPIC', 'DATE', 'NAME', 'MEET']);
/** A slot of these kinds; people may have a title before them where the rule is not itself about posts. */
const ITEM = (kinds: string, titles = false) => `${titles && /PERSON|NAME/.test(kinds) ? `(?:${TITLE_PREFIX})?` : ''}"?⟦(?:${kinds})#\\d+⟧"?`;
/** Gapping: each item of a list with its own date after a dash ("Киргизия — в 2025 году, Казахстан — в 2024-м") or in brackets ("X (2020–2022) и Y (2023–2025)"). */
const GAP = '(?: — (?:в |во |с |in |from )?⟦DATE#\\d+⟧(?:-[а-яё]{1,2})?| \\(⟦DATE#\\d+⟧\\))?';
/** What joins the items of a list: commas, "and", "и", and the additive "as well as", "а также". */
const JOINER = '(?: ?, ?(?:and |и |as well as |а также )?| (?:and|и|as well as|а также) )';
const LIST = (kinds: string, titles = false) => `${ITEM(kinds, titles)}${GAP}(?:${JOINER}(?:the )?${ITEM(kinds, titles)}${GAP})*`;
const DASH_GAPPED = /⟦\w+#(\d+)⟧"?(?: — (?:в |во |с |in |from )?⟦DATE#(\d+)⟧(?:-[а-яё]{1,2})?| \(⟦DATE#(\d+)⟧\))/gu;
// "mission", "operation", "deployment" not as the second half of a compound modifier ("a special-operations brigade").
const MEETING_WORDS =
  "session|summit|meeting|talks|forum|conference|exercises?|drills?|manoeuvres|maneuvers|war ?games|(?<![\\p{L}-])(?:mission|operation|deployment)|сесси\\p{L}*|саммит\\p{L}*|заседани\\p{L}*|встреч(?:а|и|е|у|ей|ею|ам|ами|ах)?(?![\\p{L}])|переговор\\p{L}*|учени\\p{L}*|совещани\\p{L}*|церемони\\p{L}*|ceremony|round ?tables?|кругл\\p{L}* стол\\p{L}*|тренировк\\p{L}*|маневр\\p{L}*|манёвр\\p{L}*";
/** Words that may stand before a meeting's noun: slots and a few adjectives, not any word (not "said the"). */
const MEETING_ADJECTIVES =
  "⟦\\w+#\\d+⟧(?:'s)?|(?:one|two|three|four|five|\\d+)-day|annual|regular|extraordinary|autumn|spring|summer|winter|ordinary|emergency|high-level|closed-door|final|inaugural|expanded|informal|joint|anniversary|jubilee|next|last|first|ministerial|plenary|command-staff|tactical|special|peacekeeping|military|naval|anti-terrorist|counter-terrorism|large-scale|пленарн\\p{L}*|выездн\\p{L}*|снова|очередн\\p{L}*|внеочередн\\p{L}*|юбилейн\\p{L}*|расширенн\\p{L}*|следующ\\p{L}*|совместн\\p{L}*|командно-штабн\\p{L}*|специальн\\p{L}*|тактическ\\p{L}*|неформальн\\p{L}*|миротворческ\\p{L}*|антитеррористическ\\p{L}*|военн\\p{L}*";
// A body's acronym in brackets after its name: "the summit of the Collective Security Treaty Organization (CSTO) in Moscow".
const ACRONYM = '(?: \\((?:⟦ORG#\\d+⟧|\\p{Lu}{2,6})\\))?';
// The names after the noun may be a list of editions: «учения «Поиск-2026» и «Эшелон-2026»» (RU, small addition).
const MEETING = `(?:(?:the|its|a|an|this|next|last|that) )?(?:(?:${MEETING_ADJECTIVES}) ){0,3}(?:${MEETING_WORDS})(?: (?:of (?:the )?)?"?⟦(?:ORG|EVENT|INIT)#\\d+⟧"?${ACRONYM})*(?: и "?⟦EVENT#\\d+⟧"?)*`;
/**
 * A rule's meeting may be several named exercises, listed before or after their noun: "the Search and Echelon drills",
 * «учения КСОР «Поиск», «Эшелон» и «Кобальт»»; each is an end (endsOf). Only rules read it so: a meeting a later
 * sentence refers back to (meetingIn, the discourse layer) stays one.
 */
const NAMED_LIST_ITEM = '"?⟦(?:EVENT|INIT)#\\d+⟧"?';
const NAMED_JOINER = '(?:,| и| and|, and)';
/**
 * What kind of exercise a name is, said between the name and its noun: "the Search reconnaissance drill", "Echelon logistics exercises"
 * (a noun the adjectives above do not list); the name stays the end. Before the noun of an exercise only, not a meeting's.
 */
const EXERCISE_CLASS = '(?:(?!(?:and|or|but|the|a|an|its|their|this|that|these|those|next|last|another|other|each|every|no|when|while|after|before|then) )[a-z-]+ ){1,2}(?=(?:exercises?|drills?|manoeuvres|maneuvers)(?![\\p{L}]))';
/** Whose exercise a name is, in the genitive plural between the noun and the name: «учения разведчиков «Поиск» и тыловиков «Эшелон»». */
const TRAINEES_RU = '[а-яё-]+(?:ов|ев|ей) ';
/** Another named exercise after the first, maybe with its own article and noun: "… and the Search reconnaissance drill", «… и тыловиков «Эшелон»». */
const NAMED_MORE = `(?:${NAMED_JOINER} (?:the |${TRAINEES_RU})?${NAMED_LIST_ITEM}(?: (?:${EXERCISE_CLASS})?(?:exercises?|drills?|manoeuvres|maneuvers)(?![\\p{L}]))?)*`;
const MEETING_LIST = `(?:(?:the|its|a|an|this|next|last|that) )?(?:(?:${NAMED_LIST_ITEM}${NAMED_JOINER} )+(?=${NAMED_LIST_ITEM} )|${NAMED_LIST_ITEM} ${EXERCISE_CLASS})?(?:(?:${MEETING_ADJECTIVES}) ){0,3}(?:${MEETING_WORDS})(?: (?:of (?:the )?)?"?⟦(?:ORG|EVENT|INIT)#\\d+⟧"?${ACRONYM}| ${TRAINEES_RU}"?⟦(?:EVENT|INIT)#\\d+⟧"?)*${NAMED_MORE}`;
const ROLE_EN =
  "(?:acting )?(?:first )?(?:deputy )?(?:Secretary[- ]General|President|Prime Minister|Foreign Minister|Minister of Foreign Affairs|Defen[cs]e Minister|Minister of Defen[cs]e|Chair(?:man|woman|person)?|Chief of (?:the )?(?:Joint|General) Staff|Chief|Head|Director(?:[- ]General)?|Commander|Permanent Representative(?: to (?:the )?⟦ORG#\\d+⟧)?)(?: \\(acting\\))?";
const ROLE_RU =
  '(?:исполняющ\\p{L}* обязанности )?(?:(?:перв\\p{L}* )?заместител\\p{L}* председател\\p{L}* правительства|(?:заместител\\p{L}* |помощник\\p{L}* |советник\\p{L}* |пресс-секретар\\p{L}* )?(?:генеральн\\p{L}* секретар\\p{L}*|генсек\\p{L}*|президент\\p{L}*|премьер-министр\\p{L}*|вице-премьер\\p{L}*|министр\\p{L}* иностранных дел|министр\\p{L}* обороны|глав\\p{L}* (?:МИД|внешнеполитического ведомства|Минобороны|оборонного ведомства)|секретар\\p{L}* (?:Совета безопасности|Совбеза)|постоянн\\p{L}* (?:и полномочн\\p{L}* )?представител\\p{L}*|полномочн\\p{L}* представител\\p{L}*(?= (?:⟦STATE#\\d+⟧ )?при ⟦ORG#)|постпред\\p{L}*|председател(?!ьств)\\p{L}*|начальник\\p{L}*(?: объедин\\p{L}+ штаба)?|руководител\\p{L}*|глав\\p{L}*))';

/** A rank, then a Russian name's initials, one or two, before the surname: «генерал-полковник А.Н. Сердюков», «Т. Масадыков». */
const RANK_WORDS =
  "(?:(?:Mr|Mrs|Ms)\\.? |(?:Colonel |Lieutenant |Major |Army )?General |(?:Colonel|Lieutenant|Major)-General |Admiral |Marshal |Colonel |Ambassador |(?:Col|Lt|Maj)(?:\\. ?|-| )Gen(?:\\.|eral)? |Gen\\. |(?:Lt|Col|Maj)\\. |генерал-(?:полковник|лейтенант|майор)(?:а|у|ом|е)? |генерал(?:а|у|ом|е)? армии |генерал(?:а|у|ом|е)? |адмирал(?:а|у|ом|е)? |маршал(?:а|у|ом|е)? |полковник(?:а|у|ом|е)? |посл(?:а|у|ом|е) |посол )?(?:[A-ZА-ЯЁ]\\.(?: ?[A-ZА-ЯЁ]\\.)? ?)?";
/**
 * A title before a name in a list of people: "Deputy Secretary-General X and Chief of the Joint Staff Y",
 * "Russian Defence Minister X", "заместитель генерального секретаря ОДКБ X". The name is the end; the
 * title's own slots (a state, an organization) are not.
 */
const TITLE_PREFIX = `(?:(?:⟦STATE#\\d+⟧(?:'s)? )?(?:${ROLE_EN}|${ROLE_RU})(?: (?:of (?:the )?)?⟦(?:ORG|STATE)#\\d+⟧)?,? ${RANK_WORDS}|⟦STATE#\\d+⟧'s )(?="?⟦(?:PERSON|NAME)#)`;

/**
 * A description in apposition between a subject and its verb: "X, a former Russian border guard commander, held …", "X, the speaker of
 * Russia's State Duma, who heads …" (a relative pronoun may follow it).
 */
const APPOSITION = ", (?:a|an|then (?:the|a|an)|the(?: ⟦ORG#\\d+⟧'s)?|⟦ORG#\\d+⟧'s|(?:my|our|his|her|its|their)(?: own)?) (?:former |veteran |career |retired |then )?(?:[a-z][a-z-]*|⟦STATE#\\d+⟧)(?: (?:[a-z][a-z-]*|⟦(?:STATE|ORG|NAME)#\\d+⟧(?:'s)?)){0,5},";

/**
 * Where a person subject comes from, part of his noun phrase before the verb: "X of Kyrgyzstan has been …", "X (Belarus) served …",
 * "X from Kazakhstan was appointed …". Only right after a person's slot: "the Council of Belarus" is no one's origin.
 */
const PERSON_ORIGIN = '(?:(?<=⟦(?:PERSON|NAME)#\\d+⟧) (?:of|from) ⟦STATE#\\d+⟧|(?<=⟦(?:PERSON|NAME)#\\d+⟧) \\(⟦STATE#\\d+⟧\\))?';

/** A title in apposition between a subject and its verb: "X, Secretary-General of the CSTO, addressed …". */
const TITLE_APPOSITION = `, (?:the )?(?:${ROLE_EN})(?: of (?:the )?⟦(?:ORG|STATE)#\\d+⟧)?,`;

/** A whole relative clause between a subject and its verb: "X, who served as Secretary-General from 2020 to 2022, was succeeded by Y". */
const RELATIVE = '(?:who|which) (?:has|have|had|was|were|is|are|served|serves|held|holds|chaired|chairs|led|leads|joined|left)(?= )';

/**
 * Any relative clause of the subject's own, with no organization or person in it (those may be the ends of another fact): "Tajikistan,
 * which shares a long border with Afghanistan, takes over …", "Tajikistan, whose 1,344km border is the longest, will take over …".
 * Not "which its allies call …": another subject follows the pronoun.
 */
/** "Putin, whose country holds the chairmanship this year, chaired …": "whose country" is read as a state's slot (WHOSE_STATE). */
const WHOSE_STATE_ASIDE = ", ⟦STATE#\\d+⟧ (?:holds|held|has held|chairs|chaired|has chaired|has been chairing|leads|led|has led|is|was|took over|takes over|will hand)(?= )(?:[^,⟦]|⟦(?:DATE|ORG)#\\d+⟧){1,60},";

const PLAIN_RELATIVE = ", (?:(?:who|which) (?!(?:its|his|this|thus)(?![a-z]))[a-z]+(?:s|ed)|whose)(?= )(?:[^,⟦]|,(?=\\d)|⟦(?:DATE|PLACE|STATE|NAME)#\\d+⟧){1,90},";

const MACROS: Record<string, string> = {
  THE: "(?:(?:the|its|their|his|her) )?",
  AUX: '(?:(?:has|have|had|was|were|is|are|will|would|shall|been|be|to|due|set|formally|officially|also|then|later|finally|already|now|still|once|again|effectively|reportedly|just|itself|themselves) ){0,4}',
  W: "(?:[^ ⟦⟧.;]+ ){0,3}?",
  W8: "(?:[^ ⟦⟧.;]+ ){0,8}?",
  // Any words, but not across another subject (a state or a person): "Russia chairs …, and Kyrgyzstan handed over …".
  ANY: "(?:[^.;⟦]|⟦(?!STATE|PERSON|NAME)[^⟧]*⟧){0,120}?",
  // The same, past a state or a name that only describes the subject: "X of Kyrgyzstan, who …", «X (Киргизия), сменивший …», a place
  // or an institution ("who worked for the United Nations in Afghanistan"), a state in the genitive after a description («первым представителем Киргизии»),
  // "X, a former United Nations official, …".
  ANYDESC: "(?:[^.;⟦]|⟦(?!STATE|PERSON|NAME)[^⟧]*⟧|(?<=(?<![\\p{L}])(?:of|from|in|for|with|at|из|в|во|представител\\p{L}*|уроженц\\p{L}*|гражданин\\p{L}*) |\\()⟦(?:STATE|NAME)#\\d+⟧|(?<=(?<![\\p{L}])(?:a|an|the|former|veteran|seasoned|career|retired|бывш\\p{L}*) )⟦(?:STATE|NAME)#\\d+⟧(?=,? \\p{L})){0,120}?",
  ROLE: `(?<role>${ROLE_EN})`,
  // A military or diplomatic rank between a title and a name, an honorific ("Mr"), and the name's initials ("Т.А.Масадыков", "T. Masadykov").
  RANK: RANK_WORDS,
  // A title as words, not as the fact's role ("chaired by Defence Minister X").
  TITLE: `(?:${ROLE_EN}|${ROLE_RU})`,
  RUROLE: `(?<role>${ROLE_RU})`,
  // "обязанности генерального секретаря исполнял X": the title, acting.
  RUACTING: `(?<role>обязанност\\p{L}* ${ROLE_RU})`,
};

/** What a sentence must hold for a rule to have a chance: a slot of one of these kinds, or a meeting word. */
export interface Requirement {
  kinds: string[];
  meeting: boolean;
}

export interface CompiledRule extends Rule {
  regex: RegExp;
  requires: Requirement[];
  /** For rules that begin with a slot: the same pattern, sticky, tried only where slots begin. */
  sticky?: RegExp;
  /** Whether the rule reads Cyrillic words (it is skipped on sentences without any, and English ones on sentences without Latin). */
  cyrillic: boolean;
  /** The rule's own words without its macros (rule-trigger.ts): a sentence without them cannot match the rule. */
  trigger?: RegExp[][];
}

/** Whether `{kinds:name}` in a rule's pattern is one of ours (a macro, or slots of those kinds), not the regular expression's own (`\p{L}`). */
function isMacro(kinds: string, name: string | undefined): boolean {
  return (!name && MACROS[kinds] !== undefined) || kinds.split('|').every((kind) => SLOT_KINDS.has(kind));
}

/**
 * Expands the macros of a rule's pattern: {STATE|ORG:from} is a list of such slots in group "from",
 * {MEET:to} a meeting, {W} up to three words. Letters are matched by explicit Latin and Cyrillic
 * classes rather than \p{L}: case-insensitive Unicode properties make V8 compile each rule for
 * hundreds of milliseconds.
 */
export function compile(rule: Rule): CompiledRule {
  const { pattern } = rule;
  const requires: Requirement[] = [];
  // A relative clause may stand between a subject and its verb: "Armenia, which froze …".
  // So may a participle ("The forces, created in 2009, held …").
  const source = pattern
    .replaceAll(' {AUX}', `${PERSON_ORIGIN}(?:,? (?:which|who|that)|, (?:created|founded|established|set up|formed|based|headquartered|led|chaired|headed|approved|adopted|launched|signed|agreed|announced|ratified|endorsed|hosted|held|staged|scheduled|whose|${RELATIVE})(?:[^,⟦]|⟦(?:DATE|PERSON|NAME|PLACE|STATE|ORG|INIT)#\\d+⟧){0,60},|${PLAIN_RELATIVE}|${WHOSE_STATE_ASIDE}|${APPOSITION}(?: (?:who|which))?|${TITLE_APPOSITION}|, (?:however|by contrast|in contrast|meanwhile|in turn|for (?:its|their) part|too|(?:he|she|they|officials) (?:said|added|noted|recalled)),)? {AUX}`).replace(/\{([A-Z0-9|]+)(?::(\w+))?\}/g, (whole, kinds: string, name: string | undefined) => {
    // \p{L} and the like are the regular expression's own.
    if (!isMacro(kinds, name)) return whole;
    if (!name && MACROS[kinds] !== undefined) return MACROS[kinds];
    if (!name) return `(?:${ITEM(kinds)})`;
    const alternatives = kinds.split('|');
    const slotKinds = alternatives.filter((kind) => kind !== 'MEET').join('|');
    // A `to` the sentence may leave out (the rule has a fallback) is not required.
    if ((name === 'from' && !rule.fromFallback) || (name === 'to' && !rule.toFallback)) requires.push({ kinds: slotKinds ? slotKinds.split('|') : [], meeting: alternatives.includes('MEET') });
    const titles = rule.type !== 'POST' && rule.type !== 'HEADS' && rule.type !== 'HOLDS_POSITION';
    const parts = [slotKinds ? LIST(slotKinds, titles) : '', alternatives.includes('MEET') ? MEETING_LIST : ''].filter(Boolean);
    return `(?<${name}>${parts.join('|')})`;
  });
  const final = explicitLetters(source);
  const startsWithSlot = /^\{(?!(?:[A-Z|]*\|)?MEET)[A-Z|]+:\w+\}/.test(pattern) && !/^\{[A-Z|]*MEET/.test(pattern);
  return {
    ...rule,
    regex: new RegExp(final, 'gi'),
    sticky: startsWithSlot ? new RegExp(final, 'iy') : undefined,
    requires,
    cyrillic: rule.language === 'ru',
    trigger: compileTrigger(triggerPieces(pattern, isMacro)),
  };
}

/** The pieces that compile (a piece may name a group of another piece: it is left out, which only lets more sentences through). */
function compileTrigger(alternatives: string[][] | undefined): RegExp[][] | undefined {
  const compiled = alternatives?.map((pieces) =>
    pieces.flatMap((piece) => {
      try {
        return [new RegExp(explicitLetters(piece), 'i')];
      } catch {
        return [];
      }
    }),
  );
  return compiled?.every((pieces) => pieces.length > 0) ? compiled : undefined;
}

const LETTERS = 'a-zA-Zа-яА-ЯёЁ';

/** A pattern with \p{L} written as Latin and Cyrillic letters, inside a character class or alone. */
function explicitLetters(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '\\') {
      if (source.startsWith('\\p{L}', i)) {
        out += inClass ? LETTERS : `[${LETTERS}]`;
        i += 4;
      } else {
        out += source.slice(i, i + 2);
        i++;
      }
      continue;
    }
    if (source[i] === '[') inClass = true;
    else if (source[i] === ']') inClass = false;
    out += source[i];
  }
  return out;
}

const MEETING_WORD = new RegExp(explicitLetters(`(?:${MEETING_WORDS})`), 'i');
/** Participants adopting documents at a meeting named before: a sentence that names nothing else may hold that fact. */
const ADOPTED_WORD = /(?<![\p{L}])(?:подписали|утвердили|одобрили|приняли|подписывают|утверждают|одобряют|принимают)(?![\p{L}])/iu;

/** Whether a rule may match a sentence at all, from the slots it holds and its script: most rules are skipped at once. */
function mayMatch(rule: CompiledRule, template: Template, kinds: Set<string>, scripts: { latin: boolean; cyrillic: boolean }): boolean {
  if (rule.cyrillic ? !scripts.cyrillic : !scripts.latin) return false;
  return rule.requires.every(
    (requirement) => requirement.kinds.some((kind) => kinds.has(kind)) || (requirement.meeting && MEETING_WORD.test(template.text)),
  );
}

const ROLE_NAMES: Array<[RegExp, string]> = [
  [/помощник\p{L}* президент|советник\p{L}* президент/iu, 'Presidential Aide'],
  [/пресс-секретар/iu, 'Press Secretary'],
  [/permanent representative|постоянн\p{L}* (?:и полномочн\p{L}* )?представител|полномочн\p{L}* представител|постпред/iu, 'Permanent Representative to the CSTO'],
  [/deputy secretar\w*[- ]general|заместител\p{L}* (?:генеральн\p{L}* секретар|генсек)/iu, 'Deputy Secretary-General'],
  [/secretar\w*[- ]general|генеральн\p{L}* секретар|генсек/iu, 'Secretary-General'],
  [/first deputy prime minister|перв\p{L}* заместител\p{L}* председател\p{L}* правительства/iu, 'First Deputy Prime Minister'],
  [/deputy prime minister|вице-премьер|заместител\p{L}* председател\p{L}* правительства/iu, 'Deputy Prime Minister'],
  [/prime minister|премьер/iu, 'Prime Minister'],
  [/president|президент/iu, 'President'],
  // A deputy minister is not the minister: "Deputy Foreign Minister X".
  [/deputy foreign minister|deputy minister of foreign|(?:заместител\p{L}* |зам)(?:министр\p{L}* иностранных|глав\p{L}* (?:мид|внешнеполитическ))/iu, 'Deputy Foreign Minister'],
  [/deputy defen[cs]e minister|deputy minister of defen|(?:заместител\p{L}* |зам)(?:министр\p{L}* обороны|глав\p{L}* (?:минобороны|оборонного))/iu, 'Deputy Defence Minister'],
  [/foreign minister|minister of foreign|министр\p{L}* иностранных|глав\p{L}* (?:мид|внешнеполитическ)/iu, 'Foreign Minister'],
  [/defen[cs]e minister|minister of defen|министр\p{L}* обороны|глав\p{L}* (?:минобороны|оборонного)/iu, 'Defence Minister'],
  [/секретар\p{L}* (?:совета безопасности|совбеза)/iu, 'Security Council Secretary'],
  [/deputy (?:chief|head)|заместител\p{L}* (?:начальник|руководител|глав)/iu, 'Deputy Head'],
  [/chief of (the )?joint staff|начальник\p{L}* объедин/iu, 'Chief of the Joint Staff'],
  [/chief of (the )?general staff/iu, 'Chief of the General Staff'],
  [/chair|председател/iu, 'Chairman'],
  [/director/iu, 'Director'],
  [/commander/iu, 'Commander'],
  [/chief|head|начальник|руководител|глав/iu, 'Head'],
];

export function roleName(raw: string): string {
  const base = ROLE_NAMES.find(([pattern]) => pattern.test(raw))?.[1] ?? raw.trim();
  return /acting|исполняющ|обязанност/iu.test(raw) ? `${base} (acting)` : base;
}

const STATE_ROLES = new Set(['President', 'Prime Minister', 'First Deputy Prime Minister', 'Deputy Prime Minister', 'Foreign Minister', 'Defence Minister', 'Deputy Foreign Minister', 'Deputy Defence Minister', 'Permanent Representative to the CSTO']);
const HEAD_ROLES = new Set(['Chairman', 'Head', 'Chief of the Joint Staff', 'Chief of the General Staff', 'Director', 'Commander']);

/** Words before a statement that take it back: a denial, a report, a condition, a question, a request of its subject ("asked Russia to coordinate …"). */
const DOUBT_BEFORE = /(?<![\p{L}])(denied|denies|deny|dismissed|rumou?rs?|reports? that|whether|if|unless|propos(?:ed|es|al)|call(?:s|ed|ing)? (?:for|on)|push(?:ed|es)? for|lobb(?:ied|ies|y) for|urg(?:ed|es|ing)|suggest(?:ed|s)? (?:that )?|offer(?:ed|s)? to|(?:ask(?:ed|s)?|invit(?:ed|es)|request(?:ed|s)?|press(?:ed|es)|encourag(?:ed|es)|persuad(?:ed|es))(?= (?:the )?$)|призвал\p{L}*|призыва\p{L}*|опроверг\p{L}*|отрица\p{L}*|слух\p{L}*|если|ли)(?![\p{L}])/iu;
/**
 * A non-restrictive relative or participle clause right after a subject ("X, which suspended …", «X, приостановивший …»,
 * «X, которая …»): what it says is stated whatever the main clause around it doubts or asks.
 */
const RELATIVE_ASIDE = /^"?, (?:which|who|котор\p{L}+|(?!(?:как|когда|если|чтобы|что|где)(?![\p{L}]))\p{Ll}+(?:вш|ивш|нувш)(?:ий|ая|ее|ие|его|ей|ую|ими|им|их|ем|ею)(?![\p{L}]))/u;
/** A post begins on the date the sentence gives: "took office in January 2023", "вступил в должность". */
const POST_STARTS = /(?<![\p{L}])(took office|became|becomes|will become|стал\p{L}*|станет|assumed office|took up (?:the |his |her )?post|(?:took|takes|will take) over as|(?:began|begins|will begin|started|starts) (?:his|her) (?:[a-z-]+ ){0,2}(?:term|tenure|mandate)|вступ\p{L}* в должность|приступ\p{L}* к обязанностям|заступ\p{L}* на (?:пост|должность)|занял\p{L}* (?:пост|должность)|(?:[Пп]ост|[Дд]олжность) [^.]{0,80}? занял\p{L}*)(?![\p{L}])/iu;
const TITLE_ANYWHERE = new RegExp(`(?<![\\p{L}])(?:${ROLE_EN}|${ROLE_RU})(?![\\p{L}])`, 'giu');

/** The title a text gives last before a point: what "the post" refers to. */
function lastTitle(text: string): string | undefined {
  // "a former border guard commander", "the head of …": lower-case nouns describe; a title is capitalised (or Russian).
  return [...text.matchAll(TITLE_ANYWHERE)].filter(([title]) => !/^(?:chief|head|director|commander|chair)/.test(title)).pop()?.[0];
}

/** An appointment stated before a match: what "this post" after it refers to. */
const APPOINTED_BEFORE = /(?<![\p{L}])(?:назначен\p{L}*|избран\p{L}*|appointed|named|elected)(?![\p{L}])/iu;

const NEGATION = /(?<![\p{L}])(not|never|no longer|neither|nor|не|ни|нет)(?![\p{L}])|n't/iu;
/** "Nor is Armenia taking part in …", "Neither has Belarus paid": the negation inverted before the subject a rule begins with. */
const INVERTED_NEGATION = /(?<![\p{L}])(?:nor|neither) (?:is|are|was|were|does|do|did|has|have|had|will|would|can|could)\s*$/iu;
/** "пока … не занял пост X" is "until X took the post": its "не" is no negation. */
const UNTIL_CLAUSE = /(?<![\p{L}])пока(?![\p{L}])[^.;,]{0,60}$/u;
/** Idioms with a negation word that negate nothing: "not far from here", "not only", «не только», «не менее 500», «не раз». */
const NOT_NEGATING = /(?<![\p{L}])(?:not (?:far|only|least|later than)|не (?:только|раз|менее|более|далее|далеко|позднее|позже))(?![\p{L}])/giu;
function stated(text: string, match: RegExpExecArray): string {
  return match[0].replace(/(?<![\p{L}])не(?= )/gu, (word, offset: number) => (UNTIL_CLAUSE.test(text.slice(0, match.index + offset)) ? '' : word)).replace(NOT_NEGATING, '');
}

/** Speculation is not a fact: "Armenia would leave the bloc", "could join", "threatened to withdraw". */
const MODAL = /(?<![\p{L}])(would|could|might|may|should|threaten\p{L}* to|consider\p{L}*|want\p{L}* to|может|могла?|могут|мог бы|могла бы|угрожа\p{L}*|рассматрива\p{L}*)(?![\p{L}])/iu;

/** "X said (that) Y would …", "the ministers agreed that Y would …": the future of reported speech or of a decision, which states what was said, unlike "could" or "might". */
const REPORTING_BEFORE = /(?<![\p{L}])(?:said|says|as saying|told [^.;]{1,30}?|reported(?: [^.;]{1,20}?)?|announced|informed [^.;]{1,30}?|stated|added|confirmed|agreed|decided)(?: that)? [^.;]{0,40}$/u;
function reportedFuture(before: string, matched: string, after: string): boolean {
  // Only a dated plan: "would stage the drills in 2027", not an intention ("would leave the bloc when the time comes").
  return REPORTING_BEFORE.test(before) && /⟦DATE#/.test(matched + after) && !MODAL.test(matched.replace(/(?<![\p{L}])would(?![\p{L}])/gu, ''));
}

export interface Article {
  paragraphs: string[];
  sentences: Span[][];
  mentions: Found[][];
  published: PartialDate | null;
  language: Language;
  gazetteer: Gazetteer;
}

/** "Kazakh Defence Minister", "the Tajik chairmanship": a demonym before a title or a chairmanship stands for the state. */
/** "Russian Deputy Foreign Minister", "the Russian Foreign Ministry spokeswoman", "his Russian counterpart": a demonym before a state's office. */
const DEMONYM_BEFORE_ROLE = new RegExp(`(?<![\\p{L}])(${Object.keys(DEMONYMS).join('|')})(?= (?:${ROLE_EN}|(?:rotating |annual )?chairmanship|${OFFICE_EN}|${INSTITUTION_EN}|counterparts?|colleagues?)(?![\\p{L}]))`, 'giu');
const PRONOUN = /^["«“]?(He|She|His|Her|Он|Она|Его|Её|Ее)(?![\p{L}])/u;
const BODY_NOUN = '[Cc]ommission|[Cc]ouncil|[Aa]ssembly|[Cc]ommittee|[Ss]ecretariat|[Ss]taff|[Pp]arliament|[Ff]orces';
/** "the Secretariat", "the alliance's Joint Staff", "the bloc's Parliamentary Assembly": a body of an organization named before or of the main one. */
const BODY_REFERENCE = new RegExp(`(?<![\\p{L}])(?:[Tt]he|[Ii]ts) (?:(?:alliance|bloc|organi[sz]ation)['’]s )?((?:\\p{Lu}[\\p{L}-]+ ){0,2}(?:${BODY_NOUN}))(?![\\p{L}])`, 'gu');
const RU_LOWER_BODY = /(?<![\p{L}])(?:(ассамбле|секретариат|штаб)\p{Ll}*|([Дд]оговор)(?:а|у|ом|е)?(?![\p{L}]))/gu;
/** "the programme", "the initiative" with no name after them. */
/** "the programme", «программа» (RU: not one named by what follows, «программа по …», «программа учений»). */
const PROGRAMME_REFERENCE = /(?<![\p{L}])(?:[Tt]he (?:programm?e|program|initiative|project)(?![\p{L}]| ["«“]?\p{Lu}| ⟦)|[Пп]рограмм(?:а|ы|е|у|ой)(?![\p{L}]| ["«“]?\p{Lu}| ⟦| (?:по|в|на|для|\p{Ll}+(?:ого|его|ых|ых|ий|ой)|учени\p{L}*|сотрудничества|мероприятий|председательства)(?![\p{L}])))/gu;
/** A programme's name says so (a series of exercises is an initiative too, but not "the programme"). */
const PROGRAMME_NAME = /program|initiative|project|plan(?![\p{L}])/iu;
/** "… на этом посту его сменил X": the object pronoun of a succession, inside the sentence (at its head, PRONOUN reads it). */
const SUCCEEDED_PRONOUN = /(?<![\p{L}])(его|её|ее)(?= (?:на (?:этом )?посту )?(?:сменил|заменил))/gu;
/** "Before him, X held the post", «До него этот пост занимал X»: the person named last, whose predecessor follows. */
const BEFORE_HIM = /(?<![\p{L}])(?:[Bb]efore|[Дд]о) (him|her|него|неё|нее)(?![\p{L}])/gu;
const WHOSE_STATE_TEXT = /^(?:whose|чь)/iu;
/** "…, whose country holds the chairmanship", "…, чья страна председательствует": the state named just before. */
const WHOSE_STATE = /(?<![\p{L}])(?:whose (?:country|state|government)|чья страна|чь[её] государство)(?![\p{L}])/giu;

/** The organizations an article mentions, most mentioned first (ties in the order they first appear). */
function organizationsByMentions(article: Article): string[] {
  const counts = new Map<string, number>();
  for (const mention of article.mentions.flat()) {
    if (mention.variant.kind === 'ORGANIZATION') counts.set(mention.entityId, (counts.get(mention.entityId) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([id]) => id);
}

/** The organization an article is about: its most mentioned one. */
export function mainOrganization(article: Article): string | undefined {
  return organizationsByMentions(article)[0];
}

/** A body of an organization by its name's head noun: a council, a staff, forces, not the organization itself. */
export const BODY_NAME = /(?<![\p{L}])(?:council|staff|secretariat|assembly|commission|committee|forces|совет\p{L}*|штаб\p{L}*|секретариат\p{L}*|ассамбле\p{L}*|комисси\p{L}*|комитет\p{L}*|сил\p{L}*)(?![\p{L}])/iu;

const topOfArticle = new WeakMap<Article, string | undefined>();
/**
 * What "the organization", "the bloc" and a rotating chairmanship belong to: the organization a body the article is most about
 * is named after, else the most mentioned organization that is no body, else the most mentioned one. Once per article: the
 * rules ask it for every sentence.
 */
export function topOrganization(article: Article): string | undefined {
  if (topOfArticle.has(article)) return topOfArticle.get(article);
  const ranked = organizationsByMentions(article);
  const main = ranked[0];
  const gazetteer = indexed(article.gazetteer);
  const top = main && (parentOrganization(article, main) ?? ranked.find((id) => !BODY_NAME.test(gazetteer.entry(id)!.name)) ?? main);
  topOfArticle.set(article, top);
  return top;
}

/**
 * A state is a member of the organization, not of its body: "The CSTO secretariat met. It has six members: …"
 * is the CSTO's list. Used where the organization is found outside the rule's match (a fallback).
 */
function memberOwner(article: Article, end: FactEnd, type: Rule['type']): FactEnd {
  const id = end.entityId;
  const entry = id ? indexed(article.gazetteer).entry(id) : undefined;
  if (type !== 'MEMBER_OF' || !id || !entry || !BODY_NAME.test(entry.name)) return end;
  const parent = parentOrganization(article, id);
  return parent ? { entityId: parent, text: indexed(article.gazetteer).entry(parent)!.name } : end;
}

/** A secretariat or a staff, which employs people and has no member states: its organization stands for it in a membership. */
const WORKING_BODY = /(?<![\p{L}])(?:secretariat|staff|секретариат\p{L}*|штаб\p{L}*)(?![\p{L}])/iu;
function workingBodyOwner(article: Article, end: FactEnd): FactEnd {
  const entry = end.entityId ? indexed(article.gazetteer).entry(end.entityId) : undefined;
  const parent = entry && WORKING_BODY.test(entry.name) ? parentOrganization(article, end.entityId!) : undefined;
  return parent ? { entityId: parent, text: indexed(article.gazetteer).entry(parent)!.name } : end;
}

/**
 * The organization a body's name begins or ends with ("CSTO Parliamentary Assembly", "Secretariat of the
 * CSTO" → the CSTO): whose Secretary-General a title with no organization is, in an article about a body.
 */
function parentOrganization(article: Article, id: string): string | undefined {
  const gazetteer = indexed(article.gazetteer);
  const entry = gazetteer.entry(id)!;
  for (const name of [entry.name, ...entry.aliases.map((alias) => alias.name)]) {
    const words = name.split(/\s+/);
    for (let n = 1; n < words.length; n++) {
      for (const part of [words.slice(0, n).join(' '), words.slice(words.length - n).join(' ')]) {
        const parent = gazetteer.idsNamed(part).find((other) => other !== id && gazetteer.kind(other) === 'ORGANIZATION');
        if (parent) return parent;
      }
    }
  }
  return undefined;
}

/** A word of an institution's name: a name with one is no person's ("United Nations", "Security Council", "Airborne Troops"). */
const INSTITUTION_WORD =
  /(?<![\p{L}])(?:nations|council|union|committee|organi[sz]ation|assembly|ministry|office|service|forces|troops|staff|secretariat|commission|bank|fund|agency|parliament|duma|government|republic|federation|university|institute|army|navy|command|совет\p{L}*|комитет\p{L}*|организаци\p{L}*|ассамбле\p{L}*|министерств\p{L}*|служб\p{L}*|войск\p{L}*|штаб\p{L}*|сил\p{L}*)(?![\p{L}])/iu;
const mayBePerson = (name: string) => !INSTITUTION_WORD.test(name);

/** The names no entity has in the sentences before this one, in this paragraph and the one before, with their paragraph (1-based). */
function namesBefore(article: Article, p: number, sentence: Span): Array<{ paragraph: number; start: number; text: string }> {
  const names: Array<{ paragraph: number; start: number; text: string }> = [];
  for (let q = Math.max(0, p - 1); q <= p; q++) {
    for (const span of article.sentences[q]!) {
      if (q === p && span.start >= sentence.start) break;
      for (const name of unknownNames(article.paragraphs[q]!, span, article.mentions[q]!)) names.push({ paragraph: q + 1, start: name.start, text: name.text });
    }
  }
  return names;
}

const eventsOfArticle = new WeakMap<Article, NamedEvent[]>();
/** The meetings and exercises an article names, in order: what "the summit" or «учения» stand for. */
function namedEvents(article: Article): NamedEvent[] {
  let events = eventsOfArticle.get(article);
  if (!events) {
    const gazetteer = indexed(article.gazetteer);
    const names = (id: string) => { const entry = gazetteer.entry(id); return entry ? [entry.name, ...entry.aliases.map((alias) => alias.name)] : []; };
    events = articleEvents(article.mentions.flat(), article.paragraphs, names);
    eventsOfArticle.set(article, events);
  }
  return events;
}

const MEETING_SPOKEN = new RegExp(`(?<![\\p{L}])(?:${MEETING_EN}|${MEETING_RU})(?![\\p{L}])`, 'iu');
/** How far back a noun that counts exercises («оба учения») may find them named: its paragraph and the four before (a report's lead and the paragraphs on the first of them). */
const RECENT_PARAGRAPHS = 5;

/** A sentence that speaks of exercises and of no meeting. */
const exercisesNotMeetings = (sentence: string) => EXERCISE_WORD.test(sentence) && !MEETING_SPOKEN.test(sentence);

/**
 * The exercises in focus where troops or units are spoken of without one: those the last sentence naming any known
 * exercise named ("two exercises, Interaction and Search. They will be held by …": both), in this paragraph before
 * the match or in the one before. A meeting's noun named since ("he told the conference") is not what troops take part in.
 */
function lastExercises(article: Article, p: number, sentence: Span, template: Template, at: number): FactEnd[] {
  const inSentence = template.slots.filter((slot, i) => template.at[i]! < at && (slot.kind === 'EVENT' || slot.kind === 'INIT') && slot.entityId).map((slot) => slot.start);
  // An exercise named only as the frame or yardstick of another ("part of the wider X", "than the larger X") is not the one spoken of.
  const events = namedEvents(article).filter((event) => !namedInPassing(article.paragraphs[event.paragraph - 1]!, event.start));
  const exercises = events.filter(
    (event) => event.kind === 'exercise' && event.entityId && (event.paragraph - 1 === p - 1 || (event.paragraph - 1 === p && (event.start < sentence.start || inSentence.includes(event.start)))),
  );
  // None so near: the exercise the article still speaks of, named farther back (exercise-topic.ts).
  const last = exercises[exercises.length - 1] ?? topicExercise(events, article.paragraphs, p, sentence.start, sentence.end);
  if (!last) return [];
  const spans = article.sentences[last.paragraph - 1]!;
  const within = spans.find((span) => last.start >= span.start && last.start < span.end)!;
  const same = (exercises.length > 0 ? exercises : events.filter((event) => event.kind === 'exercise' && event.entityId)).filter((event) => event.paragraph === last.paragraph && event.start >= within.start && event.start < within.end);
  return [...new Map(same.map((event) => [event.entityId!, { entityId: event.entityId!, text: event.text }])).values()];
}

/** Slots the mentions do not give: demonyms before a title, a pronoun subject, "the organization", "the commission". */
function referenceSlots(article: Article, p: number, sentence: Span, main: string | undefined): Slot[] {
  const gazetteer = indexed(article.gazetteer);
  const paragraph = article.paragraphs[p]!;
  const text = paragraph.slice(sentence.start, sentence.end);
  const slots: Slot[] = [];
  // «таджикская сторона», «таджикского председательства»: the state.
  for (const side of article.language === 'ru' ? [...stateSides(text), ...chairmanshipAdjectives(text)] : []) {
    const [id] = gazetteer.idsNamed(side.state);
    if (id) slots.push({ kind: 'STATE', start: sentence.start + side.start, end: sentence.start + side.end, text: side.text, entityId: id });
  }
  // «на бишкекском саммите»: the city (RU, small addition).
  for (const adjective of article.language === 'ru' ? cityAdjectives(text) : []) {
    const id = gazetteer.idsNamed(adjective.city).find((candidate) => gazetteer.kind(candidate) === 'PLACE');
    if (id) slots.push({ kind: 'PLACE', start: sentence.start + adjective.start, end: sentence.start + adjective.end, text: adjective.text, entityId: id });
  }
  // "Belarusian units", «белорусские военные»: the state that sent them.
  for (const unit of stateUnits(text)) {
    const [id] = gazetteer.idsNamed(unit.state);
    if (id && gazetteer.kind(id) === 'STATE') slots.push({ kind: 'STATE', start: sentence.start + unit.start, end: sentence.start + unit.end, text: unit.text, entityId: id });
  }
  for (const match of text.matchAll(DEMONYM_BEFORE_ROLE)) {
    const [id] = gazetteer.idsNamed(DEMONYMS[match[1]!.toLowerCase()]!);
    if (id) slots.push({ kind: 'STATE', start: sentence.start + match.index, end: sentence.start + match.index + match[0].length, text: match[0], entityId: id });
  }
  // «его российский коллега X», «армянский министр X», «глава белорусского МИД X»: the state of a counterpart or of a post.
  for (const colleague of article.language === 'ru' ? [...colleagueAdjectives(text), ...titleAdjectives(text)] : []) {
    const [id] = gazetteer.idsNamed(colleague.state);
    if (id) slots.push({ kind: 'STATE', start: sentence.start + colleague.start, end: sentence.start + colleague.end, text: colleague.text, entityId: id });
  }
  const before = article.mentions.slice(0, p + 1).flat().filter((mention) => mention.paragraph < p + 1 || mention.end <= sentence.start);
  const pronoun = PRONOUN.exec(text);
  const person = before.filter((mention) => mention.variant.kind === 'PERSON').pop();
  // A name the graph lacks, named after the last known person, is who "he" is ("… назначен Нурлан Сыдыков. Он сменит …").
  const unknown = pronoun ? namesBefore(article, p, sentence).filter((name) => mayBePerson(name.text) && (!person || name.paragraph > person.paragraph || (name.paragraph === person.paragraph && name.start >= person.end))).pop() : undefined;
  const previous = article.sentences[p]!.filter((span) => span.end <= sentence.start).pop();
  const inPrevious = (at: { paragraph: number; start: number }) => Boolean(previous) && at.paragraph === p + 1 && at.start >= previous!.start;
  // «Она» after "Армения направила … министра Марию Петрову." is the minister: a person just named comes
  // before a state or an organization of the same gender.
  const personJustNamed = Boolean(pronoun) && ((person !== undefined && inPrevious(person)) || (unknown !== undefined && inPrevious(unknown)));
  // A pronoun for a state or an organization first: a slot given first wins where two cover the same words.
  if (!personJustNamed) slots.push(...pronounSubjects(paragraph, article.sentences[p]!, article.mentions[p]!, sentence, main));
  // "Moscow takes over …", "the country froze …": a capital or a description standing for a state.
  const placeName = (id: string) => (gazetteer.kind(id) === 'PLACE' ? gazetteer.entry(id)?.name : undefined);
  const stateNamed = (name: string) => gazetteer.idsNamed(name).find((id) => gazetteer.kind(id) === 'STATE');
  slots.push(...metonymicStates(paragraph, article.mentions[p]!, sentence, placeName, stateNamed));
  slots.push(...describedProgrammes(paragraph, article.mentions[p]!, gazetteer, sentence.start, sentence.end));
  slots.push(...describedStates(paragraph, before.filter((mention) => mention.paragraph >= p), article.mentions[p]!.filter((mention) => mention.start >= sentence.start), sentence));
  slots.push(...coordinatedSubjects(paragraph, article.mentions[p]!, sentence), ...objectPronouns(paragraph, article.mentions[p]!, sentence));
  slots.push(...clausePronounSubjects(paragraph, article.mentions[p]!, sentence));
  slots.push(...eventObjectPronouns(paragraph, article.sentences[p]!, article.mentions[p]!, sentence));
  // «Его возглавляет X»: the body, before «Его» is read as the person named last.
  if (main && article.language === 'ru') {
    const named = [...article.mentions[p]!, ...bodiesNamedAlone(paragraph, p + 1, article.mentions[p]!, main, article.gazetteer)];
    slots.push(...headedBodyPronouns(paragraph, article.sentences[p]!, named, sentence));
  }
  if (pronoun) {
    const start = sentence.start + pronoun.index + pronoun[0].length - pronoun[1]!.length;
    if (unknown) slots.push({ kind: 'PERSON', start, end: start + pronoun[1]!.length, text: unknown.text });
    else if (person) slots.push({ kind: 'PERSON', start, end: start + pronoun[1]!.length, text: pronoun[1]!, entityId: person.entityId });
  }
  const description = pronoun ? null : PERSON_DESCRIPTION.exec(text);
  // "The Kyrgyz diplomat, who …": the person named last, in this paragraph or the one before.
  if (description && person && person.paragraph >= p) {
    const start = sentence.start + description.index + description[0].length - description[1]!.length;
    slots.push({ kind: 'PERSON', start, end: start + description[1]!.length, text: description[1]!, entityId: person.entityId });
  }
  slots.push(...relativePersonPronouns(paragraph, sentence, before, article.mentions[p]!));
  for (const match of text.matchAll(SUCCEEDED_PRONOUN)) {
    const person = before.filter((mention) => mention.variant.kind === 'PERSON').pop();
    const start = sentence.start + match.index;
    if (person && match.index > 0) slots.push({ kind: 'PERSON', start, end: start + match[1]!.length, text: match[1]!, entityId: person.entityId });
  }
  for (const match of text.matchAll(BEFORE_HIM)) {
    const start = sentence.start + match.index + match[0].length - match[1]!.length;
    const person = [...before, ...article.mentions[p]!.filter((mention) => mention.start >= sentence.start && mention.end <= start)].filter((mention) => mention.variant.kind === 'PERSON').pop();
    if (person) slots.push({ kind: 'PERSON', start, end: start + match[1]!.length, text: match[1]!, entityId: person.entityId });
  }
  for (const match of text.matchAll(WHOSE_STATE)) {
    const at = sentence.start + match.index;
    // "Putin, whose country chairs the bloc": a leader named last stands for the state he leads, as a state named last does.
    const owner = [
      ...slots.filter((slot) => slot.kind === 'STATE'),
      ...article.mentions[p]!.filter((mention) => mention.variant.kind === 'STATE' || mention.variant.kind === 'PERSON'),
    ]
      .filter((slot) => slot.end <= at && slot.start >= sentence.start)
      .sort((a, b) => a.end - b.end)
      .map((slot) => ('variant' in slot && slot.variant.kind === 'PERSON' ? ledState(gazetteer.entry(slot.entityId), (id) => gazetteer.kind(id) === 'STATE') : slot.entityId))
      .pop();
    if (owner) slots.push({ kind: 'STATE', start: at, end: at + match[0].length, text: match[0], entityId: owner });
  }
  const mainEntry = main ? gazetteer.entry(main) : undefined;
  if (main && article.language === 'ru') {
    for (const body of bodiesNamedAlone(text, p + 1, [], main, article.gazetteer)) {
      slots.push({ kind: 'ORG', start: sentence.start + body.start, end: sentence.start + body.end, text: body.text, entityId: body.entityId });
    }
  }
  // «при ассамблее», «в секретариате», «к договору» in lower case: the body or treaty of that name the text named last.
  for (const match of article.language === 'ru' ? text.matchAll(RU_LOWER_BODY) : []) {
    const at = sentence.start + match.index;
    // «Договор» capitalised alone is the treaty named before too (RU); a name beginning with it is a mention, which wins.
    const word = (match[1] ?? match[2]!).toLowerCase();
    const kind = match[1] ? 'ORGANIZATION' : 'INITIATIVE';
    const named = [...before, ...article.mentions[p]!.filter((mention) => mention.start >= sentence.start && mention.end <= at)]
      .filter((mention) => mention.variant.kind === kind)
      .filter((mention) => { const entry = gazetteer.entry(mention.entityId)!; return [entry.name, ...entry.aliases.map((alias) => alias.name)].some((name) => name.toLowerCase().includes(word)); })
      .pop();
    // «руководил секретариатом организации» with no Secretariat named before: the main organization's (not «секретариат ПА», another's).
    const own = !named && main && word === 'секретариат' && !/^ (?!(?:ОДКБ|организации|блока)(?![\p{L}]))\p{Lu}/u.test(text.slice(match.index + match[0].length))
      ? bodiesNamedAlone('Секретариат', p + 1, [], main, article.gazetteer)[0]?.entityId
      : undefined;
    if (named ?? own) slots.push({ kind: match[1] ? 'ORG' : 'INIT', start: at, end: at + match[0].length, text: match[0], entityId: named?.entityId ?? own });
  }
  for (const match of text.matchAll(BODY_REFERENCE)) {
    const word = match[1]!.toLowerCase();
    // "the Security Council of the Russian Federation", "the Parliament of Armenia": a state's own body, not the organization's.
    const of = /^ of (?:the )?/.exec(text.slice(match.index + match[0].length));
    const after = sentence.start + match.index + match[0].length + (of?.[0].length ?? 0);
    if (of && article.mentions[p]!.some((mention) => mention.start === after && mention.variant.kind === 'STATE')) continue;
    const mentioned = before
      .filter((mention) => mention.variant.kind === 'ORGANIZATION' && gazetteer.entry(mention.entityId)!.name.toLowerCase().includes(word))
      .pop()?.entityId;
    // Not named yet: the main organization's body of that name ("the Secretariat" → "CSTO Secretariat").
    const body =
      mentioned ??
      (mainEntry
        ? [mainEntry.name, ...mainEntry.aliases.map((alias) => alias.name)]
            .flatMap((name) => [...gazetteer.idsNamed(`${name} ${word}`), ...gazetteer.idsNamed(`${word} of the ${name}`)])
            .find((id) => gazetteer.kind(id) === 'ORGANIZATION')
        : undefined);
    if (body) slots.push({ kind: 'ORG', start: sentence.start + match.index, end: sentence.start + match.index + match[0].length, text: match[0], entityId: body });
  }
  // "The summit took place in Minsk", «В учениях приняли участие …»: the meeting or exercise the article named last.
  slots.push(...eventReferences(paragraph, p, sentence, namedEvents(article), article.mentions[p]!.filter((mention) => mention.start >= sentence.start && mention.end <= sentence.end)));
  // "The programme is administered by …": the programme named last, in this paragraph or the one before.
  for (const match of text.matchAll(PROGRAMME_REFERENCE)) {
    const at = sentence.start + match.index;
    const named = article.mentions
      .slice(Math.max(0, p - 1), p + 1)
      .flat()
      .filter((mention) => mention.variant.kind === 'INITIATIVE' && (mention.paragraph < p + 1 || mention.end <= at))
      .filter((mention) => PROGRAMME_NAME.test(gazetteer.entry(mention.entityId)!.name))
      .pop();
    if (named) slots.push({ kind: 'INIT', start: at, end: at + match[0].length, text: match[0], entityId: named.entityId });
  }
  // After the bodies: "the alliance's Joint Staff" is the body, not the alliance.
  if (main) {
    // "the bloc", "the organization" is never a body of it, in an article most about its Joint Staff or its Council.
    const organization = topOrganization(article) ?? main;
    for (const match of text.matchAll(ORG_REFERENCE)) {
      slots.push({ kind: 'ORG', start: sentence.start + match.index, end: sentence.start + match.index + match[0].length, text: match[0], entityId: organization });
    }
  }
  // "the session in Khujand": a city the graph lacks, read as a place to propose (after every known reading, which wins).
  slots.push(...newPlaces(paragraph, sentence));
  return slots;
}

const TITLE_PREFIX_RE = new RegExp(explicitLetters(TITLE_PREFIX), 'gi');

/** The ends a group names: each entity of a list (titles before names left out), or the words. */
function endsOf(template: Template, whole: string | undefined, newKind: EntityKindName): Array<{ end: FactEnd; slot?: Slot; date?: FoundDate }> {
  if (whole === undefined) return [];
  const gapped = new Map<Slot, FoundDate>();
  for (const match of whole.matchAll(DASH_GAPPED)) gapped.set(template.slots[Number(match[1])]!, template.slots[Number(match[2] ?? match[3])]!.date!);
  const group = whole.replace(TITLE_PREFIX_RE, '⟨t⟩').replace(DASH_GAPPED, (gap) => gap.slice(0, gap.indexOf('⟧') + 1));
  const slots = slotsIn(template, group).filter((slot) => slot.kind !== 'DATE');
  const isList = group.replace(/⟦\w+#\d+⟧|⟨t⟩|[", ]|(?<![\p{L}])(?:and|и|the|as well as|а также)(?![\p{L}])/giu, '').length === 0 && slots.length > 0;
  // A meeting named by an event or a series ("the Cobalt exercise", "учения «Рубеж-2025»") is that event.
  const named = slots.filter((slot) => slot.kind === 'EVENT' || slot.kind === 'INIT');
  // «учения «Поиск-2026» и «Эшелон-2026»», «учения КСОР «Поиск» и «Эшелон»»: each exercise a list of them names (the forces conduct them, another fact).
  if (!isList && named.length > 1 && slots.every((slot) => slot.kind === 'EVENT' || slot.kind === 'INIT' || slot.kind === 'ORG')) {
    return named.map((slot) => ({ end: slot.entityId ? { entityId: slot.entityId, text: slot.text } : { text: slot.text }, slot }));
  }
  if (!isList && named.length === 1) {
    const slot = named[0]!;
    return [{ end: slot.entityId ? { entityId: slot.entityId, text: slot.text } : { text: slot.text }, slot }];
  }
  if (!isList) return [{ end: { text: restore(template, whole).replace(/^(the|its|a|an) /i, '') } }];
  // "X, whose country …" stands for X's state: not another item of a list before it.
  const items = slots.length > 1 ? slots.filter((slot, i) => i === 0 || !WHOSE_STATE_TEXT.test(slot.text)) : slots;
  return items.map((slot) => {
    if (slot.kind === 'NAME') slot.newKind ??= newKind;
    return { end: slot.entityId ? { entityId: slot.entityId, text: slot.text } : { text: slot.text }, slot, date: gapped.get(slot) };
  });
}

/**
 * A relative clause that says when the meeting or exercise a match ends with takes place: "…, which will
 * run from 12 to 16 October", "…, которое пройдёт с 12 по 16 октября".
 */
const EVENT_CLAUSE =
  /^(?: "?⟦(?:EVENT|INIT)#\d+⟧)?"?,? (?:котор\p{L}+|which|that) (?:(?:will|would|is to|are to|was|were|is|are) )?(?:be )?(?:held|run|ran|runs|take place|took place|takes place|last|lasted|пройд\p{L}+|проходил\p{L}*|проходит|прошл\p{L}*|состоится|состоял\p{L}*|продлится|продлил\p{L}*|завершится)(?: (?:in|at|near|в|на|под) [^,;]*?)? (?:on |in |from |between |с |со |в |во )?$/u;

/**
 * What opens a clause with dates of its own after a match: a complement ("that", «что»), a Russian relative or
 * contrasted clause, a semicolon, and a reason ("chaired the session because Russia holds the chairmanship this
 * year", "…, as Russia chairs the bloc in 2026", «…, поскольку Россия председательствует в этом году», «…, страна
 * которого председательствует в 2026 году», "…, whose country leads the bloc this year").
 */
const OWN_CLAUSE =
  / (?:that|что|чтобы) |, (?:котор\p{L}+|а|но|однако|хотя|while|whereas|although|though|as|since|поскольку|ибо|так как|whose|чья|чей|чьё|чьи) |, \p{L}+ (?:котор(?:ого|ой|ых)) | because |;/u;
/** Whether a stretch opens a clause of its own, read on its words too: "whose country" may stand as the state it refers to. */
const ownClause = (template: Template, between: string) => OWN_CLAUSE.test(between) || (between.includes('⟦') && OWN_CLAUSE.test(` ${restore(template, between)} `));

/**
 * A dash or a colon that opens a clause with a subject of its own: «Заседание вёл Белоусов — Россия в этом году
 * председательствует в ОДКБ», «Председательствовал Путин: в 2026 году Россия возглавляет организацию».
 */
function explains(between: string, fromDate: string): boolean {
  return /[:—–] ⟦(?:STATE|ORG)#\d+⟧/u.test(between) || (/[:—–] (?:\p{L}{1,2} )?$/u.test(between) && /^⟦DATE#\d+⟧ ⟦(?:STATE|ORG)#\d+⟧/u.test(fromDate));
}

/** A date that opens a line, after a bullet if any, with a dash or a colon after it: the line's date. */
const LINE_DATE = /^[*•▪●-]? ?⟦DATE#(\d+)⟧ ?(?:[-—:]|год —) /u;

/**
 * The date a match uses: the one nearest the match's end (where the verb of most rules is), inside or
 * after it; one after a clause break (a comma, "who", "which") counts as farther, one before the match
 * only when it is close.
 */
function datesFor(template: Template, index: number, end: number, asides: Array<{ start: number; end: number }> = []): FoundDate | undefined {
  let best: { date: FoundDate; distance: number } | undefined;
  // A timeline's or a factbox's line ("1999 - Azerbaijan … drop out", "2002: …", «2012 год — …»): its date is every fact's of the line.
  const heading = LINE_DATE.exec(template.text);
  template.slots.forEach((slot, i) => {
    // The years a plan covers are not when the fact happened.
    if (slot.kind !== 'DATE' || slot.date!.role === 'scope') return;
    const at = template.at[i]!;
    // "Kazakhstan, a member since 1994, sent troops": an apposition's date is its own.
    if (asides.some((aside) => at >= aside.start && at < aside.end)) return;
    let distance: number;
    if (at >= end) {
      const between = template.text.slice(end, at);
      // A complement clause ("agreed that X will … on 1 January") has dates of its own.
      // So has a Russian relative clause or a clause with a subject of its own ("…, который возглавлял … с 2023 года", "…, а с 2020 года …").
      // So has the next item of a gapped list ("…, в 2026 году — в Киргизии"), and a clause after a semicolon.
      const gapped = /,/.test(between) && /^⟦DATE#\d+⟧(?:-[а-яё]{1,2})? — /u.test(template.text.slice(at));
      distance = at - end + (EVENT_CLAUSE.test(between) ? 10 : gapped || ownClause(template, between) || explains(between, template.text.slice(at)) ? 1000 : /[,;:]| (?:and|but|who|whose|which|when|а|но|который|которая|которые) /u.test(between) ? 100 : 0);
    } else if (at >= index) distance = end - at;
    // Close before the match: "From 1 January, the chairmanship passes to X" governs the clause after it.
    else distance = end - at + (index - at > 40 && !(heading && Number(heading[1]) === i) ? 1000 : slot.date!.role !== 'point' ? 50 : 200);
    if (distance < 1000 && (!best || distance < best.distance)) best = { date: slot.date!, distance };
  });
  return best?.date;
}

/**
 * The day a dateline gives ("BISHKEK, November 27."): what an event the article reports without a
 * date of its own happened on, when the sentence is not about the future.
 */
function datelineDate(article: Article): FoundDate | undefined {
  // Under a headline, the dateline opens the second paragraph.
  const at = isHeadline(article.paragraphs[0]) ? 1 : 0;
  const first = article.paragraphs[at];
  const sentence = article.sentences[at]?.[0];
  if (!first || !sentence) return undefined;
  const text = first.slice(sentence.start, sentence.end);
  if (!/^(?:\S+\s+){0,3}\p{Lu}{3,}[\p{Lu}\s-]*,/u.test(text)) return undefined;
  return findDates(text, article.published).find((date) => /^\d{4}-\d\d-\d\d$/.test(date.date));
}

/**
 * The year an edition's name gives ("Rubezh-2025"), for an event the sentence does not date near the fact;
 * a month or day of that year the sentence gives elsewhere is the edition's own ("In October, on a range
 * near Bishkek, the forces held Rubezh-2026"): the name confirms the year, the sentence says when in it.
 */
function editionYear(ends: Array<{ end: FactEnd }>, template: Template): FoundDate | undefined {
  const year = ends.length === 1 ? /(?:^|[^\d])((?:19|20)\d\d)$/.exec(ends[0]!.end.text)?.[1] : undefined;
  if (!year) return undefined;
  const inYear = template.slots.flatMap((slot) => (slot.kind === 'DATE' && slot.date!.role === 'point' && !slot.date!.until && slot.date!.date.length > 4 && slot.date!.date.startsWith(year) ? [slot.date!] : []));
  return new Set(inYear.map((date) => date.date)).size === 1 ? inYear[0] : { start: 0, end: 0, date: year, role: 'point' };
}

// "The next day", «на следующий день» tell a past story's sequence, not a meeting to come (as dates.ts's FUTURE reads them).
const FUTURE_TENSE = /(?<![\p{L}])(will|shall|is to|are to|next(?! (?:day|morning|evening))|scheduled|plans?|intends?|будет|будут|состоится|состоятся|пройд[её]т|пройдут|следующ\p{L}*(?! (?:день|дня|утро|утром|вечер|вечером|ночь))|примет|примут|провед[её]т|проведут)(?![\p{L}])/iu;

function applyDating(fact: ProposedFact, dating: Dating, date: FoundDate | undefined, published: PartialDate | null): void {
  if (!date || dating === 'none') {
    if (dating === 'post' && published) fact.attested = published.text;
    return;
  }
  if (date.until) {
    if (dating === 'end' || dating === 'handover') fact.until = date.until;
    else {
      fact.since = date.date;
      fact.until = date.until;
    }
    return;
  }
  if (date.role === 'until') {
    fact.until = date.date;
    return;
  }
  if (dating === 'end') fact.until = date.date;
  else if (dating === 'handover') fact.until = endBefore(date.date);
  else if (dating === 'start') fact.since = date.date;
  else if (dating === 'span') {
    fact.since = date.date;
    if (date.role === 'point') fact.until = date.date;
  } else if (dating === 'post') {
    if (date.role === 'since') fact.since = date.date;
    else fact.attested = date.date;
  }
}

/** The last slot before `index` of the sentence that `accepts` takes. */
function lastSlotBefore(template: Template, index: number, accepts: (slot: Slot) => boolean): Slot | undefined {
  return template.slots.filter((slot, i) => accepts(slot) && template.at[i]! < index).pop();
}
const slotsBefore = (template: Template, index: number): Slot[] => template.slots.filter((_, i) => template.at[i]! < index);
const isOrganization = (slot: Slot) => slot.kind === 'ORG' || slot.kind === 'INIT';
/**
 * The organization a sentence opens with, its subject: what a pronoun at the head of the next sentence takes up
 * ("The CSTO was founded on the basis of the Collective Security Treaty. Its members are …": the CSTO, not the
 * treaty). "There" or "the treaty" name their own antecedent and keep the organization named last.
 */
const openingOrganization = (template: Template): Slot | undefined => {
  const first = template.slots.findIndex((slot) => slot.kind !== 'DATE');
  return first >= 0 && isOrganization(template.slots[first]!) && SUBJECT_LEAD.test(template.text.slice(0, template.at[first])) ? template.slots[first] : undefined;
};
/**
 * What may stand before a sentence's subject and leave it the subject: a rubric ("BACKGROUND:", «Справка:») and a fronted
 * adverbial of time or manner set off by a comma ("In 2002, the CSTO …", "Formally, the bloc …", «В 2002 году ОДКБ …»).
 */
const SUBJECT_LEAD = /^(?:(?:\p{Lu}[\p{Lu} ]{2,30}|[Ff]or reference|[Bb]ackground|[Cc]ontext|[Сс]правка|[Кк]онтекст|[Дд]осье): ?)?(?:(?:(?:In|On|By|Since|Back in|Formally|Officially|Originally|Today|В|С|К|Формально|Официально|Изначально|Сегодня)(?: [^,.;:]{0,40})?|⟦DATE#\d+⟧),? )?(?:[Tt]he |[Tt]his )?$/u;
const isKnownProgramme = (slot: Slot) => slot.kind === 'INIT' && Boolean(slot.entityId);
const isPlace = (slot: Slot) => slot.kind === 'PLACE' || slot.kind === 'STATE';
/** A preposition or noun of location before a slot: "in Belarus", «на полигонах Белоруссии», not a state as an actor or a participant. */
const VENUE_BEFORE = /(?:^|[\s"(])(?:in|at|near|в|во|на|под|близ|около|(?:полигон|территори)[а-яё]*|ranges? of|grounds? of) "?$/iu;
/** The last place named as where something is or happens, before `index`: what "there" and «там же» stand for. */
const lastVenueBefore = (template: Template, index: number): Slot | undefined =>
  template.slots.filter((slot, i) => isPlace(slot) && template.at[i]! < index && VENUE_BEFORE.test(template.text.slice(Math.max(0, template.at[i]! - 30), template.at[i]!))).pop();
/** A slot as a fact's end, when it names a known entity. */
const knownEnd = (slot: Slot | undefined): FactEnd | undefined => (slot?.entityId ? { entityId: slot.entityId, text: slot.text } : undefined);
/** A known entity as an end, under its own name (the text spoke of it only by a noun). */
const entityEnd = (gazetteer: Gazetteer, id: string | undefined): FactEnd | undefined => (id ? { entityId: id, text: indexed(gazetteer).entry(id)!.name } : undefined);
/**
 * The year a document's head noun is told with, restored (documentOfYear): before it ("a 2009 agreement", "the 2007 Dushanbe agreement")
 * or in the words that close its phrase ("an agreement signed in Dushanbe in 2007", "the agreement of 2009", «соглашения 2007 года»); not a
 * date further on in the clause ("signed the treaty … but quit it in 1999").
 */
const YEAR_BEFORE_HEAD = /⟦DATE#\d+⟧ (?:⟦PLACE#\d+⟧ )?$/u;
const YEAR_AFTER_HEAD = /^[\p{L}-]+(?: (?:of|from) ⟦DATE#\d+⟧| ⟦DATE#\d+⟧ (?:года|г\.)| (?:signed|concluded|adopted|подписанн\p{L}*|заключ[её]нн\p{L}*)(?: (?:in|at|в|во) ⟦PLACE#\d+⟧)?,? (?:(?:in|on|в|во) )?⟦DATE#\d+⟧)/u;
function yearWords(template: Template, match: RegExpExecArray, head: string): string {
  const at = match.index + match[0].lastIndexOf(head);
  const before = YEAR_BEFORE_HEAD.exec(template.text.slice(Math.max(0, at - 40), at))?.[0] ?? '';
  const after = YEAR_AFTER_HEAD.exec(template.text.slice(at))?.[0] ?? '';
  return restore(template, `${before} ${after}`);
}

const MEETING_PHRASE = new RegExp(explicitLetters(MEETING), 'i');

/** A titled post and whose it is: what a succession passes on. */
interface NamedPost {
  type: RelationshipTypeName;
  /** None for a post stated without a title ("will head the Joint Staff"). */
  role?: string;
  owner: FactEnd;
}

/** The post a succession is about, when it is an organization's (not a head of state's): its type, role and organization. */
function impliedPost(article: Article, main: string, title: string | undefined): NamedPost | undefined {
  if (!title) return undefined;
  const role = roleName(title);
  if (STATE_ROLES.has(role.replace(' (acting)', ''))) return undefined;
  const id = /Secretary-General/.test(role) ? parentOrganization(article, main) ?? main : main;
  return { type: HEAD_ROLES.has(role) ? 'HEADS' : 'HOLDS_POSITION', role, owner: { entityId: id, text: indexed(article.gazetteer).entry(id)!.name } };
}

/** The one state a sentence names, if it names exactly one: whose a bare title ("Prime Minister X") most likely is. */
function holderStates(template: Template): string[] {
  // A state the sentence goes to or acts on ("the deployment to Kazakhstan", "clashes with Azerbaijan") is not the holder's.
  const object = (i: number) => / (?:to|into|across|against|with|toward|towards)(?: the)? $/.test(template.text.slice(Math.max(0, template.at[i]! - 12), template.at[i]!));
  return [...new Set(template.slots.filter((slot, i) => slot.kind === 'STATE' && slot.entityId && !object(i)).map((slot) => slot.entityId!))];
}

function onlyState(template: Template): FactEnd | undefined {
  const states = holderStates(template);
  if (states.length !== 1) return undefined;
  const slot = template.slots.find((candidate) => candidate.entityId === states[0])!;
  return { entityId: slot.entityId, text: slot.text };
}

/**
 * The state whose post of this title the one person of the match is known to hold ("President Tokayev"
 * → Kazakhstan): the graph's word before a guess from the states the sentence names, which may be where
 * his troops went or whom he met.
 */
function knownState(article: Article, froms: Array<{ end: FactEnd }>, title: string | undefined): FactEnd | undefined {
  const person = froms.length === 1 ? froms[0]!.end.entityId : undefined;
  if (!person || !title) return undefined;
  const gazetteer = indexed(article.gazetteer);
  const state = knownPostOwner(gazetteer.entry(person), roleName(title), (id) => gazetteer.kind(id) === 'STATE');
  return state ? { entityId: state, text: gazetteer.entry(state)!.name } : undefined;
}

function meetingIn(template: Template): FactEnd | undefined {
  const match = MEETING_PHRASE.exec(template.text);
  if (!match) return undefined;
  // "the Interaction exercise": the series or event it names, when it names one.
  const named = slotsIn(template, match[0]).filter((slot) => (slot.kind === 'EVENT' || slot.kind === 'INIT') && slot.entityId);
  if (named.length === 1) return { entityId: named[0]!.entityId, text: named[0]!.text };
  return { text: restore(template, match[0]).replace(/^(the|its|a|an) /i, '') };
}

/** Every match of a rule in a template; a rule that begins with a slot is tried only where slots begin. */
function matches(rule: CompiledRule, template: Template): RegExpExecArray[] {
  if (rule.trigger && !passes(rule.trigger, template.text)) return [];
  if (!rule.sticky) {
    rule.regex.lastIndex = 0;
    return [...template.text.matchAll(rule.regex)];
  }
  const found: RegExpExecArray[] = [];
  let from = 0;
  for (const at of template.at) {
    // A list may begin with a quote before its first slot.
    for (const start of template.text[at - 1] === '"' ? [at - 1, at] : [at]) {
      if (start < from) continue;
      rule.sticky.lastIndex = start;
      const match = rule.sticky.exec(template.text);
      if (match) {
        found.push(match);
        from = start + Math.max(1, match[0].length);
        break;
      }
    }
  }
  return found;
}

/** Facts about an organization itself, not about its summit, delegation or forces ("joined the CSTO summit"). */
const MEMBERSHIP_LIKE = new Set<Rule['type']>(['MEMBER_OF', 'OBSERVER_OF', 'CHAIRS', 'POST', 'HEADS', 'HOLDS_POSITION']);
const BODY_AFTER = new RegExp(
  explicitLetters(`^"? (?:${MEETING_WORDS}|delegation|mission|forces|troops|contingent|staff|(?:working |expert |contact )?group|делегаци\\p{L}*|мисси\\p{L}*|сил\\p{L}*)(?![a-zа-яё])`),
  'i',
);

/** After a match with its date: ", and X in 2025" / "and X in 2025"; the Russian date first: «…, в 2025 году — Киргизия». */
const TRAILING_GAP =
  /^(?:(?: (?:exercises?|drills?|manoeuvres|summit|session))?(?: (?:in |on )?⟦DATE#\d+⟧)?,? (?:and )?⟦STATE#(\d+)⟧,? (?:in |on )?⟦DATE#(\d+)⟧(?=[,.;]|$| ⟦| and )| (?:в |с )?⟦DATE#\d+⟧, (?:а )?⟦STATE#(\d+)⟧ — (?:в |во |с )?⟦DATE#(\d+)⟧|, (?:а |и )?(?:в |во |с )?⟦DATE#(\d+)⟧(?:-[а-яё]{1,2})? — ⟦STATE#(\d+)⟧(?=[,.;]|$| и | а ))/;

/** After a passive's agent: ", and earlier by Y", "and later by Y of Z in 2023". */
const AGENT_GAP =
  /^(?: of ⟦STATE#\d+⟧)?(?: (?:in |on |from |since |between )?⟦DATE#\d+⟧)?,? and (?:earlier |later |then |previously |subsequently |before (?:that|him|her) )?by ⟦(?:PERSON|NAME)#(\d+)⟧(?: of ⟦STATE#\d+⟧)?(?:,? (?:in |on |from |since |between )?⟦DATE#(\d+)⟧)?(?=[,.;]|$)/;

/** A sentence that says its subject did what the one before said: "So did Armenia.", "Belarus followed suit.", "Так же поступила Армения." */
const SO_DID =
  /^"?(?:(?:So|Так же) (?:did|has|had|will|поступил\p{L}*) (?:the )?⟦(?:STATE|ORG)#(\d+)⟧|(?:The )?⟦(?:STATE|ORG)#(\d+)⟧ (?:(?:soon |later |then )?followed suit|did (?:the same|likewise|so too)|последовал\p{L}* (?:е[её]|его) примеру))(?=[ ,.;]|$)/u;
const STATE_OR_ORG = new Set(['STATE', 'ORGANIZATION']);

/**
 * A state a rule read as hosting an event is also where the relation layer read it held: both stand. Not the other way:
 * a place a rule read as where it was held is, as the relation layer's host, most often only a city or "на территории".
 */
const hostAndPlace = (rule: RelationshipTypeName, relation: RelationshipTypeName) => rule === 'HOSTS' && relation === 'HELD_IN';

export interface FactResult {
  proposals: ProposedFact[];
  newEntities: NewEntityProposal[];
}

export interface FactOptions {
  /** The relation layer behind the rules (relations.ts); on unless false. */
  relations?: boolean;
  /** The learned layer behind both (learned.ts): off when absent; `collect` receives every candidate of the article (training, cross-validation). */
  learned?: { model: LearnedModel; collect?: (candidates: LearnedCandidate[]) => void };
  /** The discourse layer behind all three (discourse.ts): an end taken from what the article has in focus; on unless false. */
  discourse?: boolean;
}

const MEETING_SPANS = new RegExp(explicitLetters(MEETING), 'gi');

/** The meetings a template names by common nouns, with their words: ends of the relation layer. */
function meetingSpans(template: Template): Array<{ start: number; end: number; text: string }> {
  return [...template.text.matchAll(MEETING_SPANS)].map((match) => ({ start: match.index, end: match.index + match[0].length, text: match[0] }));
}

/** A unit of the relation layer as a fact's end: a known entity, or a meeting's words. */
function unitEnd(template: Template, unit: RelationUnit): FactEnd | undefined {
  if (unit.slot) return unit.slot.entityId ? { entityId: unit.slot.entityId, text: unit.slot.text } : unit.slot.kind === 'EVENT' ? { text: unit.slot.text } : undefined;
  return { text: restore(template, unit.text!).replace(/^(the|its|a|an) /i, '') };
}

/** Whether a rule's fact joins the same two ends (either way round; any two meetings without a name alike): the rule's reading wins. */
function sameEnds(fact: ProposedFact, a: FactEnd, b: FactEnd): boolean {
  const key = (end: FactEnd) => end.entityId ?? '?';
  return (key(fact.from) === key(a) && key(fact.to) === key(b)) || (key(fact.from) === key(b) && key(fact.to) === key(a));
}

export function proposeFacts(article: Article, rules: CompiledRule[], options: FactOptions = {}): FactResult {
  const proposals: ProposedFact[] = [];
  const newEntities = new Map<string, NewEntityProposal>();
  const seen = new Set<string>();
  /** Posts read from a succession: dropped where the text states the same post in words of its own. */
  /** The post a succession rule names (its title, or the one the text gave before), by the succession fact. */
  const namedPosts = new Map<ProposedFact, NamedPost>();
  const main = mainOrganization(article);
  const dateline = datelineDate(article);
  /** The meeting named last by each paragraph, with the day its sentence gives. */
  const meetingsNamed: Array<{ end: FactEnd; date?: FoundDate } | undefined> = [];
  /** The body whose meeting the text named last, the first organization of the meeting's phrase («заседание Парламентской ассамблеи ОДКБ»): where observers at it sit (toFallback 'meetingBody'). */
  let meetingBody: FactEnd | undefined;
  /** The facts of the sentence before that a "So did X" repeats. */
  let echoed: ProposedFact[] = [];
  /** The last date the text gave: what "since then" in a later sentence counts from. */
  let lastDate: string | undefined;
  /** Every candidate pair of the learned layer, chosen from once the rules' proposals are final. */
  const candidates: LearnedCandidate[] = [];
  /** The meeting in focus and the discourse layer's proposals, kept apart until every other layer has proposed. */
  const focus = new MeetingFocus(article.published);
  const discoursed: ProposedFact[] = [];
  const headings = new ListHeading();
  let sentenceIndex = 0;
  /** The programme named last: what "the programme" or "it" of a later sentence refers to. */
  let programmeInFocus: FactEnd | undefined;
  /** The programmes the article has named so far: what its stages or deliveries belong to is plain only while it has named one. */
  const programmesSeen = new Set<string>();
  /** The organizations and initiatives named so far, in text order: what "the treaty" or «ассамблея» refers back to. */
  const namedBefore: Slot[] = [];
  /** Each sentence's template by its evidence's paragraph and start: where a fact over a list is read again for its other items. */
  const templates = new Map<string, Template>();
  /** The programme a paragraph named itself and still had in focus at its end: the next paragraph goes on speaking of it. */
  let programmeLeftOver: Slot | undefined;
  /** The meetings the sentence before named, a future one too: what a pronoun at the head of the next («Председательствовать на нём будет X») stands for. */
  let namedJustBefore: SentenceMeeting[] = [];
  /** The last sentence read: a paragraph's first sentence goes on from the one that closed the paragraph before. */
  let lastRead: Template | undefined;
  article.paragraphs.forEach((paragraph, p) => {
    let previous: Template | undefined;
    const closing = lastRead;
    echoed = [];
    // The meeting named last before this sentence, in this paragraph or the one before: what "also attended" refers to.
    let lastMeeting: { end: FactEnd; date?: FoundDate } | undefined = p > 0 ? meetingsNamed[p - 1] : undefined;
    // The programme the paragraph named last: a paragraph about one programme names it once and then says who pays.
    let paragraphProgramme: Slot | undefined = programmeLeftOver;
    const namedHere = new Set<string>();
    /** Whether the sentence before said who pays for, runs or coordinates the programme in focus. */
    let rolesBefore = false;
    for (const sentence of article.sentences[p]!) {
      sentenceIndex++;
      const sentenceText = paragraph.slice(sentence.start, sentence.end);
      const heading = headings.next(sentenceText, paragraph.slice(Math.max(0, sentence.start - 8), sentence.start));
      const dates = findDates(sentenceText, article.published, lastDate);
      const given = dates.filter((date) => date.role !== 'scope').pop();
      if (given) lastDate = given.until ?? given.date;
      const template = buildTemplate(paragraph, sentence, article.mentions[p]!, dates, referenceSlots(article, p, sentence, main));
      templates.set(`${p + 1}|${sentence.start}`, template);
      const before = previous;
      previous = template;
      lastRead = template;
      const earlierProgramme = paragraphProgramme;
      // A sentence about a meeting or an exercise takes the focus off the programme ("The summit ended on Friday.").
      const otherEvent = MEETING_WORD.test(template.text) || template.slots.some((slot) => slot.kind === 'EVENT');
      for (const slot of template.slots) if (isKnownProgramme(slot)) namedHere.add(slot.entityId!);
      // Another programme named, one the graph lacks ("A separate EU programme trains customs officers."): what follows may be about that one.
      const otherProgramme = !lastSlotBefore(template, template.text.length, isKnownProgramme) && namesOtherProgramme(template);
      if (otherProgramme) programmeInFocus = undefined;
      paragraphProgramme = lastSlotBefore(template, template.text.length, isKnownProgramme) ?? (otherEvent || otherProgramme ? undefined : paragraphProgramme);
      // Every fact of the sentence quotes it the same way.
      const quote = { quote: sentenceText, ...context(paragraph, sentence.start, sentence.end), paragraph: p + 1, start: sentence.start, end: sentence.end };
      const meetings = meetingSpans(template);
      // A meeting still to come ("next year's summit") is not the one the following sentences report on.
      const meeting = FUTURE_TENSE.test(template.text) ? undefined : meetingIn(template);
      // What a pronoun at the head of this sentence stands for ("Вёл её X"): the meeting named before it.
      const priorMeeting = lastMeeting;
      const nameMeeting = (end: FactEnd, words?: string) => {
        // Its day: the one day the sentence gives, or the dateline's when the sentence gives no date.
        // A day after the publication is not that of a meeting of the present ("the summit is expected to endorse its programme,
        // which starts on 1 January"): another statement's. Nor is a term's start ("because Russia has chaired the bloc since 1 January").
        const days = template.slots.filter((slot) => slot.kind === 'DATE' && slot.date!.role === 'point' && !(article.published && slot.date!.date.slice(0, 10) > article.published.text.slice(0, 10)));
        const date = days.length === 0 ? dateline : days.length === 1 && /^\d{4}-\d\d-\d\d$/.test(days[0]!.date!.date) ? days[0]!.date : undefined;
        lastMeeting = { end, date };
        // "on Tuesday, 17 November" is one day given twice.
        const sameDay = new Set(days.map((day) => day.date!.date)).size === 1 && /^\d{4}-\d\d-\d\d$/.test(days[0]!.date!.date) ? days[0]!.date : undefined;
        focus.named(end, date ?? sameDay, p, sentenceIndex, words);
        meetingsNamed[p] = lastMeeting;
      };
      const phrase = MEETING_PHRASE.exec(template.text);
      if (meeting && !(phrase && namedInPassing(template.text, phrase.index))) nameMeeting(meeting, phrase?.[0]);
      const bodyOfMeeting = meeting && slotsIn(template, MEETING_PHRASE.exec(template.text)?.[0] ?? '').find((slot) => slot.kind === 'ORG' && slot.entityId);
      if (bodyOfMeeting) meetingBody = { entityId: bodyOfMeeting.entityId, text: bodyOfMeeting.text };
      meetingsNamed[p] = lastMeeting;
      const factsBefore = proposals.length;
      // "So did Armenia", "Belarus followed suit": the facts of the sentence before, of this subject.
      const echo = SO_DID.exec(template.text);
      if (echo) {
        const subject = template.slots[Number(echo[1] ?? echo[2])]!;
        for (const fact of echoed) {
          if (!subject.entityId || fact.from.entityId === subject.entityId || fact.to.entityId === subject.entityId) continue;
          // Not its dates: "followed suit" is later, and "so did" does not say when.
          const { since: _since, until: _until, ...undated } = fact;
          proposals.push({ ...undated, from: { entityId: subject.entityId, text: subject.text }, evidence: quote, rule: `${fact.rule}+echo` });
        }
      }
      // The discourse layer reads every sentence ("The leaders adopted a declaration." names nothing), behind the others.
      if (options.discourse !== false) {
        const named: SentenceMeeting[] = [
          // "the Interaction exercise": the series or event it names, when it names one.
          ...meetings.map((span) => {
            const named = slotsIn(template, span.text).filter((slot) => (slot.kind === 'EVENT' || slot.kind === 'INIT') && slot.entityId);
            const fact = named.length === 1 ? { entityId: named[0]!.entityId, text: named[0]!.text } : unitEnd(template, { kind: 'MEET', start: span.start, end: span.end, text: span.text })!;
            return { start: span.start, end: span.end, fact };
          }),
          ...template.slots.flatMap((slot, i) => (slot.kind === 'EVENT' && slot.entityId && !meetings.some((span) => template.at[i]! >= span.start && template.at[i]! < span.end) ? [{ start: template.at[i]!, end: template.at[i]! + 1, fact: { entityId: slot.entityId, text: slot.text } }] : [])),
          // "The Council, which met in Moscow, approved the plan": a meeting named by its verb.
          ...gatheringsNamed(template, rules),
        ].sort((a, b) => a.start - b.start);
        // The discourse layer reads memberships: the organization's, not its body's the article is most about.
        const top = topOrganization(article);
        const organization = top ? { entityId: top, text: indexed(article.gazetteer).entry(top)!.name } : undefined;
        const prior = before && knownEnd(lastSlotBefore(before, before.text.length, isOrganization));
        const answersMembers = p > 0 && sentence === article.sentences[p]![0] && asksMembers(article.paragraphs[p - 1]!);
        const priorMeetings = namedJustBefore;
        namedJustBefore = named;
        for (const find of discourseFinds({ template, sentenceText, meetings: named, priorMeetings, focus: focus.at(p), frame: focus.frame(p), sentence: sentenceIndex, organization, prior, heading, answersMembers })) {
          discoursed.push(discourseFact(find, template, quote, dateline, article.published));
        }
        for (const find of observerSeats(template, article.gazetteer, prior, organization)) discoursed.push(discourseFact(find, template, quote, dateline, article.published));
        // Who pays for, runs or coordinates the programme in focus, in a sentence that does not name it (programme-roles.ts).
        const isProgrammeId = (id: string) => isProgramme(article.gazetteer, id);
        // Else the article's programme, while this sentence or the one before speaks of a programme ("Tajikistan coordinates the programme … Russia is the main donor").
        // A sentence that said who pays keeps the programme spoken of for the next ("Russia is the main donor. Kazakhstan also pays into it.").
        const inFocus = knownEnd((before && lastSlotBefore(before, before.text.length, isKnownProgramme)) ?? earlierProgramme) ?? (rolesBefore || programmeSpokenOf(article.gazetteer, template, before ?? closing) || (programmesSeen.size === 1 && programmeFramed(template, before ?? closing)) ? programmeInFocus : undefined);
        const roles = programmeRoles(template, sentenceText, inFocus && isProgrammeId(inFocus.entityId!) ? inFocus : undefined, article.language, isProgrammeId);
        for (const find of roles) discoursed.push({ type: find.type, from: find.from, to: find.to, evidence: quote, rule: find.rule });
        rolesBefore = roles.length > 0;
      }
      // A sentence without names may still state a fact about the meeting it names ("подписан протокол заседания"),
      // or about the one before ("Кроме того, министры подписали заявление …").
      if (!template.slots.some((slot) => slot.kind !== 'DATE') && !MEETING_WORD.test(template.text) && !ADOPTED_WORD.test(template.text)) {
        echoed = [];
        continue;
      }
      const kinds = new Set(template.slots.map((slot) => slot.kind));
      const words = template.text.replace(/⟦\w+#\d+⟧/g, ' ');
      const scripts = { latin: /[a-z]/i.test(words), cyrillic: /[а-яё]/i.test(words) };
      const toExercise = (rule: CompiledRule) =>
        rule.toFallback === 'nearExercise' ||
        (rule.toFallback === 'nearMeeting' && rule.type === 'PARTICIPATES_IN' && exercisesNotMeetings(sentenceText) && lastMeeting !== undefined && !lastMeeting.end.entityId && MEETING_SPOKEN.test(lastMeeting.end.text));
      for (const rule of rules) {
        if (!mayMatch(rule, template, kinds, scripts)) continue;
        if (rule.context && !rule.context.test(sentenceText) && !(before && rule.context.test(before.text))) continue;
        if (rule.unless?.test(sentenceText)) continue;
        for (const match of matches(rule, template)) {
          // A rule that begins at its verb ("hold X in Y") has its modal just before it ("could hold …").
          const modalScope = `${/(?:^| )(?:\S+ )?$/.exec(template.text.slice(Math.max(0, match.index - 20), match.index))?.[0] ?? ''}${match[0]}`;
          if ((!rule.negates && (NEGATION.test(stated(template.text, match)) || INVERTED_NEGATION.test(template.text.slice(Math.max(0, match.index - 20), match.index)))) || (MODAL.test(modalScope) && !reportedFuture(template.text.slice(0, match.index), modalScope, template.text.slice(match.index + match[0].length)))) continue;
          const groups = match.groups ?? {};
          // "whether Uzbekistan, which suspended its membership in 2012, will send anyone": the doubt is the main clause's, not its aside's.
          const aside = groups.from !== undefined && RELATIVE_ASIDE.test(match[0].slice(match[0].indexOf(groups.from) + groups.from.length));
          if ((!aside && DOUBT_BEFORE.test(template.text.slice(0, match.index))) || /\?\s*["»”]?\s*$/.test(sentenceText)) continue;
          if (groups.to && MEMBERSHIP_LIKE.has(rule.type) && BODY_AFTER.test(template.text.slice(match.index + match[0].length))) continue;
          const personLike = rule.type === 'POST' || rule.type === 'HEADS' || rule.type === 'SUCCEEDED_BY' || rule.type === 'ATTENDED' || rule.type === 'ANNOUNCED';
          // "… is coordinated by the Secretariat, Secretary-General X said": the speaker ends the list, not an item of it.
          const saidAfter = /^,? (?:said|says|told|added|noted|stated|announced)(?![\p{L}])/u.test(template.text.slice(match.index + match[0].length));
          const spoken = (group: string | undefined, ends: ReturnType<typeof endsOf>) => (saidAfter && ends.length > 1 && group && match[0].endsWith(group) ? ends.slice(0, -1) : ends);
          let froms = spoken(groups.from, endsOf(template, groups.from, personLike ? 'PERSON' : 'ORGANIZATION'));
          if (froms.length === 0 && rule.fromFallback === 'priorOrMainOrg') {
            // A seat is a body's, not a treaty's or a charter's (an INIT slot).
            const isBody = (slot: Slot) => slot.kind === 'ORG';
            const prior = knownEnd(lastSlotBefore(template, match.index, isBody) ?? (before && lastSlotBefore(before, before.text.length, isBody)));
            const owner = prior ?? (main ? { entityId: main, text: indexed(article.gazetteer).entry(main)!.name } : undefined);
            if (!owner) continue;
            froms = [{ end: owner }];
          }
          if (froms.length === 0 && rule.fromFallback === 'programme') {
            // "the programme, which the leaders adopted at their summit": the programme named before, as a `to` of 'programme' is.
            const programme = programmeNamed(template, match.index, article.gazetteer) ?? programmeInFocus;
            if (!programme) continue;
            froms = [{ end: programme }];
          }
          if (froms.length === 0 && rule.fromFallback === 'leaderState') {
            // "Pashinyan froze his country's participation": the state its leader acts for, as the graph knows his post.
            const leader = endsOf(template, groups.leader, 'PERSON');
            const gazetteer = indexed(article.gazetteer);
            const state = leader.length === 1 ? ledState(gazetteer.entry(leader[0]!.end.entityId ?? ''), (id) => gazetteer.kind(id) === 'STATE') : undefined;
            if (!state) continue;
            froms = [{ end: { entityId: state, text: gazetteer.entry(state)!.name } }];
          }
          let tos = spoken(groups.to, endsOf(template, groups.to, rule.type === 'SUCCEEDED_BY' ? 'PERSON' : 'ORGANIZATION'));
          // "froze its participation in the bloc", the bloc read as the Secretariat named before: a working body has no member states.
          if (rule.type === 'MEMBER_OF') tos = tos.map((to) => ({ ...to, end: workingBodyOwner(article, to.end) }));
          if (tos.length === 0) {
            const fallback =
              rule.toFallback === 'mainOrg' ? (() => {
                if (!main) return undefined;
                // A Secretary-General's post and a rotating chairmanship are the organization's, not its body's the article is most about.
                // A state is a member of the organization (or froze its participation in it), and a body one of its bodies, not of the body the article is most about; an observer may sit at the body.
                const owner = rule.type === 'CHAIRS' || rule.type === 'MEMBER_OF' || rule.type === 'PART_OF' ? topOrganization(article) ?? main : rule.type === 'POST' && /Secretary-General/.test(roleName(groups.role ?? '')) ? parentOrganization(article, main) ?? main : main;
                return { entityId: owner, text: indexed(article.gazetteer).entry(owner)!.name };
              })()
              : rule.toFallback === 'lastOrg' ? knownEnd(lastSlotBefore(template, match.index + match[0].length, isOrganization))
              // "Uzbekistan, which walked out in 2012, …": the organization named, else the article's, unless a treaty is spoken of.
              : rule.toFallback === 'lastOrMainOrg' ? knownEnd(lastSlotBefore(template, match.index + match[0].length, isOrganization)) ??
                (main && !/(?<![\p{L}])(?:treaty|договор\p{L}*)(?![\p{L}])/iu.test(sentenceText) ? { entityId: main, text: indexed(article.gazetteer).entry(main)!.name } : undefined)
              : rule.toFallback === 'meeting' ? meetingIn(template)
              // The meeting this sentence or the one before names ("… also attended.", "The leaders adopted …").
              // Documents are adopted at meetings: an exercise named before is not where "the leaders approved the budget".
              : rule.toFallback === 'nearMeeting' ? (rule.type === 'ADOPTED_AT' && lastMeeting && exerciseInFocus(focus.at(p), lastMeeting.end, sentenceIndex) ? focus.frame(p)?.end : lastMeeting?.end)
              : rule.toFallback === 'priorMeeting' ? priorMeeting?.end
              : rule.toFallback === 'meetingBody' ? meetingBody
              // "Its chief, X": the organization this sentence or the one before named last.
              // A pronoun opening the sentence ("Its members are …") takes the subject of the sentence before over what that sentence named last.
              : rule.toFallback === 'priorOrg' ? knownEnd(lastSlotBefore(template, match.index, isOrganization) ?? (before && ((/^(?:its|it|their|they|е[её]|его|их)(?![\p{L}])/iu.test(match[0]) ? openingOrganization(before) : undefined) ?? lastSlotBefore(before, before.text.length, isOrganization))))
              // "Координацию её реализации осуществляет X": the programme named last, in this sentence, the one before or earlier in the paragraph.
              : rule.toFallback === 'previousInit' ? knownEnd(lastSlotBefore(template, match.index, isKnownProgramme) ?? (before && lastSlotBefore(before, before.text.length, isKnownProgramme)) ?? earlierProgramme)
              // "The programme is administered by X", "Tajikistan coordinates it": the programme named in this sentence, else the one in focus when a programme is spoken of.
              : rule.toFallback === 'programme' ? programmeNamed(template, match.index, article.gazetteer) ?? (programmeSpokenOf(article.gazetteer, template, before) ? programmeInFocus : undefined)
              // «при ассамблее» after «Парламентская ассамблея ОДКБ …», "the treaty": the organization or treaty named last with that noun; «при ней», "it": the one this sentence or the one before named last.
              // A head noun nothing before was named by: the document the organization in focus is named after ("the treaty").
              : rule.toFallback === 'priorHead' ? (groups.head ? entityEnd(article.gazetteer, documentOfYear(article.gazetteer, groups.head, yearWords(template, match, groups.head))) : undefined) ?? knownEnd(groups.head
                ? lastNamedByHead(article.gazetteer, [...namedBefore, ...slotsBefore(template, match.index)], groups.head)
                : lastSlotBefore(template, match.index, isOrganization) ?? (before && lastSlotBefore(before, before.text.length, isOrganization)))
                ?? (groups.head && main ? entityEnd(article.gazetteer, documentInName(article.gazetteer, topOrganization(article) ?? main, groups.head)) : undefined)
              // "… will be staged there": the place this sentence or the one before named last.
              : rule.toFallback === 'priorPlace' ? knownEnd(lastSlotBefore(template, match.index, isPlace) ?? (before && lastSlotBefore(before, before.text.length, isPlace)))
              // «там же прошли …»: the place this sentence named as a venue, else where the paragraph last held a named event (the sentence
              // before may name a place of another kind: «… командовал миротворцами в Казахстане»).
              : rule.toFallback === 'priorVenue' ? knownEnd(lastVenueBefore(template, match.index)) ?? proposals.filter((fact) => fact.type === 'HELD_IN' && fact.from.entityId && fact.to.entityId && fact.evidence.paragraph === p + 1).pop()?.to
              // A bare title: the person's known post, else the one state the sentence names, else the one the sentence before named
              // ("Armenia … . Prime Minister X said"); not across the items of a list or a timeline, where each line is a fact of its own.
              // An office with no state named (offices.ts): the state named before it in the sentence, else the sentence before's one state, else the sentence's
              // ("Russia's reaction was swift. Foreign Ministry spokeswoman X said Armenia …" is Russia's spokeswoman).
              : rule.toFallback === 'stateBefore' ? onlyState({ ...template, text: template.text.slice(0, match.index), slots: template.slots.filter((_slot, i) => template.at[i]! < match.index) }) ?? (before && onlyState(before)) ?? onlyState(template)
              : rule.toFallback === 'onlyState' ? knownState(article, froms, groups.role) ?? onlyState(template) ?? (holderStates(template).length > 0 || LINE_DATE.test(template.text) || /(?:^|\n)\s*[*•▪●-]\s*$/u.test(paragraph.slice(0, sentence.start)) ? undefined : before && onlyState(before))
              : undefined;
            // Contingents sent where the sentence speaks of exercises («Проводить учения будут …, а контингенты направят X»)
            // go to the exercise in focus, not to the meeting named before.
            if (toExercise(rule)) {
              tos = lastExercises(article, p, sentence, template, match.index).map((end) => ({ end }));
              if (tos.length === 0) continue;
            } else {
              if (!fallback) continue;
              tos = [{ end: memberOwner(article, fallback, rule.type) }];
            }
          }
          if (rule.toTextNot) tos = tos.filter((to) => !rule.toTextNot!.test(to.end.text));
          if (rule.toName) tos = tos.filter((to) => rule.toName!.test(endName(article.gazetteer, to.end)));
          if (tos.length === 0) continue;
          const earlierTitle = () =>
            lastTitle(restore(template, template.text.slice(0, match.index))) ??
            lastTitle([...article.paragraphs.slice(Math.max(0, p - 2), p), paragraph.slice(0, sentence.start)].join('\n'));
          // "назначен командующим …, сменив на этом посту X": the post is the one this sentence appoints to, not a title named before.
          const appointedHere = rule.roleFallback && APPOINTED_BEFORE.test(template.text.slice(0, match.index));
          const earlier = rule.roleFallback ? (appointedHere ? lastTitle(restore(template, template.text.slice(0, match.index))) : earlierTitle()) : undefined;
          if (rule.roleFallback && !earlier && !groups.role) continue;
          const postInSentence = (person: FactEnd) =>
            proposals.some((fact) => fact.evidence.paragraph === p + 1 && fact.evidence.start === sentence.start && (fact.from.entityId ?? fact.from.text) === (person.entityId ?? person.text) && (fact.type === 'HOLDS_POSITION' || fact.type === 'HEADS'));
          // A state's office by its own words (offices.ts) keeps them: "Foreign Ministry spokeswoman", not one of the core titles.
          const role = groups.office ? officeRole(restore(template, groups.office), groups.institution) : groups.role ? roleName(groups.role) : earlier ? roleName(earlier) : rule.role;
          // The article's organization stands in only for its own posts, not for a head of state's.
          if (!groups.to && rule.toFallback === 'mainOrg' && role && STATE_ROLES.has(role.replace(' (acting)', ''))) {
            // «Он сменил на этом посту X» after «постоянным представителем России назначен Y»: the same state's post, named just before.
            const samePost = rule.roleFallback ? proposals.filter((fact) => fact.role === role && fact.evidence.paragraph >= p && indexed(article.gazetteer).entry(fact.to.entityId ?? '')?.kind.toUpperCase() === 'STATE').pop() : undefined;
            // "X, who took office as President in 2019", «X стал президентом»: no state named, the one whose post the graph says he holds.
            const known = samePost ? undefined : knownState(article, froms, role);
            if (!samePost && !known) continue;
            tos = [{ end: samePost?.to ?? known! }];
          }
          // An acting head heads the body too ("a former acting head of the Secretariat").
          const type: RelationshipTypeName = rule.type === 'POST' ? (role && HEAD_ROLES.has(role.replace(' (acting)', '')) ? 'HEADS' : 'HOLDS_POSITION') : rule.type;
          let date = datesFor(template, match.index, match.index + match[0].length);
          // "… also attended": on the day of the meeting named before, when the sentence gives none.
          if (!date && !groups.to && rule.toFallback === 'nearMeeting' && !meetingIn(template) && !toExercise(rule)) date = lastMeeting?.date;
          if (!date && !groups.to && rule.toFallback === 'priorMeeting') date = priorMeeting?.date;
          // "По итогам сессии лидеры подписали …": on the day of the meeting the sentence names (the dateline's, when it gives none).
          if (!date && !groups.to && rule.toFallback === 'meeting' && meeting) date = lastMeeting?.date;
          // An edition's year ("Rubezh-2025") on either end dates it before the dateline does.
          // Not for an exercise found before the sentence: its facts take the date the article gave it (dateEventsFromContext).
          const exerciseBefore = !groups.to && rule.toFallback === 'nearExercise';
          // An exercise named earlier in the sentence ("In September X held Interaction-2026 …, with troops from …"): its date.
          const exerciseAt = exerciseBefore ? template.slots.findIndex((slot, i) => template.at[i]! < match.index && slot.entityId !== undefined && slot.entityId === tos[0]?.end.entityId) : -1;
          if (!date && exerciseAt >= 0) date = datesFor(template, template.at[exerciseAt]!, match.index + match[0].length);
          if (!date && rule.dating === 'span' && !FUTURE_TENSE.test(match[0])) date = editionYear(froms, template) ?? (exerciseBefore ? undefined : editionYear(tos, template) ?? dateline);
          const add = (from: FactEnd, to: FactEnd, dating: Dating, used: Array<Slot | undefined>, date: FoundDate | undefined) => {
            if (from.entityId && from.entityId === to.entityId) return;
            // A person's end that names an institution ("succeeding X" read back to "the United Nations") is a misreading.
            if (personLike && ((!from.entityId && !mayBePerson(from.text)) || (rule.type === 'SUCCEEDED_BY' && !to.entityId && !mayBePerson(to.text)))) return;
            const fact: ProposedFact = { type, from, to, evidence: quote, rule: rule.name };
            if (role) fact.role = role;
            if (rule.status) fact.status = rule.status;
            applyDating(fact, dating, date, article.published);
            const key = [fact.type, from.entityId ?? from.text, to.entityId ?? to.text, fact.since, fact.until, fact.status, p, sentence.start].join('|');
            if (seen.has(key)) return;
            seen.add(key);
            proposals.push(fact);
            for (const slot of used) {
              if (slot?.kind === 'NAME' || slot?.newKind) {
                newEntities.set(`${p}:${slot.start}`, { text: slot.text, kind: slot.newKind ?? 'ORGANIZATION', paragraph: p + 1, start: slot.start, end: slot.end });
              }
            }
          };
          // A handover's date is when the next holder starts: the one handing over holds it until then.
          const dating = rule.dating === 'post' && POST_STARTS.test(sentenceText) ? 'start' : rule.handover && rule.dating === 'end' ? 'handover' : rule.dating;
          const firstOfMatch = proposals.length;
          const acting = froms.filter(
            (from) =>
              // "the post" read from the text before: not for someone this sentence already gave a post.
              !(rule.roleFallback && postInSentence(from.end)) &&
              !(rule.fromText && !rule.fromText.test(from.end.text)) &&
              !(rule.fromName && !rule.fromName.test(endName(article.gazetteer, from.end))) &&
              // "Kazakh servicemen joined …": units join an exercise, not an organization.
              !(MEMBERSHIP_LIKE.has(rule.type) && from.slot && isStateUnits(from.slot.text)),
          );
          // Two lists: paired for a post ("Президенты России и Белоруссии Владимир Путин и Александр Лукашенко") or "respectively", else crossed.
          // "… in 2026 and 2024 respectively": each item of the list its own date.
          const listed = acting.length > 1 ? acting : tos;
          const respective = respectiveDates(template, listed.length);
          for (const [from, to] of pairedOrCrossed(type, template.text, acting, tos)) {
            // «Тасмагамбетова сменил Масадыков»: the predecessor is the object whatever the order; the case tells.
            // Only for verbs whose object is the predecessor (сменить, заменить, прийти на смену), not «передал полномочия Y» (Y the successor).
            const [a, b] = type === 'SUCCEEDED_BY' && REPLACED_OBJECT.test(match[0]) && objectNamedFirst(article.gazetteer, to.end, from.end) ? [to, from] : [from, to];
            add(a.end, b.end, dating, [a.slot, b.slot], from.date ?? respective?.[listed.indexOf(listed === acting ? from : to)]?.date ?? date);
          }
          // Both people of a succession held the post it names (withSuccessionPosts, at the end).
          const named = rule.impliesPosts && main ? impliedPost(article, main, groups.role ?? earlierTitle()) : undefined;
          if (named) for (const fact of proposals.slice(firstOfMatch)) if (fact.type === 'SUCCEEDED_BY') namedPosts.set(fact, named);
          if (rule.handover && groups.next) {
            for (const next of endsOf(template, groups.next, 'STATE')) for (const to of tos) add(next.end, to.end, 'start', [next.slot], next.date ?? date);
          }
          // Gapping: "Kazakhstan hosted them in 2024 and Belarus in 2025" says the same of Belarus, then.
          // Several: "Armenia held it in 2022, Belarus in 2023 and Kazakhstan in 2024".
          let rest = match.index + match[0].length;
          for (let gapped = TRAILING_GAP.exec(template.text.slice(rest)); gapped && froms.every(({ slot }) => slot?.kind === 'STATE'); gapped = TRAILING_GAP.exec(template.text.slice(rest))) {
            const [state, when] = [template.slots[Number(gapped[1] ?? gapped[3] ?? gapped[6])]!, template.slots[Number(gapped[2] ?? gapped[4] ?? gapped[5])]!];
            if (state.entityId) for (const to of tos) add({ entityId: state.entityId, text: state.text }, to.end, dating, [state], when.date);
            rest += gapped[0].length;
          }
          // "The post was held by X from 2020 to 2022, and earlier by Y": the same of Y, with Y's own date if any.
          const agent = AGENT_GAP.exec(template.text.slice(match.index + match[0].length));
          if (agent && froms.every(({ slot }) => slot?.kind === 'PERSON' || slot?.kind === 'NAME')) {
            const [person, when] = [template.slots[Number(agent[1])]!, agent[2] ? template.slots[Number(agent[2])] : undefined];
            if (person.entityId) for (const to of tos) add({ entityId: person.entityId, text: person.text }, to.end, dating, [person], when?.date);
          }
        }
      }
      // "the presidents of Russia and Belarus, Vladimir Putin and Alexander Lukashenko", "Interaction and Search (CRRF): Belarus": coordination.ts.
      for (const find of listFinds(template, (words) => GUARDS.refused(words) || GUARDS.doubted(words))) {
        // An edition the graph lacks ("Interaction-2026") is a new event, as the rules read it.
        const end = (slot: Slot) => knownEnd(slot) ?? (slot.newKind === 'EVENT' ? { text: slot.text } : undefined);
        const [from, to] = [end(template.slots[find.from]!), end(template.slots[find.to]!)];
        if (!from || !to || proposals.some((fact) => fact.type === find.type && endKey(fact.from) === endKey(from) && endKey(fact.to) === endKey(to))) continue;
        const fact: ProposedFact = { type: find.type, from, to, evidence: quote, rule: find.rule };
        if (find.title) fact.role = roleName(find.title);
        applyDating(fact, find.dating, datesFor(template, find.stretch?.start ?? 0, find.stretch?.end ?? template.text.length), article.published);
        proposals.push(fact);
      }
      // "Rubezh, the annual exercise of …,": the words in apposition are the named entity (event-reference.ts).
      const phrases = appositives(template);
      const named = () => {
        if (phrases.length === 0) return;
        for (const fact of proposals.slice(factsBefore)) [fact.from, fact.to] = [appositiveEnd(fact.from, phrases) ?? fact.from, appositiveEnd(fact.to, phrases) ?? fact.to];
        // A fact the rules stated of the name and the relation layer of its apposition is one fact.
        const sentenceFacts = proposals.splice(factsBefore);
        proposals.push(...sentenceFacts.filter((fact, i) => !sentenceFacts.slice(0, i).some((other) => other.type === fact.type && endKey(other.from) === endKey(fact.from) && endKey(other.to) === endKey(fact.to))));
      };
      named();
      if (options.relations !== false) {
        const byRules = proposals.slice(factsBefore);
        // A count before a list read as the list too ("в ОДКБ состоят три — Казахстан, …"): what the layer finds there besides.
        const counted = countedListsJoined(template);
        // The count's own noun ("two exercises: …") is no end where its list is read.
        const inCount = (find: RelationFind) => [find.from, find.to].some((unit) => unit.kind === 'MEET' && counted?.cuts.some((cut) => unit.start < cut.end && unit.end > cut.start));
        const readings = [{ read: template, spans: meetings }, ...(counted ? [{ read: counted.template, spans: meetingSpans(counted.template) }] : [])];
        for (const { read, find } of readings.flatMap(({ read, spans }) => relationsIn(read, spans, before).filter((find) => read !== template || !inCount(find)).map((find) => ({ read, find })))) {
          const fact = relationFact(find, read, quote);
          // The rules win: a fact between the same ends, or of the same type from the same subject ("Tajikistan's chairmanship of the CSTO", not also of its Secretariat).
          // Nor "учения" held in a place where a rule read the exercises the sentence names held there.
          // Except a plain membership the layer reads in a clause of its own beside a frozen or suspended one the rules read
          // («в ОДКБ входят Армения, …; Армения заморозила участие»): the labels count both.
          const beside = (other: ProposedFact) => fact !== undefined && fact !== null && STANDING_MEMBERSHIP.test(find.trigger) && isPlainBesideHeld(other, fact, read.text.slice(find.start, find.end));
          if (!fact || byRules.some((other) => !beside(other) && ((sameEnds(other, fact.from, fact.to) && !hostAndPlace(other.type, fact.type)) || (!find.gapped && other.type === fact.type && endKey(other.from) === endKey(fact.from)) || (other.type === fact.type && !fact.from.entityId && other.from.entityId !== undefined && endKey(other.to) === endKey(fact.to))))) continue;
          // "the Minsk summit" again: the meeting held there is proposed once, wherever the article first says so.
          if (find.nominal && proposals.some((other) => other.type === 'HELD_IN' && !other.from.entityId && endKey(other.to) === endKey(fact.to))) continue;
          dateFromSentence(fact, find.dating, read, find, dateline, article.published);
          const key = [fact.type, endKey(fact.from), endKey(fact.to), fact.since, fact.until, fact.status, p, sentence.start].join('|');
          if (seen.has(key)) continue;
          seen.add(key);
          proposals.push(fact);
        }
      }
      if (options.learned) {
        const { model, collect } = options.learned;
        for (const pair of candidatePairs(template.text, relationUnits(template, meetings), article.language)) {
          // The model scores a pair only when cued or of a type it reads without a cue (openCandidates); training collects them all.
          if (!collect && !pair.cued && !model.cueFree?.includes(pair.type)) continue;
          const [from, to] = [unitEnd(template, pair.from), unitEnd(template, pair.to)];
          if (!from || !to || (from.entityId && from.entityId === to.entityId)) continue;
          const fact: ProposedFact = { type: pair.type, from, to, evidence: quote, rule: 'learned' };
          if (pair.status) fact.status = pair.status;
          if (pair.role) fact.role = pair.role;
          dateFromSentence(fact, pair.dating, template, { start: Math.min(pair.from.start, pair.to.start), end: Math.max(pair.from.end, pair.to.end), asides: [] }, dateline, article.published);
          candidates.push({
            type: pair.type,
            get features() {
              return pair.features;
            },
            cued: pair.cued,
            fact,
          });
        }
      }
      named();
      // «прошло учение подразделений … «Кобальт-2026»»: the meeting noun this sentence named is the exercise its name gives, for «В нём участвовали …» next.
      const renamed = lastMeeting && appositiveEnd(lastMeeting.end, phrases);
      if (lastMeeting && renamed) lastMeeting = { ...lastMeeting, end: renamed };
      // "The ministers met in Astana.": the meeting its verb names is the one the next sentences speak of.
      const byVerb = meeting || FUTURE_TENSE.test(template.text) ? undefined : meetingByVerb(proposals.slice(factsBefore));
      if (byVerb) nameMeeting(byVerb.from);
      // "Rubezh-2026, held in Tajikistan, brought together 1,500 troops.": an exercise the article reads as one, named with no noun
      // of its kind beside it, is in focus too, for "Russia and Kazakhstan sent contingents." next.
      const bareExercise = meeting || byVerb || FUTURE_TENSE.test(template.text) ? undefined : namedEvents(article).filter((event) => event.kind === 'exercise' && event.entityId && event.paragraph === p + 1 && event.start >= sentence.start && event.start < sentence.end && !namedInPassing(paragraph, event.start)).pop();
      // Only the focus the discourse layer reads: the meeting the rules take as named last stays the one a noun or a verb named.
      if (bareExercise) focus.named({ entityId: bareExercise.entityId, text: bareExercise.text }, undefined, p, sentenceIndex, bareExercise.text, true);
      // The frame's place: a signing later in that city is at the meeting in focus; where the meeting this sentence named was held.
      proposals.push(...withoutFramedSignings(proposals.splice(factsBefore), focus.frame(p), sentenceIndex));
      const place = placeOfNamed(proposals.slice(factsBefore), focus.at(p), sentenceIndex);
      if (place) focus.placed(place);
      proposals.push(...comparedAlike(template, proposals.slice(factsBefore)));
      // What a following "So did X" repeats: this sentence's facts of a state or an organization.
      echoed = proposals.slice(factsBefore).filter((fact) => fact.from.entityId && STATE_OR_ORG.has(indexed(article.gazetteer).kind(fact.from.entityId) ?? ''));
      programmeInFocus = programmeNamed(template, template.text.length, article.gazetteer) ?? programmeInFocus;
      if (programmeInFocus?.entityId) programmesSeen.add(programmeInFocus.entityId);
      namedBefore.push(...template.slots.filter(isOrganization));
    }
    // Only one paragraph on, and only a paragraph about one programme: one naming two does not say which the next goes on with.
    // A question between ("— Кто за это платит?", "Who pays for it?") leaves the programme to the answer after it.
    const asked = namedHere.size === 0 && /\?\s*["»”]?\s*$/u.test(paragraph.trim());
    programmeLeftOver = namedHere.size === 1 ? paragraphProgramme : asked ? programmeLeftOver : undefined;
  });
  const isState = (id: string) => indexed(article.gazetteer).kind(id) === 'STATE';
  const passing = new Set(rules.filter((rule) => rule.inPassing).map((rule) => rule.name));
  const ruled = withoutPassingRepeats(withoutRestatedHeadline(article, withoutRenamedMeetings(withoutUndatedRepeats(withSuccessionPosts(proposals, namedPosts, isState)))), passing);
  if (options.learned) options.learned.collect?.(candidates);
  const behind = options.learned ? [...ruled, ...chooseLearned(candidates, ruled, options.learned.model)] : ruled;
  // «Руководить учениями будет X», "the drills were directed by X": every exercise the last sentence naming any named.
  const exercisesBefore = (fact: ProposedFact) => {
    const p = fact.evidence.paragraph - 1;
    const sentence = article.sentences[p]!.find((span) => span.start === fact.evidence.start);
    const template = templates.get(`${p + 1}|${fact.evidence.start}`);
    return sentence && template ? lastExercises(article, p, sentence, template, 0) : [];
  };
  // The exercises the sentence just before the fact's named, in its paragraph: what an unresolved plural noun or a pronoun stands for.
  const exercisesJustBefore = (fact: ProposedFact) => {
    const spans = article.sentences[fact.evidence.paragraph - 1]!;
    const k = spans.findIndex((span) => span.start === fact.evidence.start);
    const previous = k > 0 ? spans[k - 1]! : undefined;
    if (!previous) return [];
    const named = namedEvents(article).filter((event) => event.kind === 'exercise' && event.entityId && event.paragraph === fact.evidence.paragraph && event.start >= previous.start && event.start < previous.end);
    return [...new Map(named.map((event) => [event.entityId!, { entityId: event.entityId!, text: event.text }])).values()];
  };
  // "All the exercises will be directed by X": every exercise the fact's paragraph named before its sentence.
  const exercisesOfParagraph = (fact: ProposedFact) => {
    const named = namedEvents(article).filter((event) => event.kind === 'exercise' && event.entityId && event.paragraph === fact.evidence.paragraph && event.start < fact.evidence.start);
    return [...new Map(named.map((event) => [event.entityId!, { entityId: event.entityId!, text: event.text }])).values()];
  };
  // The exercises named in the fact's paragraph before its sentence and in the paragraphs just before, each once, the latest last.
  const recentExercises = (fact: ProposedFact) => {
    const named = namedEvents(article).filter(
      (event) => event.kind === 'exercise' && event.entityId && event.paragraph <= fact.evidence.paragraph && event.paragraph > fact.evidence.paragraph - RECENT_PARAGRAPHS && (event.paragraph < fact.evidence.paragraph || event.start < fact.evidence.start),
    );
    const latest = new Map<string, FactEnd>();
    for (const event of named) {
      latest.delete(event.entityId!);
      latest.set(event.entityId!, { entityId: event.entityId!, text: event.text });
    }
    return [...latest.values()];
  };
  // The passes over every layer's proposals, in order: lists spread, repeats and vague ends dropped, plural exercise nouns
  // spread; the guards against restated, undecided and impossible facts run after what the plural nouns spread.
  const passes: ((facts: ProposedFact[]) => ProposedFact[])[] = [
    (facts) => withCoordinated(facts, templates),
    withoutRestatedPosts,
    oncePerNewPlace,
    withoutVagueExercises,
    (facts) => everyExerciseOfPlural(facts, exercisesBefore, exercisesJustBefore),
    (facts) => everyExerciseInSeries(facts, exercisesBefore, recentExercises),
    (facts) => everyExerciseOfAll(facts, exercisesOfParagraph),
    withoutRestatedFacts,
    membershipSpans,
    withoutUndecided,
    withoutObservers,
    withPossibleEnds,
    (facts) => leadersChair(facts, (id) => indexed(article.gazetteer).entry(id)),
    (facts) => programmesJoined(facts, article.gazetteer),
  ];
  const proposed = passes.reduce((facts, pass) => pass(facts), [...behind, ...newOnly(discoursed, behind)]);
  return { proposals: proposed, newEntities: [...newEntities.values()] };
}

/**
 * A post stated again later in the article without dates ("President Tokayev" after "the presidents of …, Tokayev"): one fact,
 * proposed once. A later statement that only dates a post the article gave undated ("the Chief of the Joint Staff, X … the Joint
 * Staff, which he has headed since 2022") is the same post: its dates go to the first statement.
 */
function withoutRestatedPosts(proposals: ProposedFact[]): ProposedFact[] {
  const given = new Map<string, ProposedFact>();
  return proposals.filter((fact) => {
    if ((fact.type !== 'HOLDS_POSITION' && fact.type !== 'HEADS') || !fact.from.entityId || !fact.to.entityId) return true;
    const key = `${fact.type}|${fact.from.entityId}|${fact.to.entityId}`;
    const first = given.get(key);
    if (!first) {
      given.set(key, fact);
      return true;
    }
    if (!fact.since && !fact.until) return false;
    if (first.since || first.until || (fact.role && fact.role !== first.role)) return true;
    if (fact.since) first.since = fact.since;
    if (fact.until) first.until = fact.until;
    return false;
  });
}

/** A find of the discourse layer as a proposal, dated from its sentence, else by the day of the meeting in focus. */
function discourseFact(find: DiscourseFind, template: Template, evidence: ProposedFact['evidence'], dateline: FoundDate | undefined, published: PartialDate | null): ProposedFact {
  const fact: ProposedFact = { type: find.type, from: find.from, to: find.to, evidence, rule: find.rule };
  if (find.status) fact.status = find.status;
  // A meeting's day, when the sentence gives none, is the focus's or the dateline's; a membership's is only its own.
  // Dates after a point the find gives are not its own (a document's years): left out of the template it is dated from.
  const dated = find.datedBefore === undefined ? template : { ...template, slots: template.slots.map((slot, i) => (slot.kind === 'DATE' && template.at[i]! >= find.datedBefore! ? { ...slot, kind: 'NAME' as const } : slot)) };
  const date = datesFor(dated, find.start, find.end) ?? (find.dating ? undefined : find.date ?? (FUTURE_TENSE.test(template.text) ? undefined : dateline));
  applyDating(fact, find.dating ?? 'start', date, published);
  return fact;
}

/**
 * The finds of a layer behind the others that no proposal before states, each once: an end without an
 * entity is any such end ("the summit" and "the Minsk summit" are one meeting; the documents without
 * names adopted at a meeting are one fact per kind of document, as the corpus labels them).
 */
function newOnly(finds: ProposedFact[], before: ProposedFact[]): ProposedFact[] {
  // Two new people are two ends ("Chaired by X" and "Chaired by Y" of two meetings); two unnamed documents are two when their nouns differ (a budget and a declaration).
  // A membership frozen or suspended and the membership itself are two facts: "Armenia, which froze its participation, remains a full member" (a founding member is one).
  const keyOf = (fact: ProposedFact) =>
    (fact.from.entityId ? factKey(fact, true) : `${factKey(fact, true)}|${fact.type === 'ADOPTED_AT' ? documentKind(fact.from.text) : fact.from.text.toLowerCase()}`) + (fact.type === 'MEMBER_OF' && /frozen|suspended/.test(fact.status ?? '') ? `|${fact.status}` : '');
  const known = new Set(before.map(keyOf));
  return finds.filter((fact) => {
    const key = keyOf(fact);
    if (known.has(key)) return false;
    known.add(key);
    return true;
  });
}

/** A find of a layer behind the rules dated from its sentence: the date nearest its stretch, else an edition's year or the dateline's day for an event. */
function dateFromSentence(
  fact: ProposedFact,
  dating: Dating,
  template: Template,
  stretch: { start: number; end: number; asides: Array<{ start: number; end: number }> },
  dateline: FoundDate | undefined,
  published: PartialDate | null,
): void {
  let date = datesFor(template, stretch.start, stretch.end, stretch.asides);
  if (!date && dating === 'span' && !FUTURE_TENSE.test(template.text)) date = editionYear([{ end: fact.from }], template) ?? editionYear([{ end: fact.to }], template) ?? dateline;
  applyDating(fact, dating, date, published);
}

/** Verbs of succession whose object (by its case) is the predecessor: «Тасмагамбетова сменил Масадыков», «пришёл на смену Засю». */
const REPLACED_OBJECT = /(?<![\p{L}])(?:смени|замени|сменя|заменя|смену)\p{L}*/u;

/**
 * Whether the person a succession rule read as the successor (named first, the subject's place in English) is the object by his case
 * and the other the subject: «На посту генсека Тасмагамбетова сменил Масадыков».
 */
function objectNamedFirst(gazetteer: Gazetteer, successor: FactEnd, predecessor: FactEnd): boolean {
  const names = (end: FactEnd) => (indexed(gazetteer).entry(end.entityId ?? '')?.aliases ?? []).filter((alias) => alias.language?.startsWith('ru') ?? /[а-яё]/iu.test(alias.name)).map((alias) => alias.name);
  return obliqueMention(successor.text, names(successor)) === true && obliqueMention(predecessor.text, names(predecessor)) === false;
}

/** A find of the relation layer as a proposal, without its dates; none when an end is a name no entity has. */
function relationFact(find: RelationFind, template: Template, evidence: ProposedFact['evidence']): ProposedFact | undefined {
  const [from, to] = [unitEnd(template, find.from), unitEnd(template, find.to)];
  if (!from || !to || (from.entityId && from.entityId === to.entityId)) return undefined;
  const fact: ProposedFact = { type: find.type, from, to, evidence, rule: `relation.${find.type.toLowerCase()}(${find.trigger})` };
  if (find.status) fact.status = find.status;
  if (find.role) fact.role = find.role;
  return fact;
}
/**
 * The posts a succession implies, where the text states no post of theirs: "X, who served as
 * Secretary-General …, was succeeded by Y, who in turn handed over to Z in January" gives Y's and Z's
 * posts (the one stated in the sentence passes on), and "X succeeded Y as Secretary-General" both
 * people's (the one the succession rule names, `named`). The successor holds it from the day of the
 * succession until the next one in the sentence; the predecessor until that day. Not a head of state's:
 * a president's successor is elected to a term of their own, which the text states or not.
 */
function withSuccessionPosts(proposals: ProposedFact[], named: Map<ProposedFact, NamedPost>, isState: (id: string) => boolean): ProposedFact[] {
  const out = [...proposals];
  const isPost = (fact: ProposedFact) => fact.type === 'HOLDS_POSITION' || fact.type === 'HEADS';
  for (const succession of proposals.filter((fact) => fact.type === 'SUCCEEDED_BY')) {
    // "led the Secretariat" says less of what they took over than a title does: titled posts only.
    const postOf = (fact: ProposedFact, person: FactEnd) => isPost(fact) && endKey(fact.from) === endKey(person) && !(fact.to.entityId && isState(fact.to.entityId));
    const stated = proposals.find((fact) => postOf(fact, succession.from) && fact.role && sameSentence(fact, succession));
    // "X has served as Secretary-General since 1 January, succeeding Y", "X will head the Joint Staff. He succeeds Y": the
    // successor's post, stated in this sentence or the one just before, is the one Y left.
    const justBefore = (fact: ProposedFact) => fact.evidence.paragraph === succession.evidence.paragraph && fact.evidence.end <= succession.evidence.start && succession.evidence.start - fact.evidence.end <= 2;
    const taken = stated ? undefined : proposals.find((fact) => postOf(fact, succession.to) && (sameSentence(fact, succession) || justBefore(fact)));
    const source = stated ?? taken;
    const post: NamedPost | undefined = source ? { type: source.type, role: source.role?.replace(' (acting)', ''), owner: source.to } : named.get(succession);
    if (!post) continue;
    // The text names their post itself (a title, or the same body), in this sentence, or names it elsewhere: nothing to infer ("Y, who
    // headed the Secretariat" is no title of the post that passed). A post in a state
    // ("Y, a former prime minister of Kazakhstan") is not the organization's post that passed.
    const holds = (person: FactEnd) => out.some((fact) => postOf(fact, person) && sameSentence(fact, succession) && (Boolean(fact.role) || endKey(fact.to) === endKey(post.owner))) || out.some((fact) => isPost(fact) && endKey(fact.from) === endKey(person) && endKey(fact.to) === endKey(post.owner));
    const inferred = (from: FactEnd, role: string | undefined): ProposedFact => ({ type: post.type, from, to: post.owner, ...(role ? { role } : {}), evidence: succession.evidence, rule: `${succession.rule}+post` });
    if (!stated && !holds(succession.from)) {
      const before = inferred(succession.from, post.role);
      // A range on the succession is the predecessor's term ("who served from 2003 to 2016"), not the day it passed.
      const handedOver = succession.since ?? taken?.since;
      if (succession.until) Object.assign(before, { since: succession.since, until: succession.until });
      else if (handedOver) before.until = endBefore(handedOver);
      out.push(before);
    }
    if (holds(succession.to)) continue;
    const after = inferred(succession.to, post.role?.replace(' (acting)', ''));
    const next = proposals.find((fact) => fact.type === 'SUCCEEDED_BY' && sameSentence(fact, succession) && endKey(fact.from) === endKey(succession.to));
    if (succession.since && !succession.until) after.since = succession.since;
    if (next?.since) after.until = endBefore(next.since);
    out.push(after);
  }
  return out;
}

/** Two rules reading one fact in one sentence, one with its dates ("after the resignation in 2016 of Secretary-General X"): the dated one. */
function withoutUndatedRepeats(proposals: ProposedFact[]): ProposedFact[] {
  // A status makes another fact: "remains a member, though it froze its participation" is two.
  const sentenceKey = (fact: ProposedFact) => `${factKey(fact)}|${fact.status ?? ''}|${fact.evidence.paragraph}|${fact.evidence.start}`;
  const dated = new Set(proposals.filter((fact) => fact.since || fact.until).map(sentenceKey));
  const fields = (fact: ProposedFact) => Number(fact.since !== undefined) + Number(fact.until !== undefined);
  // "Kyrgyzstan chaired the bloc in 2025 and handed over to Russia": the term's end is part of the term read before it.
  // "Russia, which holds the chairmanship this year, is to hand it to Tajikistan in January": the hand-over ends the year's term.
  const within = (fact: ProposedFact, other: ProposedFact) =>
    sentenceKey(other) === sentenceKey(fact) && other.status === fact.status && fields(other) > fields(fact) &&
    (fact.since === undefined || fact.since === other.since) &&
    (fact.until === undefined || fact.until === other.until || (fact.type === 'CHAIRS' && fact.since === undefined && other.since !== undefined && other.until !== undefined && fact.until > other.until));
  // "… handed over to Russia, which passes the baton to Tajikistan": Russia's start and end, read by two matches, are one term
  // (a chairmanship only: "left in 1999, came back in 2004" are two periods of a membership).
  const merged = proposals.filter((fact) => {
    const start =
      fact.type === 'CHAIRS' && fact.until === undefined && fact.since !== undefined &&
      proposals.find((other) => sentenceKey(other) === sentenceKey(fact) && other.status === fact.status && other.since === undefined && other.until !== undefined && other.until >= fact.since!);
    if (start) start.since = fact.since;
    return !start;
  });
  return merged.filter((fact) => (fact.since || fact.until || !dated.has(sentenceKey(fact))) && !merged.some((other) => within(fact, other)));
}

/**
 * A meeting named by its city's adjective without a date, where the text gave a meeting there before («сессия … в
 * Москве 11 ноября», then «принятые на московской сессии документы»): the same meeting, not another (RU, small addition).
 */
function withoutRenamedMeetings(proposals: ProposedFact[]): ProposedFact[] {
  const unnamedHeldIn = (fact: ProposedFact) => fact.type === 'HELD_IN' && !fact.from.entityId && fact.to.entityId;
  return proposals.filter((fact, i) =>
    !((fact.rule === 'ru.held-in.city-adjective' || fact.rule === 'en.held-in.city-named') && !fact.since && !fact.until && proposals.slice(0, i).some((other) => unnamedHeldIn(other) && other.to.entityId === fact.to.entityId)));
}

/** A fact named in passing (`inPassing` rules) is proposed once, where the article states it nowhere else. */
function withoutPassingRepeats(proposals: ProposedFact[], passing: Set<string>): ProposedFact[] {
  const stated = new Map<string, ProposedFact[]>();
  const state = (fact: ProposedFact) => stated.set(factKey(fact), [...(stated.get(factKey(fact)) ?? []), fact]);
  proposals.filter((fact) => !passing.has(fact.rule)).forEach(state);
  return proposals.filter((fact) => {
    if (!passing.has(fact.rule)) return true;
    const before = stated.get(factKey(fact)) ?? [];
    // «Таджикистан председательствовал в ОДКБ в 2021 году» beside its term from 2027: another term, dated apart by its own
    // sentence's year (not one the publication lent it).
    const ownYear = [fact.since, fact.until].some((date) => date !== undefined && fact.evidence.quote.includes(date.slice(0, 4)));
    if (before.length > 0 && !(fact.type === 'CHAIRS' && ownYear && before.every((other) => termsApart(fact, other)))) return false;
    state(fact);
    return true;
  });
}

/** Two terms whose years do not meet: one ends before the other starts (an open end runs on; each is dated). */
function termsApart(a: ProposedFact, b: ProposedFact): boolean {
  const years = (fact: ProposedFact) => [fact.since ? Number(fact.since.slice(0, 4)) : -Infinity, fact.until ? Number(fact.until.slice(0, 4)) : Infinity] as const;
  if (!(a.since || a.until) || !(b.since || b.until)) return false;
  const [[aFrom, aTo], [bFrom, bTo]] = [years(a), years(b)];
  return aTo < bFrom || bTo < aFrom;
}

/** The relation layer's words of a standing membership (not a joining or a return, which may be only discussed). */
const STANDING_MEMBERSHIP = /^(?:members?|membership|member-states?|member countries|член\p{L}*|государств\p{L}*-член\p{L}*|стран\p{L}*-член\p{L}*|входит|входят|входил\p{L}*|входящ\p{L}*|состоит|состоят|состоял\p{L}*)$/iu;

/**
 * A plain membership the relation layer read beside a frozen or suspended one a rule read of the same ends, where the
 * layer's own words say nothing of a freeze or a suspension: a member whose participation is frozen is still a member.
 */
function isPlainBesideHeld(byRule: ProposedFact, byLayer: ProposedFact, words: string): boolean {
  return (
    byRule.type === 'MEMBER_OF' && byLayer.type === 'MEMBER_OF' && /frozen|suspended/.test(byRule.status ?? '') && !byLayer.status &&
    !/(?<![\p{L}])(?:froze|frozen|freez\p{L}*|suspend\p{L}*|заморо\p{L}*|приостанов\p{L}*)(?![\p{L}])/iu.test(words)
  );
}

/** A headline: a first paragraph of one line without a full stop at its end. */
const isHeadline = (paragraph: string | undefined) => paragraph !== undefined && !/[.!?…]["»”]?\s*$/.test(paragraph) && !paragraph.includes('\n');

/**
 * A headline restates a fact the article's body states with its details ("Председательство … перейдёт к
 * Таджикистану" over the lead that dates it): the body's proposal is the one to review, the headline's is dropped.
 */
function withoutRestatedHeadline(article: Article, proposals: ProposedFact[]): ProposedFact[] {
  if (!isHeadline(article.paragraphs[0])) return proposals;
  // A meeting without a name the body dates to an earlier year ("the session held here in 2023") is another than the headline's news.
  const year = article.published ? Number(article.published.text.slice(0, 4)) : undefined;
  const history = (fact: ProposedFact) => year !== undefined && (!fact.from.entityId || !fact.to.entityId) && fact.since !== undefined && Number(fact.since.slice(0, 4)) < year;
  const inBody = new Set(proposals.filter((fact) => fact.evidence.paragraph > 1 && !history(fact)).map((fact) => factKey(fact, true)));
  return proposals.filter((fact) => fact.evidence.paragraph > 1 || !inBody.has(factKey(fact, true)));
}
