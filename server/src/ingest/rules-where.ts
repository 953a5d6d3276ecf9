/**
 * Where and when something happened whose occasion the graph has no entity for (the labels' "?"), in English and
 * Russian: a body's founding ("The forces, created in 2009, …", «Ассамблея была учреждена в 2006 году в
 * Санкт-Петербурге», "leaders decided to create the forces", «принято решение о создании сил»), a document named by
 * its common noun signed or adopted in a city ("a treaty signed in Tashkent", «программу, принятую в Астане»), an
 * exercise held at a range the graph lacks («учение прошло на горном полигоне «Эдельвейс»»), and an operation named
 * by its noun or its troops' verb ("the intervention in Kazakhstan", «силы развернулись в Казахстане»).
 *
 * The founding, the signing and the operation are occasions without an entity: the verb or noun that names them is
 * the "?" end, and its date the fact's. A founding is read only where the text dates it: "was created on the basis
 * of the treaty" says how, not when, and "the post was created" founds no body.
 */
import { en, ru, type Rule } from './facts';
import { DOCUMENT_NOUNS } from './documents';
import { EXERCISE_NOUN_RU } from './exercise-structure';

/** A date as the rules see it, with the Russian case of «год» after it. */
const DATE = '(?:в |во |on |in |of )?(?:ещё |as early as |back in )?⟦DATE#\\d+⟧(?: (?:года|году|год))?';
/** English verbs of founding, as a participle or a passive. */
// Not "dating back to 2001": the dates read "to" as an end.
const FOUNDED_EN = '(?:created|founded|established|set up|formed|dating from|dates from)';
/** Russian verbs of founding, any form (созданы, учреждена, сформированных, основана). */
const FOUNDED_RU = '(?:созда[нв]\\p{L}*|учрежд[её]н\\p{L}*|учреждён\\p{L}*|сформирован\\p{L}*|основан\\p{L}*)';
/** Not a founding denied or still to come. */
const NOT_DENIED_EN = "(?<!(?:not|never|n't|be|to) )";
const NOT_DENIED_RU = '(?<!(?:не|не был[аоиы]?|будут|будет) )';

/** A document by its common noun: documents.ts's nouns of both languages (each rule reads only sentences in its own script), treaties and charters. */
const DOCUMENT_EN = `(?<![\\p{L}])(?:treaty|treaties|charter|accord|${DOCUMENT_NOUNS})(?![\\p{L}])`;
const DOCUMENT_RU = `(?<![\\p{L}])(?:[Дд]оговор\\p{L}*|[Уу]став\\p{L}*|${DOCUMENT_NOUNS})(?![\\p{L}])`;

/** Meetings in the plural ("the summits", «на саммитах»): one in each place a list after them names. */
const PLURAL_MEETINGS_EN = '(?<from>(?<![\\p{L}])(?:summits|sessions|meetings|ministerials))(?: of (?:the )?⟦ORG#\\d+⟧)?';
const PLURAL_MEETINGS_RU = '(?<from>(?<![\\p{L}])(?:саммиты|саммитах|саммитов|сессиях|заседаниях|встречах))(?: ⟦ORG#\\d+⟧)?';
/** A place of such a list with its own date after it ("in Astana in 2024", «в Бишкеке в 2025-м»). */
const DATE_EN = '(?:in |on |of )?⟦DATE#\\d+⟧';
const PLACE_DATED_EN = `⟦PLACE#\\d+⟧(?: ${DATE_EN})?`;
/** Between two places of that list, perhaps with a date of the next between commas: "Astana, Bishkek or, earlier this month, Moscow". */
const PLACE_LIST_BARE_EN = '(?:,| and| or|, and|, or) ';
const PLACE_LIST_DATED_EN = `(?:,| and| or|, and|, or),? (?:earlier |later |then )?${DATE_EN}, `;
const PLACE_LIST_EN = `(?:${PLACE_LIST_BARE_EN}|${PLACE_LIST_DATED_EN})`;
const AFTER_PLURAL_MEETINGS_EN = `(?<=${PLURAL_MEETINGS_EN} (?:in|at) ${PLACE_DATED_EN}(?:${PLACE_LIST_EN}${PLACE_DATED_EN})*)`;
const PLACE_DATED_RU = '⟦PLACE#\\d+⟧(?: (?:в |во )?⟦DATE#\\d+⟧(?: году| года|-м)?)?';

/**
 * The signers between a document put first and their verb («Программу лидеры ОДКБ утвердили в Астане», the object first for
 * emphasis): the nouns of those who adopt documents, with their organization or states.
 */
const SIGNERS_RU = ' (?:лидер|глав|министр|президент|участник|сторон|парламентари|делегаци)\\p{L}*(?: [^.;,⟦]{1,30}?)?(?: ⟦(?:ORG|STATE)#\\d+⟧)*';

