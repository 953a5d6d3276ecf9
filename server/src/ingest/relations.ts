/**
 * The relation layer behind the rules: constructions no rule names. Within one clause of a sentence, a
 * trigger word of a relationship type (a lexicon per type, English words and Russian stems) with, near
 * it, a mention of each kind the type takes ("Armenia's accession to the CSTO", "в учениях приняли участие
 * Россия и Казахстан", "the summit, which opened on Monday in Minsk") proposes that relationship. The
 * rules read their constructions exactly; this layer reads what is left, so it keeps precision by what it
 * refuses: a negation, a modal or a plan, a denial, a question or a condition anywhere in the clause, an
 * end farther from the trigger than a few words, and a clause boundary between them.
 */
import type { RelationshipTypeName } from '../model/vocabulary';
import { RUSSIAN_TRIGGERS } from './relation-lexicon-ru';
import { restore, type Slot, type Template } from './template';

/** How the dates near a find become since / until (as a rule's Dating; 'post': a state that holds, "a member since 1994"). */
export type RelationDating = 'start' | 'end' | 'span' | 'post' | 'none';

/** A mention (a slot) or a meeting the text names by a common noun ("the summit"), as one end. */
export interface RelationUnit {
  /** NAME: a capitalised name no entity has (a person, mostly): never an end, but it tells a title from an actor. */
  kind: 'STATE' | 'ORG' | 'PERSON' | 'NAME' | 'PLACE' | 'EVENT' | 'INIT' | 'MEET';
  /** Offsets in the template's text. */
  start: number;
  end: number;
  slot?: Slot;
  /** A meeting's words, for a unit without a slot. */
  text?: string;
}

export interface RelationFind {
  type: RelationshipTypeName;
  from: RelationUnit;
  to: RelationUnit;
  dating: RelationDating;
  status?: string;
  role?: string;
  /** The stretch of the template the find covers (both ends and the trigger): where its date is looked for. */
  start: number;
  end: number;
  /** Stretches whose dates are not the find's: the appositions of its sentence ("a member since 1994"), unless the find is in one. */
  asides: Array<{ start: number; end: number }>;
  trigger: string;
  /** A gapped end ("…, and Belarus in 2024"): another statement of its own, which a rule's reading of the first does not cover. */
  gapped?: boolean;
  /** Read from a meeting's noun phrase, without a verb ("the Minsk summit"): proposed once per article and place. */
  nominal?: boolean;
}

export type Kind = RelationUnit['kind'];

export interface Trigger {
  type: RelationshipTypeName;
  /** Lower-case words; \p{L} is a letter. Matched whole-word on the lower-cased template. */
  words: string;
  from: Kind[];
  to: Kind[];
  dating: RelationDating;
  status?: string;
  /** The most words between the trigger and each end. */
  reach?: number;
  /** Where the ends must be: 'active' from before the trigger and to after it; 'passive' the reverse; 'any' either side. */
  order?: 'active' | 'passive' | 'any';
  /** What the template must have just before the `to` end ("in", "at", "в"): a place of a meeting, not its subject. */
  toAfter?: RegExp;
  /** What a meeting named by common nouns must be called to be the `to` end (an exercise, not a session). */
  toMeeting?: RegExp;
  /** The role the fact has, as the rules give it ("chair"). */
  role?: string;
  /** What a programme or document (an INIT end) must be called to be the `to` end: a treaty one joins, not a programme. */
  toName?: RegExp;
  /** What the clause must not say for the trigger to apply: another relation it states ("sent officers as observers"). */
  unless?: RegExp;
  /**
   * The `to` end is the noun's complement just after the trigger («входит в структуру ОДКБ», «компонент ОДКБ»), a few words at
   * most and no preposition between: that, not the order of the sentence, tells the whole from its part.
   */
  toRightAfter?: boolean;
  /** A `from` end after a locative preposition is a place, not the actor («в Белоруссии провели учения»). */
  fromNotLocative?: boolean;
}

const L = '\\p{L}';
const LOCATIVE = /(?:^|[ ,])(?:(?:in|at|near|outside|в|во|на|под|около)(?: (?:the|a|an))?|на территории) "?$/u;
/** The meetings that are conducted: exercises and operations, not sessions or talks. */
const EXERCISE = /(?<![\p{L}])(?:exercis\p{L}*|drills?|manoeuvres|maneuvers|operations?|учени\p{L}*|маневр\p{L}*|операци\p{L}*)(?![\p{L}])/iu;
/** Observers sent to an exercise or a meeting do not take part in it, nor does a state that stopped taking part. */
const AS_OBSERVERS = /(?<![\p{L}])(?:as (?:an? )?observers?|в качестве наблюдател\p{L}*|наблюдател\p{L}*|suspend\p{L}*|froze|frozen|freez\p{L}*|halt\p{L}*|stopp\p{L}*|ended|приостанов\p{L}*|заморо\p{L}*|прекрат\p{L}*|прекращ\p{L}*)(?![\p{L}])/iu;
/** A place after these words is a body's seat: «со штабом в», «штаб-квартира которой находится в», "headquartered in", "based in". */
const SEAT_BEFORE = /(?:штаб\p{L}*|штаб-квартир\p{L}*|базир\p{L}*|дислоцир\p{L}*|headquarter\p{L}*|based)(?: [а-яё]+){0,2} (?:в|во|in) "?$/u;
/**
 * A name governed by these words is no subject: «под руководством X», «во главе с X», "under the leadership of X" (a title may come
 * between), or the recipient right after a Russian verbal adverb of giving («…, передав Таджикистану часть техники»), which has no
 * subject of its own after it.
 */
