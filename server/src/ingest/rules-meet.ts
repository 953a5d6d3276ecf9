/**
 * Meetings, signings and foundings the other held-in and adopted-at rules (rules-en.ts, rules-ru.ts, rules-where.ts)
 * miss for their shape rather than their words:
 * - a body founded in a city, in English ("The Assembly, founded in St Petersburg in 2006, …", "the forces, set up in
 *   Yerevan in May 2001"): the founding is an occasion without an entity, held there (ru.held-in.founded's twin);
 * - a document by its common noun signed in a city as the verb's object ("signed a memorandum with the SCO secretariat in
 *   Dushanbe in 2007");
 * - a known document in a relative clause whose subject is a list ("the Treaty, which Armenia, Kazakhstan and Russia
 *   signed in Tashkent"), adopted at a signing held there;
 * - a document adopted by an agent at a meeting ("was adopted by the leaders at their Astana session"), or a document by
 *   its common noun adopted at one ("adopted an interstate programme … at its Astana summit");
 * - Russian documents by their common noun in a short passive at a meeting («Перечень поставок одобрен 19 ноября на
 *   заседании комиссии»).
 * The labels' "?" end of a signing or founding is the verb that names it, as in rules-where.ts.
 */
import { en, ru, type Rule } from './facts';
import { DOCUMENT_NOUNS } from './documents';
import { NOT_AT_MEETING_RU } from './rules-where';

/** A date as the rules see it. */
const DATE_EN = '(?:(?:in|on|of) )?⟦DATE#\\d+⟧';
const DATE_RU = '(?:в |во )?⟦DATE#\\d+⟧(?: (?:года|году))?';
/** English verbs of founding, as a participle or a passive (rules-where.ts's, without "dating from"). */
const FOUNDED_EN = '(?:created|founded|established|set up|formed|inaugurated)';
/** Not a meeting only proposed or doubted: "they may meet at the Kremlin". */
const NOT_PROPOSED_EN = "(?<!(?:not|never|n't|may|might|could|should|would|to) )";
/** Not denied, not still to come. */
const NOT_DENIED_EN = "(?<!(?:not|never|n't|be|to) )";
/** A document by its common noun (documents.ts), with treaties and charters. */
const DOCUMENT_EN = `(?:treaty|treaties|charter|accord|${DOCUMENT_NOUNS})`;
/** Up to three words before a document noun: "a joint declaration", "the 2027 budget", "an interstate programme". */
const DOCUMENT_PHRASE_EN = `(?:a|an|the|its|their) (?:(?:[a-z-]+|⟦DATE#\\d+⟧|⟦ORG#\\d+⟧(?:'s)?) ){0,3}?${DOCUMENT_EN}(?![\\p{L}])`;
/** A meeting at which the signing happened: its own rules read the place. */
const NOT_AT_MEETING_EN = '(?!,? (?:at|during|on the sidelines of) )';
/** A subject of a relative clause: words, states, organizations and persons, with the commas of a list. */
const CLAUSE_SUBJECT_EN = "(?:[^.;⟦]|⟦(?:ORG|STATE|PERSON|NAME)#\\d+⟧(?:'s)?){1,120}?";

