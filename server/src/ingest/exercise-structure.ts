/**
 * Exercise facts the sentence's structure carries rather than a verb beside both ends (round 16): units of a collective force
 * named with the states that sent them, and the place of exercises given by a possessive pronoun or by a phrase after the name.
 * Macros: see compile() in facts.ts.
 */
import { TROOPS_EN, TROOPS_SUBJECT_EN, UNITS_RU } from './exercise-participants';
import { en, ru, type Rule } from './facts';
import { EXERCISE_WORD } from './event-reference';
import { FORCES_NAME } from './forces-exercises';
import { AMONG_THEM_RU, UNIT } from './rules-ru';

/** A verb of taking part before its subject, not negated: «участвовали», «приняли участие», «были задействованы». */
const TOOK_PART_BEFORE_RU = '(?<!не )(?:приняли участие|принимали участие|примут участие|участвовали|участвуют|будут участвовать|(?:были |будут )?(?:задействованы|привлечены)|привлекались)';
/** An exercise noun in any case: «учения», «учении», «манёврах». */
export const EXERCISE_NOUN_RU = '(?:учени\\p{L}*|манёвр\\p{L}*|маневр\\p{L}*)';
/** A verb of holding an event, not negated: «прошли», «пройдёт», «проводилось». */
const HELD_RU = '(?<!не )(?:прош(?:[её]л|ла|ло|ли)|пройд[её]т|пройдут|состоится|состоятся|состоял\\p{L}*|проходил\\p{L}*|проходят|проходит|проводил(?:ся|ась|ось|ись)|проводятся|проведен[аоы]?|проведён|будут проведены)';
/** Held, or being held: the passive of «проводить» as well («проводится», «проводились»). */
const HELD_OR_HOLDING_RU = `(?:${HELD_RU}|проводится)`;
/** A series of exercises, not a programme, a plan or a document an exercise serves ("as part of the Interstate Programme"). */
const SERIES_NAME = /^(?!.*(?:programme|program|программ|plan|план|strateg|стратег|agreement|соглашени|treaty|договор|concept|концепци))/iu;
/**
 * The series an exercise is part of, named as the series or as its edition («серию «Боевое братство-2026»», an event slot when the
 * graph lacks the edition): not a meeting or a deployment, which are events too.
 */
const SERIES_OF_EXERCISES = new RegExp(`${SERIES_NAME.source}(?!.*(?:session|summit|meeting|deployment|signing|founding|сесси|саммит|заседани))`, 'iu');
/** The same after its subject, or the subject serving in the forces: "took part", "took part, serving in". */
const TOOK_PART_AFTER_EN = "(?<!not |never |n't )(?:(?:also|too|jointly|together) )?(?:took part|take part|participated|participate|joined|were involved|were deployed|trained|practi[sc]ed|rehearsed|drilled)(?![\\p{L}])";
/**
 * Units that rehearsed something, after their subject: at an exercise, what they did there («отрабатывали уничтожение …»). Not
 * negated; not «выполняли задачи», which peacekeepers also do on a real deployment.
 */
const EXERCISED_RU = '(?<!не )(?:(?:также|тоже|совместно|вместе) )?(?:отрабатывали|отработали|отрабатывают|отработают|будут отрабатывать|тренировались|участвовали|приняли участие|принимали участие|примут участие)(?![\\p{L}])';
/** A date that opens the clause before its subject: «С 9 по 15 ноября подразделения …», "On Monday, units of …". */
const OPENING_DATE = '(?:(?:[Oo]n |[Ii]n |[Ff]rom |[Bb]etween )?⟦DATE#\\d+⟧,? )?';
/** Where the units' clause begins: the sentence, or a clause after a comma ("…, and units of the CRRF from A and B took part"). */
const CLAUSE_START_EN = '(?:^|[,;] (?:and |while |as )?)';
/** A list of states after "from" / «из»: the units' states, read as slots by the rule that takes the forces. */
const STATE_LIST_EN = '⟦STATE#\\d+⟧(?:(?:,? and |, )(?:the )?⟦STATE#\\d+⟧)*';
const STATE_LIST_RU = '⟦STATE#\\d+⟧(?:(?:,? и |, )⟦STATE#\\d+⟧)*';

