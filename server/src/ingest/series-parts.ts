/**
 * Exercises held within a series, told with the series first and its parts after it (round 20, STRUCT): a relative clause on the
 * series ("Combat Brotherhood-2026, within which the CRRF held Interaction and … Search and Echelon", «учение «Боевое
 * братство-2026», в рамках которого прошли учения «Взаимодействие», «Поиск» и «Эшелон»»), the series fronted ("As part of Combat
 * Brotherhood, the forces held Interaction and Search") and the series as an umbrella over a colon list ("Three exercises ran under
 * the Combat Brotherhood umbrella: Interaction, …; Search, …; and Echelon"). exercise-structure.ts reads the other order (the part
 * first, «Поиск» проводился в рамках …). Each exercise the part names is one PART_OF (facts.ts's endsOf spreads a list of names).
 * Macros: see compile() in facts.ts.
 */
import { en, ru, type Rule } from './facts';

/** A series of exercises, not a programme, a plan or a meeting (as exercise-structure.ts's SERIES_OF_EXERCISES). */
const SERIES = /^(?!.*(?:programme|program|программ|plan|план|strateg|стратег|agreement|соглашени|treaty|договор|concept|концепци|session|summit|meeting|deployment|signing|founding|сесси|саммит|заседани))/iu;

/**
 * The exercises a clause names after its verb: named exercises with the forces or dates between them ("Interaction and specialist
 * units conducted Search (intelligence) and Echelon"), not a place (a state or city there would make the list a phrase).
 */
const PARTS = '(?<from>(?:[^.;⟦]|⟦(?:ORG|DATE)#\\d+⟧){0,30}?⟦(?:EVENT|INIT)#\\d+⟧(?:(?:[^.;⟦]|⟦(?:ORG|DATE)#\\d+⟧){0,50}?⟦(?:EVENT|INIT)#\\d+⟧){0,5})';
/** The same over a colon list whose items are told apart by semicolons ("Interaction, in which …; Search, for …; and Echelon"). */
const PARTS_LISTED = '(?<from>⟦(?:EVENT|INIT)#\\d+⟧(?:(?:[^.⟦]|⟦(?:ORG|DATE)#\\d+⟧){0,140}?⟦(?:EVENT|INIT)#\\d+⟧){0,5})';
/** Named exercises joined as the subject of a clause: "Search and Echelon", «„Поиск“ и „Эшелон“». */
const SUBJECTS = '(?<from>⟦(?:EVENT|INIT)#\\d+⟧(?:"?(?:,|,? and|,? и) "?⟦(?:EVENT|INIT)#\\d+⟧){0,4})';
/** A verb that holds an exercise, not negated: "held", "conducted", "staged". */
const HELD_EN = '(?<!not |never |n\'t )(?:held|conducted|staged|ran|practi[sc]ed|rehearsed|hold|holds|will hold|conduct|conducts|were held|was held|were staged|were conducted|took place)';
/** The same in Russian, past, present or future: «прошли», «проводились», «состоялось». */
const HELD_RU = '(?<!не )(?:прош(?:[её]л|ла|ло|ли)|пройд[её]т|пройдут|состоял\\p{L}*|состоится|состоятся|проходил\\p{L}*|проходят|проходит|проводил\\p{L}*|проводятся|проводится|провели|проведут|проведены|были проведены|отработали)';
/** The noun a series is named with: "the Combat Brotherhood exercise", «учения «Боевое братство»». */
const SERIES_NOUN_EN = '(?: (?:exercises?|drills?|manoeuvres|maneuvers|series|cycle|umbrella|framework))?';
const EXERCISE_NOUN_RU = '(?:(?:[а-яё-]+(?:ое|ого|ее|его|ые|ых) ){0,2}(?:учени\\p{L}*|манёвр\\p{L}*|маневр\\p{L}*) )?';