const GOVERNED = /(?:(?:под (?:руководством|председательством)|во главе с|under the (?:leadership|chairmanship) of)(?: [а-яё-]+){0,3}|(?<![\p{L}])(?:передав|передавая|поставив|поставляя|направив|направляя|выделив|выделяя|предоставив|предоставляя|оказав|оказывая|handing|giving)) "?$/u;
/** Participation as what was discussed, not as what happened: "discussed the participation of X in …", «внимание уделено участию X в …». */
const PARTICIPATION_DISCUSSED = /(?<![\p{L}])(?:discuss\p{L}*|talked about|attention (?:was |is )?(?:paid|given|devoted) to|обсуд\p{L}*|обсужд\p{L}*|уделен\p{L}*|уделил\p{L}*|уделя\p{L}*)(?![\p{L}])[^.;]{0,40}?(?<![\p{L}])(?:participation|участи[еюяи])(?![\p{L}])/iu;
const NOT_TAKING_PART = new RegExp(`${AS_OBSERVERS.source}|${PARTICIPATION_DISCUSSED.source}`, 'iu');
/** A name followed by a verb of saying is who speaks, not an end of what is said: "…, the CSTO said". */
const SPEAKER = /^"?,? (?:(?:has|had|also|later|then|officially) )?(?:said|says|told|added|noted|stated|announced|reported|confirmed|сообщил\p{L}*|заявил\p{L}*|отметил\p{L}*|сказал\p{L}*|подчеркнул\p{L}*|уточнил\p{L}*|добавил\p{L}*)(?![\p{L}])/u;
/** A treaty or an agreement, which states join, sign and leave (not a programme or an exercise). */
const TREATY = /(?<![\p{L}])(?:treaty|agreement|convention|protocol|договор\p{L}*|соглашени\p{L}*|конвенци\p{L}*|протокол\p{L}*)(?![\p{L}])/iu;
/** A succession in the clause: who took a post from whom. */
const SUCCESSION = /(?<![\p{L}])(?:replac\p{L}*|succeed\p{L}*|took over from|takes over from|сменил\p{L}*|замен\p{L}*)(?![\p{L}])/iu;
/** Where a membership is: "in the CSTO", «в ОДКБ», «из ОДКБ», "the CSTO's" (the organization before its possessive). */
const MEMBERSHIP_IN = /(?:(?:^|[ ,])(?:in|of|from|в|во|из)(?: the)? "?|^\s*(?:the )?"?)$/iu;
const AT_MEETING = /(?:^|[ ,])(?:at|during|on the sidelines of|на|в ходе|по итогам|по результатам)(?: (?:the|a|an|its))? "?$/u;

/**
 * The lexicon, the most specific types first: a pair of ends that one trigger gives is given once, by
 * the first type whose words the trigger is.
 */
const TRIGGERS: Trigger[] = [
  // Not a status only offered or floated: «идея предоставить Ташкенту статус наблюдателя», "an offer to grant it observer status".
  { type: 'OBSERVER_OF', words: `observers?(?: status| states?)?|наблюдател${L}*`, from: ['STATE', 'ORG'], to: ['ORG'], dating: 'post', status: 'observer', order: 'any',
    unless: /(?<![\p{L}])(?:предоставить|предоставлени\p{L}*|дать|to grant|granting|to give|offer(?:ed|ing)? to)(?![\p{L}])/iu },
  { type: 'CHAIRS', words: `chairmanship|chairs|chaired|chairing|presidency|presides|presided|председательств${L}*`, from: ['STATE'], to: ['ORG'], dating: 'span', role: 'chair', order: 'any' },
  { type: 'MEMBER_OF', words: `froze|frozen|freez${L}*|заморо${L}*`, from: ['STATE'], to: ['ORG'], dating: 'start', status: 'participation frozen', order: 'any' },
  // What was suspended is a membership in the organization, not the body that decided it («решение … принято Советом»).
  { type: 'MEMBER_OF', words: `suspended|suspends|suspension|приостанов${L}*`, from: ['STATE'], to: ['ORG'], dating: 'start', status: 'participation suspended', order: 'any', toAfter: MEMBERSHIP_IN },
  { type: 'MEMBER_OF', words: `founding members?|founder members?|одн${L}* из основател${L}*|государств${L}*-основател${L}*`, from: ['STATE'], to: ['ORG'], dating: 'none', status: 'founding member', order: 'any' },
  // An English verb has its subject before it ("the forces left Kazakhstan" is not Kazakhstan leaving); a noun or a Russian verb either way.
  { type: 'MEMBER_OF', words: `joined|joins|join|joining|rejoined|rejoins|acceded|accedes`, from: ['STATE', 'ORG'], to: ['ORG', 'INIT'], dating: 'start', order: 'active', toName: TREATY },
  // A state that signs a treaty SIGNED it; one that ratifies it is a party to it (MEMBER_OF the treaty).
  {
    type: 'SIGNED',
    words: `signed|signs|signing|signatory|signatories|подписал${L}*|подписан${L}*|подписант${L}*`,
    from: ['STATE'], to: ['INIT'], dating: 'start', order: 'any', toName: TREATY, reach: 8,
  },
  {
    type: 'MEMBER_OF',
    words: `ratified|ratifies|ratification|ратифицир${L}*|ратификаци${L}*`,
    from: ['STATE'], to: ['INIT'], dating: 'start', order: 'any', toName: TREATY, reach: 8,
  },
  {
    type: 'MEMBER_OF',
    words: `accession|вступ${L}*|присоедин${L}*|принят${L}* в члены|вернул${L}*|возвращ${L}*`,
    from: ['STATE', 'ORG'], to: ['ORG', 'INIT'], dating: 'start', order: 'any', toName: TREATY,
  },
  { type: 'MEMBER_OF', words: `left|leaves|quit|quits|withdrew|withdrawn|withdraws|exited|dropped out of|drops out of|pulled out of|pulls out of|walked out of`, from: ['STATE', 'ORG'], to: ['ORG', 'INIT'], dating: 'end', order: 'active', toName: TREATY },
  { type: 'MEMBER_OF', words: `withdrawal|exit|вышл${L}*|вышел|выход${L}*|покин${L}*|покида${L}*`, from: ['STATE', 'ORG'], to: ['ORG', 'INIT'], dating: 'end', order: 'any', toName: TREATY },
  {
    type: 'MEMBER_OF',
    words: `members?|membership|member-states?|member countries|belongs? to|belonged to|член${L}*|государств${L}*-член${L}*|стран${L}*-член${L}*|входит|входят|входил${L}*|входящ${L}*|состоит|состоят|состоял|состояла|состояли|участниц${L}*|государств${L}*-участ${L}*`,
    from: ['STATE', 'ORG'], to: ['ORG'], dating: 'post', order: 'any', reach: 4,
  },
  { type: 'HOSTS', words: `hosts|hosted|host|hosting|принимающ${L}* сторон${L}*`, from: ['STATE', 'PLACE'], to: ['EVENT', 'INIT', 'MEET'], dating: 'span', order: 'any' },
  {
    type: 'HELD_IN',
    words: `held|holds|hold|took place|take place|takes place|staged|opened|began|started|ran|conducted|unfolded|unfolds|kicked off|kicks off|got under way|gets under way|wrapped up|прош${L}*|пройд${L}*|проход${L}*|состоял${L}*|состоится|состоятся|провод${L}*|провел${L}*|провёл${L}*|провед${L}*|открыл${L}*|стартовал${L}*|начал${L}*`,
    from: ['EVENT', 'INIT', 'MEET'], to: ['PLACE', 'STATE'], dating: 'span', order: 'any', toAfter: LOCATIVE,
  },
  // People and bodies meet, a programme does not: "ICMEC, which oversees the programme, met in Minsk" is a meeting of ICMEC's.
  { type: 'HELD_IN', words: `convened|gathered|met`, from: ['EVENT', 'MEET'], to: ['PLACE', 'STATE'], dating: 'span', order: 'any', toAfter: LOCATIVE },
  {
    type: 'CONDUCTS',
    words: `conducts|conducted|conduct|staged|carried out|carries out|organi[sz]ed|organi[sz]es|провел${L}*|провёл|провод${L}*|провед${L}*|организова${L}*`,
    from: ['STATE', 'ORG'], to: ['EVENT', 'MEET'], dating: 'span', order: 'active', toMeeting: EXERCISE, fromNotLocative: true,
  },
  { type: 'ATTENDED', words: `attended|attends|attend|attending|took part|take part|takes part|participated|participates|was present|присутствова${L}*|принял${L}* участие|принима${L}* участие|участвова${L}*|посетил${L}*`, from: ['PERSON'], to: ['EVENT', 'MEET'], dating: 'span', order: 'any', unless: AS_OBSERVERS },
  {
    type: 'PARTICIPATES_IN',
    words: `took part|take part|takes part|taking part|participated|participates|participate|participating|participation|participants?|contributed|contributes|sent (?:[${L}\\d,-]+ ){0,3}?(?:troops|units|servicemen|soldiers|personnel|contingents?|officers|observers|delegations?)|deployed|joined|участ${L}*|направил${L}*|задейств${L}*`,
    from: ['STATE', 'ORG'], to: ['EVENT', 'INIT', 'MEET'], dating: 'span', order: 'any', unless: NOT_TAKING_PART,
  },
  { type: 'ADOPTED_AT', words: `adopted|approved|endorsed|signed|принят${L}*|утвержд${L}*|утвердил${L}*|одобр${L}*|подписа${L}*`, from: ['INIT'], to: ['EVENT', 'MEET'], dating: 'span', order: 'any', toAfter: AT_MEETING },
  {
    type: 'ADMINISTERS',
    words: `administers|administered|administer|manages|managed|oversees|oversaw|implements|implemented|responsible for|in charge of|управля${L}*|отвеча${L}* за|курир${L}*|реализу${L}*`,
    from: ['ORG'], to: ['INIT'], dating: 'none', order: 'any',
  },
  { type: 'COORDINATES', words: `coordinates|coordinated|coordinate|coordinating|coordinator|coordination|координ${L}*`, from: ['STATE', 'ORG'], to: ['INIT'], dating: 'none', order: 'any' },
  // Not the one replaced: "X replaced Y at the head of the Secretariat" (the succession rules read who took the post).
  { type: 'HEADS', words: `heads|headed|head of|leads|led|chief of|charge of|возглавля${L}*|возглавил${L}*|возглавит|руковод${L}*`, from: ['PERSON'], to: ['ORG'], dating: 'none', order: 'any', reach: 2, unless: SUCCESSION },
];