/** The relative pronoun of a clause on the document: «программу …, которую приняли в Астане», «договора, который подписали в Ташкенте». */
const WHICH_RU = '(?:котор\\p{L}+ )';

/** A signing at a meeting the sentence names («в Бишкеке на сессии Совета»): the meeting's own rules read its place. */
export const NOT_AT_MEETING_RU = '(?!,? (?:на|в ходе|во время|в рамках) )';

/**
 * An exercise's site the graph has no entity for: «на горном полигоне «Эдельвейс»», «на белорусских полигонах», not one in
 * a known place or near a known city («под ⟦Душанбе⟧»); near a town the graph lacks («под Брестом») it is as unknown as the town. Rules compile case-insensitive without the u flag, so an unquoted name after
 * the noun cannot be told from the next word: the noun's phrase alone is the end.
 */
const SITE_RU =
  '(?<to>на (?:[а-яё-]+ ){0,2}(?:полигон|стрельбищ)\\p{L}*(?: "[^"]+")?)(?![\\p{L}"]| ⟦(?:PLACE|STATE)#| под ⟦)(?![^.;,]{0,60}?⟦STATE#)(?![^.;,⟦]{0,30}? (?:в|во|под|близ) ⟦PLACE#\\d+⟧(?! (?:област|район|регион|округ)))';
/**
 * Near a town the graph lacks («под Брестом прошло учение», «под Гродно»): the town in the instrumental or an indeclinable one in
 * -о (not «его»), not a noun «под» governs otherwise (under a command, a motto, an aegis, under water or fire) nor a pronoun. The
 * rules compile case-insensitive, so the capital cannot be required.
 */
const NEAR_TOWN_RU = '(?<to>под (?!(?:руководств|командовани|команд|контрол|эгид|девиз|лозунг|знам|председательств|замысл|наблюдени|начал|названи|флаг|давлени|предлог|угроз|патрон|куратор|управлени|присмотр|гриф|прикрыти|вод|земл|огн|дожд|снег)\\p{L}*|(?:ним|ними|ней|нею|этим|этой|этими|тем|той|теми|всем|всеми|всей|собой)(?![\\p{L}]))[а-яё]+(?:-[а-яё]+)?(?:ом|ем|ём|ой|ей|ами|ы|и|(?<!г)о))(?![\\p{L}])';
/**
 * An exercise's site in English by a state's adjective: "on Tajik soil", "on Belarusian territory" (a state only by its adjective is
 * "?", labels.json); not a state's own soil ("on Tajikistan's soil", "on Belarus territory": the state's rules read it). Not a range:
 * the English labels give a named range ("at the Matybulak range north of Almaty") the state the article puts it in, not "?".
 */
const SITE_EN = '(?<to>on [a-z-]+ (?:soil|territory))(?![\\p{L}]| of )';
const HELD_RU = '(?:прош(?:[её]л|ла|ло|ли)|проходил\\p{L}*|состоял\\p{L}*|завершил\\p{L}*|пройд[её]т|пройдут|проведен\\p{L}*|проведён\\p{L}*)';
/**
 * After the event, its participle too («учение, прошедшее на полигоне», «саммит, прошедший в Кремле»): an aside on the event is as
 * good as its verb. Not before it: «прошедший саммит» is also "the last summit", which places nothing.
 */
const HELD_AFTER_EVENT_RU = `(?:${HELD_RU}|прошедш\\p{L}*|состоявш\\p{L}*|проходивш\\p{L}*)`;

/** Those who meet, named by what they are: "the leaders of …", «министры обороны …». */
export const MEETERS_EN = '(?:leaders|heads of state|presidents|(?:[a-z-]+ )?ministers|delegations|delegates|secretaries|officials|parliamentarians|lawmakers|envoys)';
export const MEETERS_RU = '(?:лидеры|главы (?:государств|правительств|МИД|делегаций)|президенты|министры(?: [а-яё-]+){0,3}|секретари(?: [а-яё-]+){0,3}|делегации|делегаты|парламентарии|депутаты|представители)';
/**
 * Consultations a person holds, a meeting of their own: "held consultations", «провёл консультации». Not "held talks with the
 * President" nor «провёл встречу с министром»: a visit's talks, which the labels give no meeting (batch 35's convention).
 */
const CONSULTATIONS_EN = 'consultations';
const CONSULTATIONS_RU = 'консультации';

