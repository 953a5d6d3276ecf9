/**
 * Fact rules for facts a phrase beside the verb states, both ends named in the sentence (round 14): a post
 * in apposition ("X, a former prime minister of Kazakhstan"), a body placed in its city, a membership's
 * or an observer's status as a noun phrase, a chairmanship as a noun. Macros: see compile() in facts.ts.
 * They run after the rules of rules-en.ts and rules-ru.ts, which read the same facts from their verbs.
 */
import { en, ru, type Rule } from './facts';
import { FORCES_NAME } from './forces-exercises';


/** An age in apposition before a description: "X, 64, a former …". */
const AGE = '(?: \\d{2},)?';
/** A service of a state, named or in lower case: "Russia's Airborne Troops", "Kazakhstan's border service". */
const STATE_SERVICE = "'s (?:⟦NAME#\\d+⟧|[A-Za-z-]+(?: [A-Za-z-]+){0,2}?)(?=[,;.)]| (?:who|and|from|in|since|until|between)(?![\\p{L}])| ⟦DATE#|$)";

/** A standing office, which is where it sits, unlike a council or an organization met in a city. */
const OFFICE = /secretariat|joint staff|headquarters|секретариат|объедин\p{L}* штаб|штаб-квартир/iu;
/** A subject at the head of its clause, not a genitive after a noun ("a delegation of the Secretariat"). */
const SUBJECT_EN = "(?<=^|[,;:] |(?:and|the|a|an|its|their) )";
const SUBJECT_RU = '(?<=^|[,;:—] |\\s(?:а|и|но) )';

/** Sits in a city, in the present: a body's seat (a meeting "meets in" a city, and is held there). */
// Not a sitting on a day ("sits in Moscow on Wednesday for its last meeting"): that is a meeting held there.
const SITS_EN = '(?:sits|is seated|is located|is situated|is housed|has its seat|works|operates) in {PLACE:to}(?![\\p{L}-])(?! (?:on |this |next |last )?⟦DATE| for )';
const SITS_RU = '(?:заседает|заседают|находится|находятся|располагается|располагаются|размещается|размещаются|расположен\\p{L}*|базируется|базируются|работает|работают) (?:постоянно )?(?:в|во) {PLACE:to}(?![\\p{L}-])(?! (?:в |во |с )?⟦DATE)';

/** The work of an organization as a whole, not one programme or exercise of it: "the bloc's work", «работе органов ОДКБ». */
const ORG_WORK_EN = "(?:(?:the |its |their )?(?:⟦ORG#\\d+⟧'s |bloc's |organi[sz]ation's |alliance's )?(?:work|activities|events|meetings)(?: of {THE}{ORG:to})?|any (?:of {THE}(?:⟦ORG#\\d+⟧'s |bloc's |organi[sz]ation's |alliance's )?)?(?:collective )?(?:bod(?:y|ies)|events|meetings))";
/** One state as the subject, not the last item of a list of members ("… and Armenia, which takes no part …" is Armenia's alone). */
const ONE_STATE = '(?<from>⟦(?:STATE|NAME)#\\d+⟧)';
const ORG_WORK_RU = '(?:(?:е[её]|его) )?(?:работе|деятельности|мероприятиях|заседаниях)(?: (?:органов|структур))?(?: (?:{ORG:to}|организации|блока|альянса))?';

/** The organization as a common noun: the article's, when the sentence names none. */
const THE_ORG_EN = '(?:(?:the )?(?:bloc|organi[sz]ation|alliance)|{THE}{ORG:to})(?![\\p{L}])';
const THE_ORG_RU = '(?:(?:организаци|блок|альянс)\\p{L}*|{ORG:to})(?![\\p{L}])';
/** Not a chairmanship sought: "bid for Russia's chairmanship", «претендует на председательство». */
const NOT_SOUGHT_RU = '(?<!(?:претенд|заявк|добива|хоч|стрем|желани)\\p{L}* (?:на )?)';

/** What a body of an organization is called, with the adjectives before it: "the bloc's top body", "its standing organ". */
const BODY_EN = '(?:(?:top|highest|supreme|main|chief|principal|permanent|standing|executive|working|governing|coordinating|consultative|advisory|statutory|military|political|parliamentary|decision-making|[a-z]+-level),? (?:and )?){0,3}(?:body|organ)';
/** Who heads a body in Russian, after «во главе с» or «под руководством». */
const HEAD_RU = `(?:(?:Генеральн|генеральн|Председател|председател|начальник|Начальник|руководител|Руководител)\\p{L}*(?: секретар\\p{L}*| объедин\\p{L}* штаба)? )?`;