/**
 * The layer reads the Russian lexicon's constructions first (relation-lexicon-ru.ts); the learned layer's features and candidate
 * types stay those of TRIGGERS, the lexicon it was trained with.
 */
const COMPILED = [...RUSSIAN_TRIGGERS, ...TRIGGERS].map((trigger) => ({ ...trigger, regex: new RegExp(`(?<![\\p{L}-])(?:${trigger.words})(?![\\p{L}-])`, 'gu') }));

/**
 * Where a clause ends: a semicolon, a colon or a bracket (not a dash: the Russian copula «Армения — член ОДКБ»), a contrast ("but", "но", ", а"), a
 * relative pronoun ("which", "который": its clause has a subject of its own), and a comma before a
 * clause of its own ("while", "whereas", "хотя").
 */
const CLAUSE_BREAK =
  /;|:| \(|\) |,? (?:but|yet|whereas|while|although|though|но|однако|хотя|зато)(?![\p{L}])|, (?:а|и)(?= )|,? (?:which|who|whom|whose|where|when|котор\p{L}*|где|когда|чей|чья|чьё|чьи)(?![\p{L}])/gu;

/**
 * What takes a statement back when it stands before the statement's end in its clause: a negation, a
 * modal or a plan, a call or a proposal, an intention, a refusal or an absence ("Armenia, which froze its
 * participation, has not sent a delegation" states the freeze: the negation is after it).
 */
const REFUSED_BEFORE = new RegExp(
  `(?<![\\p{L}'’])(?:${[
    `not|never|no longer|neither|nor|no|cannot|без|не|ни|нет|никогда`,
    `may|might|could|would|should|must|can|ought|perhaps|possibly|probably|likely|unlikely|possible|potential(?:ly)?`,
    `plans?|planned|planning|intends?|intended|intention|aims?|seeks?|sought|hopes?|hoped|wants?|wanted|wishes|considers?|considered|considering|mulls?|weighs?|expected to|expects|ready to|willing|prepared to|bid|applied|applies|application|candidate|aspir\\p{L}*|prospect\\p{L}*`,
    `calls?(?: on| for)?|called(?: on| for)?|urged?|urges|propos\\p{L}*|suggest\\p{L}*|offer\\p{L}*|invit\\p{L}*|demand\\p{L}*|insist\\p{L}*|asked|request\\p{L}*`,
    `refus\\p{L}*|declin\\p{L}*|fail\\p{L}*|boycott\\p{L}*|skipp\\p{L}*|skip|absent|absence|stayed away|without|except|excluding|other than|rather than|instead of|threat\\p{L}*|warn\\p{L}*`,
    `намерен\\p{L}*|намерева\\p{L}*|планир\\p{L}*|план\\p{L}*|может|могут|могл\\p{L}*|мог|можно|должн\\p{L}*|возможн\\p{L}*|вероятн\\p{L}*|хочет|хотят|хотел\\p{L}*|собира\\p{L}*|готов\\p{L}*|рассматрива\\p{L}*|предлага\\p{L}*|предлож\\p{L}*|призвал\\p{L}*|призыва\\p{L}*|пригла\\p{L}*|заявк\\p{L}*|кандидат\\p{L}*|стремит\\p{L}*|надеет\\p{L}*|ожида\\p{L}*|бы`,
    `отказ\\p{L}*|бойкот\\p{L}*|пропуст\\p{L}*|отсутств\\p{L}*|кроме(?! того| этого| прочего)|за исключением|вместо|угрож\\p{L}*|предупред\\p{L}*`,
  ].join('|')})(?![\\p{L}])|n't`,
  'u',
);