/** The chronicle's present of signing and adopting. */
const SIGN_PRESENT_RU = '(?:подписывают|подписывается|принимают|принимается|утверждают|утверждается)(?![\\p{L}])';
/** The chronicle's present of founding. */
const FOUNDED_PRESENT_RU = '(?:учреждается|учреждаются|создаётся|создается|создаются|образуется|образуются)(?![\\p{L}])';
/** Those who adopt documents at a meeting (rules-ru.ts's participants). */
const ADOPTERS_RU = '(?:министры|лидеры|главы (?:государств|правительств|делегаций)|участники|стороны|члены (?:совета|комиссии|комитета)|президенты|секретари|депутаты|парламентарии)';
/** A document by its common noun or entity, as rules-ru.ts's DOCUMENT. */
const DOCUMENT_RU = '(?:⟦INIT#\\d+⟧|(?:(?!и |(?:подпис|утверд|утвержд|одобр|прин)\\p{L}* )[\\p{L}-]+ ){0,2}(?:декларац|стратеги|программ|план|соглашени|договор|протокол|заявлени|концепци|бюджет|меморандум|устав|обращени|перечень|перечн)\\p{L}*(?: ⟦(?:ORG|INIT)#\\d+⟧)*(?: на ⟦DATE#\\d+⟧(?: год)?)?)';
/** Verbs of a meeting that took place (a building a meeting is only due at is a plan the labels leave out). */
const HELD_RU = '(?:прош(?:[её]л|ла|ло|ли)|проходил\\p{L}*|состоял\\p{L}*|открыл\\p{L}*)';
/** A building the graph has no entity for (not a hall: «в Екатерининском зале Кремля», which the labels leave to the city). */
const VENUE_RU = '(?<to>(?:[\\p{L}-]+(?:ом|ем|ой) |⟦PLACE#\\d+⟧ )?(?:дворце|резиденции|особняке)(?: (?!прош|состоя|пройд|проход|открыл)[а-яё]+)?)';
/** Those a speaker addresses at a meeting. */
const AUDIENCE_RU = '(?:парламентариями|депутатами|участниками(?: заседания| сессии| встречи)?|лидерами|министрами|коллегами|делегатами|собравшимися)';

/** Russian documents by their common noun as a subject, with what follows them up to the verb («Перечень приоритетных поставок на 2027 год»). */
const DOCUMENT_SUBJECT_RU =
  '(?<![\\p{L}])(?:[Бб]юджет|[Пп]еречень|[Пп]лан|[Дд]екларация|[Зз]аявление|[Оо]бращение|[Сс]тратегия|[Кк]онцепция|[Пп]ротокол|[Мм]еморандум|[Сс]оглашение|[Кк]алендарь|[Пп]оложение)(?![\\p{L}])(?: (?!был)(?:[^.;,⟦]|⟦(?:ORG|DATE)#\\d+⟧){1,80}?)?';
/** The short passive of adopting, in the gender of the noun, with «был» before it. */
const ADOPTED_SHORT_RU = '(?:(?:был[аио]? )?(?:утвержд[её]н[аоы]?|одобрен[аоы]?|принят[аоы]?|подписан[аоы]?))(?![\\p{L}])';
/** A decision between the verb and the meeting: «утверждён решением Совета, принятым на сессии …». */
const BY_DECISION_RU = '(?: решением (?:[^.;⟦]|⟦ORG#\\d+⟧){1,60}?,? принят\\p{L}*)?';

/**
 * A building the graph has no entity for, where a meeting sat: "the Russian Defence Ministry", "the Tauride Palace". Not the Kremlin nor a
 * hall in it: the labels mostly give a Kremlin meeting its city only (batches 35, 38, 47).
 */
const VENUE_EN = "the (?:⟦STATE#\\d+⟧(?:'s)? )?(?<to>(?:[A-Za-z-]+(?:'s)? ){0,3}(?:ministry|palace|mansion|residence)(?:'s (?:mansion|residence|building|headquarters))?)(?![\\p{L}])(?: on (?:⟦NAME#\\d+⟧|[A-Za-z-]+ (?:street|lane|square)))?";
/** Those who meet, by what they are (rules-where.ts's MEETERS_EN without officials and envoys, who also speak for a capital). */
const MEETERS_EN = '(?:leaders|heads of state|presidents|(?:[a-z-]+ )?ministers|delegations|delegates|parliamentarians|lawmakers)';