/**
 * Units of a collective force from the states that sent them («подразделения Коллективных миротворческих сил ОДКБ из России,
 * Белоруссии и Казахстана», "units of the CSTO Collective Peacekeeping Forces from Russia and Belarus", "soldiers from Russia and
 * Kazakhstan, serving in the CRDF"): each state takes part in the forces (labels.json), whatever the units do besides.
 */
export const EXERCISE_STRUCTURE_RULES: Rule[] = [
  ru({ name: 'ru.participates.units-of-forces-from', type: 'PARTICIPATES_IN', dating: 'none', toName: FORCES_NAME,
    pattern: `(?<![\\p{L}])${UNITS_RU} {ORG:to} (?:из|от) {STATE:from}` }),
  en({ name: 'en.participates.units-of-forces-from', type: 'PARTICIPATES_IN', dating: 'none', toName: FORCES_NAME,
    pattern: `(?<![\\p{L}])${TROOPS_EN} of {THE}{ORG:to} (?:from|of) {THE}{STATE:from}` }),
  en({ name: 'en.participates.troops-serving-in-forces', type: 'PARTICIPATES_IN', dating: 'none', toName: FORCES_NAME,
    pattern: `(?<![\\p{L}])${TROOPS_EN} (?:from|of) {THE}{STATE:from}(?:[^.;⟦]|⟦(?:DATE|PLACE|EVENT|INIT)#\\d+⟧){0,80}?,? (?:serving|deployed|assigned) (?:in|with|under) {THE}{ORG:to}` }),
  // The same units taking part in an exercise: the forces take part in it too (the one the clause names, else the one in focus).
  ru({ name: 'ru.participates.forces-by-units', type: 'PARTICIPATES_IN', dating: 'span', toFallback: 'nearExercise', fromName: FORCES_NAME,
    pattern: `(?:{EVENT|INIT:to}"?,? (?:в|к) котор\\p{L}* |(?:^|[,;] )(?:[Вв]о?|[Нн]а|[Кк]) (?:н[её]м|ней|них|нему|ним)(?:, (?:помимо|кроме) [^,;.]{1,60},)? (?:(?:также|тоже) )?)${TOOK_PART_BEFORE_RU} ${UNITS_RU} {ORG:from} (?:из|от) ⟦STATE#\\d+⟧` }),
  en({ name: 'en.participates.forces-by-units', type: 'PARTICIPATES_IN', dating: 'span', toFallback: 'nearExercise', fromName: FORCES_NAME,
    pattern: `${CLAUSE_START_EN}${OPENING_DATE}${TROOPS_SUBJECT_EN} of {THE}{ORG:from}(?: (?:from|of) {THE}${STATE_LIST_EN})? ${TOOK_PART_AFTER_EN}(?! in ⟦(?:ORG|STATE)#)` }),
  // The states those units came from take part in the exercise as well ("Units of the CRDF from Russia and Kazakhstan practised …",
  // «Подразделения КСБР из России и Казахстана отрабатывали …»): the one the sentence names, else the one the text still speaks of.
  en({ name: 'en.participates.states-by-forces-units', type: 'PARTICIPATES_IN', dating: 'span', toFallback: 'nearExercise',
    pattern: `${CLAUSE_START_EN}${OPENING_DATE}${TROOPS_SUBJECT_EN} of {THE}⟦ORG#\\d+⟧ (?:from|of) {THE}{STATE:from} ${TOOK_PART_AFTER_EN}(?! in ⟦(?:ORG|STATE)#)(?: (?:in|at) {THE}{EVENT|INIT:to})?` }),
  ru({ name: 'ru.participates.forces-units-exercised', type: 'PARTICIPATES_IN', dating: 'span', toFallback: 'nearExercise', fromName: FORCES_NAME,
    pattern: `(?:^|[,;] )${OPENING_DATE}${UNITS_RU} {ORG:from}(?: (?:из|от) ${STATE_LIST_RU})? ${EXERCISED_RU}(?: (?:в|на) (?:${EXERCISE_NOUN_RU} )?"?{EVENT|INIT:to})?` }),
  ru({ name: 'ru.participates.states-by-forces-units', type: 'PARTICIPATES_IN', dating: 'span', toFallback: 'nearExercise',
    pattern: `(?:^|[,;] )${OPENING_DATE}${UNITS_RU} ⟦ORG#\\d+⟧ (?:из|от) {STATE:from} ${EXERCISED_RU}(?: (?:в|на) (?:${EXERCISE_NOUN_RU} )?"?{EVENT|INIT:to})?` }),
  // «провёл учение «Рубеж-2026» с участием подразделений Коллективных сил быстрого развёртывания», "the Rubezh exercise, with units of
  // the CRDF": the forces take part in the exercise of the sentence (a meeting's «с участием» names its delegations, not forces; "with
  // the forces watching" is no part in it).
  ru({ name: 'ru.participates.forces-with', type: 'PARTICIPATES_IN', dating: 'span', toFallback: 'meeting', fromName: FORCES_NAME, context: EXERCISE_WORD,
    pattern: `(?<![\\p{L}])с участием (?:${UNITS_RU} )?{ORG:from}` }),
  en({ name: 'en.participates.forces-with', type: 'PARTICIPATES_IN', dating: 'span', toFallback: 'meeting', fromName: FORCES_NAME, context: EXERCISE_WORD,
    pattern: `(?<![\\p{L}])(?:(?:with the participation of|involving) (?:${TROOPS_EN} (?:of|from) )?|with ${TROOPS_EN} (?:of|from) )(?:the )?{ORG:from}(?! (?:did not|didn't|will not|won't|watching|looking on))` }),
  en({ name: 'en.participates.forces-by-serving-units', type: 'PARTICIPATES_IN', dating: 'span', toFallback: 'nearExercise', fromName: FORCES_NAME,
    pattern: `(?:^|[,;] )${TROOPS_SUBJECT_EN} (?:from|of) {THE}⟦STATE#\\d+⟧(?:(?:,? and |, )(?:the )?⟦STATE#\\d+⟧)* ${TOOK_PART_AFTER_EN}(?: in {THE}{EVENT|INIT:to})?,? (?:serving|deployed|assigned) (?:in|with|under) {THE}{ORG:from}` }),
  // Forces that rehearsed or practised something at an exercise took part in it: "the alliance's Collective Rapid Reaction Forces rehearsed
  // repelling an incursion, in an exercise called Interaction", «Коллективные миротворческие силы отработали задачи на учении «Нерушимое
  // братство»». Forces only: a body that "tested" a plan at an exercise may have watched it.
  en({ name: 'en.participates.forces-rehearsed-at', type: 'PARTICIPATES_IN', dating: 'span', fromName: FORCES_NAME,
    pattern: `{ORG:from} {AUX}(?:(?:also|again|jointly) )?(?:rehearsed|rehearse|practised|practiced|practise|practice|drilled|trained|honed|worked on|tested)(?![\\p{L}])(?:[^.;⟦]|⟦(?:DATE|PLACE|STATE)#\\d+⟧){0,100}? (?:in|at|during) (?:(?:an?|the|this year's|their|its) )?(?:(?:[a-z-]+ ){0,2}(?:exercises?|drills?|manoeuvres|maneuvers)(?: (?:called|named|dubbed|code-named))?,? )?"?{EVENT|INIT:to}` }),
  ru({ name: 'ru.participates.forces-rehearsed-at', type: 'PARTICIPATES_IN', dating: 'span', fromName: FORCES_NAME,
    pattern: `{ORG:from} (?:(?:также|вновь|совместно) )?(?<!не )(?:отработали|отрабатывали|отработают|будут отрабатывать|тренировались|будут тренироваться)(?![\\p{L}])(?:[^.;⟦]|⟦(?:DATE|PLACE|STATE)#\\d+⟧){0,100}? (?:на|в ходе|во время) (?:${EXERCISE_NOUN_RU} )?"?{EVENT|INIT:to}` }),
  // The forces the sentence before spoke of, by a possessive before their exercise: "… focused on the Collective Rapid Reaction
  // Forces. Their annual Interaction exercise took place in Russia", «… Коллективные силы оперативного реагирования. Их ежегодное
  // учение «Взаимодействие» прошло …». Forces only: "Its annual exercise" after the bloc is the bloc's own (no participant read).
  en({ name: 'en.participates.forces-possessive-exercise', type: 'PARTICIPATES_IN', dating: 'span', fromFallback: 'priorOrMainOrg', fromName: FORCES_NAME,
    pattern: `^["“]?(?:Their|Its) (?:(?:annual|regular|yearly|main|traditional|biggest|largest|latest|next) )?(?:[a-z-]+ )?"?{EVENT|INIT:to}"?(?: (?:[a-z-]+ )?(?:exercises?|drills?|manoeuvres|maneuvers))` }),
  ru({ name: 'ru.participates.forces-possessive-exercise', type: 'PARTICIPATES_IN', dating: 'span', fromFallback: 'priorOrMainOrg', fromName: FORCES_NAME,
    pattern: `^["«]?(?:Их|Его) (?:(?:ежегодн|регулярн|традиционн|главн|крупнейш|очередн)\\p{L}* )?(?:[а-яё-]+ )?${EXERCISE_NOUN_RU} "?{EVENT|INIT:to}` }),
  // «Беларусь стала площадкой подготовки. В сентябре на её территории прошли учения «А» и «Б»», "Belarus … The drills were held on its
  // soil": the state the possessive stands for is the last place this sentence or the one before named. ('pronoun' in the names:
  // coordination spreads no list over the state, which this sentence may name again in another role.)
  ru({ name: 'ru.held-in.pronoun-territory', type: 'HELD_IN', dating: 'span', toFallback: 'priorPlace',
    pattern: `(?<![\\p{L}])на (?:е[её]|его) (?:территории|земле|полигон\\p{L}*)(?: ⟦DATE#\\d+⟧)? (?:(?:уже|также|вновь|впервые) )?${HELD_RU} (?:${EXERCISE_NOUN_RU}(?: [^ ⟦⟧.,;]+)? )?{EVENT|INIT|MEET:from}` }),
  en({ name: 'en.held-in.pronoun-territory', type: 'HELD_IN', dating: 'span', toFallback: 'priorPlace',
    pattern: `{EVENT|INIT|MEET:from}"? (?:(?:was|were|will be|is|are|has been|have been) (?:held|staged|conducted|run)|took place|take place|will take place) on (?:its|her) (?:territory|soil)` }),
  // «учения «Боевое братство» в Беларуси и Таджикистане»: an exercise named with its place, without a verb (the English
  // "Interaction in Belarus" is en.held-in.phrase). The noun must say it is an exercise: a meeting's series is held in no one place.
  ru({ name: 'ru.held-in.exercise-phrase', type: 'HELD_IN', dating: 'span',
    pattern: `(?<![\\p{L}])${EXERCISE_NOUN_RU}(?: [^ ⟦⟧.,;]+)? {EVENT|INIT:from}"? (?:в|во|на территории) {PLACE|STATE:to}` }),
  // "The peacekeepers took part in Indestructible Brotherhood in Kyrgyzstan", «КМС участвовали в «Нерушимом братстве» в Киргизии»: the
  // place after the exercise a verb of taking part names is where it was held (a series' name alone, without "exercise", as the
  // phrase rules do not read it). Whether or not the subject took part: the exercise was held there. Not a programme's name.
  en({ name: 'en.held-in.took-part-in', type: 'HELD_IN', dating: 'span', fromName: SERIES_NAME,
    pattern: `(?<![\\p{L}])(?:took part|take part|takes part|taking part|participated|participate|participates|participating|joined|join|joins|were involved|was involved) in {THE}(?:(?:[a-z-]+ ){0,2}(?:exercises?|drills?) )?{EVENT|INIT:from}"?(?: (?:[a-z-]+ ){0,2}(?:exercises?|drills?|manoeuvres|maneuvers))? (?:in|at) {THE}{PLACE|STATE:to}` }),
  ru({ name: 'ru.held-in.took-part-in', type: 'HELD_IN', dating: 'span', fromName: SERIES_NAME,
    pattern: `(?<![\\p{L}])(?:участвовал\\p{L}*|участвуют|участвует|будут участвовать|(?:принял|принима|прим)\\p{L}* участие) (?:в|во) (?:${AMONG_THEM_RU})?(?:${EXERCISE_NOUN_RU}(?: [^ ⟦⟧.,;]+)? )?"?{EVENT|INIT:from}"? (?:в|во|на территории) {PLACE|STATE:to}` }),
  // "peacekeeping units trained in Kyrgyzstan during the Indestructible Brotherhood drill", «миротворцы тренировались в Киргизии в ходе
  // учения «Нерушимое братство»»: where troops trained in an exercise is where it was held.
  en({ name: 'en.held-in.trained-during', type: 'HELD_IN', dating: 'span', fromName: SERIES_NAME,
    pattern: `(?:${TROOPS_EN}|⟦ORG#\\d+⟧) (?:(?:also|jointly) )?(?<!not |never )(?:trained|exercised|drilled|practi[sc]ed) in {STATE:to}(?: (?:in |on )?⟦DATE#\\d+⟧)? (?:during|at|in the course of) {THE}(?:[a-z-]+ ){0,2}?{EVENT|INIT:from}` }),
  ru({ name: 'ru.held-in.trained-during', type: 'HELD_IN', dating: 'span', fromName: SERIES_NAME,
    pattern: `(?:${UNITS_RU}|миротворц\\p{L}*|⟦(?:ORG|STATE)#\\d+⟧) (?:(?:также|совместно) )?(?<!не )(?:тренировались|отрабатывали [^.;⟦]{1,60}?|действовали) (?:в|во|на территории) {STATE:to}(?: ⟦DATE#\\d+⟧)? (?:в ходе|во время|на) (?:${EXERCISE_NOUN_RU} )?"?{EVENT|INIT:from}` }),
  // An exercise held within a series: «Учение «Поиск» проводится в рамках учения «Боевое братство»», «в рамках «Боевого братства» прошли
  // учения «А» и «Б»», «в его рамках прошли …» (the series named before), "Search and Echelon ran under the umbrella of Combat
  // Brotherhood", "all three exercises of the Combat Brotherhood series — A, B and C". Not a programme or a plan the exercise serves.
  ru({ name: 'ru.part-of.exercise-within', type: 'PART_OF', dating: 'none', toName: SERIES_OF_EXERCISES,
    pattern: `{EVENT|INIT:from}"?(?: ⟦(?:DATE|ORG)#\\d+⟧)?(?: (?:в|во|на|под) ⟦(?:PLACE|STATE)#\\d+⟧)?(?:,? (?:котор\\p{L}*|что))? (?:(?:также|уже|ежегодно|тогда) )?${HELD_OR_HOLDING_RU}(?:[^.;⟦]|⟦(?:DATE|PLACE|STATE)#\\d+⟧){0,60}? (?:в рамках|под (?:общим )?(?:замыслом|эгидой)) (?:[^ ⟦⟧.,;]+ ){0,4}?{EVENT|INIT:to}` }),
  // «Оба учения вошли в комплекс мероприятий «Боевое братство»», «Учение «Поиск» входит в состав «Боевого братства»»: a series the
  // exercise is counted in. (A plural subject that only refers back, «оба учения», names no exercise here: the rule needs the name.)
  ru({ name: 'ru.part-of.exercise-entered', type: 'PART_OF', dating: 'none', toName: SERIES_OF_EXERCISES,
    pattern: `{EVENT|INIT:from}"?(?: (?:в|во|на) ⟦(?:PLACE|STATE)#\\d+⟧)?(?:,? (?:котор\\p{L}*|что))? (?:(?:также|уже|традиционно) )?(?<!не )(?:вош(?:ло|ла|ли|[её]л)|входит|входят|входил\\p{L}*|включ[её]н\\p{L}*|включено) в (?:состав|комплекс|программу|цикл|серию|число)(?: [^ ⟦⟧.,;]+){0,2} "?{EVENT|INIT:to}` }),
  ru({ name: 'ru.part-of.within-exercise', type: 'PART_OF', dating: 'none', toName: SERIES_OF_EXERCISES,
    pattern: `(?<![\\p{L}])в рамках (?:[^ ⟦⟧.,;]+ ){0,4}?{EVENT|INIT:to}"?(?: ⟦DATE#\\d+⟧)?,? (?:(?:также|уже) )?${HELD_OR_HOLDING_RU} (?:[^ ⟦⟧.,;]+ |⟦(?:ORG|DATE)#\\d+⟧ ){0,6}?{EVENT|INIT:from}` }),
  ru({ name: 'ru.part-of.within-pronoun', type: 'PART_OF', dating: 'none', toName: SERIES_NAME, toFallback: 'previousInit',
    pattern: `(?<![\\p{L}])в (?:его|е[её]|их) рамках,? (?:(?:также|уже) )?${HELD_OR_HOLDING_RU} (?:[^ ⟦⟧.,;]+ |⟦(?:ORG|DATE)#\\d+⟧ ){0,6}?{EVENT|INIT:from}` }),
  en({ name: 'en.part-of.exercise-within', type: 'PART_OF', dating: 'none', toName: SERIES_OF_EXERCISES,
    pattern: `{EVENT|INIT:from}"?(?: (?:exercises?|drills?|manoeuvres|maneuvers))?(?:[^.;⟦]|⟦(?:DATE|PLACE|STATE|ORG)#\\d+⟧){0,60}? (?:under the umbrella of|as (?:a |the )?(?:part|stage|phase)s? of|within the framework of|in the framework of) {THE}(?:(?:wider|broader|larger|overall|joint|annual|strategic) )*{EVENT|INIT:to}` }),
  en({ name: 'en.part-of.exercises-of-series-listed', type: 'PART_OF', dating: 'none', toName: SERIES_OF_EXERCISES,
    pattern: `(?<![\\p{L}])(?:(?:all|both|the) )?(?:(?:two|three|four|five) )?(?:exercises|drills|stages|phases) of {THE}(?:⟦ORG#\\d+⟧['’]s )?{EVENT|INIT:to}(?: (?:series|cycle|exercise))?(?:[^—:.;⟦]|⟦(?:DATE|PLACE|STATE)#\\d+⟧){0,80}?(?: —|:) {EVENT|INIT:from}` }),
  // "Both were part of the Combat Brotherhood series", "All three drills were held under the umbrella of …": as the Russian rule below.
  en({ name: 'en.part-of.plural-exercises', type: 'PART_OF', dating: 'none', toName: SERIES_OF_EXERCISES,
    pattern: `(?:^|[,;:] )(?<from>(?:[Bb]oth|[Aa]ll (?:three|four)|[Tt]he (?:two|three|four))(?: (?:exercises|drills|manoeuvres|maneuvers))?|[Tt]hese (?:exercises|drills|manoeuvres|maneuvers)) (?:were|are) (?:(?:also|all) )?(?:(?:part|stages|phases|components) of|(?:held|staged|conducted) (?:as (?:part|stages|phases) of|under the umbrella of|within the framework of)) {THE}(?:⟦ORG#\\d+⟧['’]s )?(?:(?:wider|broader|larger|annual|joint) )*{EVENT|INIT:to}` }),
  // "The Combat Brotherhood exercise … included the Search and Echelon drills", «Боевое братство» включало учения «Поиск» и «Эшелон»»:
  // the series named as the subject of its parts.
  en({ name: 'en.part-of.series-included', type: 'PART_OF', dating: 'none', toName: SERIES_OF_EXERCISES,
    pattern: `{EVENT|INIT:to}"?(?: (?:exercises?|drills?|manoeuvres|maneuvers|series))?(?:[^.;⟦]|⟦(?:DATE|PLACE|STATE|ORG|PERSON|NAME)#\\d+⟧){0,120}? (?<!not |never )(?:included|includes|will include|comprised|comprises|consisted of|consists of|encompassed) {THE}(?:(?:[a-z-]+ ){0,2}(?:exercises?|drills?) )?"?{EVENT|INIT:from}` }),
  ru({ name: 'ru.part-of.series-included', type: 'PART_OF', dating: 'none', toName: SERIES_OF_EXERCISES,
    pattern: `{EVENT|INIT:to}"?(?:[^.;⟦]|⟦(?:DATE|PLACE|STATE|ORG|PERSON|NAME)#\\d+⟧){0,120}? (?<!не )(?:включал[аои]?|включает|включит|включило|объединил[аои]?|объединяет) (?:в себя )?(?:(?:[а-яё-]+ )?${EXERCISE_NOUN_RU} )?"?{EVENT|INIT:from}` }),
  // «Оба учения, по традиции, проводились под общим замыслом «Боевого братства»», «Все три учения вошли в …»: the plural noun stands for the exercises named just before (ellipsis-event.ts's everyExerciseInSeries spreads it over them).
  ru({ name: 'ru.part-of.plural-exercises', type: 'PART_OF', dating: 'none', toName: SERIES_OF_EXERCISES,
    pattern: `(?:^|[,;:] )(?<from>(?:[Оо]ба|[Оо]бе|[Вв]се (?:два|три|четыре)|[Ээ]ти|[Вв]се эти) (?:учения|маневра|манёвра|мероприятия))(?:, [^,.;⟦]{1,30},)? (?:(?:также|уже|традиционно) )?(?:вошли в (?:состав|комплекс|программу|цикл|серию)(?: [^ ⟦⟧.,;]+){0,2}|(?:проводились|прошли|проходили) (?:в рамках|под (?:общим )?(?:замыслом|эгидой))(?: [^ ⟦⟧.,;]+){0,2}) "?{EVENT|INIT:to}` }),
  // The exercise fronted before the verb of sending: «Казахстан в этом году на «Взаимодействие» прислал не батальон, а роту»,
  // «Киргизия на учение «Поиск» направила лишь взвод». Not observers («прислал лишь наблюдателей»), nor a refusal («не прислал»).
  // The corrective «не X, а Y» is no negation (negates: the pattern itself refuses «не прислал», «прислал ни одного»).
  ru({ name: 'ru.participates.sent-to-fronted', type: 'PARTICIPATES_IN', dating: 'span', negates: true,
    pattern: `{STATE:from}(?: [^ ⟦⟧.,;]+| ⟦DATE#\\d+⟧){0,3}?,? (?:на|в) (?:${EXERCISE_NOUN_RU} )?"?{EVENT|INIT:to}"?(?: (?!(?:не|ни)(?![\\p{L}]))[^ ⟦⟧.,;]+){0,3}? (?<!не )(?:прислал|присылал|пришл[её]т|направил|направит|направлял|выделил|выделит|отправил|отправит)\\p{L}* (?!ни )(?:не (?:только )?[^.;]{1,40}?,? (?:как [^,.;]{1,30}, )?(?:а|но и) )?(?:лишь |только |всего |уже )?(?![^.;⟦]{0,40}?наблюдател)(?:[^ ⟦⟧.,;]+ ){0,2}?${UNIT}` }),
];