export const SERIES_PART_RULES: Rule[] = [
  // "Combat Brotherhood-2026 in Belarus, within which the CRRF held Interaction and …", "the series, as part of which Search was staged".
  en({ name: 'en.part-of.series-within-which', type: 'PART_OF', dating: 'none', toName: SERIES, fromName: SERIES,
    pattern: `{EVENT|INIT:to}"?${SERIES_NOUN_EN}(?:[^.;⟦]|⟦(?:DATE|PLACE|STATE)#\\d+⟧){0,60}?,? (?:within which|as part of which|under which|in the course of which|in the framework of which) (?:[^.;⟦]|⟦(?:ORG|DATE|PLACE|STATE)#\\d+⟧){0,60}?${HELD_EN} ${PARTS}` }),
  // «… «Боевое братство-2026», в рамках которого в сентябре в Белоруссии прошли учения «Взаимодействие», «Поиск» и «Эшелон»».
  ru({ name: 'ru.part-of.series-within-which', type: 'PART_OF', dating: 'none', toName: SERIES, fromName: SERIES,
    pattern: `{EVENT|INIT:to}"?(?:[^.;⟦]|⟦(?:DATE|PLACE|STATE)#\\d+⟧){0,60}?,? (?:в рамках|в ходе) котор\\p{L}* (?:[^.;⟦]|⟦(?:ORG|DATE|PLACE|STATE)#\\d+⟧){0,60}?${HELD_RU} ${PARTS}` }),
  // The parts as the subject of a passive: "…, as part of which Interaction was staged near Brest", «…, в рамках которого «Поиск» и
  // «Эшелон» прошли в Киргизии».
  en({ name: 'en.part-of.series-within-which-passive', type: 'PART_OF', dating: 'none', toName: SERIES, fromName: SERIES,
    pattern: `{EVENT|INIT:to}"?${SERIES_NOUN_EN}(?:[^.;⟦]|⟦(?:DATE|PLACE|STATE)#\\d+⟧){0,60}?,? (?:within which|as part of which|in the course of which|in the framework of which) (?:the )?${SUBJECTS}"?(?: (?:exercises?|drills?))? (?:was|were) (?:also )?(?<!not )(?:held|staged|conducted|run)(?![\\p{L}])` }),
  ru({ name: 'ru.part-of.series-within-which-subject', type: 'PART_OF', dating: 'none', toName: SERIES, fromName: SERIES,
    pattern: `{EVENT|INIT:to}"?(?:[^.;⟦]|⟦(?:DATE|PLACE|STATE)#\\d+⟧){0,60}?,? (?:в рамках|в ходе) котор\\p{L}* (?:⟦DATE#\\d+⟧ )?${EXERCISE_NOUN_RU}"?${SUBJECTS}"? ${HELD_RU}` }),
  // "As part of Combat Brotherhood, the CRRF held Interaction and Search": the series fronted, the parts after the verb.
  en({ name: 'en.part-of.series-fronted', type: 'PART_OF', dating: 'none', toName: SERIES, fromName: SERIES,
    pattern: `(?:^|[,;:] )(?:as part of|within|within the framework of|in the framework of|under the umbrella of|under) {THE}(?:[a-z-]+ ){0,2}?{EVENT|INIT:to}"?${SERIES_NOUN_EN}(?: ⟦DATE#\\d+⟧)?, (?:[^.;⟦]|⟦(?:ORG|DATE|PLACE|STATE)#\\d+⟧){0,60}?${HELD_EN} ${PARTS}` }),
  // "Three exercises ran under the Combat Brotherhood umbrella: Interaction, …; Search, …; and Echelon", «В рамках «Боевого братства»
  // прошли три учения: …».
  en({ name: 'en.part-of.series-umbrella-list', type: 'PART_OF', dating: 'none', toName: SERIES, fromName: SERIES,
    pattern: `(?<!not |never |n't )(?:ran|were held|were staged|were conducted|took place|were run|held|staged) (?:under|within|as part of|in the framework of) {THE}(?:[a-z-]+ ){0,2}?{EVENT|INIT:to}"?${SERIES_NOUN_EN}(?: ⟦DATE#\\d+⟧)?: ${PARTS_LISTED}` }),
  ru({ name: 'ru.part-of.series-fronted-list', type: 'PART_OF', dating: 'none', toName: SERIES, fromName: SERIES,
    pattern: `(?<![\\p{L}])[Вв] рамках ${EXERCISE_NOUN_RU}"?{EVENT|INIT:to}"?(?: ⟦DATE#\\d+⟧)?(?:[^.;:⟦]|⟦(?:DATE|PLACE|STATE)#\\d+⟧){0,60}?${HELD_RU}(?:[^.;:⟦]){0,40}?: ${PARTS_LISTED}` }),
];