export const ENGLISH_MEET_RULES: Rule[] = [
  // "the Council of Defence Ministers met at the Russian Defence Ministry", "The bloc's foreign ministers met on Nov. 10 at the Foreign
  // Ministry's mansion on Spiridonovka Street", "who hosted the session at the Palace of Independence": a meeting at a building the graph lacks (the
  // labels' "?" place).
  en({ name: 'en.held-in.venue-building', type: 'HELD_IN', dating: 'span',
    pattern: `(?<from>(?:⟦ORG#\\d+⟧|(?<![\\p{L}])${MEETERS_EN})(?:,? (?:which|who) [^.;,]{1,40},)? ${NOT_PROPOSED_EN}(?:met|meets|meet|will meet|convened|gathered|sat))(?: (?:on |in )?⟦DATE#\\d+⟧)? (?:at|in) ${VENUE_EN}` }),
  en({ name: 'en.held-in.hosted-at-venue', type: 'HELD_IN', dating: 'span',
    pattern: `(?:hosted|hosts|held|holds) {THE}{MEET:from}(?: ⟦DATE#\\d+⟧)? (?:at|in) ${VENUE_EN}` }),
  en({ name: 'en.held-in.meeting-at-venue', type: 'HELD_IN', dating: 'span',
    pattern: `{MEET:from}(?: ⟦DATE#\\d+⟧)? (?:was |were |will be |is )?(?:held|took place|takes place|will take place|opened|convened) (?:on ⟦DATE#\\d+⟧ )?(?:at|in) ${VENUE_EN}` }),
  // "The Parliamentary Assembly, founded in St Petersburg in 2006, …", "The Assembly was founded in St Petersburg twenty years ago",
  // "the CRDF, the oldest of the bloc's formations, set up in Yerevan in May 2001": the founding, held in that city.
  en({ name: 'en.held-in.founded', type: 'HELD_IN', dating: 'span',
    pattern: `⟦ORG#\\d+⟧(?: \\([^)]{1,40}\\))?(?:, (?:[^,.;⟦]|⟦ORG#\\d+⟧(?:'s)?){1,70}?)?(?:,(?: (?:was|were|had been|has been))?| (?:was|were|had been|has been))(?: (?:originally|first|formally|officially))? ${NOT_DENIED_EN}(?<from>${FOUNDED_EN})(?: ${DATE_EN})? in {PLACE:to}` }),
  // "The CSTO Secretariat also signed a memorandum with the SCO secretariat in Dushanbe in 2007", "signed a joint declaration on
  // cooperation in Moscow": the signing of a document named by its common noun, held in that city (not the leaders' or two persons'
  // signing, which en.held-in.signed-in and en.held-in.pair-signed read; not a signing at a meeting, whose rules read the place).
  en({ name: 'en.held-in.signed-common-noun', type: 'HELD_IN', dating: 'span',
    pattern: `(?<!(?:[Ll]eaders|[Hh]eads of state|[Mm]inisters|[Pp]residents|[Dd]elegations|[Pp]arliamentarians|⟦(?:PERSON|NAME)#\\d+⟧)(?:[^.;]{0,80}?)?,? )(?<!(?:not|never|n't|to|will|would) )(?<from>signed|concluded|initialled|initialed) ${DOCUMENT_PHRASE_EN}(?: (?:on|with|of|between|for|about) (?:[^.;⟦]|⟦(?:ORG|STATE|PERSON|NAME)#\\d+⟧(?:'s)?){1,80}?)?(?: ${DATE_EN})? in {PLACE:to}${NOT_AT_MEETING_EN}(?!(?:,? (?:[a-z]+ ){0,3}(?:summit|session|meeting)))` }),
  // "the Collective Security Treaty, which Armenia, Kazakhstan, Russia and Uzbekistan signed in Tashkent on 15 May 1992": a relative
  // clause with a list for its subject (en.adopted-at.relative-place reads a subject without commas).
  en({ name: 'en.held-in.signed-relative', type: 'HELD_IN', dating: 'span',
    pattern: `⟦INIT#\\d+⟧,? (?:which|that) ${CLAUSE_SUBJECT_EN} ${NOT_DENIED_EN}(?<from>signed|adopted|concluded|approved|endorsed)(?: ${DATE_EN})? in {PLACE:to}${NOT_AT_MEETING_EN}` }),
  en({ name: 'en.adopted-at.signed-relative', type: 'ADOPTED_AT', dating: 'start',
    pattern: `{INIT:from},? (?:which|that) ${CLAUSE_SUBJECT_EN} ${NOT_DENIED_EN}(?<to>(?:signed|adopted|concluded|approved|endorsed)(?: ${DATE_EN})? in ⟦PLACE#\\d+⟧)${NOT_AT_MEETING_EN}` }),
  // "The programme was adopted by the bloc's leaders at their Astana session": the agent between the verb and the meeting.
  en({ name: 'en.adopted-at.by-agent', type: 'ADOPTED_AT', dating: 'start',
    pattern: `{INIT:from},? (?:which |that )?(?:was|were|had been|has been) (?:adopted|approved|endorsed|signed) by (?:[^.;⟦]|⟦(?:ORG|STATE)#\\d+⟧(?:'s)?){1,50}? (?:at|during) (?:(?:their|its) )?{THE}{EVENT|MEET:to}` }),
  // "The bloc adopted an interstate programme to strengthen that border at its Astana summit", "ministers approved the 2027 plan at the
  // meeting": a document by its common noun, adopted at the meeting named after it (not a draft: not adopted yet).
  en({ name: 'en.adopted-at.common-noun', type: 'ADOPTED_AT', dating: 'start',
    pattern: `(?<!(?:not|never|n't|to|will|would|may|might|could) )(?:adopted|approved|endorsed|signed) (?<from>(?!(?:a|an|the) draft )${DOCUMENT_PHRASE_EN}(?: (?:on|to|for|of) [^.;,⟦]{1,60}?)?) (?:at|during) (?:(?:their|its) )?{THE}{EVENT|MEET:to}` }),

  // "They met the day before the summit and approved next year's exercise calendar", "the council approved the joint training plan":
  // a pronoun or a body's noun adopting a document by its common noun, at the meeting this sentence or the one before names.
  en({ name: 'en.adopted-at.they-approved', type: 'ADOPTED_AT', dating: 'start', toFallback: 'nearMeeting',
    pattern: `(?<![\\p{L}])(?:[Tt]hey|[Tt]he (?:council|commission|committee|assembly|ministers|leaders))(?: (?:also|then|formally))?(?: [^.;]{1,80}?,? and)? ${NOT_PROPOSED_EN}(?:adopted|approved|endorsed|signed) (?<from>${DOCUMENT_PHRASE_EN}(?: (?:on|to|for|of) (?:(?! (?:at|during) )[^.;,⟦]|⟦(?:STATE|PLACE|DATE|ORG)#\\d+⟧){1,40}?)?)(?= ?[,.;]| and|$)` }),
  // "approved a statement on indivisible security and a draft declaration for the heads of state": the second document of the list.
  en({ name: 'en.adopted-at.second-document', type: 'ADOPTED_AT', dating: 'start', toFallback: 'nearMeeting',
    pattern: `${NOT_PROPOSED_EN}(?:adopted|approved|endorsed|signed) (?:${DOCUMENT_PHRASE_EN}|⟦INIT#\\d+⟧)(?: (?:on|to|for|of) (?:[^.;,⟦]|⟦(?:STATE|PLACE|DATE|ORG)#\\d+⟧){1,60}?)?,? and (?<from>${DOCUMENT_PHRASE_EN}(?: (?:on|to|for|of) (?:(?! (?:at|during) )[^.;,⟦]|⟦(?:STATE|PLACE|DATE|ORG)#\\d+⟧){1,40}?)?)(?= ?[,.;]| and|$)` }),
  // "The Interstate Commission, which Deputy Prime Minister X chairs, met in Moscow in October": a relative clause naming a person between
  // the body and its verb (en.held-in.body-met reads a short aside without one).
  en({ name: 'en.held-in.body-aside-met', type: 'HELD_IN', dating: 'span',
    pattern: `(?<!of |of the )(?<from>⟦ORG#\\d+⟧(?: \\([^)]{1,20}\\))?, (?:which|whose|that) (?:[^,.;⟦]|⟦(?:ORG|DATE|PERSON|NAME|STATE)#\\d+⟧){1,100}, ${NOT_PROPOSED_EN}(?:met|convened|gathered|sat))(?: (?:on |in )?⟦DATE#\\d+⟧)? in {PLACE|STATE:to}` }),
  // "At the session in Moscow on November 11, chaired by Putin, Masadykov presented his first annual report": the meeting put first, its
  // speaker after.
  en({ name: 'en.attended.fronted-meeting', type: 'ATTENDED', dating: 'span',
    pattern: `(?:^|[,;] )(?:[Aa]t|[Dd]uring) {THE}{EVENT|MEET:to}(?:[^.;⟦]|⟦(?:PLACE|DATE|ORG|PERSON|STATE)#\\d+⟧){0,100}?, {PERSON|NAME:from} (?:also )?(?:presented|delivered|gave|made|read out|spoke|reported|briefed|addressed|outlined|proposed)(?![\\p{L}])` }),
  // "heard a report by the Chief of the Joint Staff, Colonel General X": the speaker was at the meeting.
  en({ name: 'en.attended.heard-report', type: 'ATTENDED', dating: 'span', toFallback: 'nearMeeting',
    pattern: `(?:heard|hear|hears|received) (?:a|the|an) (?:[a-z-]+ )?(?:report|briefing|presentation|address) (?:by|from) (?:[^.;⟦]|⟦ORG#\\d+⟧){0,60}?{PERSON|NAME:from}` }),
  // "X met with the Secretary-General Y, who is in Dushanbe on a working visit": their meeting, held where the visitor is.
  en({ name: 'en.held-in.met-visitor', type: 'HELD_IN', dating: 'span',
    pattern: `(?<from>met|meets|received|receives|held talks)(?: with)? (?:[^.;⟦]|⟦(?:ORG|STATE)#\\d+⟧){0,80}?⟦(?:PERSON|NAME)#\\d+⟧,? who (?:is|was) (?:in|visiting) {PLACE:to}(?: on an? (?:working |official |state )?visit)?` }),
];


