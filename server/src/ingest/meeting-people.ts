/**
 * Who was at a meeting, read from how a report lists them rather than from a verb of attending: the people
 * who signed or adopted its documents ("The presidents, including X and Y, adopted a declaration", «Лидеры,
 * в том числе X и Y, утвердили бюджет», "The statement was signed by X and Y"), several people who held it
 * together ("Five leaders — X, Y, Z … — held the session"), and its guests listed after a noun or a verb of
 * gathering ("a summit with only three guests: X, Y and Z", "the summit brought together X and Y", «Саммит
 * собрал пятерых лидеров — X, Y …»). Each is a PERSON slot of a template; the discourse layer gives them
 * ATTENDED of the meeting it finds for the clause (discourse.ts). Pure.
 *
 * Precision first: only a list that is the verb's subject (nothing but names, titles and list words between
 * the sentence's head and the verb: no other verb, relative pronoun or preposition that would make a name an
 * object), and never a person the sentence has chairing or hosting, who CHAIRS rather than ATTENDED.
 */
import type { Template } from './template';

const SLOT = /⟦\w+#\d+⟧/gu;

/**
 * Words that make a name before the verb something else than one of its subjects: a verb of saying, a
 * relative or subordinate clause, a preposition (the name an object), a chair or host.
 */
const NOT_SUBJECT =
  /(?<![\p{L}])(?:said|says|told|thanked|welcomed|announced|who|whom|whose|which|that|when|while|after|before|because|if|with|by|to|for|from|about|against|between|than|without|under|chaired|chairs|chairing|presided|presiding|hosted|hosting|host|котор\p{L}*|когда|после|перед|что|чтобы|если|где|заявил\p{L}*|сказал\p{L}*|сообщил\p{L}*|поблагодарил\p{L}*|с|со|к|ко|для|от|об?|при|между|у|без|против|под|председательств\p{L}*|вёл|вел|принимал\p{L}*|принявш\p{L}*)(?![\p{L}])/iu;

