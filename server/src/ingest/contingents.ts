/**
 * Who took part in a deployment or an exercise, and who directed it, read by the frame rather than one wording (round 23):
 *
 * - a deployment: a collective force (or the organization) that a verb of movement, presence or withdrawal places in a state or a city
 *   ("the CPF flew into Kazakhstan", "the last units of the CPF left Kazakhstan", «КМС развернулись в Казахстане», «были развёрнуты
 *   в Казахстане», «побывали в Казахстане», «покинули страну»), or that sent troops there ("the bloc sent 2,000 troops to Kazakhstan",
 *   «ОДКБ направила миротворцев в Казахстан»): the force takes part in an operation the graph has no entity for ("?", the verb's words).
 *   Not in a sentence about an exercise (forces arriving at a range take part in the exercise, which the exercise rules read).
 * - the exercise in focus and its participants named after a bare verb of taking part: «Участвовали Россия, Белоруссия и Казахстан»,
 *   «В нём приняли участие около 600 военнослужащих из России и Белоруссии», «В учении участвовали военнослужащие Казахстана», "Taking
 *   part were Russia, Belarus and Kazakhstan", "Joining them were units from Kyrgyzstan and Tajikistan".
 * - a body that directed an exercise with an aside between subject and verb ("The Joint Staff, under General X, conducted Interaction",
 *   "The CSTO Joint Staff under Colonel General X conducted the Interaction and Echelon exercises"), an exercise named after a noun of its
 *   kind in apposition ("The year's main exercise, Combat Brotherhood, was conducted by the Joint Staff"), and the body a noun of
 *   responsibility names ("Planning and command of the exercise were the responsibility of the Joint Staff", «Ответственность за
 *   проведение учения несёт Объединённый штаб»).
 *
 * Guards: the rules' own (a negation in the match, a modal, a doubt, a question; plans are undecided.ts's), an exercise word for the
 * deployment frame, an observer for the participants.
 * Macros: see compile() in facts.ts.
 */
import { en, ru, type Rule } from './facts';
import { FORCES_NAME } from './forces-exercises';


/** A collective force, or the organization itself (which sent its peacekeepers): "CSTO", «ОДКБ», by the entity's name. */
const FORCE_OR_BLOC = /(?<![\p{L}])(?:forces|сил\p{L}*|Collective Security Treaty Organi[sz]ation)(?![\p{L}])/iu;
/** A sentence about an exercise: forces that arrive at a range take part in the exercise, not in an operation. */
const EXERCISE_TALK = /(?<![\p{L}])(?:exercis\p{L}*|drills?|manoeuvres|maneuvers|war ?games|training|учени\p{L}*|манёвр\p{L}*|маневр\p{L}*|полигон\p{L}*|тренировк\p{L}*)(?![\p{L}])/iu;
/** Observers are no participants: "Kazakhstan sent observers only", «направила лишь наблюдателей». */
const OBSERVERS = /(?<![\p{L}])(?:observers?|наблюдател\p{L}*)(?![\p{L}])/iu;

/** Troops as English nouns. */
const TROOPS_EN = '(?:troops|soldiers|servicemen|service members|personnel|peacekeepers|paratroopers|units|contingents?|forces|battalions?|companies)';
/** How many, before the troops: "about 2,000", "some 3,000". */
const COUNT_EN = '(?:(?:about|some|around|roughly|nearly|almost|more than|over|up to|at least) )?(?:[\\d,]+ )?';

/**
 * A verb that places forces in a state or a city, or takes them out of it, with its preposition (not "sent / deployed / flew to X", which
 * rules-en.ts reads): "were deployed in", "arrived in", "left", "withdrew from", "pulled out of".
 */
const PLACED_EN =
  '(?:(?:(?:were|was|had been|have been|has been) (?:deployed|stationed|present|on the ground|used|based) in|arrived in|landed in|were on the ground in|served in|left|withdrew from|pulled out of|(?:were|was|had been|have been|has been) (?:withdrawn|pulled out) (?:from|of)|returned home from|came home from))';