const DRILLS_EN = '(?:exercises?|drills?|manoeuvres|maneuvers|war ?games)';

export const ENGLISH_PHRASE_RULES: Rule[] = [
  // "the Collective Peacekeeping Forces' Indestructible Brotherhood drills", "the CRRF's Interaction": an exercise named as the
  // forces' is one they take part in (forces-exercises.ts); a verb says who conducts it.
  en({ name: 'en.participates.forces-possessive', type: 'PARTICIPATES_IN', dating: 'span', fromName: FORCES_NAME,
    pattern: `{ORG:from}'s? (?:(?:annual|main|regular|joint|flagship) )?(?:${DRILLS_EN},? )?{INIT|EVENT:to}` }),
  // "Indestructible Brotherhood, the annual drills of the CSTO's Collective Peacekeeping Forces".
  en({ name: 'en.participates.forces-named-apposition', type: 'PARTICIPATES_IN', dating: 'span', fromName: FORCES_NAME,
    pattern: `{INIT|EVENT:to}, (?:the|its|their) (?:[a-z-]+ ){0,2}${DRILLS_EN} of {THE}(?:⟦ORG#\\d+⟧'s )?{ORG:from}` }),
  // "X, the CSTO Secretary-General, …": the organization before the title, in apposition; a known person (a name no entity has
  // may be a vocative: "My Lords, the CSTO Secretary-General …").
  en({ name: 'en.post.apposition-org-title', type: 'POST', dating: 'post',
    pattern: `{PERSON:from}, (?:the |its )?(?:current |new |incoming |outgoing |acting )?{ORG:to} {ROLE}(?![\\p{L}-])(?= ?[,;)]| —|$)` }),
  // "the annual session of the bloc's top body, the Collective Security Council": a body in apposition to its description.
  en({ name: 'en.part-of.described-first', type: 'PART_OF', dating: 'none', toFallback: 'mainOrg',
    pattern: `(?:(?:the |its )(?:(?:bloc|organi[sz]ation|alliance)'s )?|(?:the )?(?<to>⟦ORG#\\d+⟧)'s )${BODY_EN}, (?:the )?{ORG:from}` }),
  // "the Collective Security Council, the top body of the CSTO": the description after the body.
  en({ name: 'en.part-of.described-after', type: 'PART_OF', dating: 'none',
    pattern: `{ORG:from}, (?:the|a|an|its) ${BODY_EN} of {THE}{ORG:to}` }),
  // "directed by the CSTO Joint Staff under Col. Gen. X": a military rank names the head of the body before "under".
  en({ name: 'en.heads.under-rank', type: 'HEADS', dating: 'post',
    pattern: `{ORG:to} under (?:the command of |(?:its|their) (?:chief|head|commander),? )?(?:Colonel[- ]General|Lieutenant-General|Major-General|Col\\. ?Gen\\.|Lieutenant General|Lt\\. ?Gen\\.|Major General|Maj\\. ?Gen\\.|General|Gen\\.|Admiral) {PERSON|NAME:from}` }),
  // "Kyrgyzstan, then in the chair, proposed him": the state chairing the organization, in passing.
  en({ name: 'en.chair.in-the-chair', type: 'CHAIRS', dating: 'span', role: 'chair', toFallback: 'mainOrg', inPassing: true,
    pattern: `{STATE:from}, (?:then |now |currently |this year )?in the chair(?![\\p{L}])` }),
  // "at the end of Kyrgyzstan's year chairing the bloc".
  en({ name: 'en.chair.year-chairing', type: 'CHAIRS', dating: 'span', role: 'chair', toFallback: 'mainOrg', inPassing: true,
    pattern: `{STATE:from}'s (?:year|term|turn|stint) (?:chairing|leading|heading|in charge of|at the helm of) ${THE_ORG_EN}(?! (?:ends|ended|runs out|ran out|expires|expired|will end|is over|comes to an end))` }),
  // "The organisation has been chaired this year by Russia": a state as the agent chairs the organization (a person heads it).
  en({ name: 'en.chair.org-chaired-by-state', type: 'CHAIRS', dating: 'span', role: 'chair', toFallback: 'mainOrg',
    pattern: `(?<!of (?:the )?)${THE_ORG_EN} {AUX}(?:chaired|led|headed|presided over)(?: (?:in |since )?⟦DATE#\\d+⟧| this year)? by {STATE:from}(?!'s| [A-Z]| ⟦)` }),
  // "Vladimir Putin, whose country has chaired the six-nation alliance since January 1": the organization by a common noun and its modifier.
  en({ name: 'en.chair.chairs-bloc', type: 'CHAIRS', dating: 'span', role: 'chair', toFallback: 'mainOrg',
    pattern: `{STATE:from} {AUX}(?:chairs|chaired|has chaired|have chaired|has been chairing|is chairing|will chair) the (?:[a-z0-9-]+ )?(?:bloc|organi[sz]ation|alliance)(?![\\p{L}'’-])(?! (?:for|of|on) )` }),
  // "Russia, holding the chairmanship, pushed …": a state's term in a participle between commas.
  en({ name: 'en.chair.holding', type: 'CHAIRS', dating: 'span', role: 'chair', toFallback: 'mainOrg',
    pattern: `{STATE:from}, (?:then |currently |now |this year )?holding (?:the|its) (?:rotating |annual )?(?:chairmanship|presidency)(?: (?:of|in) ${THE_ORG_EN})?(?: (?:in |for )?⟦DATE#\\d+⟧| this year)?,` }),
  // "Russia promised that its year at the head of the CSTO would be …": the year of the state the clause is about.
  en({ name: 'en.chair.its-year-at-helm', type: 'CHAIRS', dating: 'span', role: 'chair', toFallback: 'mainOrg',
    pattern: `{STATE:from} (?:(?!(?:hope|want|seek|bid|aspir|claim|await|wait|lobb|ask|demand|push)[a-z]* )[^ ⟦⟧.;,]+ ){1,3}?(?:that )?(?:its|their) (?:year|term|turn|stint) (?:at the (?:helm|head) of|in charge of|chairing|leading|heading) ${THE_ORG_EN}(?! ${'(?:ends|ended|runs out|ran out|expires|expired|will end|is over|comes to an end)'})` }),
  // "Tajikistan takes over the CSTO on January 1": the organization itself taken over, its term beginning then.
  en({ name: 'en.chair.takes-over-org', type: 'CHAIRS', dating: 'start', role: 'chair', toName: /Treaty Organi[sz]ation/u,
    pattern: `{STATE:from} {AUX}(?:takes over|take over|took over|will take over|is taking over) {THE}{ORG:to}(?!['’]s)(?= (?:on |from |in |at the (?:start|beginning) of )?⟦DATE#\\d+⟧|[,.;]|$)` }),
  // "Kassym-Jomart Tokayev, who held the rotating chairmanship in 2024": a leader holding his state's turn chairs the organization.
  en({ name: 'en.chair.person-holds', type: 'CHAIRS', dating: 'span', role: 'chair', toFallback: 'mainOrg',
    pattern: `{PERSON:from} {AUX}(?:held|holds|has held|will hold) (?:the|its) (?:rotating |annual )?(?:chairmanship|presidency)(?: (?:of|in) ${THE_ORG_EN})?(?! (?:of|in) (?:the )?⟦(?!DATE))` }),
  // "Armenia, which has not taken part in the bloc's work since 2024": a member that takes no part has frozen its participation.
  en({ name: 'en.member.no-part', type: 'MEMBER_OF', dating: 'start', status: 'participation frozen', toFallback: 'lastOrMainOrg', negates: true, inPassing: true,
    pattern: `${ONE_STATE} {AUX}(?:has |have )?(?:not taken|taken no|not participated|not been taking|taken no further) (?:part )?in ${ORG_WORK_EN}(?= since)` }),
  // "the Secretariat in Moscow", "a permanent secretariat in Moscow": a standing office placed in a city is seated there.
  en({ name: 'en.headquarters.office-in', type: 'HEADQUARTERED_IN', dating: 'none', fromText: OFFICE,
    pattern: `(?<!(?:delegation|delegations|officials|team|mission|representatives|staff|visit|visits) (?:of |from )?(?:the )?){ORG:from} in {PLACE:to}(?![\\p{L}-])` }),
  // "the CSTO headquarters in Moscow", "to visit the CSTO's headquarters" after the city the sentence goes to.
  en({ name: 'en.headquarters.noun-in', type: 'HEADQUARTERED_IN', dating: 'none',
    pattern: `{ORG:from}(?:'s)? (?:headquarters|head office|HQ) in {PLACE:to}(?![\\p{L}-])` }),
  en({ name: 'en.headquarters.visit', type: 'HEADQUARTERED_IN', dating: 'none',
    pattern: `(?:to|in) {PLACE:to}(?: (?:[^.;⟦]|⟦DATE#\\d+⟧){1,40}?)? (?:to (?:visit|tour|see)|visiting|touring|at) {THE}{ORG:from}(?:'s)? (?:headquarters|head office|HQ)(?![\\p{L}])` }),
  // "a Permanent Council of national envoys sits in Moscow": a body that sits, is housed or is located in a city.
  en({ name: 'en.headquarters.sits', type: 'HEADQUARTERED_IN', dating: 'none',
    pattern: `${SUBJECT_EN}{ORG:from}(?: of [a-z-]+(?: [a-z-]+){0,2})? ${SITS_EN}` }),
  en({ name: 'en.headquarters.which-sits', type: 'HEADQUARTERED_IN', dating: 'none',
    pattern: `{ORG:from}(?: of [a-z-]+(?: [a-z-]+){0,2})?,? (?:which|that) ${SITS_EN}` }),

  // "X, a former prime minister of Kazakhstan", "X, 58, then chief of the CSTO Joint Staff": a post in apposition with an
  // article or "then" (en.post.apposition reads "X, the current …"); a past post, so no date of the sentence is its.
  en({ name: 'en.post.apposition-described', type: 'POST', dating: 'none',
    pattern: `{PERSON|NAME:from},${AGE} (?:an? |at the time |then |(?:the )?then-)(?:former |one-time |onetime |long-time |longtime )?{ROLE} of {THE}{ORG|STATE:to}(?!'s)` }),
  // "X, a former commander of Russia's airborne troops": a post in a state's service is held in that state.
  en({ name: 'en.post.state-service', type: 'HOLDS_POSITION', dating: 'none',
    pattern: `{PERSON|NAME:from},${AGE} (?:an? |the |at the time |then |(?:the )?then-)(?:former |one-time |onetime )?(?<role>commander|chief|head|director) of {STATE:to}${STATE_SERVICE}` }),
  // "X, who commanded Russia's Airborne Troops from 2016 to 2022, …": the verb of the post, dated.
  en({ name: 'en.post.commanded-service', type: 'HOLDS_POSITION', dating: 'post', role: 'Commander',
    pattern: `{PERSON|NAME:from},? (?:who |and )?(?:had )?(?:commanded|once commanded|went on to command) {STATE:to}${STATE_SERVICE}` }),
];