/** What takes back a whole clause wherever it stands: a condition, a question, a denial, a rumour. */
const DOUBTED = /(?<![\p{L}])(?:if|unless|whether|in case|denied|denies|deny|denial|dismissed|rumou?rs?|speculat\p{L}*|reportedly|alleged\p{L}*|claims?|claimed|если|ли|в случае|опроверг\p{L}*|отрица\p{L}*|слух\p{L}*|якобы|будто)(?![\p{L}])/u;

/** A membership or an observer status that begins: "admitted Serbia as a member in 2013", «стала наблюдателем». */
const BECAME = /(?<![\p{L}])(?:became|become|becomes|becoming|admitted|accepted|granted|получил\p{L}*|стал\p{L}*|принят\p{L}*|приня\p{L}*)(?![\p{L}])/u;

/** A hand-over of a chairmanship ("handed over to", "передала"): who gives and who takes is the rules' reading. */
const HANDOVER = /(?<![\p{L}])(?:hand(?:s|ed|ing)? over|pass(?:es|ed|ing)? (?:it |the \p{L}+ )?(?:to|on)|transfer\p{L}*|rotat\p{L}*|передал\p{L}*|передаст|переда[её]т|перешл\p{L}*|перейд\p{L}*|переход\p{L}*)(?![\p{L}])/u;
/** A chairmanship that starts: "took over", "assumed", "принимает председательство". */
const TAKEOVER = /(?<![\p{L}])(?:t(?:ook|akes?|aking) over|assum\p{L}+|t(?:ook|akes?) up|приня\p{L}+|принима\p{L}+|примет|заступ\p{L}+)(?![\p{L}])/u;