export const RUSSIAN_MEET_RULES: Rule[] = [
  // «Перечень приоритетных поставок на 2027 год одобрен 19 ноября на заседании МКВЭС», «Бюджет на 2027 год утверждён решением Совета,
  // принятым на сессии СКБ в Москве»: a document by its common noun in a short passive, at the meeting named after it.
  ru({ name: 'ru.adopted-at.common-noun-passive', type: 'ADOPTED_AT', dating: 'start',
    pattern: `(?<=^|[;:] |, (?:а|и) )(?<from>${DOCUMENT_SUBJECT_RU}) (?<!не )${ADOPTED_SHORT_RU}(?: ${DATE_RU})?${BY_DECISION_RU} (?:на|в ходе) {EVENT|MEET:to}` }),

  // «Договор о коллективной безопасности подписывают в Ташкенте 15 мая», «Устав ОДКБ подписывают в Кишинёве»: a chronicle's present
  // tense (the past is ru.adopted-at.place and ru.held-in.document-signed): the signing, held there, and the document adopted at it.
  ru({ name: 'ru.held-in.signed-present', type: 'HELD_IN', dating: 'span',
    pattern: `⟦INIT#\\d+⟧(?: ⟦ORG#\\d+⟧)?,? (?<from>${SIGN_PRESENT_RU})(?: ${DATE_RU})? (?:в|во) {PLACE:to}${NOT_AT_MEETING_RU}` }),
  ru({ name: 'ru.adopted-at.signed-present', type: 'ADOPTED_AT', dating: 'start',
    pattern: `{INIT:from}(?: ⟦ORG#\\d+⟧)?,? (?<to>${SIGN_PRESENT_RU}(?: ${DATE_RU})? (?:в|во) ⟦PLACE#\\d+⟧)${NOT_AT_MEETING_RU}` }),
  // «В том же году в Санкт-Петербурге учреждается Парламентская ассамблея», «Ассамблея учреждается в Санкт-Петербурге»: the founding,
  // in the chronicle's present (the past is ru.held-in.founded).
  ru({ name: 'ru.held-in.founded-present', type: 'HELD_IN', dating: 'span',
    pattern: `(?<![\\p{L}])(?:в|во) {PLACE:to},?(?: ${DATE_RU})? (?<from>${FOUNDED_PRESENT_RU}) ⟦ORG#\\d+⟧` }),
  ru({ name: 'ru.held-in.founded-present-after', type: 'HELD_IN', dating: 'span',
    pattern: `⟦ORG#\\d+⟧ (?<from>${FOUNDED_PRESENT_RU})(?: ${DATE_RU})? (?:в|во) {PLACE:to}` }),
  // «Лидеры принимают декларацию и бюджет», «министры утверждают план»: the chronicle's present of ru.adopted-at.participants.
  ru({ name: 'ru.adopted-at.participants-present', type: 'ADOPTED_AT', dating: 'start', toFallback: 'nearMeeting',
    unless: /сесси|саммит|заседани|встреч|совещани|учени/u,
    pattern: `(?<=(?:^|[,;] )(?:[^⟦.;,]{0,40} )?${ADOPTERS_RU}[^.;]{0,150}?)(?:принимают|утверждают|одобряют|подписывают) (?!проект)(?<from>${DOCUMENT_RU})` }),
  // The second document of a list after one verb: «приняли декларацию и бюджет на 2027 год», «принимают декларацию и бюджет».
  ru({ name: 'ru.adopted-at.participants-second', type: 'ADOPTED_AT', dating: 'start', toFallback: 'nearMeeting',
    unless: /сесси|саммит|заседани|встреч|совещани|учени/u,
    pattern: `(?<=(?:^|[,;] )(?:[^⟦.;,]{0,40} )?${ADOPTERS_RU}[^.;]{0,150}?)(?:принимают|утверждают|одобряют|подписывают|приняли|утвердили|одобрили|подписали) (?!проект)${DOCUMENT_RU} и (?!проект)(?<from>${DOCUMENT_RU})` }),
  // «В Душанбе 28 апреля Совет принимает решение о создании штаба», «в Ереване лидеры приняли решение …»: the meeting that decided, there.
  ru({ name: 'ru.held-in.decided-place-first', type: 'HELD_IN', dating: 'span',
    pattern: `(?:^|[,;:] |⟦DATE#\\d+⟧(?: (?:года|году))?,? )(?:[Вв]|[Вв]о) {PLACE:to},?(?: ${DATE_RU})? (?:⟦ORG#\\d+⟧|${ADOPTERS_RU}) (?<from>(?:принимает|принимают|принял|приняла|приняли) решени\\p{L}*)` }),
  // «миротворцы ОДКБ впервые отправлены в Казахстан», «силы применялись в январе 2022 года, когда они были направлены в Казахстан»:
  // the deployment, there (ru.held-in.deployed reads a subject with no date between; this one the pronoun and «отправлены»).
  ru({ name: 'ru.held-in.deployed-sent', type: 'HELD_IN', dating: 'span', context: /миротвор|контингент|войск|КМС|КСОР|(?<![\p{L}])сил[аыу]?(?![\p{L}])/u,
    pattern: `(?:(?<![\\p{L}])они|миротворц\\p{L}*|контингент\\p{L}*|⟦ORG#\\d+⟧)(?: (?:[^.;⟦]|⟦DATE#\\d+⟧){0,40}?)? (?<!не )(?<from>(?:был\\p{L}* )?(?:отправлен|направлен|переброшен)\\p{L}*) (?:в|во) {STATE:to}` }),
  // «15 октября в Минске, в штаб-квартире Исполкома СНГ, состоялись трёхсторонние консультации»: consultations are a meeting too.
  ru({ name: 'ru.held-in.consultations', type: 'HELD_IN', dating: 'span',
    pattern: `(?<![\\p{L}])(?:в|во) {PLACE:to}(?:, (?:[^.;⟦]|⟦(?:ORG|DATE|STATE)#\\d+⟧){1,100}?,)?(?: ${DATE_RU})? (?:состоял\\p{L}*|прош(?:ли|ли бы)|пройдут|проходят|проводятся) (?:[а-яё-]+ ){0,2}(?<from>консультаци\\p{L}*)` }),
  // «в Таврическом дворце прошло пленарное заседание Ассамблеи», «заседание прошло в Доме правительства»: a building the graph lacks.
  ru({ name: 'ru.held-in.venue-building', type: 'HELD_IN', dating: 'span',
    pattern: `(?<![\\p{L}])(?:в|во) ${VENUE_RU},?(?: ${DATE_RU})? (?:${HELD_RU}) {EVENT|MEET:from}` }),
  ru({ name: 'ru.held-in.venue-building-after', type: 'HELD_IN', dating: 'span',
    pattern: `{EVENT|MEET:from}(?: ${DATE_RU})? (?:${HELD_RU})(?: ${DATE_RU})? (?:в|во) ${VENUE_RU}` }),
  // «Душанбе принимал лидеров на юбилейной сессии»: a city receiving those who meet, at the meeting named.
  ru({ name: 'ru.held-in.city-received', type: 'HELD_IN', dating: 'span',
    pattern: `{PLACE:to} (?:уже )?(?:принимал|принимает|примет|принял)\\p{L}* (?:${ADOPTERS_RU}|участников|гостей) на (?<from>(?:[а-яё-]+ ){0,2}(?:сесси|саммит|заседани|встреч|совещани)\\p{L}*)` }),
  // «Перед парламентариями выступил генеральный секретарь X», «X выступил перед депутатами»: a speaker before those meeting was at their meeting.
  ru({ name: 'ru.attended.spoke-before', type: 'ATTENDED', dating: 'span', toFallback: 'nearMeeting',
    pattern: `(?:[Пп]еред ${AUDIENCE_RU} (?:(?:также|и) )?выступил\\p{L}*|[Вв]ыступил\\p{L}* (?:(?:также|и) )?перед ${AUDIENCE_RU}) (?:(?:также|и) )?{PERSON|NAME:from}` }),
  ru({ name: 'ru.attended.spoke-before-after', type: 'ATTENDED', dating: 'span', toFallback: 'nearMeeting',
    pattern: `{PERSON|NAME:from} (?:(?:также|тоже) )?выступил\\p{L}* перед ${AUDIENCE_RU}` }),
  // «Делегацию ОДКБ возглавил генеральный секретарь X», «X возглавил делегацию»: the head of a delegation to the meeting attended it.
  ru({ name: 'ru.attended.led-delegation', type: 'ATTENDED', dating: 'span', toFallback: 'nearMeeting',
    pattern: `(?<![\\p{L}])[Дд]елегаци(?:ю|и)(?: ⟦(?:ORG|STATE)#\\d+⟧| [а-яё-]+){0,2} (?:возглавил|возглавляла?|возглавляет)\\p{L}* (?:[\\p{L}-]+ ){0,4}?{PERSON|NAME:from}` }),
  ru({ name: 'ru.attended.led-delegation-after', type: 'ATTENDED', dating: 'span', toFallback: 'nearMeeting',
    pattern: `{PERSON|NAME:from},? (?:возглавил|возглавлявш|возглавляющ)\\p{L}* (?:[а-яё-]+ )?делегаци\\p{L}*` }),
  // «создан решением Совета коллективной безопасности, принятым в Душанбе 28 апреля 2003 года»: the meeting that decided, there.
  ru({ name: 'ru.held-in.decision-adopted', type: 'HELD_IN', dating: 'span',
    pattern: `(?<![\\p{L}])(?<from>решени(?:ем|я|е))(?: ⟦ORG#\\d+⟧)?,? (?:был[оа]? )?принят\\p{L}*(?: ${DATE_RU})? (?:в|во) {PLACE:to}${NOT_AT_MEETING_RU}` }),
  // «Президент принял начальника штаба X, находящегося в Душанбе с рабочим визитом»: their meeting, where the visitor is.
  ru({ name: 'ru.held-in.received-visitor', type: 'HELD_IN', dating: 'span',
    pattern: `(?<from>принял|принимает|встретил(?:ся|ась)? с|провёл переговоры с|провел переговоры с)(?: (?:[^.;⟦]|⟦(?:ORG|STATE)#\\d+⟧){1,100}?)? ⟦(?:PERSON|NAME)#\\d+⟧,? (?:находящ|прибывш|пребывающ)\\p{L}* (?:в|во) {PLACE:to}(?: с (?:рабочим|официальным|государственным) визитом)?` }),
  // «заслушали доклад начальника Объединённого штаба X»: the speaker was at the meeting.
  ru({ name: 'ru.attended.heard-report', type: 'ATTENDED', dating: 'span', toFallback: 'nearMeeting',
    pattern: `(?:заслушал\\p{L}*|заслушан\\p{L}*) (?:доклад|информаци|сообщени)\\p{L}* (?:[^.;⟦]|⟦ORG#\\d+⟧){0,60}?{PERSON|NAME:from}` }),
];