export const RUSSIAN_PHRASE_RULES: Rule[] = [
  // «премьер Армении Никол Пашинян»: the short title with the state.
  ru({ name: 'ru.post.premier-of', type: 'POST', dating: 'post',
    pattern: `(?<![а-яА-ЯёЁ-])(?<role>[Пп]ремьер(?:а|у|ом|е)?) {STATE:to} {RANK}{PERSON|NAME:from}` }),
  // «Армения числится в ОДКБ», «числится членом организации»: listed as a member is a member.
  ru({ name: 'ru.member.listed', type: 'MEMBER_OF', dating: 'none', toFallback: 'mainOrg',
    pattern: `${ONE_STATE}{ANY} (?:по-прежнему |формально |всё ещё |все еще )?(?:числится|числятся|значится|значатся) (?:в числе членов |среди членов |членом |членами )?(?:(?:в |во )?{ORG:to}|организации|блока)(?![\\p{L}])` }),
  // «Секретариат ОДКБ во главе с Генеральным секретарём X», «Объединённый штаб под руководством X»: the head of the body named.
  ru({ name: 'ru.heads.led-by', type: 'HEADS', dating: 'post',
    pattern: `{ORG:to},? (?:во главе с|под руководством) ${HEAD_RU}{RANK}{PERSON|NAME:from}` }),
  // «Объединённый штаб ОДКБ, который с 2022 года возглавляет генерал-полковник X», «которым руководит X»: an object relative.
  ru({ name: 'ru.heads.which-leads', type: 'HEADS', dating: 'post',
    pattern: `{ORG:to},? (?:который|которую|которое|которые|которым|которой) (?:(?:с|со|в) ⟦DATE#\\d+⟧ )?(?:(?:ныне|сейчас|теперь|по-прежнему) )?(?:возглавляет|возглавлял\\p{L}*|руководит|руководил\\p{L}*) ${HEAD_RU}{RANK}{PERSON|NAME:from}` }),
  // «в год председательства России», «последняя под председательством России», «с началом председательства Таджикистана в ОДКБ»:
  // the chairmanship as a noun with the state in the genitive, in passing.
  ru({ name: 'ru.chair.noun-genitive', type: 'CHAIRS', dating: 'span', role: 'chair', toFallback: 'mainOrg', inPassing: true,
    pattern: `${NOT_SOUGHT_RU}(?:в год|в период|во время|в ходе|за время|в рамках|начал\\p{L}*|итог\\p{L}*|приоритет\\p{L}*) председательств\\p{L}* {STATE:from}(?: в {ORG:to})?(?![\\p{L}])` }),
  // «В 2026 году, под председательством России, силы ОДКБ провели …», «сессия — последняя под председательством России»: the
  // year's chairmanship, not a meeting's chair («совещание под председательством Армении»).
  ru({ name: 'ru.chair.under-aside', type: 'CHAIRS', dating: 'span', role: 'chair', toFallback: 'mainOrg', inPassing: true,
    pattern: `(?:(?<=, )|(?:последн|перв)\\p{L}* )под председательством {STATE:from}(?: в {ORG:to})?(?=[,.;]|$)` }),
  // «В 2026 году Россия возглавляет организацию», «в этом году Российская Федерация руководит организацией».
  ru({ name: 'ru.chair.dated-state-leads', type: 'CHAIRS', dating: 'span', role: 'chair', toFallback: 'mainOrg',
    pattern: `(?:[Вв] |[Сс] )?⟦DATE#\\d+⟧,? {STATE:from} (?:возглавляет|возглавит|руководит|будет руководить) ${THE_ORG_RU}` }),
  // «В этом году председательство принадлежит России», «Председательство в ОДКБ в 2023 году принадлежало Белоруссии»: the state it belongs to.
  ru({ name: 'ru.chair.belongs', type: 'CHAIRS', dating: 'span', role: 'chair', toFallback: 'mainOrg',
    pattern: `${NOT_SOUGHT_RU}председательство(?: в ${THE_ORG_RU})?(?: (?:в |с )?⟦DATE#\\d+⟧)? (?:принадлежит|принадлежало|будет принадлежать) {STATE:from}` }),
  // «В 2026 году организацию возглавляет Россия», «в этом году блоком руководит Россия»: the object, then the verb, then the state.
  ru({ name: 'ru.chair.dated-led-inverted', type: 'CHAIRS', dating: 'span', role: 'chair', toFallback: 'mainOrg',
    pattern: `(?:^|[,;:] |— )(?:[Вв] |[Сс] )?⟦DATE#\\d+⟧,? ${THE_ORG_RU} (?:возглавляет|возглавляла|возглавлял|возглавит|руководит|руководила|руководил|будет руководить) {STATE:from}` }),
  // «Председательство Казахстана в ОДКБ пришлось на 2024 год»: the year a state's turn fell in.
  ru({ name: 'ru.chair.fell-on', type: 'CHAIRS', dating: 'span', role: 'chair', toFallback: 'mainOrg',
    pattern: `председательств\\p{L}* {STATE:from}(?: в ${THE_ORG_RU})? (?:пришлось|приходится|придётся|придется) на (?=⟦DATE#)` }),
  // «В этом году организацией председательствует Россия», «год, в котором председательствует Россия»: the verb before its subject.
  ru({ name: 'ru.chair.chairs-inverted-object', type: 'CHAIRS', dating: 'span', role: 'chair', toFallback: 'mainOrg',
    pattern: `(?:^|[,;:] |— |⟦DATE#\\d+⟧ |(?:котором|которой|когда|где|поскольку|пока) )(?:(?:организацией|блоком|альянсом|⟦ORG#\\d+⟧|в (?:организации|блоке|альянсе|⟦ORG#\\d+⟧)) )?(?:председательствует|председательствовал|председательствовала|будет председательствовать)(?: в {ORG:to})?(?: (?:в |с )?⟦DATE#\\d+⟧)? {STATE:from}` }),
  // «Председательствующая в этом году Россия», «председательствующий в ОДКБ Таджикистан»: the participle before the state it describes.
  ru({ name: 'ru.chair.chairing-participle', type: 'CHAIRS', dating: 'span', role: 'chair', toFallback: 'mainOrg',
    pattern: `(?:^|[,;:] |— )(?<![\\p{L}])[Пп]редседательствующ\\p{L}*(?: (?:(?:в |с )?⟦DATE#\\d+⟧|в (?:этом|текущем|прошлом|нынешнем|уходящем) году))?(?: в {ORG:to})?(?: (?:в |с )?⟦DATE#\\d+⟧)? {STATE:from}` }),
  // «Председателем Совета коллективной безопасности в 2027 году будет Президент Таджикистана X»: a head of state chairs the council.
  ru({ name: 'ru.chair.chairman-will-be', type: 'CHAIRS', dating: 'span', role: 'chair',
    pattern: `[Пп]редседател\\p{L}* {ORG:to}(?: (?:в|на) ⟦DATE#\\d+⟧)? (?:будет|станет|стал|является|был) (?:президент|премьер-министр|глав\\p{L}* государства)\\p{L}* (?:(?:Республики |Российской Федерации )?⟦STATE#\\d+⟧ )?{RANK}{PERSON|NAME:from}` }),
  // «Армения с февраля 2024 года не участвует в работе ОДКБ», «в работе органов организации не участвует»: a member that takes
  // no part in the organization's work has frozen its participation (not one programme or exercise it stays out of).
  ru({ name: 'ru.member.no-part', type: 'MEMBER_OF', dating: 'start', status: 'participation frozen', toFallback: 'lastOrMainOrg', negates: true, inPassing: true,
    pattern: `${ONE_STATE},?{ANY} (?:(?:фактически|по-прежнему|уже|больше) )?не (?:участвует|участвуют|участвующ\\p{L}*|принимает участия) в ${ORG_WORK_RU}(?![\\p{L}])` }),
  ru({ name: 'ru.member.no-part-object-first', type: 'MEMBER_OF', dating: 'start', status: 'participation frozen', toFallback: 'lastOrMainOrg', negates: true, inPassing: true,
    pattern: `${ONE_STATE},?{ANY} в ${ORG_WORK_RU} (?:(?:фактически|по-прежнему|уже|больше) )?не (?:участвует|участвуют|принимает участия)(?![\\p{L}])` }),
  // «Армения заморозила свою работу в ОДКБ».
  ru({ name: 'ru.member.frozen-work', type: 'MEMBER_OF', dating: 'start', status: 'participation frozen',
    pattern: `{STATE|NAME:from},?{ANY} замороз\\p{L}* (?:сво\\p{L}* )?(?:работу|деятельность) в {ORG:to}` }),
  // «на базе Объединённого штаба ОДКБ в Москве», «Секретариат в Москве»: a standing office placed in a city.
  ru({ name: 'ru.headquarters.office-in', type: 'HEADQUARTERED_IN', dating: 'none', fromText: OFFICE,
    pattern: `(?<!(?:делегаци|представител|сотрудник|офицер|визит|поездк)\\p{L}* ){ORG:from} (?:в|во) {PLACE:to}(?![\\p{L}-])` }),
  // «Постоянный совет ОДКБ, который заседает в Москве», «Секретариат находится в Москве»: a body that sits in a city.
  ru({ name: 'ru.headquarters.sits', type: 'HEADQUARTERED_IN', dating: 'none',
    pattern: `${SUBJECT_RU}{ORG:from} ${SITS_RU}` }),
  ru({ name: 'ru.headquarters.which-sits', type: 'HEADQUARTERED_IN', dating: 'none',
    pattern: `{ORG:from},? (?:который|которая|которые) ${SITS_RU}` }),
  // «X, бывший секретарь Совбеза России, …», «X, экс-премьер Казахстана»: a past post in apposition (ru.post.apposition reads the present one).
  ru({ name: 'ru.post.apposition-former', type: 'POST', dating: 'none',
    pattern: `{PERSON|NAME:from}, (?:бывш\\p{L}* |тогдашн\\p{L}* |экс-)(?:{RUROLE}) {ORG|STATE:to}(?=[,;)]| [—-]|$)` }),
];