/** What a mention after these words is: the owner of a delegation or of forces ("the delegation of the CSTO"). */
const OWNED_BEFORE = /(?<![\p{L}])(?:delegations?|missions?|contingents?|forces|troops|делегаци\p{L}*|мисси\p{L}*|контингент\p{L}*|сил\p{L}*|войск\p{L}*)(?: of)?(?: the)? "?$/iu;
/** What a mention followed by these words is: the subject of its delegation, its forces, its summit, not of the fact. */
const OWNED_AFTER = /^(?:['’]s)?"? (?:delegation|mission|forces|troops|contingent|staff|representatives?|envoy|working group|рабоч\p{L}* групп\p{L}*|делегаци\p{L}*|мисси\p{L}*|сил\p{L}*|контингент\p{L}*|представител\p{L}*)(?![\p{L}])/u;

/**
 * Words before a state or an organization that make it a modifier of someone or something else: a title
 * ("Secretary-General of the CSTO", "президент Белоруссии"), a body or a people ("the parliaments of Serbia").
 */
const OWNER_OF =
  /(?<![\p{L}])(?:parliaments?|governments?|ministers?|ministry|ministries|leaders?|presidents?|secretary|secretaries|secretary-general|chair(?:man|woman|person)?|head|chief|speaker|director|commander|spokes(?:man|woman|person)|envoy|ambassador|forces|troops|army|armed forces|citizens|парламент\p{L}*|правительств\p{L}*|министр\p{L}*|министерств\p{L}*|лидер\p{L}*|президент\p{L}*|секретар\p{L}*|генсек\p{L}*|председател\p{L}*|глав\p{L}*|руководител\p{L}*|спикер\p{L}*|директор\p{L}*|командующ\p{L}*|посл\p{L}*|посол|сил\p{L}*|войск\p{L}*|арми\p{L}*|граждан\p{L}*|член\p{L}*|участник\p{L}*|подразделени\p{L}*)(?: of)?(?: the)?(?: республик\p{L}*| republic of)? "?$/iu;
/** "the armed forces of Armenia": a noun of which the state is the owner, unless the noun is the trigger ("the accession of Armenia"). */
const NOUN_OF = /(?<![\p{L}])(\p{Ll}[\p{L}-]*) of (?:the )?"?$/u;
/** "Russia's State Duma": a state's body, named after it. */
const BODY_OF = /^['’]s "?\p{Lu}/u;

/** What lies between a possessor and the head of its noun phrase: "'s 2024 CSTO chairmanship", "'s rotating presidency". */
const POSSESSOR = /^['’]s (?:(?:⟦(?:DATE|ORG)#\d+⟧|\p{Ll}[\p{L}-]*) ){0,3}$/u;
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

const RELATIVE = /(?:which|who|whom|котор\p{L}*)$/u;

/** A gapped item after a statement: ", and in X in 2025", ", Belarus in 1993", «, а в Казахстане — в 2025 году»; its date is required. */
const GAP_ITEM = '"?(⟦(?:STATE|ORG|PLACE|EVENT|INIT)#\\d+⟧)"?(?: (?:exercises?|drills|manoeuvres|summit|session))?';
const GAP_DATE = '⟦DATE#\\d+⟧(?:-[а-яё]{1,2})?(?: (?:году|года|год))?';
const GAPPED = new RegExp(
  `^(?:"? (?:exercises?|drills|manoeuvres|summit|session|учени\\p{L}*|саммит\\p{L}*))?"?(?: (?:in|on|from|since|в|во|с|со) ${GAP_DATE})?,? (?:and |и |а |but |then )?(?:also |также )?` +
    `(?:(?:(?:in|at|to|в|во|на) )?(?:the )?${GAP_ITEM}(?: —)? (?:(?:in|on|from|since|в|во|с|со) )?${GAP_DATE}|(?:(?:in|on|в|во|с|со) )?${GAP_DATE}(?: —)? (?:(?:in|at|to|в|во|на) )?(?:the )?${GAP_ITEM})(?=[,.;]|$| and | и )`,
  'u',
);
/** An apposition: ", a CSTO member since 1994,", "…, all CSTO members," describes the name (or the list) before it and is a clause of its own. */
const APPOSITION = /, (?:a|an|one of|once a|then a|now a|itself a|long a|still a|a founding|all|both|fellow|один из|одна из|одно из)(?![\p{L}])[^,;⟦]*(?:⟦\w+#\d+⟧[^,;⟦]*){0,4},/gu;

interface Clause {
  id: number;
  start: number;
  end: number;
  /** A relative clause's or an apposition's: the name just before it, what it is about. */
  opensAfter?: number;
}

/**
 * The clauses of a template: what lies between breaks, and appositions inside them (the clause around an
 * apposition goes on after it: "Kazakhstan, a CSTO member, sent troops").
 */
export function clausesOf(text: string): { at: (offset: number) => Clause; asides: Clause[] } {
  const breaks = [...text.matchAll(CLAUSE_BREAK)].map((match) => ({ at: match.index, relative: RELATIVE.test(match[0]) }));
  const appositions: Clause[] = [...text.matchAll(APPOSITION)].map((match, i) => ({ id: 1000 + i, start: match.index, end: match.index + match[0].length - 1, opensAfter: match.index }));
  return {
    asides: appositions,
    at(offset: number): Clause {
      const inside = appositions.find((apposition) => offset > apposition.start && offset < apposition.end);
      if (inside) return inside;
      const id = breaks.filter((b) => b.at < offset).length;
      const opening = breaks[id - 1];
      return { id, start: opening?.at ?? 0, end: breaks[id]?.at ?? text.length, opensAfter: opening?.relative ? opening.at : undefined };
    },
  };
}

/** The units of a template: its slots of entity kinds, with the meetings it names by common nouns standing for the slots they hold. */
export function relationUnits(template: Template, meetings: Array<{ start: number; end: number; text: string }>): RelationUnit[] {
  const units: RelationUnit[] = [];
  // "учения «Взаимодействие»": a name after a meeting's noun is the meeting's.
  const spans = meetings.map((meeting) => {
    const named = /^ "?⟦(?:INIT|EVENT)#\d+⟧"?/.exec(template.text.slice(meeting.end));
    return named ? { ...meeting, end: meeting.end + named[0].length } : meeting;
  });
  const inside = (at: number) => spans.find((meeting) => at >= meeting.start && at < meeting.end);
  template.slots.forEach((slot, i) => {
    if (slot.kind === 'DATE' || slot.kind === 'TOPIC') return;
    const start = template.at[i]!;
    const meeting = inside(start);
    if (meeting && slot.kind !== 'EVENT' && slot.kind !== 'INIT') return;
    // "the Interaction exercise": a series named as a meeting is an event.
    units.push({ kind: meeting ? 'EVENT' : slot.kind, start, end: start + `⟦${slot.kind}#${i}⟧`.length, slot });
  });
  for (const meeting of spans) {
    // The named event is the end, not the words around it.
    if (units.some((unit) => unit.start >= meeting.start && unit.end <= meeting.end)) continue;
    units.push({ kind: 'MEET', start: meeting.start, end: meeting.end, text: meeting.text });
  }
  return units.sort((a, b) => a.start - b.start);
}

/** The units coordinated with `unit` in a list ("Russia, Belarus and Kazakhstan"), the unit among them. */
function listOf(unit: RelationUnit, units: RelationUnit[], text: string): RelationUnit[] {
  // A series and an edition or event are one kind in a list: "the Interaction and Search exercises".
  const group = (kind: Kind) => (kind === 'INIT' ? 'EVENT' : kind);
  const same = (other: RelationUnit) => group(other.kind) === group(unit.kind);
  // "in Belarus and in Kazakhstan", «в Белоруссии и в Казахстане»: the preposition said again.
  const joined = (between: string) => /^"?(?:,? ?(?:and|и|as well as|а также|or|или)? ?(?:(?:in|at|to|в|во|на) )?(?:the )?"?|, )$/u.test(between);
  const i = units.indexOf(unit);
  const list = [unit];
  for (let j = i - 1; j >= 0 && same(units[j]!) && joined(text.slice(units[j]!.end, list[0]!.start)); j--) list.unshift(units[j]!);
  for (let j = i + 1; j < units.length && same(units[j]!) && joined(text.slice(list[list.length - 1]!.end, units[j]!.start)); j++) list.push(units[j]!);
  return list;
}

/**
 * Whether a state or an organization is itself the actor, not part of a title before a person ("President
 * of Belarus Alexander Lukashenko", "Генеральный секретарь ОДКБ Таалатбек Масадыков") or of a noun that
 * is ("the parliaments of Serbia", "Russia's State Duma").
 */
function isActor(from: RelationUnit, trigger: Trigger & { regex: RegExp }, units: RelationUnit[], template: Template): boolean {
  if (from.kind !== 'STATE' && from.kind !== 'ORG') return true;
  const { text } = template;
  // In words: a title may be a name no entity has ("Мажилиса Парламента Республики").
  const before = restore(template, text.slice(Math.max(0, from.start - 60), from.start)) + ' ';
  // «Членство Узбекистана в ОДКБ было приостановлено»: a suspended or frozen membership is the state's own, not a title before it.
  const ownMembership = trigger.status !== undefined && /членств\p{L}* "?$/iu.test(before.trimEnd() + ' ');
  if ((OWNER_OF.test(before) && !ownMembership) || BODY_OF.test(text.slice(from.end))) return false;
  const noun = NOUN_OF.exec(before)?.[1];
  if (noun && !new RegExp(trigger.regex.source, 'u').test(noun)) return false;
  const person = units.find((unit) => (unit.kind === 'PERSON' || unit.kind === 'NAME') && unit.start >= from.end);
  // «Объединённый штаб под руководством X»: a body led by the person, not a title of theirs.
  return !person || /,/.test(text.slice(from.end, person.start)) || words(text.slice(from.end, person.start)) > 4 || GOVERNED.test(text.slice(from.end, person.start));
}

/**
 * What a sentence that states a membership was about, when it names one organization or treaty: "The Treaty was
 * signed in 1992 by … . Belarus joined the following year", "…; Azerbaijan and Georgia, which left in 1999, …".
 */
function priorMembership(prior: Template): RelationUnit | undefined {
  const lower = prior.text.toLowerCase();
  // A treaty's signing states who its parties are as much as a joining does.
  if (!COMPILED.some((trigger) => (trigger.type === 'MEMBER_OF' || trigger.type === 'SIGNED') && new RegExp(trigger.regex.source, 'u').test(lower))) return undefined;
  const ends = relationUnits(prior, []).filter((unit) => unit.slot?.entityId && (unit.kind === 'ORG' || (unit.kind === 'INIT' && TREATY.test(unit.slot.text))));
  return new Set(ends.map((unit) => unit.slot!.entityId)).size === 1 ? ends[0] : undefined;
}

/**
 * A state that joins or leaves with no organization in its clause ("Belarus joined the following year",
 * "Georgia, which left in 1999, …"): a member of what the sentence before was about, if it named one. Only a
 * verb of joining or leaving with its subject before it, and nothing of the kinds it takes in the clause.
 */
function elidedMembership(
  trigger: Trigger & { regex: RegExp },
  match: RegExpMatchArray,
  clause: Clause,
  units: RelationUnit[],
  about: RelationUnit | undefined,
  near: (kinds: Kind[], side: 'before' | 'after' | 'any') => RelationUnit | undefined,
  actor: (unit: RelationUnit, trigger: Trigger & { regex: RegExp }) => boolean,
  text: string,
): Array<Omit<RelationFind, 'asides'>> {
  if (!about || trigger.type !== 'MEMBER_OF' || trigger.status || (trigger.dating !== 'start' && trigger.dating !== 'end') || trigger.order !== 'active') return [];
  const [tStart, tEnd] = [match.index!, match.index! + match[0].length];
  if (units.some((unit) => trigger.to.includes(unit.kind) && unit.start >= clause.start && unit.start < clause.end)) return [];
  const from = near(['STATE'], 'before');
  // Not an object after the verb: "joined the talks", "left Minsk", "joined in the talks".
  if (!from || !actor(from, trigger) || !/^(?: (?:(?:in|on|from|since|at the end of|в|с) )?⟦DATE#\d+⟧| (?:the following|the next|the same) year| (?:a|one|two|three|four|five|\d+) years? (?:later|after)| later| too| as well| again)?(?=[,.;]|$| and | but )/u.test(text.slice(tEnd))) return [];
  const clauseWords = text.slice(clause.start, clause.end).replace(/⟦\w+#\d+⟧/g, ' ').toLowerCase();
  if (REFUSED_BEFORE.test(clauseWords) || DOUBTED.test(clauseWords)) return [];
  return listOf(from, units, text).map((state) => ({ type: 'MEMBER_OF', from: state, to: about, dating: trigger.dating, start: Math.min(state.start, tStart), end: tEnd, trigger: match[0] }));
}

/** Every proposal of the layer in a sentence's template. */
export function relationsIn(template: Template, meetings: Array<{ start: number; end: number; text: string }>, prior?: Template): RelationFind[] {
  const { text } = template;
  // A question or a sentence that reports a denial states nothing.
  if (/\?\s*"?\s*$/.test(text)) return [];
  const lower = text.toLowerCase();
  const search = lower.length === text.length ? lower : text;
  const units = relationUnits(template, meetings);
  const clauses = clausesOf(text);
  // "The summit, which opened in Minsk", "Kazakhstan, a CSTO member": the name just before a relative clause or an apposition is in it.
  const antecedent = (clause: Clause) => (clause.opensAfter === undefined ? undefined : units.find((unit) => unit.end <= clause.opensAfter! && clause.opensAfter! - unit.end <= 1));
  const actor = (unit: RelationUnit, trigger: Trigger & { regex: RegExp }) => isActor(unit, trigger, units, template);
  const finds: RelationFind[] = [];
  const given = new Set<string>();
  for (const trigger of COMPILED) {
    const reach = trigger.reach ?? 6;
    for (const match of search.matchAll(trigger.regex)) {
      const [tStart, tEnd] = [match.index, match.index + match[0].length];
      // A trigger inside a meeting's name or a slot is no trigger.
      if (units.some((unit) => tStart < unit.end && tEnd > unit.start)) continue;
      const clause = clauses.at(tStart);
      const clauseWords = text.slice(clause.start, clause.end).replace(/⟦\w+#\d+⟧/g, ' ');
      if (DOUBTED.test(clauseWords.toLowerCase())) continue;
      if ((trigger.type === 'CHAIRS' && HANDOVER.test(clauseWords)) || trigger.unless?.test(clauseWords)) continue;
      const subject = antecedent(clause);
      // A relative clause's subject is as near as the clause's last comma: "Belarus, which hosted the drills in 2024, also took part".
      const distance = (unit: RelationUnit) =>
        unit === subject ? words(text.slice(Math.max(text.lastIndexOf(',', tStart) + 1, unit.end), tStart)) : words(unit.end <= tStart ? text.slice(unit.end, tStart) : text.slice(tEnd, unit.start));
      const near = (kinds: Kind[], side: 'before' | 'after' | 'any', not?: RelationUnit, may: (unit: RelationUnit) => boolean = () => true) =>
        units
          .filter((unit) => unit !== not && kinds.includes(unit.kind) && may(unit) && (clauses.at(unit.start).id === clause.id || unit === subject) && (unit.end <= tStart || unit.start >= tEnd))
          .filter((unit) => side === 'any' || (side === 'before' ? unit.end <= tStart : unit.start >= tEnd))
          .filter((unit) => distance(unit) <= reach && !SPEAKER.test(text.slice(unit.end)))
          // Ends of one kind both (two organizations) equally near on both sides: the object after the trigger («Скупщина является наблюдателем в ПА»).
          .sort((a, b) => distance(a) - distance(b) || (kinds === trigger.to && trigger.from.some((kind) => kinds.includes(kind)) ? Number(b.start >= tEnd) - Number(a.start >= tEnd) : 0))[0];
      const order = trigger.order ?? 'any';
      const toSide = order === 'active' ? 'after' : order === 'passive' ? 'before' : 'any';
      const fromSide = order === 'active' ? 'before' : order === 'passive' ? 'after' : 'any';
      const to = trigger.toRightAfter ? complementAfter(units, trigger.to, text, tEnd) : near(trigger.to, toSide);
      if (!to) {
        for (const find of elidedMembership(trigger, match, clause, units, prior && priorMembership(prior), near, actor, text)) {
          if (given.has(`${find.from.start}|elided`)) continue;
          given.add(`${find.from.start}|elided`);
          finds.push({ ...find, asides: clauses.asides.filter((other) => other.id !== clause.id) });
        }
        continue;
      }
      if (trigger.toAfter && !trigger.toAfter.test(text.slice(Math.max(0, to.start - 40), to.start))) continue;
      // A place after the meeting and a comma belongs to what the comma opens: "Прошло заседание, посвящённое ситуации в Афганистане".
      if (trigger.type === 'HELD_IN' && to.start >= tEnd && text.slice(tEnd, to.start).includes(',')) continue;
      // «Силы со штабом в Бишкеке провели учения»: the seat's place, not the meeting's.
      if (trigger.type === 'HELD_IN' && SEAT_BEFORE.test(text.slice(Math.max(0, to.start - 40), to.start))) continue;
      if (trigger.toMeeting && to.kind === 'MEET' && !trigger.toMeeting.test(to.text!)) continue;
      if (trigger.toName && to.kind === 'INIT' && !trigger.toName.test(to.slot!.text)) continue;
      // "Kazakhstan's 2024 CSTO chairmanship focused on Afghanistan": the possessor of the trigger's noun phrase is its actor.
      const possessor = fromSide === 'after' ? undefined : units.find((unit) => unit !== to && trigger.from.includes(unit.kind) && unit.end <= tStart && POSSESSOR.test(text.slice(unit.end, tStart)));
      // «Руководил учениями начальник Объединённого штаба X»: past a title's state or body, to the person it names.
      // «Объединённый штаб под руководством X проводит учения»: X is governed by the phrase, not the verb's subject (unless the phrase is the trigger).
      const free = (unit: RelationUnit) => !GOVERNED.test(text.slice(Math.max(0, unit.start - 30), unit.start)) || (unit.start >= tEnd && unit.start - tEnd <= 2);
      const nearest = near(trigger.from, fromSide, to, free);
      const from = possessor ?? (nearest && !actor(nearest, trigger) ? (near(trigger.from, fromSide, to, (unit) => unit.kind === 'PERSON' && free(unit)) ?? nearest) : nearest);
      // "The parliaments of Serbia and Afghanistan": the list's first name carries what owns them all.
      const froms = from ? listOf(from, units, text) : [];
      if (!from || !froms.every((unit) => actor(unit, trigger))) continue;
      if (trigger.fromNotLocative && froms.some((unit) => LOCATIVE.test(text.slice(Math.max(0, unit.start - 20), unit.start).toLowerCase()))) continue;
      // Organizations both: only the order of a sentence tells which is the member ("X joined Y").
      if (!trigger.toRightAfter && trigger.from.includes(to.kind) && trigger.to.includes(from.kind) && !(from.end <= tStart && to.start >= tEnd)) continue;
      // "Russia's delegation to the summit", "the CSTO forces took part": the state or organization is not the actor itself.
      if ((trigger.type === 'MEMBER_OF' || trigger.type === 'CHAIRS' || trigger.type === 'HEADS') && OWNED_AFTER.test(text.slice(from.end))) continue;
      // "CSTO delegation", «делегацию ОДКБ возглавил»: the organization's delegation or forces, not the organization.
      if ((trigger.type === 'MEMBER_OF' || trigger.type === 'OBSERVER_OF' || trigger.type === 'HEADS') && (OWNED_AFTER.test(text.slice(to.end)) || OWNED_BEFORE.test(text.slice(0, to.start)))) continue;
      // To the next comma after the statement: a Russian negation or refusal may follow it ("участвовать в учениях не будет").
      const last = Math.max(from.end, to.end, tEnd);
      const comma = text.indexOf(',', last);
      const first = Math.min(from.start, to.start, tStart, clause.start);
      if (REFUSED_BEFORE.test(text.slice(first, comma >= 0 ? Math.min(comma, Math.max(clause.end, last)) : Math.max(clause.end, last)).replace(/⟦\w+#\d+⟧/g, ' ').toLowerCase())) continue;
      const dating: RelationDating =
        (trigger.type === 'CHAIRS' && TAKEOVER.test(clauseWords)) || (trigger.dating === 'post' && BECAME.test(clauseWords.toLowerCase())) ? 'start' : trigger.dating;
      const tos = listOf(to, units, text);
      const asides = clauses.asides.filter((other) => other.id !== clause.id);
      const push = (a: RelationUnit, b: RelationUnit, start: number, end: number, gapped = false) => {
        // A pair of ends is given once, whichever way round: «В структуру ОДКБ входят X» is X's part in the CSTO, not also a membership the other way.
        const key = [a.start, b.start].sort((x, y) => x - y).join('|');
        if (given.has(key)) return;
        given.add(key);
        finds.push({ type: trigger.type, from: a, to: b, dating, status: trigger.status, role: trigger.role, start, end, trigger: match[0], asides, ...(gapped ? { gapped } : {}) });
      };
      for (const a of froms) for (const b of tos) push(a, b, Math.min(a.start, b.start, tStart), Math.max(a.end, b.end, tEnd));
      // Gapping: "held in Belarus in 2024 and in Kazakhstan in 2025", "Armenia joined in 1992, Belarus in 1993": the same
      // statement of another end, with a date of its own (no date, no gapping: "…, and Belarus said" is another clause).
      const unitAt = (at: number) => units.find((unit) => unit.start === at);
      for (let rest = Math.max(...froms.map((a) => a.end), ...tos.map((b) => b.end), tEnd), gap = GAPPED.exec(text.slice(rest)); gap; gap = GAPPED.exec(text.slice(rest))) {
        const item = unitAt(rest + gap[0].indexOf((gap[1] ?? gap[2])!));
        const end = rest + gap[0].length;
        if (!item || item.start < rest) break;
        if (item.kind === to.kind) {
          for (const a of froms) push(a, item, item.start, end, true);
          // "…, and in Kazakhstan in 2024": a place in the gap, never the one acting.
        } else if (trigger.from.includes(item.kind) && from.end <= tStart && actor(item, trigger) && !/(?:^|\s)(?:in|at|в|во|на)\s"?$/u.test(text.slice(rest, item.start))) {
          for (const b of tos) push(item, b, item.start, end, true);
        } else break;
        rest = end;
      }
    }
  }
  finds.push(...placedMeetings(template, units, clauses, given));
  return finds;
}

/** Words that are no part of a noun's complement: prepositions and conjunctions open another phrase. */
const NOT_COMPLEMENT = /(?<![\p{L}])(?:в|во|на|по|с|со|к|от|из|при|для|за|и|а|но|или|of|in|at|on|and|the)(?![\p{L}])|[,.;:—]/u;

/** The unit of the kinds a noun takes just after it («в структуру ОДКБ», «часть учений «Боевое братство»»): three words at most, none a preposition. */
function complementAfter(units: RelationUnit[], kinds: Kind[], text: string, after: number): RelationUnit | undefined {
  const next = units.find((unit) => unit.start >= after);
  if (!next || !kinds.includes(next.kind)) return undefined;
  const between = text.slice(after, next.start);
  return words(between) <= 3 && !NOT_COMPLEMENT.test(between.replace(/⟦\w+#\d+⟧/g, ' ')) ? next : undefined;
}

/** A meeting's place after it: "the summit in Minsk", «саммит в Москве», «на саммите в Бишкеке» (not "the Minsk summit": a name, as the labels read it). */
const PLACE_AFTER_MEETING = /^ (?:in|в|во) "?⟦(?:PLACE|STATE)#(\d+)⟧"?(?! (?:and|и) ⟦)/u;

/**
 * Where a meeting named by a common noun was held, when the noun phrase says so without a verb ("at the
 * summit in Minsk", «к саммиту в Москве»); a meeting the article names as an entity is the rules' and the
 * triggers' to read. The clause's guards as for a trigger.
 */
function placedMeetings(template: Template, units: RelationUnit[], clauses: ReturnType<typeof clausesOf>, given: Set<string>): RelationFind[] {
  const { text } = template;
  const finds: RelationFind[] = [];
  for (const meeting of units.filter((unit) => unit.kind === 'MEET' && !EXERCISE.test(unit.text!))) {
    const after = PLACE_AFTER_MEETING.exec(text.slice(meeting.end));
    if (!after) continue;
    const index = Number(after[1]);
    const slot = template.slots[index]!;
    const start = template.at[index]!;
    const clause = clauses.at(meeting.start);
    const clauseWords = text.slice(clause.start, clause.end).replace(/⟦\w+#\d+⟧/g, ' ').toLowerCase();
    if (DOUBTED.test(clauseWords) || REFUSED_BEFORE.test(clauseWords) || given.has(`${meeting.start}|${start}`)) continue;
    given.add(`${meeting.start}|${start}`);
    const place: RelationUnit = { kind: slot.kind === 'STATE' ? 'STATE' : 'PLACE', start, end: start + `⟦${slot.kind}#${index}⟧`.length, slot };
    finds.push({ type: 'HELD_IN', from: meeting, to: place, dating: 'span', start: Math.min(meeting.start, place.start), end: Math.max(meeting.end, place.end), asides: [], trigger: 'meeting in place', nominal: true });
  }
  return finds;
}

/** The ends each type of the lexicon takes and its usual dating (the first trigger's): the learned layer's candidate pairs. */
export const TYPE_ENDS: ReadonlyMap<RelationshipTypeName, { from: Kind[]; to: Kind[]; dating: RelationDating; role?: string }> = (() => {
  const ends = new Map<RelationshipTypeName, { from: Kind[]; to: Kind[]; dating: RelationDating; role?: string }>();
  for (const trigger of TRIGGERS) {
    const known = ends.get(trigger.type);
    if (!known) ends.set(trigger.type, { from: [...trigger.from], to: [...trigger.to], dating: trigger.status ? 'post' : trigger.dating, role: trigger.role });
    else for (const side of ['from', 'to'] as const) for (const kind of trigger[side]) if (!known[side].includes(kind)) known[side].push(kind);
  }
  // A membership stated without a verb of joining or leaving holds ("a member since 1994").
  ends.get('MEMBER_OF')!.dating = 'post';
  return ends;
})();

const SINGLE = TRIGGERS.map((trigger) => ({ trigger, regex: new RegExp(`(?<![\\p{L}-])(?:${trigger.words})(?![\\p{L}-])`, 'u') }));

/** The triggers of the lexicon a stretch of lower-cased words holds (the learned layer's indicator features and its dating). */
export function triggersIn(lower: string): Array<{ type: RelationshipTypeName; dating: RelationDating; status?: string }> {
  return SINGLE.filter(({ regex }) => regex.test(lower)).map(({ trigger }) => ({ type: trigger.type, dating: trigger.dating, status: trigger.status }));
}

/** The guards of the layer as words of a stretch say them: a negation, modal or plan; a doubt (condition, denial, rumour); a clause break. */
export const GUARDS = {
  refused: (lower: string) => REFUSED_BEFORE.test(lower),
  doubted: (lower: string) => DOUBTED.test(lower),
  clauseBreak: (text: string) => new RegExp(CLAUSE_BREAK.source, 'u').test(text),
  became: (lower: string) => BECAME.test(lower),
  /** Words before a state or an organization that make it the owner of someone or something else ("the defence minister of", "президент"). */
  owned: (before: string) => OWNER_OF.test(before) || OWNED_BEFORE.test(before),
  /** An organization named as the owner of a delegation or forces ("the CSTO delegation", «делегацию ОДКБ»): not the end itself. */
  delegation: (text: string, unit: RelationUnit) => OWNED_AFTER.test(text.slice(unit.end)) || OWNED_BEFORE.test(text.slice(0, unit.start)),
  /** A meeting that is an exercise or an operation: "the drills in Minsk" says no more than where troops are. */
  exercise: (words: string) => EXERCISE.test(words),
};