/** The same in Russian, past and passive («развернулись», «были развёрнуты», «побывали», «применялись», «покинули», «были выведены»), not nouns. */
const PLACED_RU =
  '(?:(?:были |был[аио]? )?(?:развернул(?:ись|ся|ась)|развёрнут[аоы]?|развернут[аоы]?|развёрнут(?:ые|ых)|побывал[аио]?|применял(?:ись|ся|ась)|применены|применены впервые|находил(?:ись|ся|ась)|действовал[аио]?|размещ[её]н[аоы]?|покинул[аио]?|выведен[аоы]?|выводил(?:ись|ся|ась)|прибыл[аио]?|вошл[аио]?))';
/** Sent or brought in, which rules-ru.ts reads before a slot of a state; here before «страну», «республику». */
const SENT_RU = '(?:(?:были |был[аио]? )?(?:направлен(?:[аоы]|ные|ных)?|введен(?:[аоы]|ные|ных)?|введён[аоы]?|переброшен(?:[аоы]|ные|ных)?))';
/** What may stand between the verb and the place: a date, a few words ("within days", «всего за несколько дней»). */
const GAP_EN = '(?:(?:[^.;⟦]|⟦DATE#\\d+⟧){0,60}? )?';
const GAP_RU = '(?:(?:[^.;⟦]|⟦DATE#\\d+⟧){0,50}? )?';
/** Not a body that owns the subject ("Secretary-General of the CSTO, arrived in Astana"): "of" only after the force's units. */
const NOT_OWNED_EN = '(?<!(?<!units|troops|contingents|elements|peacekeepers) of (?:the |its )?)';
/** Units of the force before it: "the last units of the CPF", «подразделения КМС». */
const UNITS_OF_EN = '(?:(?:[Tt]he )?(?:(?:last|first|remaining|main) )?(?:units|troops|contingents|elements|peacekeepers) of )?';

/** A bare verb of taking part that opens the sentence (the exercise left out is the one in focus). */
const TOOK_PART_OPENING_RU = '^(?:(?:[Тт]акже|[Кк]роме того,|[Вв]сего|[Тт]огда) )?(?:[Уу]частвовали|[Пп]риняли участие|[Пп]ринимали участие|(?:[Бб]ыли )?[Зз]адействованы)';
/** A count before the troops, in the genitive: «около 600», «более 2,5 тыс.», «свыше полутора тысяч». */
const COUNT_RU = '(?:(?:около|более|свыше|порядка|до|почти|примерно|всего|[\\d\\s,.]+|тыс\\.|тысяч\\p{L}*|тысяч[аи]|сотн\\p{L}*|полутора|двух|тр[её]х|четыр[её]х|пяти) )*';
/** Troops in the genitive after a count, or in the nominative: «военнослужащих», «военнослужащие», «подразделения», «миротворцы». */
const TROOPS_RU = '(?:военнослужащи[хе]|военны[хе]|миротворц(?:ев|ы)|бойц(?:ов|ы)|человек|подразделени[йя]|контингент(?:ов|ы)|(?:воинские |миротворческие )?контингенты|(?:воинских |миротворческих )?контингентов|военнослужащих)';
/** A kind of units between the troops and the state: «военнослужащих сухопутных войск из России». */
const KIND_RU = '(?:(?!из |от |и |не )[а-яё-]+ ){0,3}?';

/** An aside after a body before its verb: "under Colonel General X", "led by X", "headed by X". */
const UNDER_EN = '(?:,? (?:under|led by|headed by|commanded by) (?:[^.;,⟦]|⟦(?:PERSON|NAME|ORG)#\\d+⟧){1,80}?,?)';