/** A name owned by a possessive is not a subject: "Putin's aide". */
const POSSESSED = /^(?:'s|’s)/u;

/** The PERSON slots with an entity whose offsets lie in [from, to), in order. */
function personsIn(template: Template, from: number, to: number): number[] {
  return template.slots.flatMap((slot, i) => (slot.kind === 'PERSON' && slot.entityId && template.at[i]! >= from && template.at[i]! < to ? [i] : []));
}

const slotEnd = (template: Template, i: number) => template.text.indexOf('⟧', template.at[i]!) + 1;

/**
 * The people the stretch before a verb has as its subject: from the start of its clause (or sentence) to
 * the verb, nothing but names, titles and list words ("The presidents, including X and Y,", «Лидеры, в том
 * числе X, Y и Z,», "X and Y"). Empty when any word there makes a name something else.
 */
export function subjectPeople(template: Template, from: number, verb: number): number[] {
  const stretch = template.text.slice(from, verb);
  if (/[;:.!?]/u.test(stretch) || NOT_SUBJECT.test(stretch.replace(SLOT, ' '))) return [];
  return personsIn(template, from, verb).filter((i) => !POSSESSED.test(template.text.slice(slotEnd(template, i))));
}

/** "… was signed by X and Y", «… подписали X и Y» (a Russian verb before its subject): the list right after the verb. */
const AGENT_AFTER = /^(?: by| (?=⟦PERSON#))/u;

/** The people a list right after a point names, up to the first word that is not of the list (a verb, a preposition). */
function listAfter(template: Template, from: number): number[] {
  const found: number[] = [];
  let at = from;
  for (const i of personsIn(template, from, template.text.length)) {
    const between = template.text.slice(at, template.at[i]!);
    if (/[;.!?]/u.test(between) || NOT_SUBJECT.test(between.replace(SLOT, ' ')) || between.replace(SLOT, ' ').split(/\s+/u).filter(Boolean).length > 6) break;
    if (POSSESSED.test(template.text.slice(slotEnd(template, i)))) break;
    found.push(i);
    at = slotEnd(template, i);
  }
  return found;
}

/** The agents of a passive verb of adopting ("signed by X and Y"), or a Russian verb's subject after it («утвердили X и Y»). */
export function agentPeople(template: Template, verbEnd: number): number[] {
  const after = AGENT_AFTER.exec(template.text.slice(verbEnd));
  return after ? listAfter(template, verbEnd + after[0].length) : [];
}

/** Several people holding a meeting together: "X and Y held the session", «X и Y провели переговоры» (one person holding it chairs it). */
export const HELD_TOGETHER =
  /(?<![\p{L}])(?:held|hold|conducted) (?:the|their|a|an|this) (?:[\p{L}-]+ ){0,2}(?:session|meeting|summit|talks)(?![\p{L}])|(?<![\p{L}])провели (?:[\p{L}-]+ ){0,2}(?:заседание|встречу|сессию|саммит|переговоры|совещание)(?![\p{L}])/giu;

/**
 * A meeting's guests listed after a noun or a verb of gathering: "with only three guests: X, Y and Z", "The
 * guests were X and Y", "brought together X, Y and Z", «собрал пятерых лидеров — X, Y …», «Гостями саммита
 * стали X и Y». The list's slots, after the trigger.
 */
const GUESTS =
  /(?<![\p{L}])(?:(?:guests|participants|attendees)(?: (?:were|included|:))?:?|brought together|(?<joined>(?:was|were) (?:later |also |then )?joined(?: (?:there|at the table|in the hall))? by)|[Зз]а (?:одним |общим |круглым )?столом(?: переговоров)?(?: (?:в|во)(?: (?:[\p{L}-]+|⟦(?:PLACE|NAME|ORG)#\d+⟧)){1,3}?)? —|gathered|(?:summit|session|meeting|talks|conference)(?: (?:[\p{L}-]+|⟦(?:DATE|PLACE)#\d+⟧)){0,3}? (?:drew|attracted)|(?<welcomed>welcomed|greeted|hosted|received)|собрал[аи]?|гостями (?:[\p{L}-]+ ){0,2}стали|участник(?:ов|ами|ам) (?:саммита|сессии|заседания|встречи|совещания|переговоров)(?: ⟦ORG#\d+⟧)?(?: (?:стали|были))?|участниками (?:[\p{L}-]+ ){0,2}стали)(?: (?:only|just|лишь|только|всего))?(?: (?:[\p{L}-]+ ){0,2}(?:leaders|presidents|heads of state|ministers|лидер\p{L}*|президент\p{L}*|глав\p{L}* государств\p{L}*|министр\p{L}*))?(?: ?[:—–-])?/giu;

/** The subject right before "was joined by": "(President) X was joined by …". */
const JOINED_SUBJECT = /⟦PERSON#(\d+)⟧ $/u;

/** The guests of each trigger; `needsMeeting` for a verb of welcoming, whose list is a meeting's only when the sentence names one after it. */
export function guestPeople(template: Template): Array<{ trigger: number; people: number[]; needsMeeting: boolean }> {
  const found: Array<{ trigger: number; people: number[]; needsMeeting: boolean }> = [];
  for (const match of template.text.matchAll(GUESTS)) {
    // "guests" or «собрал» right before the list: the words after the trigger are the list.
    const people = listAfter(template, match.index + match[0].length);
    // "X was joined by Y and Z": X was there too (a subject set off by a relative clause, "X, who chaired the talks,", is its chair).
    const joiner = match.groups?.joined !== undefined ? JOINED_SUBJECT.exec(template.text.slice(0, match.index)) : null;
    if (joiner && people.length > 0 && template.slots[Number(joiner[1])]?.entityId) people.unshift(Number(joiner[1]));
    if (people.length > 0) found.push({ trigger: match.index, people, needsMeeting: match.groups?.welcomed !== undefined });
  }
  return found;
}

/**
 * People present named in an absolute phrase beside the clause that reports the meeting: "X chaired the session, with
 * Y and Z around the table", "… with Y, Z and W in attendance", «… в присутствии X и Y», «при участии X, Y и Z». The
 * English list must end on a word of presence ("with Y" alone is a partner of talks); the Russian prepositions say it.
 */
const ALONGSIDE = /(?<![\p{L}])(?:with|в присутствии|при участии)(?![\p{L}])/giu;
const PRESENT_AFTER = /^,? (?:(?:all|also|both) )?(?:(?:sitting |seated )?(?:around|at) the (?:table|negotiating table)|in attendance|present|attending|looking on)(?![\p{L}])/iu;

/** The people of each absolute phrase of presence, with where its trigger is. */
export function presentAlongside(template: Template): Array<{ trigger: number; people: number[] }> {
  const found: Array<{ trigger: number; people: number[] }> = [];
  for (const match of template.text.matchAll(ALONGSIDE)) {
    const people = listAfter(template, match.index + match[0].length);
    if (people.length === 0) continue;
    const russian = match[0].toLowerCase() !== 'with';
    if (russian || PRESENT_AFTER.test(template.text.slice(slotEnd(template, people.at(-1)!)))) found.push({ trigger: match.index, people });
  }
  return found;
}

/**
 * A speaker's own signing, reported: "X said (that) he had signed …", «X сообщил, что подписал …». The verb has no
 * subject of its own but the speaker's pronoun, so the speaker signed.
 */
const SPEAKER_SIGNED =
  /⟦PERSON#(\d+)⟧,? (?:(?:also|также|тоже) )?(?:said|told reporters|told journalists|announced|сообщил|заявил|рассказал|отметил)(?:,? (?:that|что))?(?: (?:he|she|он|она))?(?: (?:had|has))?(?: (?:also|также|тоже|лично))? $/u;

/** The speaker whose own signing a verb reports, if the words before it say so. */
export function speakerSigned(template: Template, from: number, verb: number): number[] {
  const match = SPEAKER_SIGNED.exec(template.text.slice(from, verb));
  return match && template.slots[Number(match[1])]?.entityId ? [Number(match[1])] : [];
}

/**
 * A list of states in a template: "⟦STATE#1⟧, ⟦STATE#2⟧ and ⟦STATE#3⟧", «⟦STATE#1⟧, ⟦STATE#2⟧ и ⟦STATE#3⟧». Each state
 * may carry its representative's name, the Russian list of ministers by state: «министры обороны Белоруссии X,
 * Казахстана Y и Таджикистана Z» (the genitive shared, each name after its state).
 */
const NAMED = String.raw`(?: ⟦(?:PERSON|NAME)#\d+⟧)?`;
const STATES = String.raw`⟦STATE#\d+⟧${NAMED}(?:(?:,| and| и|, and| as well as| а также) ⟦STATE#\d+⟧${NAMED})*`;

/**
 * The people who stand for their states at a meeting, named by what they are and whose: "the heads of state
 * of A, B and C", "defence ministers from A and B", «министры обороны A, B и C», «делегации парламентов A и B»,
 * «секретари советов безопасности A, B». Plural only: one minister is a person, and the text names him.
 */
const REPRESENTATIVES = new RegExp(
  String.raw`(?<![\p{L}])(?:leaders|heads of (?:state|government|state and government|delegations?)|presidents|prime ministers|premiers|(?:foreign|defen[cs]e|interior|emergencies) ministers|ministers(?: of (?:defen[cs]e|foreign affairs|(?:the )?interior))?|(?:security council )?secretaries(?: of (?:the )?(?:national )?security councils)?|(?:parliamentary )?delegations|delegates|parliamentarians|lawmakers|legislators|MPs|speakers(?: of (?:the )?parliaments?)?|chiefs of (?:the )?general staffs?|chiefs of staff|representatives|envoys|(?:senior |top |government |military |defen[cs]e |security )?officials|официальн(?:ые|ых) (?:лица|лиц|представители|представителей)|лидер(?:ы|ов|ами|ам)|глав(?:ы|ам|ами) (?:государств|правительств|МИД|оборонных ведомств|делегаций)|президент(?:ы|ов|ами|ам)|премьер-министр(?:ы|ов|ами|ам)|министр(?:ы|ов|ами|ам) (?:обороны|иностранных дел|внутренних дел|по чрезвычайным ситуациям)|секретар(?:и|ей|ями|ям) (?:советов безопасности|совбезов)|делегаци(?:и|й|ями|ям)(?: (?:парламентов|министерств обороны|оборонных ведомств))?|парламентари(?:и|ев|ями)|депутат(?:ы|ов|ами)(?: парламентов)?|представител(?:и|ей|ями)|спикер(?:ы|ов|ами)(?: парламентов)?|начальник(?:и|ов|ами) генеральных штабов)(?: (?:of|from|из|от)(?: the)?(?: (?:parliaments|armed forces) of)?)? (${STATES})(?!['’]s|(?:,| and| и|, and| as well as| а также) ⟦STATE#)`,
  'giu',
);

/** One delegation headed by someone: «Делегацию Беларуси (на нём) возглавил …», "Belarus's delegation was led by …". */
const DELEGATION_HEADED = new RegExp(
  String.raw`(?<![\p{L}])(?:[Дд]елегаци(?:ю|я|ей) (${STATES})(?: (?:на (?:н[её]м|ней|заседании|сессии|саммите|встрече)|также|тоже))* (?:возглавил\p{L}*|возглавлял\p{L}*|возглавит|возглавляет|руководил\p{L}*)|(${STATES})(?:'s|’s) delegation (?:was|is|will be) (?:headed|led) by)(?![\p{L}])`,
  'gu',
);

/**
 * States that sent their leaders or delegations: "Belarus and Kazakhstan sent their presidents", «Казахстан и Киргизия
 * направили свои делегации», «Армения своего представителя не направила» (taken back by the clause's negation). Only people
 * who stand for a state: "sent troops" or "sent observers" is no part in a meeting.
 */
const SENT = new RegExp(
  String.raw`(${STATES}),? (?:(?:all|each|also|both|duly|only|также|тоже|все) )?(?:(?:sent|dispatched) (?:their|its) (?:presidents?|leaders?|heads? of (?:state|government)|prime ministers?|(?:foreign |defen[cs]e )?ministers?|delegations?|representatives?|envoys?)|(?:не )?направил[аи]? (?:сво(?:их|и|его|ю) )?(?:президент\p{L}*|лидер\p{L}*|глав\p{L}* государств\p{L}*|делегаци\p{L}*|представител\p{L}*|министр\p{L}*)|(?:сво(?:их|и|его|ю) )(?:президент\p{L}*|делегаци\p{L}*|представител\p{L}*|министр\p{L}*) (?:не )?направил[аи]?)(?![\p{L}])`,
  'giu',
);

const STATE_SLOT = /⟦STATE#(\d+)⟧/gu;

/**
 * A state's delegation named by its adjective, one slot of the state (state-units.ts): «Белорусскую делегацию возглавлял
 * X», «приехала сербская делегация», "the Kazakh delegation was led by X", "Tajik parliamentarians attended".
 */
const DELEGATION_WORD = /(?:delegations?|delegates|parliamentarians|lawmakers|делегаци\p{L}*|депутат\p{L}*|парламентари\p{L}*)$/iu;
/** What after such a slot says the delegation was headed by someone, so present: «… возглавлял сам X», "… was led by X". */
const HEADED_AFTER =
  /^(?: (?:на (?:н[её]м|ней|заседании|сессии|саммите|встрече)|также|тоже|сам|сама|лично))* (?:возглавил\p{L}*|возглавлял\p{L}*|возглавит|возглавляет|руководил\p{L}*)(?![\p{L}])|^ (?:was|is|will be) (?:headed|led) by(?![\p{L}])/u;

export interface Representation {
  /** Where the phrase of representatives begins and ends in the template. */
  start: number;
  end: number;
  /** The slots of the states they stand for. */
  states: number[];
  /** A delegation headed: the phrase states its presence by itself. */
  headed: boolean;
}

/** The phrases of a template that name people standing for states (REPRESENTATIVES, DELEGATION_HEADED, SENT), in order. */
export function representedStates(template: Template): Representation[] {
  const found: Representation[] = [];
  const read = (match: RegExpMatchArray, list: string, headed: boolean) => {
    const states = [...list.matchAll(STATE_SLOT)].map((slot) => Number(slot[1])).filter((i) => template.slots[i]?.entityId);
    if (states.length > 0) found.push({ start: match.index!, end: match.index! + match[0].length, states, headed });
  };
  for (const match of template.text.matchAll(REPRESENTATIVES)) read(match, match[1]!, false);
  for (const match of template.text.matchAll(DELEGATION_HEADED)) read(match, match[1] ?? match[2]!, true);
  for (const match of template.text.matchAll(SENT)) read(match, match[1]!, true);
  template.slots.forEach((slot, i) => {
    if (slot.kind !== 'STATE' || !slot.entityId || !DELEGATION_WORD.test(slot.text)) return;
    const start = template.at[i]!;
    const end = template.text.indexOf('⟧', start) + 1;
    found.push({ start, end, states: [i], headed: HEADED_AFTER.test(template.text.slice(end)) });
  });
  return found.sort((a, b) => a.start - b.start);
}

/** Titles and their owners between a verb of chairing and the name: "Russian President", «президент России», "the Speaker of the Assembly,". */
const TITLES = String.raw`(?:(?!(?:in|at|on|for|with|to|в|во|на|по|с|со|из|за|под|к|о|об|от)\s)(?:[\p{L}-]+|⟦(?:STATE|ORG)#\d+⟧)(?:'s|’s)?,? ){0,6}?`;
const PERSON = String.raw`⟦(?:PERSON|NAME)#(\d+)⟧`;
/** Titles written with a capital ("Russian President", "Defence Minister"): "under President X", not "under pressure from X". */
const CAPITAL_TITLES = String.raw`(?:(?:\p{Lu}[\p{L}-]*|⟦(?:STATE|ORG)#\d+⟧)(?:'s|’s)? ){0,4}`;
const MEETING_NOUN = String.raw`(?:summit|meeting|session|talks|conference|forum|sitting|саммит\p{L}*|заседани\p{L}*|сесси\p{L}*|встреч\p{L}*|совещани\p{L}*|переговор\p{L}*)`;
/** Where and when between a meeting noun and what follows it: "in the Kremlin on Wednesday", «в Москве 11 ноября». */
const SETTING = String.raw`(?:,? (?:in|at|on|в|во|на) (?:the )?(?:⟦(?:PLACE|STATE|DATE)#\d+⟧|[\p{Lu}][\p{L}-]+)|,? ⟦DATE#\d+⟧)*`;
/** The body whose meeting it is, after the noun: "the session of the Collective Security Council", «заседание Совета министров ОДКБ». */
const OF_BODY = String.raw`(?: (?:of (?:the )?(?:[\p{L}-]+['’]s )?)?⟦ORG#\d+⟧(?: ⟦ORG#\d+⟧)?)?`;

/**
 * A person chairing a meeting, said beside the meeting rather than as a clause's verb: a participle after its noun
 * ("a summit in the Kremlin on Wednesday chaired by Russian President X", «саммит в Москве, который провёл X»,
 * «заседание, на котором председательствовал X»), an absolute phrase ("with President X chairing the talks",
 * "with X in the chair"), a Russian future with the infinitive first («Председательствовать на нём будет X», «а вести
 * его будет X»). A body's chairman is not among them ("the Commission, chaired by X", which he HEADS): only after a
 * meeting's noun, or with the meeting a pronoun stands for.
 */
const CHAIR_BESIDE = [
  new RegExp(String.raw`(?<![\p{L}])${MEETING_NOUN}${SETTING},? (?:(?:which|that) (?:was|is|will be) )?(?:chaired|presided over) by (?:the )?${TITLES}${PERSON}(?! of )`, 'giu'),
  new RegExp(String.raw`(?<![\p{L}])${MEETING_NOUN}${OF_BODY}${SETTING},? (?:котор(?:ый|ое|ую|ая|ые) (?:пров[её]л|провела|провели|вёл|вел|вела|открыл|открыла)|на котор(?:ом|ой) (?:председательствовал\p{L}*|председательствует)) ${TITLES}${PERSON}`, 'gu'),
  // The meeting the object of a relative: "last week's summit in Moscow, which President X chaired".
  new RegExp(String.raw`(?<![\p{L}])${MEETING_NOUN}${OF_BODY}${SETTING},? (?:which|that) (?:the )?${TITLES}${PERSON} (?:chaired|chairs|will chair|presided over|presides over)(?![\p{L}])`, 'giu'),
  // "the Council, which met in Moscow on 11 November under President X": a verb of meeting, then who led it.
  new RegExp(String.raw`(?<![\p{L}])(?:met|convened|gathered|sat|was held|were held|took place)${SETTING} under (?:the (?:chairmanship|presidency) of )?(?:the )?${CAPITAL_TITLES}${PERSON}(?! of )`, 'gu'),
  // "It was chaired by X" right after the sentence that named the meeting (the pronoun's antecedent, presidingBeside).
  // (Coreference may have read the pronoun as the organization in focus: its slot, whose words are still "It".)
  new RegExp(String.raw`^"?(?:It|⟦ORG#(?<pronoun>\d+)⟧) (?:was|is|will be) (?:chaired|presided over) by (?:the )?${TITLES}${PERSON}(?! of )`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}])with ${TITLES}${PERSON} (?:chairing|presiding|in the chair)(?![\p{L}])`, 'giu'),
  new RegExp(String.raw`(?:^|[,;:—] (?:(?:а|и|но) )?)(?:[Пп]редседательствовать|[Вв]ести) (?:(?:на )?(?:н[её]м|ней|его|е[её]) )?будет ${TITLES}${PERSON}`, 'gu'),
];

/** The chairs CHAIR_BESIDE finds: the person's slot and where the phrase is. */
export function chairsBeside(template: Template): Array<{ person: number; start: number; end: number }> {
  return CHAIR_BESIDE.flatMap((pattern) =>
    [...template.text.matchAll(pattern)]
      .filter((match) => match.groups?.pronoun === undefined || /^it$/iu.test(template.slots[Number(match.groups.pronoun)]?.text ?? ''))
      // The person's group is each pattern's last.
      .map((match) => ({ person: Number(match[match.length - 1]), start: match.index, end: match.index + match[0].length })),
  );
}

/**
 * A speaker addressing those at a meeting was at it: "X told fellow leaders that …", "X, the Tajik president, told the
 * alliance's leaders in Moscow …", "X urged his counterparts to …", «X заявил коллегам по ОДКБ …», «X призвал участников
 * саммита …». The subject before the verb, past an apposition between commas.
 */
const ADDRESSED = new RegExp(
  String.raw`⟦PERSON#(\d+)⟧(?:, (?:[^;:.⟦,]|⟦(?:STATE|ORG|DATE|PLACE)#\d+⟧)*?,)? (?:(?:also|later|then|также|тоже) )?(?<verb>told|urged|assured|warned|briefed|reminded|addressed|заявил\p{L}*|сказал\p{L}*|сообщил\p{L}*|призвал\p{L}*|напомнил\p{L}*|предложил\p{L}*|пообещал\p{L}*) (?:(?:the|his|her|their) )?(?:fellow )?(?:(?:[\p{L}-]+|⟦ORG#\d+⟧)(?:'s|’s) |⟦ORG#\d+⟧ )?(?:leaders|heads of state|presidents|ministers|colleagues|counterparts|partners|allies|delegates|participants|коллегам|коллег|партн[её]рам|партн[её]ров|союзникам|союзников|лидерам|участникам (?:саммита|заседания|сессии|встречи|совещания))(?![\p{L}]| of ⟦STATE| (?:by (?:phone|telephone|letter|video)|in a (?:letter|call|phone call)|по телефону|в письме))`,
  'dgu',
);

/** The speakers ADDRESSED finds: the person's slot, where the phrase is and where its verb begins. */
export function addressedPeople(template: Template): Array<{ person: number; start: number; end: number; verb: number }> {
  return [...template.text.matchAll(ADDRESSED)].map((match) => ({ person: Number(match[1]), start: match.index, end: match.index + match[0].length, verb: match.indices!.groups!.verb![0] }));
}
