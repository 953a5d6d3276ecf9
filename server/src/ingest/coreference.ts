/**
 * Subjects a sentence names only by a pronoun or a common noun: "It joined the CSTO in 2006", "…, and it
 * left in 2012", "Она вступила в организацию", "the treaty organisation", "the Russian-led bloc". A
 * pronoun stands for the subject of the clause before it (the first state, organization, programme or
 * event its sentence names, of the kind the verb after the pronoun takes), within one paragraph; a
 * common noun for the organization the article is about.
 */
import type { Found } from './mentions';
import type { Span } from './sentences';
import { SLOT_OF_KIND, type Slot } from './template';

/** "the organisation", "the treaty organization", "the Russian-led bloc", "the alliance", "Организация", "блок". */
export const ORG_REFERENCE =
  /(?<![\p{L}])(?:[Tt]he (?:[\p{L}]+-led |treaty |security |military |defen[cs]e )?([Oo]rgani[sz]ation|bloc|alliance)(?! (?:for|of|on) \p{Lu})|([Оо]рганизаци\p{L}*|[Бб]лок\p{L}*|[Аа]льянс\p{L}*))(?![\p{L}])/gu;

/** A subject pronoun: at the start of a sentence, or of a clause after a comma, "and" or "but". */
const SUBJECT_PRONOUN = /(?:^["«“]?|[,;] (?:and |but |yet |и |а |но )?|(?<![\p{L}]) (?:and|but|и|но) )(It|it|Она|она|Он|он|Оно|оно)(?= \p{Ll})/gu;

/**
 * "It is expected …", "it was agreed …", "It said …": an "it" that stands for no one, or a report of what
 * someone said, not a subject a fact can have.
 */
const EXPLETIVE =
  /^ (?:(?:is|was|will be|would be|has been|had been|seems|seemed|appears|appeared|remains|remained)(?: not)?(?: (?:also|now|still|widely|generally|already|thus|therefore))? (?:expected|agreed|said|reported|believed|understood|known|thought|hoped|decided|announced|noted|stressed|feared|assumed|claimed|estimated|rumou?red|alleged|stated|clear|unclear|likely|unlikely|possible|impossible|important|necessary|time|too|difficult|easy|hard|true|worth|a|an|the|that|to|up to|over)(?![\p{L}])|(?:said|says|added|adds|noted|notes|stated|states|reported|reports|announced|claimed|argued|seems|seemed|appears|appeared|remains to|is said|was said)(?![\p{L}]))/u;

/**
 * Verbs whose subject is a meeting, an exercise or a programme: "It was held in Minsk", "It is administered by …", "It will
 * take place in Kazakhstan". An English participle needs its auxiliary: without one it is a past tense whose subject acts
 * ("It staged Interaction this year": a state).
 */
const EVENT_PREDICATE =
  /^ (?:(?:(?:is|was|were|are|will be|would be|has been|had been|is to be|are to be)(?: (?:being|also|then|again|first))? )(?:held|staged|conducted|run|hosted|administered|coordinated|organi[sz]ed|attended|scheduled|implemented|financed|funded|directed|commanded|led|observed)|(?:will |is to |is due to |is expected to |is scheduled to )?(?:take place|takes place|took place|taking place)|прош\p{L}+|пройд\p{L}+|проходил\p{L}*|состоял\p{L}+|состоится|проводил\p{L}*|проводится|завершил\p{L}+)(?![\p{L}])/u;

/**
 * A name that only qualifies the noun after it ("The CSTO chairmanship rotates every year. It passes to
 * Russia": "it" is the chairmanship) is not what a pronoun after it stands for.
 */
const MODIFIER =
  /^(?:['’]s)?(?: (?:annual|rotating|current|next|new))? (?:chairmanship|presidency|chair|summit|session|meeting|secretariat|budget|charter|treaty|mission|forces|troops|contingent|delegation|leadership|programme|program|exercises?|drills|headquarters|membership|post|office)(?![\p{L}])/u;

const ENTITY_KINDS = new Set(['STATE', 'ORGANIZATION', 'INITIATIVE', 'EVENT']);
const EVENT_KINDS = new Set(['INITIATIVE', 'EVENT']);

/**
 * Whether a Russian name as written can be the subject of a pronoun of this gender: "Армения" for
 * "она", "Казахстан" for "он". A name in an oblique case ("Армении") is not a subject.
 */
function agrees(pronoun: string, name: string): boolean {
  const word = pronoun.toLowerCase();
  if (!/^(?:он|она|оно)$/.test(word)) return true;
  const last = name.trim().split(/\s+/)[0]!;
  if (/^\p{Lu}{2,}$/u.test(last)) return word === 'она'; // ОДКБ: организация.
  if (word === 'она') return /[ая]$|ь$/u.test(last);
  if (word === 'оно') return /[оеё]$/u.test(last);
  return /[бвгджзклмнпрстфхцчшщй]$/u.test(last);
}

interface Candidate {
  start: number;
  end: number;
  kind: string;
  entityId: string;
  text: string;
}

/** The states, organizations, programmes and events a stretch names, in order, "the organisation" as the main one. */
function candidates(paragraph: string, mentions: Found[], from: number, to: number, main: string | undefined): Candidate[] {
  const found: Candidate[] = mentions
    .filter((mention) => mention.start >= from && mention.end <= to && ENTITY_KINDS.has(mention.variant.kind))
    .map((mention) => ({ start: mention.start, end: mention.end, kind: mention.variant.kind, entityId: mention.entityId, text: mention.text }));
  if (main) {
    for (const match of paragraph.slice(from, to).matchAll(ORG_REFERENCE)) {
      found.push({ start: from + match.index, end: from + match.index + match[0].length, kind: 'ORGANIZATION', entityId: main, text: match[0] });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * A slot for each subject pronoun of a sentence that stands for a state, an organization, a programme or
 * an event: the first one the clause before names (this sentence's, for a pronoun after a comma; the
 * sentence before's, in the same paragraph, for one that opens its sentence).
 */
export function pronounSubjects(paragraph: string, sentences: Span[], mentions: Found[], sentence: Span, main: string | undefined): Slot[] {
  const text = paragraph.slice(sentence.start, sentence.end);
  const index = sentences.findIndex((span) => span.start === sentence.start);
  const previous = index > 0 ? sentences[index - 1] : undefined;
  const slots: Slot[] = [];
  for (const match of text.matchAll(SUBJECT_PRONOUN)) {
    const pronoun = match[1]!;
    const at = sentence.start + match.index + match[0].length - pronoun.length;
    const after = paragraph.slice(at + pronoun.length, sentence.end);
    if (EXPLETIVE.test(after)) continue;
    const opening = at - sentence.start <= 1;
    // A sentence's first word is capitalised; "it" inside one follows a clause of the same sentence.
    if (opening !== /^\p{Lu}/u.test(pronoun)) continue;
    const clause = opening ? previous : { start: sentence.start, end: at };
    if (!clause) continue;
    const wanted = EVENT_PREDICATE.test(after) ? EVENT_KINDS : new Set(['STATE', 'ORGANIZATION']);
    const subject = candidates(paragraph, mentions, clause.start, clause.end, main).find((candidate) => wanted.has(candidate.kind) && agrees(pronoun, candidate.text) && !MODIFIER.test(paragraph.slice(candidate.end, clause.end)));
    if (!subject) continue;
    slots.push({ kind: SLOT_OF_KIND[subject.kind as keyof typeof SLOT_OF_KIND], start: at, end: at + pronoun.length, text: pronoun, entityId: subject.entityId });
  }
  return slots;
}

/**
 * A second verb of one subject: "Uzbekistan joined the CSTO in 2006 and left it in 2012" (or "but left it"), "Узбекистан
 * вступил в ОДКБ в 2006 году и вышел из неё в 2012-м". The subject is the state or organization the
 * sentence opens with; the verb after "and" / "и" must be one (a past form, or "will", "has" before one).
 * Not "handed over" / "passed": the chairmanship rules read "X chaired it in 2023 and handed over to Y"
 * whole, the first clause's year being the day it passed.
 */
const SECOND_VERB =
  /(?:,? and|,? but|,? yet|,? и|,? но|, а) (?:then |later |subsequently |also |потом |затем |позже |также )?(?=(?:(?:will|has|had|would) )?(?!(?:handed|passed)(?![\p{L}]))(?:re)?(?:left|quit|joined|held|took|chaired|hosted|led|headed|signed|adopted|suspended|froze|resumed|rejoined|withdrew|sent|staged|\p{Ll}{3,}ed|вступ\p{L}*л\p{L}?|\p{Ll}{3,}(?:ла|ли|л)(?:сь|ся)?)(?![\p{L}]))/gu;
const OPENING = /^["«“]?(?:[Tt]he )?$/u;
const TITLED_OPENING = /^["«“]?(?:[Tt]he )?(?:\p{Lu}[\p{L}-]+ ){0,4}$/u;
/**
 * A middle verb of a series of changes to one membership, after a bare comma: "Uzbekistan left the alliance in 1999,
 * returned in 2006 and suspended its membership in 2012" (the series must go on with "and" and a verb).
 */
const SERIES_VERB =
  /, (?=(?:later |then )?(?:left|quit|withdrew|joined|rejoined|returned|came back|suspended|froze)(?![\p{L}])[^,;.]*,? and (?:then |later )?(?:left|quit|withdrew|joined|rejoined|returned|came back|suspended|froze)(?![\p{L}]))/gu;
/** What follows a mention up to a second verb that stays in the mention's relative clause: no comma closes it. */
const RELATIVE_OPENING = /^, (?:which|who|котор\p{L}+) [^,;]*$/u;

export function coordinatedSubjects(paragraph: string, mentions: Found[], sentence: Span): Slot[] {
  const text = paragraph.slice(sentence.start, sentence.end);
  const inSentence = mentions.filter((mention) => mention.start >= sentence.start && mention.end <= sentence.end);
  const subject = inSentence[0];
  if (!subject || !(subject.variant.kind === 'STATE' || subject.variant.kind === 'ORGANIZATION' || subject.variant.kind === 'PERSON')) return [];
  // A person opens the sentence after his titles ("Russian President X hosted the talks and chaired the Council").
  if (!(subject.variant.kind === 'PERSON' ? TITLED_OPENING : OPENING).test(paragraph.slice(sentence.start, subject.start))) return [];
  const slots: Slot[] = [];
  for (const match of [...text.matchAll(SECOND_VERB), ...text.matchAll(SERIES_VERB)]) {
    const start = sentence.start + match.index;
    // Another subject after the first one ("Armenia froze …, and Russia …") starts a clause of its own.
    if (start <= subject.end) continue;
    // Inside a relative clause the second verb is the clause's ("…, as did Uzbekistan, which later rejoined and then suspended …").
    const own = inSentence.filter((mention) => mention.end <= start && RELATIVE_OPENING.test(paragraph.slice(mention.end, start))).pop() ?? subject;
    if (!(own.variant.kind === 'STATE' || own.variant.kind === 'ORGANIZATION' || own.variant.kind === 'PERSON')) continue;
    slots.push({ kind: SLOT_OF_KIND[own.variant.kind], start, end: start + match[0].length - 1, text: own.text, entityId: own.entityId });
  }
  return slots;
}

/** "left it", "вышел из неё": the organization named last before, as the object of a membership or chairing verb. */
const OBJECT_PRONOUN = /(?<![\p{L}])(?:(?:left|quit|joined|rejoined|chaired|chairs|chair|hosted|led|leads|heads|headed|join|leave) (it)|(?:из|в) (неё|нее|него)|во? (ней|нём|нем))(?![\p{L}])/gu;

export function objectPronouns(paragraph: string, mentions: Found[], sentence: Span): Slot[] {
  const text = paragraph.slice(sentence.start, sentence.end);
  const slots: Slot[] = [];
  for (const match of text.matchAll(OBJECT_PRONOUN)) {
    const pronoun = match[1] ?? match[2] ?? match[3]!;
    const start = sentence.start + match.index + match[0].length - pronoun.length;
    const organization = mentions.filter((mention) => mention.start >= sentence.start && mention.end <= start && mention.variant.kind === 'ORGANIZATION').pop();
    if (organization && agrees(/^н(?:её|ее|ей)$/u.test(pronoun) ? 'она' : /^н(?:его|ём|ем)$/u.test(pronoun) ? 'он' : 'it', organization.text)) {
      slots.push({ kind: 'ORG', start, end: start + pronoun.length, text: pronoun, entityId: organization.entityId });
    }
  }
  return slots;
}

/**
 * "… and the forces will conduct it", "Belarus hosted them in 2025", «КСОР проведут его осенью»: an object pronoun of a verb
 * that takes an exercise or a meeting stands for the one event this sentence or the one before (in its paragraph) named;
 * none when that stretch names two (which one is not said).
 */
const EVENT_OBJECT_PRONOUN =
  /(?<![\p{L}])(?:(?:conduct|conducts|conducted|conducting|stage|stages|staged|staging|host|hosts|hosted|hosting|direct|directs|directed|attend|attends|attended|(?:take|takes|took|taking) part in|participate in|participates in|participated in) (it|them)|(?:провед[её]т|проведут|провели|провела|провел|проводит|проводят|примет|примут|принял[аи]?) (его|их)|(?:участвовал[аи]?|участвуют|участвует|(?:примет|примут|принял[аи]?|принимают|принимает) участие) в (н[её]м|них))(?![\p{L}])/giu;

export function eventObjectPronouns(paragraph: string, sentences: Span[], mentions: Found[], sentence: Span): Slot[] {
  const text = paragraph.slice(sentence.start, sentence.end);
  const index = sentences.findIndex((span) => span.start === sentence.start);
  const from = index > 0 ? sentences[index - 1]!.start : sentence.start;
  const slots: Slot[] = [];
  for (const match of text.matchAll(EVENT_OBJECT_PRONOUN)) {
    const pronoun = match[1] ?? match[2] ?? match[3]!;
    const start = sentence.start + match.index + match[0].length - pronoun.length;
    const events = mentions.filter((mention) => mention.start >= from && mention.end <= start && EVENT_KINDS.has(mention.variant.kind));
    if (events.length === 0 || new Set(events.map((event) => event.entityId)).size > 1) continue;
    const event = events[events.length - 1]!;
    slots.push({ kind: SLOT_OF_KIND[event.variant.kind], start, end: start + pronoun.length, text: pronoun, entityId: event.entityId });
  }
  return slots;
}

/** "the Secretariat, which he heads", «комиссия, которую он возглавляет»: a subject pronoun inside a relative clause (not after "that", as often a complement: "said that he is …"). */
const RELATIVE_PERSON = /(?<![\p{L}])(?:which|whom|котор\p{L}+) (he|she|он|она)(?= \p{Ll})/gu;

/**
 * The person a pronoun in a relative clause stands for: the one named last before it (in this sentence or before), unless
 * this sentence names two people before it ("X met Y at the Secretariat, which he heads": which one is not said).
 */
export function relativePersonPronouns(paragraph: string, sentence: Span, before: Found[], here: Found[]): Slot[] {
  const text = paragraph.slice(sentence.start, sentence.end);
  const slots: Slot[] = [];
  for (const match of text.matchAll(RELATIVE_PERSON)) {
    const pronoun = match[1]!;
    const start = sentence.start + match.index + match[0].length - pronoun.length;
    const inSentence = here.filter((mention) => mention.variant.kind === 'PERSON' && mention.start >= sentence.start && mention.end <= start);
    const person = [...before.filter((mention) => mention.variant.kind === 'PERSON'), ...inSentence].pop();
    if (!person || new Set(inSentence.map((mention) => mention.entityId)).size > 1) continue;
    slots.push({ kind: 'PERSON', start, end: start + pronoun.length, text: pronoun, entityId: person.entityId });
  }
  return slots;
}

/**
 * Capitals and seats of government, by their state's name: the graph's places say where a capital is
 * (LOCATED_IN) but not that it is one, and Sochi is in Russia too. English and Russian names of the
 * place entities, and the seats no entity names ("the Kremlin").
 */
const CAPITALS: Record<string, string[]> = {
  Russia: ['Moscow', 'Kremlin'], Belarus: ['Minsk'], Armenia: ['Yerevan'], Kazakhstan: ['Astana', 'Akorda'], Kyrgyzstan: ['Bishkek'],
  Tajikistan: ['Dushanbe'], Uzbekistan: ['Tashkent'], Azerbaijan: ['Baku'], Georgia: ['Tbilisi'], Moldova: ['Chisinau'],
  Afghanistan: ['Kabul'], Serbia: ['Belgrade'], China: ['Beijing'], Ukraine: ['Kyiv', 'Kiev'],
};
export const CAPITAL_OF = new Map(Object.entries(CAPITALS).flatMap(([state, capitals]) => capitals.map((capital) => [capital.toLowerCase(), state] as const)));
/** Seats of government that no place entity names. */
const SEAT = /(?<![\p{L}])(?:the Kremlin|Кремл[ьяюем])(?![\p{L}])/gu;

/** A place after these is where something is, not who acts: "in Minsk", "the mayor of Moscow", "из Москвы". */
const PLACE_BEFORE = /(?:^|[\s"«(])(?:in|at|to|from|near|into|outside|via|through|around|of|for|toward|towards|between|across|within|в|во|на|из|под|до|к|ко|по|через|около|у|с|со|между|возле|вблизи)\s*(?:г\.\s*|город\p{L}*\s+|the city of\s+)?["«]?$/iu;
/**
 * What makes a capital a place after all: a meeting named by it ("the Minsk summit", "Moscow talks"), a
 * compound ("Moscow-led"), a dateline's state after it ("BISHKEK, Kyrgyzstan"), hosting (the city hosts), a venue or a
 * seat ("Astana was the venue", "Moscow is home to the Secretariat").
 */
const PLACE_AFTER =
  /^(?:['’]s)?["»]?(?:[-–]|\s*,\s*\p{Lu}|\s+(?:summit|session|meeting|talks|forum|conference|declaration|format|process|region|oblast|city|саммит\p{L}*|встреч\p{L}*|заседани\p{L}*|сесси\p{L}*)(?![\p{L}])|,?\s+(?:(?:which|that|котор\p{L}*)\s+)?(?:(?:will|would|shall|has|had|is|was|also|again|to|is to|to be|будет|также|вновь|снова)\s+)*(?:hosts?|hosted|hosting|принима\p{L}*|принял\p{L}*|примет|примут)(?![\p{L}])(?!\s+(?:участи|председательств|решени|на себя|заявлени|меры))|,?\s+(?:(?:will|would|has|had|is|was|also|again|to|be|been|long)\s+)*(?:(?:the\s+)?(?:home\s+to|venue|host\s+city)|houses|housed)(?![\p{L}]))/u;
/** Between two items of a list of places, the first's year perhaps after it: "in Astana in 2024, Bishkek or Moscow", «в Астане, Бишкеке и Москве». */
const PLACE_LIST_YEAR = '(?:\\s+(?:(?:in|в|во)\\s+)?\\d{4}(?:\\s+(?:году|года)|-м)?)?';
const PLACE_LIST_GAP = new RegExp(`^${PLACE_LIST_YEAR}\\s*(?:,\\s*(?:(?:and|or|и|или)\\s+)?|\\s+(?:and|or|и|или)\\s+)$`, 'u');
/** A comma ends a clause as often as it parts a list ("In Astana, Moscow insisted", "in Minsk, and Moscow said"): a list only where another item or no verb follows. */
const PLACE_LIST_GOES_ON = new RegExp(`^(?:\\s+(?:(?:in|в|во)\\s+)?\\d{4}(?!\\d)|${PLACE_LIST_YEAR}\\s*(?:,|(?:and|or|и|или)(?![\\p{L}])))`, 'u');
/** A subject is followed by its verb, a possessive or a clause: "Moscow said", "Moscow's chairmanship", "Москва председательствует". */
const SUBJECT_AFTER = /^(?:['’]s\s|\s+\p{Ll}|,\s+\p{Ll})/u;

/**
 * A capital or a seat of government standing for its state: "Moscow takes over the chairmanship",
 * "Yerevan froze its participation", "Кремль объявил". A slot of the state over the capital's words
 * (`metonym`: it replaces the place's slot); not a capital that is where something happens ("the summit in
 * Minsk", "the Minsk summit", "Minsk hosted the talks").
 */
export function metonymicStates(paragraph: string, mentions: Found[], sentence: Span, placeName: (id: string) => string | undefined, stateNamed: (name: string) => string | undefined): Slot[] {
  const slots: Slot[] = [];
  // The end of the last place the sentence names where something is ("in Astana"): the next item of its list is a place too.
  let listedPlaceEnd = -1;
  const inPlaceList = (start: number, end: number) => {
    if (listedPlaceEnd < 0) return false;
    const gap = paragraph.slice(listedPlaceEnd, start);
    if (!PLACE_LIST_GAP.test(gap)) return false;
    const after = paragraph.slice(end, sentence.end);
    return !gap.includes(',') || PLACE_LIST_GOES_ON.test(after) || !SUBJECT_AFTER.test(after);
  };
  const standsFor = (start: number, end: number, state: string | undefined, text: string) => {
    const before = paragraph.slice(Math.max(sentence.start, start - 30), start);
    if (PLACE_BEFORE.test(before) || inPlaceList(start, end)) {
      listedPlaceEnd = end;
      return;
    }
    if (!state) return;
    const after = paragraph.slice(end, Math.min(sentence.end, end + 40));
    if (PLACE_AFTER.test(after) || !SUBJECT_AFTER.test(after)) return;
    const id = stateNamed(state);
    if (id) slots.push({ kind: 'STATE', start, end, text, entityId: id, metonym: true });
  };
  for (const mention of [...mentions].sort((a, b) => a.start - b.start)) {
    if (mention.variant.kind !== 'PLACE' || mention.start < sentence.start || mention.end > sentence.end) continue;
    const name = placeName(mention.entityId);
    standsFor(mention.start, mention.end, name ? CAPITAL_OF.get(name.toLowerCase()) : undefined, mention.text);
  }
  const text = paragraph.slice(sentence.start, sentence.end);
  for (const match of text.matchAll(SEAT)) standsFor(sentence.start + match.index, sentence.start + match.index + match[0].length, 'Russia', match[0]);
  return slots;
}

/**
 * "the country", "the republic", «страна», «республика» (in any case but the genitive plural's look-alike
 * «страны»): the state named last before it, in this paragraph or the one before. Not "each country",
 * "a third country", «страна-член», «Республика Беларусь» (a name: a mention covers it).
 */
const STATE_DESCRIPTION =
  /(?<![\p{L}-])(?:(?:[Tt]he|[Tt]his) (?:country|republic)(?! (?:of|that|which|where|whose)(?![\p{L}]))|(?:[Сс]трана|[Сс]тране|[Сс]трану|[Сс]траной|[Рр]еспублика|[Рр]еспублике|[Рр]еспублику|[Рр]еспубликой|[Рр]еспублики)(?! \p{Lu}))(?![\p{L}-])/gu;
// «наша республика», "our country": the speaker's, not the one named last.
const NOT_THIS_ONE = /(?:наш\p{L}*|our|my|мо[яейю]|каждая|каждой|любая|любой|одна|другая|другой|третья|третьей|какая|какой|ни одна|член\p{L}*|участни\p{L}*|принимающ\p{L}*|одной|each|every|any|another|third|member|host)\s+$/iu;

export function describedStates(paragraph: string, previous: Found[], mentions: Found[], sentence: Span): Slot[] {
  const text = paragraph.slice(sentence.start, sentence.end);
  const slots: Slot[] = [];
  for (const match of text.matchAll(STATE_DESCRIPTION)) {
    const at = sentence.start + match.index;
    // Capitalised inside a sentence, «Республика» is a name's first word.
    if (/^[СР]/u.test(match[0]) && match.index > 1) continue;
    if (NOT_THIS_ONE.test(paragraph.slice(Math.max(0, at - 20), at))) continue;
    const state = [...previous, ...mentions.filter((mention) => mention.end <= at)].filter((mention) => mention.variant.kind === 'STATE').pop();
    if (state) slots.push({ kind: 'STATE', start: at, end: at + match[0].length, text: match[0], entityId: state.entityId });
  }
  return slots;
}

/**
 * «Секретариат ведёт текущую работу. Его возглавляет X», «руководил им X», «Его начальник — X»: a pronoun that is the object of a
 * heading verb, or the owner of a head's title, stands for a body (Russian).
 */
const HEADED_BODY_PRONOUN =
  /(?<![\p{L}])(?:([Ее]го|[Ее][её])(?= (?:возглавля\p{L}*|возглавил\p{L}*|возглавит|(?:начальник|руководитель|глава|председатель|командующий) (?:—|являл\p{L}*|является|был|стал)(?![\p{L}])))|[Рр]уковод\p{L}+ (им|ею)|([Ии]м|[Ее]ю)(?= руковод\p{L}+))(?![\p{L}])/gu;

/** An exercise noun right before a body's name, which is then its owner in the genitive: «учение Коллективных миротворческих сил». */
const EXERCISE_NOUN_BEFORE = /(?<![\p{L}])(?:учени\p{L}*|манёвр\p{L}*|маневр\p{L}*)\s$/iu;

/**
 * The body such a pronoun stands for: the last organization named before it in its sentence, or else in the sentence before (in its
 * paragraph), of the pronoun's gender; none where a person is named after that body (the pronoun may be his).
 */
export function headedBodyPronouns(paragraph: string, sentences: Span[], bodies: Found[], sentence: Span): Slot[] {
  const text = paragraph.slice(sentence.start, sentence.end);
  const index = sentences.findIndex((span) => span.start === sentence.start);
  const from = index > 0 ? sentences[index - 1]!.start : sentence.start;
  const slots: Slot[] = [];
  for (const match of text.matchAll(HEADED_BODY_PRONOUN)) {
    const pronoun = match[1] ?? match[2] ?? match[3]!;
    const start = sentence.start + match.index + (match[2] ? match[0].length - pronoun.length : 0);
    const gender = /^[Ее][её]$|^ею$/iu.test(pronoun) ? 'она' : 'он';
    const before = bodies.filter((found) => found.start >= from && found.end <= start).sort((a, b) => a.end - b.end);
    const inSentence = before.filter((found) => found.start >= sentence.start && found.variant.kind === 'ORGANIZATION');
    const body = (inSentence.length > 0 ? inSentence : before.filter((found) => found.variant.kind === 'ORGANIZATION')).pop();
    if (!body || !agrees(gender, body.text) || before.some((found) => found.variant.kind === 'PERSON' && found.start > body.end)) continue;
    // The owner of an exercise noun («Учение Коллективных миротворческих сил прошло … Руководил им штаб»): the pronoun is the exercise's.
    if (EXERCISE_NOUN_BEFORE.test(paragraph.slice(Math.max(0, body.start - 20), body.start))) continue;
    slots.push({ kind: 'ORG', start, end: start + pronoun.length, text: pronoun, entityId: body.entityId });
  }
  return slots;
}

/**
 * "The Kyrgyz diplomat, who replaced X …", "The general said …", «Кыргызский дипломат отметил …», «Генсек подчеркнул …»: a description
 * opening a sentence stands for the person named last, as "he" would. Only before a clause (a comma, a relative pronoun, a verb): a
 * name after it makes it a title ("The diplomat Taalatbek Masadykov"), and "the general election" is no person.
 */
export const PERSON_DESCRIPTION =
  /^["«“]?((?:The|the) (?:(?:veteran|seasoned|former|retired|new|career|\p{Lu}\p{Ll}+) ){0,2}(?:diplomat|general|official|envoy|politician|secretary[- ]general|commander)(?=,? (?:who|has|had|was|is|said|says|told|added|replaced|replaces|succeeded|succeeds|took|takes|became|will|would|also|then|later)(?![\p{L}]))|(?:\p{Lu}\p{Ll}+(?:ий|ый|ой) )?(?:[Гг]енсек|[Дд]ипломат|[Гг]енерал|[Вв]остоковед|[Пп]олитик)(?=,? (?:котор\p{L}*|также|уже|ранее|\p{Ll}+(?:л|ла|ет|ит|ал|ил))(?![\p{L}])))/u;