export const CONTINGENT_RULES: Rule[] = [
  // "The Collective Peacekeeping Forces flew into Kazakhstan within days", "The last units of the CPF left Kazakhstan on Wednesday".
  en({ name: 'en.participates.force-placed', type: 'PARTICIPATES_IN', dating: 'span', fromName: FORCE_OR_BLOC, unless: EXERCISE_TALK,
    pattern: `(?:^|[,;:] (?:and |but |when |while |as )?|(?<![\\p{L}])(?:[Tt]he |[Ii]ts |[Tt]heir )?)${UNITS_OF_EN}{THE}${NOT_OWNED_EN}{ORG:from},? {AUX}(?:(?:only|first|all|quickly|swiftly) )?(?<to>${PLACED_EN}) (?:⟦DATE#\\d+⟧ )?(?:the )?⟦(?:STATE|PLACE)#\\d+⟧` }),
  // "the CSTO sent some 2,000 peacekeeping troops to Kazakhstan", "the bloc deployed its peacekeepers to Almaty".
  en({ name: 'en.participates.bloc-sent-troops', type: 'PARTICIPATES_IN', dating: 'span', fromName: FORCE_OR_BLOC, unless: EXERCISE_TALK,
    pattern: `${NOT_OWNED_EN}{ORG:from},? {AUX}(?<to>sent|dispatched|deployed|flew in|rushed) ${COUNT_EN}(?:(?:its|their|the) )?(?:[a-z-]+ ){0,2}?${TROOPS_EN} (?:${GAP_EN})?(?:to|into|in) (?:the )?⟦(?:STATE|PLACE)#\\d+⟧` }),
  // «Коллективные миротворческие силы ОДКБ всего за несколько дней развернулись в Казахстане», «КМС были развёрнуты в Казахстане»,
  // «побывали в Казахстане и ушли», «контингенты покинули страну».
  ru({ name: 'ru.participates.force-placed', type: 'PARTICIPATES_IN', dating: 'span', fromName: FORCES_NAME, unless: EXERCISE_TALK,
    pattern: `(?<!(?:в|во|на|из|под|у|к|по|от|при|для|составе) ){ORG:from}(?: ⟦ORG#\\d+⟧)?,?(?: (?:[^.;⟦]|⟦(?:DATE|PERSON|NAME|ORG)#\\d+⟧){0,60}?)? (?<to>${PLACED_RU}|${SENT_RU}(?! ${GAP_RU}(?:в|во) ⟦)) ${GAP_RU}(?:(?:в|во|из|на территори\\p{L}*) (?:(?:эту|ту|эту же|соседнюю) )?(?:⟦(?:STATE|PLACE)#\\d+⟧|республик\\p{L}*|стран\\p{L}*)|(?:(?:эту|ту) )?(?:республику|страну))` }),
  // «ОДКБ направила в Казахстан миротворцев», «организация направила в республику около 2 тысяч военнослужащих».
  ru({ name: 'ru.participates.bloc-sent-troops', type: 'PARTICIPATES_IN', dating: 'span', fromName: FORCE_OR_BLOC, unless: EXERCISE_TALK,
    pattern: `(?<!(?:в|во|на|из|под|у|к|по|от|при|для) ){ORG:from} (?<to>направил\\p{L}*|ввел\\p{L}*|ввёл|перебросил\\p{L}*) (?:(?:в|во) (?:⟦(?:STATE|PLACE)#\\d+⟧|республику|страну) )?${COUNT_RU}(?:свои(?:х)? )?(?:${TROOPS_RU}|миротворц\\p{L}*|войска|сил\\p{L}*)` }),

  // «Участвовали Россия, Белоруссия, Казахстан»: states after a bare verb, in a sentence or after one that speaks of an exercise.
  ru({ name: 'ru.participates.states-took-part-opening', type: 'PARTICIPATES_IN', dating: 'span', toFallback: 'nearExercise', context: EXERCISE_TALK, unless: OBSERVERS,
    pattern: `${TOOK_PART_OPENING_RU} (?:также |тоже )?(?:(?:армии|вооружённые силы|вооруженные силы|военные|войска) )?{STATE:from}` }),
  // «В нём приняли участие около 600 военнослужащих из России, Белоруссии …», «В учении участвовали военнослужащие Казахстана».
  ru({ name: 'ru.participates.troops-counted', type: 'PARTICIPATES_IN', dating: 'span', toFallback: 'nearExercise', unless: OBSERVERS,
    pattern: `(?:^|[,;] )(?:[Вв]о?|[Нн]а|[Кк]) (?:н[её]м|ней|них|нему|ним|(?:этом |том )?учении)(?:, (?:помимо|кроме) [^,;.]{1,60},)? (?:(?:также|тоже|всего|уже) )?(?<!не )(?:приняли участие|принимали участие|участвовали|участвуют|были задействованы|задействованы|были привлечены|привлечены|привлекались) ${COUNT_RU}${TROOPS_RU} ${KIND_RU}(?:(?:из|от) )?{STATE:from}` }),
  // «Участвовали около 600 военнослужащих из России и Казахстана»: the same, opening the sentence.
  ru({ name: 'ru.participates.troops-counted-opening', type: 'PARTICIPATES_IN', dating: 'span', toFallback: 'nearExercise', context: EXERCISE_TALK, unless: OBSERVERS,
    pattern: `${TOOK_PART_OPENING_RU} ${COUNT_RU}${TROOPS_RU} ${KIND_RU}(?:(?:из|от) )?{STATE:from}` }),
  // "Taking part were Russia, Belarus and Kazakhstan", "Joining them were units from Kyrgyzstan": the subject after the verb.
  en({ name: 'en.participates.taking-part-were', type: 'PARTICIPATES_IN', dating: 'span', toFallback: 'nearExercise', context: EXERCISE_TALK, unless: OBSERVERS,
    pattern: `^(?:(?:Also|And) )?(?:[Tt]aking part|[Pp]articipating|[Jj]oining (?:them|in|it)|[Ii]nvolved) (?:were|was) ${COUNT_EN}(?:(?:[a-z-]+ ){0,2}?${TROOPS_EN} (?:from|of) )?{THE}{STATE:from}` }),
  // "Some 600 troops took part, from Russia, Belarus and Kazakhstan", "Units took part from A and B" (a count alone before the troops).
  en({ name: 'en.participates.troops-took-part-from', type: 'PARTICIPATES_IN', dating: 'span', toFallback: 'nearExercise', unless: OBSERVERS,
    pattern: `(?:^|[,;] )(?:[A-Z][a-z]+ )?${COUNT_EN}(?:[a-z-]+ ){0,2}?${TROOPS_EN} (?:(?:also|all) )?(?<!not |never )(?:took part|participated|were involved|were deployed|trained|drilled)(?: in (?:it|them|the (?:exercises?|drills?)))?,? (?:(?:mostly|mainly|coming|drawn|all) )?from {THE}{STATE:from}` }),

  // "The CSTO Joint Staff under Colonel General X conducted the Interaction and Echelon exercises", "The Joint Staff, led by X, ran Cobalt".
  en({ name: 'en.conducts.body-under-aside', type: 'CONDUCTS', dating: 'span', fromName: /^(?!.*(?:forces)).*$/isu,
    pattern: `{ORG:from}${UNDER_EN} {AUX}(?:(?:also|jointly) )?(?<!not |never )(?:conducted|held|staged|ran|directed|organi[sz]ed|supervised|oversaw|led) {THE}(?:(?:annual|joint|latest|autumn|spring) )?{INIT|EVENT:to}` }),
  // "The year's main exercise, Combat Brotherhood, was conducted by the CSTO Joint Staff": the name in apposition to a noun of its kind.
  en({ name: 'en.conducts.apposed-exercise-passive', type: 'CONDUCTS', dating: 'span',
    pattern: `(?<![\\p{L}])(?:exercises?|drills?|manoeuvres|maneuvers|event), "?{INIT|EVENT:to}"?, {AUX}(?:(?:also|jointly) )?(?:conducted|run|staged|directed|organi[sz]ed|commanded|held|led|supervised) (?:(?:in |on |during |across )?(?:[^.;⟦,]{0,40}? )?(?:⟦(?:DATE|PLACE|STATE)#\\d+⟧ )?)?by {THE}{ORG|PERSON:from}` }),
  // "Planning and command of the exercise were the responsibility of the CSTO Joint Staff", "Command of the drills rested with the Joint Staff".
  en({ name: 'en.conducts.responsibility-of', type: 'CONDUCTS', dating: 'span', toFallback: 'nearExercise',
    pattern: `(?:[Cc]ommand|[Dd]irection|[Ll]eadership|[Cc]ontrol|[Oo]verall command|[Oo]verall direction)(?: and (?:[a-z]+ ){0,2})? (?:of|over) (?:(?:the|these|both|all three|all) (?:exercises?|drills?|manoeuvres|maneuvers|event)|{THE}"?{EVENT|INIT:to}"?) (?:was|were|is|are|lay|lies|rested|rests) (?:the (?:sole )?responsibility of|in the hands of|with|entrusted to|assigned to) {THE}{ORG|PERSON:from}` }),
  en({ name: 'en.conducts.responsibility-of-subject-first', type: 'CONDUCTS', dating: 'span', toFallback: 'nearExercise',
    pattern: `(?:[Pp]lanning|[Pp]reparation|[Oo]rganisation|[Oo]rganization)(?: and (?:[a-z]+ ){0,2})? (?:of|for) (?:(?:the|these|both|all three|all) (?:exercises?|drills?|manoeuvres|maneuvers)|{THE}"?{EVENT|INIT:to}"?) (?:was|were|is|are|lay|lies|rested|rests) (?:the (?:sole )?responsibility of|in the hands of|with|entrusted to|assigned to) {THE}{ORG:from}` }),
  // «Ответственность за проведение учения несёт Объединённый штаб», «Проведение учения возложено на Объединённый штаб».
  ru({ name: 'ru.conducts.responsibility', type: 'CONDUCTS', dating: 'span', toFallback: 'nearExercise',
    pattern: `[Оо]тветственность за (?:проведение|организацию|руководство) (?:учени\\p{L}*|манёвр\\p{L}*|маневр\\p{L}*|ими|им|"?{EVENT|INIT:to}"?) (?:нес[её]т|несли|нёс|возложена на) {ORG|PERSON:from}` }),
  ru({ name: 'ru.conducts.entrusted', type: 'CONDUCTS', dating: 'span', toFallback: 'nearExercise',
    pattern: `(?:[Пп]роведение|[Рр]уководство|[Кк]омандование|[Оо]рганизация) (?:учени\\p{L}*|манёвр\\p{L}*|маневр\\p{L}*|ими|им|"?{EVENT|INIT:to}"?) (?:было |будет )?(?:возложено|возложена|поручено|поручена) на {ORG|PERSON:from}` }),
  // "… appealed to the bloc, and its Collective Peacekeeping Forces flew in within days": no place after the verb, but a date or a place
  // before it in the sentence says where and when.
  en({ name: 'en.participates.force-flew-in', type: 'PARTICIPATES_IN', dating: 'span', fromName: FORCE_OR_BLOC, unless: EXERCISE_TALK,
    pattern: `(?<=⟦(?:DATE|STATE|PLACE)#\\d+⟧[^.;]*){THE}${NOT_OWNED_EN}{ORG:from},? {AUX}(?<to>flew in|moved in|went in|were flown in|were sent in|were brought in|arrived)(?![\\p{L}])` }),
  // "The operation was commanded by Colonel General X", "the mission, led by General X": the person who commanded a deployment the
  // graph has no entity for conducts it (labels.json: batch 17).
  en({ name: 'en.conducts.operation-commanded-by', type: 'CONDUCTS', dating: 'span',
    pattern: `(?<to>(?:[Tt]he|[Tt]hat|[Tt]his|[Ii]ts|[Tt]heir) (?:[a-z-]+ ){0,2}(?:operation|mission|deployment|intervention)),? {AUX}(?:commanded|led|directed|headed) by (?:the )?(?:[A-Za-z-]+ ){0,4}?{RANK}{PERSON:from}` }),
  // "X, a veteran of the airborne forces who led the intervention in Kazakhstan", «человек, который в январе 2022-го командовал
  // миротворцами в Казахстане»: a relative clause on the person.
  en({ name: 'en.conducts.who-led-operation', type: 'CONDUCTS', dating: 'span',
    pattern: `{PERSON:from}(?:,? (?:[^.;⟦]|⟦(?:ORG|STATE|DATE)#\\d+⟧){0,100}?)? who (?:had |also )?(?:led|commanded|headed|directed) (?<to>(?:the|a|its) (?:[a-z-]+ ){0,2}(?:intervention|operation|mission|deployment))` }),
  ru({ name: 'ru.conducts.who-commanded-operation', type: 'CONDUCTS', dating: 'span',
    pattern: `{PERSON:from}(?:,? (?:[^.;⟦]|⟦(?:ORG|STATE|DATE)#\\d+⟧){0,100}?)?,? (?:который|которая) (?:(?:в|во) ⟦DATE#\\d+⟧(?:-[а-яё]{1,3})? )?(?:командовал\\p{L}*|руководил\\p{L}*) (?<to>(?:операцией|миротворцами|миротворческой операцией|контингентом|миротворческим контингентом)) (?:[^.;⟦]{0,30}? )?(?:в|во) ⟦(?:STATE|PLACE)#\\d+⟧` }),

  // "Belarusian forces took part in all three exercises of the series — Interaction, Search and Echelon", «Казахстан участвовал во всех
  // трёх учениях серии: «Взаимодействии», «Поиске» и «Эшелоне»»: each exercise the dash or the colon lists.
  en({ name: 'en.participates.all-exercises-listed', type: 'PARTICIPATES_IN', dating: 'span', unless: OBSERVERS,
    pattern: `{STATE|ORG:from}(?: (?:[a-z-]+ )?${TROOPS_EN})? {AUX}(?:(?:also|again) )?(?<!not |never )(?:took part|participated|joined|were involved|was involved|trained) in (?:all|each|both|each of the|all of the)(?: (?:two|three|four|five))? (?:of )?(?:the )?(?:[a-z-]+ ){0,2}(?:exercises|drills|stages)(?:[^.;—:⟦]|⟦(?:ORG|PLACE|STATE|DATE|EVENT|INIT)#\\d+⟧){0,100}?(?: —|:) {THE}{EVENT|INIT:to}` }),
  ru({ name: 'ru.participates.all-exercises-listed', type: 'PARTICIPATES_IN', dating: 'span', unless: OBSERVERS,
    pattern: `{STATE|ORG:from} (?:(?:также|вновь|уже) )?(?<!не )(?:участвовал\\p{L}*|принял\\p{L}* участие|принимал\\p{L}* участие) во? (?:всех|каждом|обоих|обеих)(?: (?:двух|тр[её]х|четыр[её]х|пяти))? (?:[а-яё-]+ ){0,2}?(?:учениях|этапах|мероприятиях)(?:[^.;—:⟦]|⟦(?:ORG|PLACE|STATE|DATE|EVENT|INIT)#\\d+⟧){0,100}?(?: —|:) "?{EVENT|INIT:to}` }),

  // «Объединённый штаб провел «Взаимодействие» и «Поиск» в Белоруссии, «Рубеж» — в Таджикистане»: the gapped item after a dash.
  ru({ name: 'ru.conducts.gapped-item', type: 'CONDUCTS', dating: 'span',
    pattern: `(?<!(?:в|во|на|из|под|у|к|по|от|при|для|с) ){ORG:from} (?:(?:также|уже|вновь) )?(?<!не )(?:пров[её]л\\p{L}*|проводил\\p{L}*|провели) (?:[^.;⟦]|⟦(?:EVENT|INIT|STATE|PLACE|DATE)#\\d+⟧){1,100}?, (?:а )?(?:учени\\p{L}* )?"?{EVENT|INIT:to}"? — (?:в|во|на) ⟦(?:STATE|PLACE)#\\d+⟧` }),
  // "The Joint Staff held Interaction in Belarus and Rubezh in Tajikistan": the second exercise with its own place, no verb of its own.
  en({ name: 'en.conducts.gapped-item', type: 'CONDUCTS', dating: 'span',
    pattern: `{ORG:from} {AUX}(?:(?:also|jointly) )?(?<!not |never )(?:conducted|held|staged|ran) (?:[^.;⟦]|⟦(?:EVENT|INIT|STATE|PLACE|DATE)#\\d+⟧){1,100}? (?:in|at) ⟦(?:STATE|PLACE)#\\d+⟧,? and {THE}"?{EVENT|INIT:to}"?(?: (?:exercises?|drills?))? (?:in|at) ⟦(?:STATE|PLACE)#\\d+⟧` }),
  // A stated plan of who will direct or hold the exercise in focus («Руководить ими будет начальник Объединённого штаба X», «Проводить
  // их будут Коллективные силы …», «Командование учениями возьмёт на себя Объединённый штаб»), as a plan's place is read (labels.json:
  // batches 25, 29); a plan the sentence leaves open is undecided.ts's, a modal the rules' own guard.
  ru({ name: 'ru.conducts.will-direct', type: 'CONDUCTS', dating: 'span', toFallback: 'nearExercise',
    pattern: `(?:^|[,;] (?:а )?)(?:[Рр]уководить|[Кк]омандовать) (?:ими|им|учени\\p{L}*|манёвр\\p{L}*|маневр\\p{L}*|"?{EVENT|INIT:to}"?) (?:будет|будут|станет) (?:лично )?(?:(?:[а-яё-]+ ){1,4}?⟦ORG#\\d+⟧ (?:[а-яё-]+ ){0,2}?(?=⟦(?:PERSON|NAME)#))?{ORG|PERSON:from}` }),
  ru({ name: 'ru.conducts.will-hold', type: 'CONDUCTS', dating: 'span', toFallback: 'nearExercise',
    pattern: `(?:^|[,;] (?:а )?)[Пп]роводить (?:их|его|учени\\p{L}*|манёвр\\p{L}*|маневр\\p{L}*|"?{EVENT|INIT:to}"?) (?:будет|будут|станут) {ORG:from}` }),
  ru({ name: 'ru.conducts.takes-command', type: 'CONDUCTS', dating: 'span', toFallback: 'nearExercise',
    pattern: `(?:[Кк]омандование|[Рр]уководство) (?:ими|им|учени\\p{L}*|манёвр\\p{L}*|маневр\\p{L}*|"?{EVENT|INIT:to}"?) (?:возьм[её]т на себя|возьмут на себя|будет осуществлять|будут осуществлять|осуществит|осуществят|взял на себя|взяли на себя) {ORG|PERSON:from}` }),
  en({ name: 'en.conducts.will-direct', type: 'CONDUCTS', dating: 'span', toFallback: 'nearExercise',
    pattern: `{ORG|PERSON:from},? will (?:personally |again |also )?(?:lead|direct|command|conduct|run|stage|hold) (?:(?:the|these|both|all three|all) (?:drills|exercises?|manoeuvres|maneuvers)|them|{THE}"?{EVENT|INIT:to}"?)(?![\\p{L}])` }),
];