export const ENGLISH_WHERE_RULES: Rule[] = [
  // "Putin hosted the leaders of the bloc in Moscow on Wednesday": their meeting, held in that city (a state hosting it HOSTS, en.hosts.people).
  en({ name: 'en.held-in.hosted-people', type: 'HELD_IN', dating: 'span',
    pattern: `{PERSON|NAME} {AUX}(?<from>(?:hosted|received|welcomed) (?:the |his |her |fellow )?(?:[a-z-]+ )?${MEETERS_EN})(?: (?:of|from) (?:the )?(?:[a-z-]+|⟦(?:ORG|STATE)#\\d+⟧)(?:(?:,| and|, and) ⟦STATE#\\d+⟧)*)?(?: (?:on |in )?⟦DATE#\\d+⟧)? (?:in|at) {PLACE:to}` }),
  // "X held consultations in Yerevan with …", "X held consultations with Armenian officials in Yerevan": held there.
  en({ name: 'en.held-in.person-consultations', type: 'HELD_IN', dating: 'span',
    pattern: `{PERSON|NAME} {AUX}(?:held|conducted) (?<from>${CONSULTATIONS_EN})(?: (?:with|on) [^.;⟦]{1,60}?)?(?: (?:on |in )?⟦DATE#\\d+⟧)? (?:in|at) {PLACE:to}` }),
  // "Defence Minister X and his Russian counterpart Y signed a cooperation plan in Moscow": two signers' meeting, there.
  en({ name: 'en.held-in.pair-signed', type: 'HELD_IN', dating: 'span',
    pattern: `(?<from>⟦(?:PERSON|NAME)#\\d+⟧,? and (?:(?:[^.;⟦,]|⟦STATE#\\d+⟧){1,30} )?⟦(?:PERSON|NAME)#\\d+⟧) ${NOT_DENIED_EN}(?:signed|initialled|initialed)(?: [^.;⟦,]{1,40}?)?(?: (?:on |in )?⟦DATE#\\d+⟧)? in {PLACE:to}(?!,? (?:at|during|on the sidelines of) )` }),
  // The one who held the consultations took part in them (one person holding a session chairs it; consultations have two sides).
  en({ name: 'en.attended.person-consultations', type: 'ATTENDED', dating: 'span',
    pattern: `{PERSON|NAME:from} {AUX}(?:held|conducted) (?<to>${CONSULTATIONS_EN})(?![\\p{L}])` }),
  // "The Collective Rapid Reaction Forces, created by an agreement of June 2009, …", "The CRDF, dating from 2001, …", "The CSTO was formed in 2002".
  en({ name: 'en.established.dated', type: 'ESTABLISHED_BY', dating: 'start',
    pattern: `{ORG:from}(?: \\([^)]{1,40}\\))?(?:,| (?:was|were|had been|has been)(?: (?:originally|first|formally|officially))?) ${NOT_DENIED_EN}(?<to>${FOUNDED_EN}(?: (?:by|under|through|with) (?:[a-z-]+ ){0,4}?(?:of )?| )${DATE})` }),
  // "leaders decided to create the Collective Rapid Reaction Forces": founded by that decision.
  en({ name: 'en.established.decided', type: 'ESTABLISHED_BY', dating: 'start',
    pattern: '(?<to>(?:decided|decide|decides|agreed|agree|agrees|voted) to (?:create|establish|set up|form)) {THE}{ORG:from}' }),
  // "The treaty on which the organization rests was signed in Tashkent", "a treaty signed in Tashkent in May 1992": the signing, held there.
  en({ name: 'en.held-in.document-signed', type: 'HELD_IN', dating: 'span',
    pattern: `${DOCUMENT_EN}(?: [^.;⟦,]{1,40}?)?,? (?:which |that )?(?:was |were |had been |has been )?${NOT_DENIED_EN}(?<from>signed|adopted|concluded|approved)(?: (?:by (?:[^.;⟦,]|⟦(?:ORG|STATE)#\\d+⟧){1,40}?|${DATE}))? (?:in|at) {PLACE:to}(?!,? (?:at|during|on the sidelines of) )` }),
  // "the CSTO's January 2022 intervention in Kazakhstan", "who led the intervention in Kazakhstan in 2022".
  en({ name: 'en.held-in.intervention', type: 'HELD_IN', dating: 'span',
    pattern: '(?<![\\p{L}])(?<from>intervention|peacekeeping (?:operation|mission)) in {STATE|PLACE:to}' }),
  // "who commanded the peacekeepers in Kazakhstan": the operation there.
  en({ name: 'en.held-in.commanded-troops', type: 'HELD_IN', dating: 'span',
    pattern: '(?<from>(?:commanded|led|headed) (?:the |a |its )?(?:[a-z-]+ )?(?:peacekeepers|peacekeeping (?:force|forces|contingent)|troops|contingent|deployment)) in {STATE|PLACE:to}' }),
  // "The Cobalt exercise has been held every year since 2015; last year it took place in Armenia": the pronoun of a second clause is the
  // exercise the first named (ru.held-in.pronoun-in-sentence is the Russian twin).
  en({ name: 'en.held-in.pronoun-in-sentence', type: 'HELD_IN', dating: 'span',
    pattern: `{EVENT|INIT:from}"?(?: (?:exercises?|drills?))?(?:[^.;⟦]|⟦DATE#\\d+⟧){0,60}(?:;|,? and|, but) (?:⟦DATE#\\d+⟧,? )?(?:it|they) (?:(?:was|were|has been|have been|had been|will be|is|are) (?:held|staged|conducted|hosted)|(?:took|take|takes|will take) place) (?:in|on the territory of) {PLACE|STATE:to}` }),
  // "The session was held in the Tajik capital", "… will take place in the Kremlin": a place named only by its description, or a
  // building the graph lacks, is the "?" end (labels.json), the meeting held there all the same.
  en({ name: 'en.held-in.described-capital', type: 'HELD_IN', dating: 'span',
    pattern: `{EVENT|INIT|MEET:from}(?:'s)? {AUX}(?:held|staged|convened|hosted|take place|takes place|took place|will take place|opened|met)(?: ⟦DATE#\\d+⟧)? in (?<to>the (?!same )[A-Z][a-z]+ capital|the Kremlin)(?![\\p{L}])` }),
  // "The leaders met in the Kremlin", "ministers gathered in the Kazakh capital": their meeting (en.held-in.met with a named place).
  // Not after a city the sentence named (a dateline, "DUSHANBE — Ministers met in the Tajik capital"): the description is that city.
  en({ name: 'en.held-in.met-described', type: 'HELD_IN', dating: 'span',
    pattern: `(?<!⟦PLACE#\\d+⟧[^.;]*)(?<from>(?:[Ll]eaders|[Hh]eads of state|[Mm]inisters|[Pp]residents|[Dd]elegations)(?![\\p{L}])[^.;]{0,100}?),? (?:met|meet|meets|will meet|gathered|gather|will gather|convened|assembled) in (?<to>the (?!same )[A-Z][a-z]+ capital|the Kremlin)(?![\\p{L}])` }),
  // "held the Rubezh exercise on Tajik soil", "joined the Search drills on Belarusian territory": the exercise named with its site,
  // whatever verb governs it. Not one only offered, proposed or planned there, nor "the drills" taken up again in a
  // later sentence ("The drills, held on Kazakh soil"): the article has placed them already, and the labels give
  // one place.
  en({ name: 'en.held-in.exercise-site', type: 'HELD_IN', dating: 'span',
    pattern: `(?<!(?:offer|offers|offered|propose|proposes|proposed|plan|plans|planned|want|wants|wanted|hopes|hoped) to (?:host|hold|stage) (?:[a-z'’-]+ ){0,3})(?<!(?:offer|offers|offered|propose|proposes|proposed|plan|plans|planned|want|wants|wanted|hopes|hoped) to (?:host|hold|stage) )(?:the |a |this year's |last year's )?{EVENT|INIT:from}"? (?:[a-z-]+ )?(?:exercises?|drills?|manoeuvres|maneuvers)(?:,? (?:which |that )?(?:was |were |has been |had been )?(?:held|staged|conducted))?(?: (?:on |in )?⟦DATE#\\d+⟧)? ${SITE_EN}` }),
  // "MINSK — Defence ministers met here on Tuesday", "the session held here last year": the venue named before, as «там же».
  en({ name: 'en.held-in.here', type: 'HELD_IN', dating: 'span', toFallback: 'priorVenue',
    pattern: `{EVENT|INIT|MEET:from}"?(?:,? which)? {AUX}(?:held|staged|convened|hosted|opened|took place|take place|takes place|will take place) here(?![\\p{L}])` }),
  en({ name: 'en.held-in.met-here', type: 'HELD_IN', dating: 'span', toFallback: 'priorVenue',
    pattern: `(?<from>(?:⟦ORG#\\d+⟧|${MEETERS_EN})(?:,? which)? {AUX}(?:met|meet|meets|will meet|gathered|convened|sat)) here(?![\\p{L}])` }),
  // "absent from the summits in Astana in 2024, …": a plural meeting noun over a list of places is one meeting in each, dated by
  // the date after its place (the later places: the Russian rule below; the English one gave nothing past the engine's filters).
  en({ name: 'en.held-in.plural-meetings', type: 'HELD_IN', dating: 'span',
    pattern: `${PLURAL_MEETINGS_EN} (?:in|at) {PLACE:to}` }),
  // The later places of that list, each dated by its own date only: "in Astana in 2024, Bishkek and Moscow" does not say when Bishkek's was.
  en({ name: 'en.held-in.plural-meetings-next', type: 'HELD_IN', dating: 'span',
    pattern: `${AFTER_PLURAL_MEETINGS_EN}(?!${PLACE_LIST_BARE_EN}⟦PLACE#\\d+⟧(?! ${DATE_EN}))${PLACE_LIST_EN}{PLACE:to}` }),
  en({ name: 'en.held-in.plural-meetings-next-undated', type: 'HELD_IN', dating: 'none',
    pattern: `${AFTER_PLURAL_MEETINGS_EN}${PLACE_LIST_BARE_EN}{PLACE:to}(?! ${DATE_EN})` }),
];

export const RUSSIAN_WHERE_RULES: Rule[] = [
  // «Масадыков 23 ноября провёл в Ереване консультации с …», «провёл консультации с … в Минске»: held there.
  ru({ name: 'ru.held-in.person-consultations', type: 'HELD_IN', dating: 'span',
    pattern: `{PERSON|NAME}(?: ${DATE})? (?:пров[её]л|провела|провели|провед[её]т)(?: ${DATE})? (?:в|во) {PLACE:to}(?: ${DATE})? (?<from>${CONSULTATIONS_RU})(?![\\p{L}])` }),
  ru({ name: 'ru.held-in.person-consultations-place-after', type: 'HELD_IN', dating: 'span',
    pattern: `{PERSON|NAME}(?: ${DATE})? (?:пров[её]л|провела|провели|провед[её]т)(?: ${DATE})? (?<from>${CONSULTATIONS_RU})(?: с [^.;⟦]{1,60}?)? (?:в|во) {PLACE:to}` }),
  ru({ name: 'ru.attended.person-consultations', type: 'ATTENDED', dating: 'span',
    pattern: `{PERSON|NAME:from}(?: ${DATE})? (?:пров[её]л|провела|провели|провед[её]т)(?: ${DATE})?(?: (?:в|во) ⟦PLACE#\\d+⟧)?(?: ${DATE})? (?<to>${CONSULTATIONS_RU})(?![\\p{L}])` }),
  // «министр обороны Узбекистана X и его российский коллега Y подписали в Москве план»: two signers' meeting, there (batch 35: a
  // bilateral plan signed in a city is HELD_IN "?"→city; the English twin is en.held-in.pair-signed).
  ru({ name: 'ru.held-in.pair-signed', type: 'HELD_IN', dating: 'span',
    pattern: `(?<from>⟦(?:PERSON|NAME)#\\d+⟧ и (?:(?:[^.;⟦]|⟦STATE#\\d+⟧){1,30} )?⟦(?:PERSON|NAME)#\\d+⟧) ${NOT_DENIED_RU}(?:подписали|утвердили)(?: ${DATE})? (?:в|во) {PLACE:to}${NOT_AT_MEETING_RU}` }),
  // «в Москве заседали министры обороны», «В Минске собрались лидеры»: those meeting, by what they are (the body's twin is ru.held-in.body-sat-place-first).
  ru({ name: 'ru.held-in.people-sat-place-first', type: 'HELD_IN', dating: 'span',
    pattern: `(?:^|[,;:] |⟦DATE#\\d+⟧(?: (?:года|году))?,? )(?:[Вв]|[Вв]о) {PLACE:to},? (?:${DATE} )?(?<from>заседали|собрались|встретились|съехались) ${MEETERS_RU}` }),
  // «министры обороны стран ОДКБ утвердили план 10 ноября в Москве», «Лидеры подписали в Минске заявление»: their meeting, there
  // (not after a document put first, ru.held-in.document-signed's reading).
  ru({ name: 'ru.held-in.people-adopted', type: 'HELD_IN', dating: 'span',
    pattern: `(?<!${DOCUMENT_RU}(?: [^.;⟦]{1,40}?)? )(?<from>${MEETERS_RU})(?: стран)?(?: ⟦(?:ORG|STATE)#\\d+⟧)* (?:утвердили|подписали|одобрили|приняли)(?! участие| решение о| в)(?: [^.;⟦]{1,40}?)?(?: ${DATE})? (?:в|во) {PLACE:to}${NOT_AT_MEETING_RU}` }),
  // «на встрече с послами стран ОДКБ в Душанбе» (the English twin is en.held-in.meeting-with).
  ru({ name: 'ru.held-in.meeting-with', type: 'HELD_IN', dating: 'span',
    pattern: `(?<![\\p{L}])(?<from>(?:встреч|переговор|консультаци)\\p{L}*) с (?:[^.;,⟦]|⟦(?:PERSON|NAME|ORG|STATE)#\\d+⟧){1,60}? (?:в|во) {PLACE:to}(?![\\p{L}])` }),
  // «Коллективные силы оперативного реагирования созданы в 2009 году», «Ассамблея была учреждена 16 ноября 2006 года в Санкт-Петербурге»,
  // «КСБР, созданными ещё в 2001 году».
  ru({ name: 'ru.established.dated', type: 'ESTABLISHED_BY', dating: 'start',
    pattern: `{ORG:from},? (?:был[аиоы]? )?${NOT_DENIED_RU}(?<to>${FOUNDED_RU}(?: (?:в|во) ⟦PLACE#\\d+⟧)? ${DATE})` }),
  // «В 2006 году в Санкт-Петербурге учреждена Парламентская ассамблея ОДКБ»: the date and the place first.
  ru({ name: 'ru.established.dated-first', type: 'ESTABLISHED_BY', dating: 'start',
    pattern: `(?<to>⟦DATE#\\d+⟧)(?: (?:года|году|год))?,?(?: (?:в|во) ⟦PLACE#\\d+⟧)? (?:был[аиоы]? )?${NOT_DENIED_RU}${FOUNDED_RU} {ORG:from}` }),
  // «было принято решение о создании Коллективных сил …», «Решение о создании КСОР было принято на сессии …».
  ru({ name: 'ru.established.decision', type: 'ESTABLISHED_BY', dating: 'start',
    pattern: `(?<to>принят\\p{L}* решени\\p{L}*) о создании {ORG:from}` }),
  ru({ name: 'ru.established.decision-first', type: 'ESTABLISHED_BY', dating: 'start',
    pattern: `(?<to>[Рр]ешени\\p{L}*) о создании {ORG:from}[^.;⟦]{0,30}? (?:был[оа]? )?принят\\p{L}*` }),
  // The founding's place: «была учреждена 16 ноября 2006 года в Санкт-Петербурге», «созданная в 2006 году в Санкт-Петербурге».
  ru({ name: 'ru.held-in.founded', type: 'HELD_IN', dating: 'span',
    pattern: `⟦ORG#\\d+⟧,? (?:был[аиоы]? )?${NOT_DENIED_RU}(?<from>${FOUNDED_RU})(?: ${DATE})? (?:в|во) {PLACE:to}` }),
  // «В 2006 году в Санкт-Петербурге учреждена Ассамблея», «Именно в Ереване 25 мая 2001 года было принято решение о создании сил».
  ru({ name: 'ru.held-in.founded-place-first', type: 'HELD_IN', dating: 'span',
    pattern: `(?:^|[,;:] |⟦DATE#\\d+⟧(?: (?:года|году))?,? |что |[Ии]менно )(?:[Вв]|[Вв]о) {PLACE:to},?(?: ${DATE})? (?:был[аоиы]? )?${NOT_DENIED_RU}(?<from>${FOUNDED_RU}|принят\\p{L}* решени\\p{L}* о создании) ⟦ORG#\\d+⟧` }),
  // «программу по её укреплению, принятую в Астане в 2024 году», «устав ОДКБ подписали в Кишинёве», «именно в Астане в 2024 году была
  // принята программа»: the signing or the meeting, held in that city.
  ru({ name: 'ru.held-in.document-signed', type: 'HELD_IN', dating: 'span',
    pattern: `(?:${DOCUMENT_RU}(?:,? [^.;⟦]{1,40}?| ⟦ORG#\\d+⟧)?|⟦INIT#\\d+⟧(?:${SIGNERS_RU})?),? (?:${WHICH_RU})?(?:был\\p{L}* )?${NOT_DENIED_RU}(?<from>(?:подписан|принят|утвержд[её]н|утверждён|одобрен)\\p{L}*|подписали|приняли|утвердили)(?: ${DATE})? (?:в|во) {PLACE:to}${NOT_AT_MEETING_RU}` }),
  ru({ name: 'ru.held-in.document-signed-place-first', type: 'HELD_IN', dating: 'span',
    pattern: `(?:^|[,;:] |⟦DATE#\\d+⟧(?: (?:года|году))?,? |что |как |[Ии]менно )(?:[Вв]|[Вв]о) {PLACE:to},?(?: ${DATE})? (?:был\\p{L}* )?${NOT_DENIED_RU}(?<from>(?:подписан|принят|утвержд[её]н|утверждён|одобрен)\\p{L}*) (?:[\\p{L}-]+ ){0,2}(?:⟦INIT#\\d+⟧|${DOCUMENT_RU})` }),
  // The named document adopted at that signing: «устав ОДКБ подписали в Кишинёве», «программу лидеры утвердили в Астане», «именно в Астане была принята программа …».
  ru({ name: 'ru.adopted-at.signed-active', type: 'ADOPTED_AT', dating: 'start',
    pattern: `{INIT:from}(?:${SIGNERS_RU})?,? (?:${WHICH_RU})?${NOT_DENIED_RU}(?:подписали|приняли|утвердили|одобрили)(?: ${DATE})? (?<to>(?:в|во) ⟦PLACE#\\d+⟧)` }),
  ru({ name: 'ru.adopted-at.place-first-passive', type: 'ADOPTED_AT', dating: 'start',
    pattern: `(?:^|[,;:] |⟦DATE#\\d+⟧(?: (?:года|году))?,? |что |как |[Ии]менно )(?<to>(?:[Вв]|[Вв]о) ⟦PLACE#\\d+⟧),?(?: ${DATE})? (?:был\\p{L}* )?${NOT_DENIED_RU}(?:подписан|принят|утвержд[её]н|утверждён|одобрен)\\p{L}* {INIT:from}` }),
  // «учение …, которое в октябре прошло на горном полигоне «Эдельвейс»»: held at a site the graph lacks.
  ru({ name: 'ru.held-in.site', type: 'HELD_IN', dating: 'span',
    pattern: `{EVENT|INIT|MEET:from}"?,? (?:котор\\p{L}+ )?(?:${DATE} )?${HELD_AFTER_EVENT_RU} (?:${DATE} )?${SITE_RU}` }),
  // «учение …, которое прошло в сентябре на полигонах Белоруссии»: a site of a state is in that state.
  ru({ name: 'ru.held-in.site-of-state', type: 'HELD_IN', dating: 'span',
    pattern: `{EVENT|INIT|MEET:from}"?,? (?:котор\\p{L}+ )?(?:${DATE} )?${HELD_AFTER_EVENT_RU} (?:${DATE} )?на (?:[а-яё-]+ ){0,2}(?:полигон|стрельбищ)\\p{L}* {STATE:to}` }),
  // «в сентябре на белорусских полигонах прошли учения «А», «Б» и «В»»: the site first.
  ru({ name: 'ru.held-in.site-first', type: 'HELD_IN', dating: 'span',
    pattern: `(?:^|[,;:] |что |⟦DATE#\\d+⟧(?: (?:года|году))?,? )${SITE_RU}(?: (?:в|во) (?:[^.;⟦]|⟦PLACE#\\d+⟧(?= (?:област|район|регион|округ))){1,40}?)?,? (?:(?:уже|также|вновь|впервые) )?${HELD_RU} (?:(?:цикл|сери[яю]|комплекс) )?{EVENT|MEET:from}` }),
  // «учение «Нерушимое братство» на полигоне «Эдельвейс»», «провели учение «Взаимодействие» на полигоне под Брестом»: the exercise
  // named with its site, whatever verb governs it (took part in it, held it): by its noun or its quoted name, not «учения» taken up
  // again, which the article has placed already. Not one only proposed or planned there.
  ru({ name: 'ru.held-in.exercise-site', type: 'HELD_IN', dating: 'span',
    pattern: `(?<!(?:предлож|предлага|планир|намерен|готов|хоч|хот)\\p{L}* (?:провести|проводить|принять|организовать) (?:[а-яё-]+ ){0,2}"?)(?:${EXERCISE_NOUN_RU} |(?="))"?{EVENT|INIT:from}"? ${SITE_RU}` }),
  // «в сентябре под Брестом прошло учение «Взаимодействие»», «учение «Барьер» прошло под Борисовом»: near a town the graph lacks.
  ru({ name: 'ru.held-in.near-town-first', type: 'HELD_IN', dating: 'span',
    pattern: `(?:^|[,;:] |что |⟦DATE#\\d+⟧(?: (?:года|году))?,? )${NEAR_TOWN_RU},? (?:(?:уже|также|вновь|впервые) )?${HELD_RU} (?:${EXERCISE_NOUN_RU} )?(?:[^ ⟦⟧.,;]+ |⟦ORG#\\d+⟧ ){0,6}?"?{EVENT|INIT:from}` }),
  ru({ name: 'ru.held-in.near-town', type: 'HELD_IN', dating: 'span',
    pattern: `{EVENT|INIT:from}"?,? (?:котор\\p{L}+ )?(?:${DATE} )?${HELD_AFTER_EVENT_RU} (?:${DATE} )?${NEAR_TOWN_RU}` }),
  // «Минск … . В апреле здесь заседала комиссия», «здесь же прошло учение «Поиск»»: «здесь» is the place named last as a venue, as
  // «там же» (not a city put as a subject, «Минск принимает …», which the engine reads as its state).
  ru({ name: 'ru.held-in.here-body-sat', type: 'HELD_IN', dating: 'span', toFallback: 'priorVenue',
    pattern: `(?<![\\p{L}])[Зз]десь(?: же)?,? (?:(?:уже|также|тоже|вновь|ранее|впервые) )?(?:⟦DATE#\\d+⟧ )?(?<from>заседал\\p{L}*|собрал(?:ся|ась|ись|ось)|соберется|соберётся|соберутся) (?:[\\p{L}-]+ ){0,3}⟦ORG#\\d+⟧` }),
  ru({ name: 'ru.held-in.here', type: 'HELD_IN', dating: 'span', toFallback: 'priorVenue',
    pattern: `(?<![\\p{L}])[Зз]десь(?: же)?,? (?:(?:уже|также|тоже|вновь|ранее|впервые) )?(?:⟦DATE#\\d+⟧ )?${HELD_RU} (?:${EXERCISE_NOUN_RU} )?"?{EVENT|INIT|MEET:from}` }),
  // «Коллективные миротворческие силы ОДКБ за несколько дней развернулись в Казахстане», «миротворцы ОДКБ отправились на операцию — в Казахстан».
  ru({ name: 'ru.held-in.deployed-moved', type: 'HELD_IN', dating: 'span',
    pattern: `(?:⟦ORG#\\d+⟧|контингент\\p{L}*|миротворц\\p{L}*|войск\\p{L}*|подразделени\\p{L}*|военнослужащ\\p{L}*)(?: ⟦ORG#\\d+⟧)?(?: [^.;⟦]{0,40}?)? (?<from>развернул\\p{L}*|развёрнут\\p{L}*|развернут\\p{L}*|отправил\\p{L}*)(?: на [а-яё ]{1,40}? [—–-])? (?:(?:именно|только|впервые) )?(?:в|во) {STATE|PLACE:to}` }),
  // «человек, который командовал миротворцами в Казахстане»: the operation there.
  ru({ name: 'ru.held-in.commanded-troops', type: 'HELD_IN', dating: 'span',
    pattern: `(?<from>(?:командовал|руководил)\\p{L}* (?:[а-яё]+ )?(?:миротворц|контингент|войск|операци|мисси)\\p{L}*(?: ⟦ORG#\\d+⟧)?) (?:в|во) {STATE|PLACE:to}` }),
  // «Параллельно там же прошли учения «Поиск» и «Эшелон»», «учение «Кобальт» прошло там же»: held where the sentence or the one before
  // placed something last (en.held-in.there is the English twin).
  ru({ name: 'ru.held-in.same-place', type: 'HELD_IN', dating: 'span', toFallback: 'priorVenue',
    pattern: `(?<![\\p{L}])[Тт]ам(?: же)?,? (?:(?:уже|также|тоже|вновь|одновременно|параллельно|затем|потом) )?(?:⟦DATE#\\d+⟧ )?${HELD_RU} {EVENT|INIT|MEET:from}` }),
  ru({ name: 'ru.held-in.same-place-after', type: 'HELD_IN', dating: 'span', toFallback: 'priorVenue',
    pattern: `{EVENT|INIT|MEET:from}"? (?:(?:также|тоже) )?${HELD_AFTER_EVENT_RU} (?:(?:также|тоже) )?там(?: же)?(?![\\p{L}])(?!,? где)` }),
  // «тогда же в белорусской столице прошла сессия СКБ», «сессия пройдёт в таджикской столице»: the same in Russian.
  ru({ name: 'ru.held-in.described-capital-first', type: 'HELD_IN', dating: 'span',
    pattern: `(?<![\\p{L}])(?:в|во) (?<to>[а-яё]+(?:ой|ей) столице|Кремле),? (?:${DATE} )?(?:(?:уже|также|вновь|впервые) )?(?:${HELD_RU}|состоится|состоятся|состоял\\p{L}*) {EVENT|INIT|MEET:from}` }),
  ru({ name: 'ru.held-in.described-capital', type: 'HELD_IN', dating: 'span',
    pattern: `{EVENT|INIT|MEET:from}"?,? (?:котор\\p{L}+ )?(?:${DATE} )?(?:${HELD_AFTER_EVENT_RU}|состоится|состоятся|состоял\\p{L}*) (?:${DATE} )?(?:в|во) (?<to>[а-яё]+(?:ой|ей) столице|Кремле)(?![\\p{L}])` }),
  // «на саммитах в Астане в 2024 году, в Бишкеке в 2025-м и в Москве»: the same in Russian.
  ru({ name: 'ru.held-in.plural-meetings', type: 'HELD_IN', dating: 'span',
    pattern: `${PLURAL_MEETINGS_RU} (?:в|во) {PLACE:to}` }),
  ru({ name: 'ru.held-in.plural-meetings-next', type: 'HELD_IN', dating: 'span',
    pattern: `(?<=${PLURAL_MEETINGS_RU} (?:в|во) ${PLACE_DATED_RU}(?:, (?:в |во )?${PLACE_DATED_RU})*)(?:,| и|, и) (?:в |во )?{PLACE:to}` }),
];
