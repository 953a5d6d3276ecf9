/**
 * Fact rules for who takes part in an exercise and who directs it when the exercise is the sentence's topic
 * rather than a slot beside the verb (round 14b): the states whose troops are listed in a prepositional
 * phrase ("…, with troops from Russia and Belarus", "alongside units from Kazakhstan"), and the officer or
 * body that directs it ("directed by the chief of the Joint Staff, X", «Руководил учением начальник штаба X»,
 * «под общим руководством Объединённого штаба»). The exercise is the one the sentence names before the
 * phrase, else the one named just before (toFallback 'nearExercise'), so a meeting is never the end.
 * Macros: see compile() in facts.ts.
 */
import { en, ru, type Rule } from './facts';
import { FORCES_NAME, OTHER_THAN_FORCES_NAME } from './forces-exercises';
import { stateUnitsAfter } from './state-units';

/** Troops of any kind a state sends, as a plural or a collective noun. */
export const TROOPS_EN = '(?:troops|units|soldiers|servicemen|service members|personnel|peacekeepers|paratroopers|sappers|commandos|special forces|forces|contingents|battalions|companies|detachments|crews|military (?:units|personnel))';
/** How many of them: "about 2,500", "some 300", "more than a thousand". */
const COUNT_EN = '(?:(?:about|some|around|roughly|approximately|more than|over|nearly|almost|up to|at least) )?(?:[\\d,]+|a (?:few )?(?:hundred|thousand)|hundreds of|thousands of|several hundred|several thousand)? ?';
/** Not troops that stayed away: "without troops from …", "except units from …". */
const PHRASE_EN = '(?<![\\p{L}])(?:with|involving|involved|alongside|bringing together|brought together|drawing|drew|including|included|gathering|gathered)';

/** A person's title and rank before the name, in apposition or not: "the chief of the CSTO Joint Staff, Colonel General". */
const TITLE_BEFORE_EN = "(?:(?:the |its )?(?:[a-zA-Z.-]+ ){0,4}?(?:(?:of|at) {THE}(?:⟦ORG#\\d+⟧|[A-Za-z-]+(?: [A-Za-z-]+){0,3})(?:'s [A-Za-z-]+(?: [A-Za-z-]+){0,2})?)?,? )?";
/** Directed, not a body's own head beside it ("The Joint Staff, led by General X, conducted the drill"). */
const DIRECTED_EN = '(?:directed|supervised|overseen|(?<!⟦ORG#\\d+⟧,? )(?:commanded|led))';
/** The exercise noun the clause speaks of ("the drills were directed by …", "That exercise was led by …"). */
const EXERCISE_EN = /(?<![\p{L}])(?:exercises?|drills?|manoeuvres|maneuvers|war ?games)(?![\p{L}])|⟦(?:EVENT|INIT)#\d+⟧/u;

/** A Russian person's title and rank before the name: «начальник Объединённого штаба ОДКБ генерал-полковник». */
const TITLE_BEFORE_RU = '(?:(?:[а-яё-]+ ){0,4}?(?:⟦ORG#\\d+⟧ )?(?:[а-яё-]+ ){0,2}?)?';
/** The exercise as a noun, or as the slot the noun became when it refers to a named exercise («учением» → «Рубеж»). */
const EXERCISE_RU = '(?:учени\\p{L}*|манёвр\\p{L}*|маневр\\p{L}*|действиями (?:войск|сил|подразделений)|⟦(?:EVENT|INIT)#\\d+⟧)';

/** A clause of the same subject before "and": no other subject, no clause break ("Tajikistan takes over the chairmanship on 1 January and …"). */
const SAME_SUBJECT_CLAUSE_EN = '(?:[^.;⟦]|⟦(?:DATE|ORG|PLACE|INIT)#\\d+⟧){1,100}?';

/** Troops as a sentence's subject, capitalised or not, maybe with a count: "Units", "Some 300 troops". */
export const TROOPS_SUBJECT_EN = '(?:(?:[Aa]bout|[Ss]ome|[Aa]round|[Oo]ver|[Mm]ore than) )?(?:[\\d,]+ )?(?:[a-z-]+ )?(?:[Tt]roops|[Uu]nits|[Ss]oldiers|[Ss]ervicemen|[Pp]ersonnel|[Pp]eacekeepers|[Cc]ontingents|[Ff]orces|[Dd]etachments|[Bb]attalions)';
/** An aside between a subject and its verb: "The Joint Staff, under Colonel General X, directed it", "…, headed by X since 2024, …". */
const ASIDE_EN = '(?:, (?!and |but |which |who )(?:[^,;.⟦]|⟦(?:PERSON|NAME|DATE|ORG|PLACE)#\\d+⟧){1,80},)?';
/** "took part" with nothing after it but "too", "as well" or the end of the clause: the event is the one named before. */
const TOOK_PART_EN = "(?<!not |never |n't )(?:(?:also|too|likewise) )?(?:took part|take part|participated|participate|joined in|were involved)(?:,? (?:too|as well|also))?(?=\"?[,.;]|$)";
/** Units a state sends, before the body whose units they are or the state itself: «подразделения», «миротворцы». */
export const UNITS_RU = '(?:военнослужащие|подразделени\\p{L}*|контингент\\p{L}*|миротворцы|военные|силы|части)';
/** The Russian pronoun of the exercises named before and a verb of taking part: «В них приняли участие», «В нём участвовали». */
const IN_THEM_TOOK_PART_RU = '(?:^|[,;] )(?:[Вв]о?|[Нн]а) (?:н[её]м|ней|них)(?:, (?:помимо|кроме) [^,;.]{1,60},)? (?:(?:также|тоже|уже) )?(?<!не )(?:приняли участие|принимали участие|участвовали|участвуют)';

/** What kind of units, in the genitive or as an adjective, before the state: «подразделения военной разведки России», «части специального назначения из …». */
const UNITS_KIND_RU = '(?:(?!из |от |и |не )[а-яё-]+ ){0,3}?';

/** A named exercise said by a copula to be the exercise of a body: "Rubezh is the exercise of the CRDF" (not "is not", not "was to be"). */
const EXERCISE_COPULA_EN = '{INIT|EVENT:to},? (?:is|was|remains|has long been|has been) (?:the|an?|its|their) (?:[a-z-]+ ){0,3}?(?:exercises?|drills?|manoeuvres) of {THE}{ORG:from}';

export const EXERCISE_PARTICIPANT_RULES: Rule[] = [
  // "Units from Russia, Belarus and Tajikistan also took part.", "Russia and Kazakhstan took part too.": the exercises named just
  // before, each of them ("The Echelon and Search drills were held at the range. Units from … took part.").
  en({ name: 'en.participates.troops-took-part-bare', type: 'PARTICIPATES_IN', dating: 'span', toFallback: 'nearExercise',
    pattern: `(?:^|[,;] )${TROOPS_SUBJECT_EN} (?:from|of) {THE}{STATE:from},? {AUX}${TOOK_PART_EN}` }),
  // "Troops came from Russia and Kyrgyzstan.", "The units were drawn from A and B": the exercises named just before.
  en({ name: 'en.participates.troops-came-from', type: 'PARTICIPATES_IN', dating: 'span', toFallback: 'nearExercise',
    pattern: `(?:^|[,;] )(?!(?:no|not a single|not one|few|neither) )(?:(?:[Tt]he|[Tt]heir|[Ii]ts) )?${TROOPS_SUBJECT_EN} {AUX}(?:(?:also|mostly|mainly|largely) )?(?<!not |never )(?:came|come|were drawn|had come|were sent|arrived) from {THE}{STATE:from}` }),
  en({ name: 'en.participates.states-took-part-bare', type: 'PARTICIPATES_IN', dating: 'span', toFallback: 'nearExercise',
    pattern: `(?:^|[,;] )"?{STATE:from},? {AUX}${TOOK_PART_EN}` }),
  // "The Joint Staff directed the drills.", "The CSTO Joint Staff planned and directed all three.", "The Joint Staff, under General X,
  // directed it.": the exercises named just before, each (a pronoun the layers already read as the exercise is its slot).
  en({ name: 'en.conducts.directed-them', type: 'CONDUCTS', dating: 'span', toFallback: 'nearExercise',
    pattern: `(?:^|[,;] )(?:[Tt]he |[Ii]ts )?{ORG:from}${ASIDE_EN} (?:(?:also|jointly) )?(?:(?:planned|organi[sz]ed|prepared) and )?(?<!not |never )(?:directed|conducted|ran|staged|supervised|oversaw) (?:all (?:two|three|four|five|of them)|both(?: of them)?|them|it|the (?:drills|exercises|manoeuvres|maneuvers)|{EVENT|INIT:to})(?=[,.;]|$)` }),
  // «В них приняли участие подразделения России и Казахстана», «В нём участвовали Киргизия и Таджикистан».
  ru({ name: 'ru.participates.in-them-took-part', type: 'PARTICIPATES_IN', dating: 'span', toFallback: 'nearExercise',
    pattern: `${IN_THEM_TOOK_PART_RU} (?:${UNITS_RU} ${UNITS_KIND_RU}(?:⟦ORG#\\d+⟧ (?=из |от ))?(?:из |от )?)?{STATE:from}` }),
  // «Участвовали подразделения из России и Казахстана», «Были задействованы военнослужащие Киргизии»: the verb opens the sentence, the
  // exercise left out is the one named before. Units only: states alone after a bare verb may be at a meeting.
  ru({ name: 'ru.participates.units-took-part-opening', type: 'PARTICIPATES_IN', dating: 'span', toFallback: 'nearExercise',
    pattern: `^(?:(?:[Тт]акже|[Кк]роме того,|[Вв]сего) )?(?:[Уу]частвовали|[Пп]риняли участие|[Пп]ринимали участие|(?:[Бб]ыли )?[Зз]адействованы|(?:[Бб]ыли )?[Пп]ривлечены) (?:(?:также|тоже|около|более|свыше|порядка|до|[\\d\\s]+|тысяч\\p{L}*|сотн\\p{L}*) )*${UNITS_RU} ${UNITS_KIND_RU}(?:⟦ORG#\\d+⟧ (?=из |от ))?(?:из |от )?{STATE:from}` }),
  // «В учении приняли участие подразделения Коллективных сил быстрого развёртывания от России, …», «Во «Взаимодействии» были задействованы
  // подразделения КСОР»: the forces whose units they are take part in the exercise (the states after «от» are the other rules').
  ru({ name: 'ru.participates.units-of-forces', type: 'PARTICIPATES_IN', dating: 'span', toFallback: 'nearExercise', fromName: FORCES_NAME,
    pattern: `(?:^|[,;:] )(?:в|во|к) (?:"?{EVENT|INIT:to}"?|учени\\p{L}*|манёвр\\p{L}*|маневр\\p{L}*|н[её]м|них) (?:(?:были|будут|также|тоже) )?(?<!не )(?:участвовали|участвуют|приняли участие|примут участие|принимали участие|задействованы|привлечены|привлекались) ${UNITS_RU} (?:[а-яё-]+ ){0,2}?{ORG:from}` }),
  // «Там были подразделения России, Белоруссии и Казахстана»: at the exercise just named.
  ru({ name: 'ru.participates.units-there', type: 'PARTICIPATES_IN', dating: 'span', toFallback: 'nearExercise',
    pattern: `^(?:[Тт]ам|[Нн]а н[её]м|[Нн]а учени\\p{L}*) (?:(?:также|тоже) )?(?:были|находились|работали|действовали) ${UNITS_RU} ${UNITS_KIND_RU}(?:из |от )?{STATE:from}` }),
  // "Interaction, in which the alliance's Collective Rapid Reaction Forces rehearsed …", "…, where the CRRF trained": the forces
  // take part in the exercise the relative clause hangs on (states: en.participates.relative).
  en({ name: 'en.participates.forces-relative', type: 'PARTICIPATES_IN', dating: 'span', fromName: FORCES_NAME,
    pattern: `{EVENT|INIT:to}(?: (?:exercises?|drills?|manoeuvres))?(?:[^.;⟦]|⟦(?:PLACE|DATE|STATE)#\\d+⟧){0,80}?, (?:in which|where|during which) {THE}(?:(?:alliance|bloc|organi[sz]ation|CSTO)['’]s )?{ORG:from} (?:(?:also|jointly) )?(?<!not |never )(?:took part|participated|trained|rehearsed|practi[sc]ed|drilled|were involved|worked out)(?![\\p{L}])` }),
  // "Rubezh is the exercise of the Collective Rapid Deployment Forces", "Cobalt remains the annual drill of the CSTO Joint Staff": the
  // copula makes the named exercise the one "of" the forces (they take part) or of a body (it directs it), not the common noun.
  en({ name: 'en.participates.exercise-of-forces-copula', type: 'PARTICIPATES_IN', dating: 'span', fromName: FORCES_NAME,
    pattern: `${EXERCISE_COPULA_EN}` }),
  en({ name: 'en.conducts.exercise-of-copula', type: 'CONDUCTS', dating: 'span', fromName: OTHER_THAN_FORCES_NAME,
    pattern: `${EXERCISE_COPULA_EN}` }),
  // «учение «Рубеж» Коллективных сил быстрого развёртывания»: the forces after the exercise's name are whose exercise it is.
  ru({ name: 'ru.participates.forces-after-name', type: 'PARTICIPATES_IN', dating: 'span', fromName: FORCES_NAME,
    pattern: `(?<![\\p{L}])(?:учени|манёвр|маневр)\\p{L}* "?{INIT|EVENT:to}"? {ORG:from}(?! (?:провел|провёл|провели|проводят|проводит|проведут|провед[её]т))` }),
  // «Кыргызстан принимал миротворцев с 12 по 16 октября»: the state received the troops of the exercise in focus.
  ru({ name: 'ru.hosts.troops', type: 'HOSTS', dating: 'span', toFallback: 'nearExercise', context: /учени|манёвр|маневр/iu,
    pattern: `{STATE:from},? (?:(?:уже|впервые|вновь|снова|также|тоже) )*(?<!не )(?:принимал\\p{L}*|принимает|примет|принял\\p{L}*) (?:у себя )?(?:миротворцев|военнослужащих|военных|участников (?:учени|манёвр|маневр)\\p{L}*|подразделения (?:[а-яё-]+ ){0,2}?ОДКБ)(?![\\p{L}])` }),
  // «Казахстан принял учение подразделений РХБЗ и медиков «Барьер-2026»»: the exercise's name after the words of whose it is.
  ru({ name: 'ru.hosts.exercise-named-after', type: 'HOSTS', dating: 'span',
    pattern: `{STATE:from},? (?:(?:уже|впервые|вновь|снова|также|тоже) )*(?<!не )(?:принимал\\p{L}*|принимает|примет|принял\\p{L}*) (?:у себя )?(?:[а-яё-]+ )?(?:учени\\p{L}*|манёвр\\p{L}*|маневр\\p{L}*) (?:[а-яё-]+ ){1,5}?"?{EVENT|INIT:to}` }),
  // "Tajikistan, which takes over the chairmanship on 1 January and will host next year's summit": the host is the subject
  // of the first verb, the meeting the object of the second.
  en({ name: 'en.hosts.second-verb', type: 'HOSTS', dating: 'span',
    pattern: `{STATE:from}(?:,? (?:which|that))? (?!(?:did not|does not|do not|will not|won't|didn't|has not|have not)[ ,])${SAME_SUBJECT_CLAUSE_EN} and (?:(?:will|is to|is set to|is due to|also|then) )?(?:hosts|hosted|host|is hosting|will host)(?: the)? (?:(?:this|next|last) year's )?{THE}{EVENT|INIT|MEET:to}` }),
  // «Казахстан принимал миротворческие учения организации впервые», "Kazakhstan hosted the bloc's drills for the first time": the
  // exercise in focus, or the one a colon or a dash goes on to name («Беларусь уже принимала учения ОДКБ: в сентябре … прошло
  // учение «Взаимодействие-2026»»). Not an exercise with a name of its own after the noun (the other rules read it).
  ru({ name: 'ru.hosts.exercise-noun', type: 'HOSTS', dating: 'span', toFallback: 'nearExercise',
    pattern: `{STATE:from},? (?:(?:в |во )?⟦DATE#\\d+⟧ )?(?:(?:уже|впервые|вновь|снова|также|тоже|ежегодно) )*(?<!не )(?:принимал\\p{L}*|принимает|примет|принял\\p{L}*) (?:у себя )?(?:[а-яё-]+ )?(?:учени\\p{L}*|манёвр\\p{L}*|маневр\\p{L}*)(?: (?:⟦ORG#\\d+⟧|организации|блока|альянса))?(?! "?⟦(?:EVENT|INIT))(?:(?:[^.;⟦:—]|⟦(?:DATE|PLACE)#\\d+⟧){0,40}?(?::| —) (?:[^.;⟦]|⟦(?:DATE|PLACE|ORG|STATE)#\\d+⟧){0,120}?"?{EVENT|INIT:to})?` }),
  // The same noun after an adjective of its kind, read as the exercise in focus («принимал миротворческие учения» → «Нерушимое братство»).
  ru({ name: 'ru.hosts.kind-of-exercise', type: 'HOSTS', dating: 'span',
    pattern: `{STATE:from},? (?:(?:уже|впервые|вновь|снова|также|тоже|ежегодно) )*(?<!не )(?:принимал\\p{L}*|принимает|примет|принял\\p{L}*) (?:у себя )?[а-яё-]+(?:ие|ые|ое|ий|ый|ую) {EVENT:to}(?! "?⟦(?:EVENT|INIT))` }),
  en({ name: 'en.hosts.exercise-noun', type: 'HOSTS', dating: 'span', toFallback: 'nearExercise',
    pattern: `{STATE:from} {AUX}(?:(?:again|also|first|last) )?(?<!not |never )(?:hosted|hosts|host|is hosting) (?:(?:the (?:bloc|alliance|organi[sz]ation)['’]s|the|these|those|its|their|⟦ORG#\\d+⟧|CSTO) )?(?:[a-z-]+ ){0,2}(?:exercises?|drills?|manoeuvres|maneuvers)(?! of| "?⟦)(?:(?:[^.;⟦:—]|⟦(?:DATE|PLACE)#\\d+⟧){0,40}?(?::| —) (?:[^.;⟦]|⟦(?:DATE|PLACE|ORG|STATE)#\\d+⟧){0,120}?"?{EVENT|INIT:to})?` }),
  // "…, with troops from Russia, Belarus and Kazakhstan", "involved about 2,500 troops from A and B", "worked alongside units from A".
  en({ name: 'en.participates.troops-from', type: 'PARTICIPATES_IN', dating: 'span', toFallback: 'nearExercise', context: EXERCISE_EN,
    pattern: `${PHRASE_EN} ${COUNT_EN}(?:[a-z-]+ ){0,2}${TROOPS_EN} (?:from|of) {THE}{STATE:from}(?! (?:did not|didn't|were not|will not|won't|stayed away))` }),
  // "… worked alongside Russian, Kazakh and Tajik units", "with some 300 Belarusian troops": the states the demonyms name.
  en({ name: 'en.participates.with-state-units', type: 'PARTICIPATES_IN', dating: 'span', toFallback: 'nearExercise',
    context: stateUnitsAfter(`${PHRASE_EN} ${COUNT_EN}`),
    pattern: `${PHRASE_EN} ${COUNT_EN}{STATE:from}(?! (?:did not|didn't|were not|will not|won't|stayed away))` }),
  // "The drills were directed by the chief of the Joint Staff, Colonel General X", "Interaction-2026 …, directed by X, …".
  en({ name: 'en.conducts.directed-by-person', type: 'CONDUCTS', dating: 'span', toFallback: 'nearExercise', context: EXERCISE_EN,
    pattern: `(?<!not |never )${DIRECTED_EN} by ${TITLE_BEFORE_EN}{RANK}{PERSON:from}` }),
  en({ name: 'en.conducts.command-of-person', type: 'CONDUCTS', dating: 'span', toFallback: 'nearExercise', context: EXERCISE_EN,
    pattern: `under the (?:overall |general |personal )?(?:command|direction|leadership) of ${TITLE_BEFORE_EN}{RANK}{PERSON:from}` }),
  // «Руководил учением начальник Объединённого штаба ОДКБ генерал-полковник X», «руководил ими X», «учениями руководил X».
  ru({ name: 'ru.conducts.directed-person', type: 'CONDUCTS', dating: 'span', toFallback: 'nearExercise',
    pattern: `(?<!не )(?:руководил${'\\p{L}*'}|руководит|будет руководить) (?:${EXERCISE_RU}|им|ими|ею|ей) ${TITLE_BEFORE_RU}{RANK}{PERSON:from}` }),
  ru({ name: 'ru.conducts.directed-person-object-first', type: 'CONDUCTS', dating: 'span', toFallback: 'nearExercise',
    pattern: `${EXERCISE_RU} (?:(?:непосредственно|лично) )?(?<!не )(?:руководил${'\\p{L}*'}|руководит|будет руководить) ${TITLE_BEFORE_RU}{RANK}{PERSON:from}` }),
  // «под руководством Объединённого штаба проведено пять учений, в том числе «А» и «Б»», "The Joint Staff directed five exercises,
  // including A and B": the body conducts each exercise the list after "including" names.
  ru({ name: 'ru.conducts.under-direction-including', type: 'CONDUCTS', dating: 'span',
    pattern: `(?<![\\p{L}])под (?:общим |непосредственным )?руководством {ORG:from}(?:[^.;⟦]|⟦DATE#\\d+⟧){0,40}? (?<!не )(?:проведен[оаы]?|проведён|проведены|прошл[иао]|прош[её]л) (?:[^.;⟦]|⟦DATE#\\d+⟧){0,40}?(?:в том числе|включая|среди них|среди которых) (?:[^.;⟦"]{0,20}? )?"?{EVENT|INIT:to}` }),
  en({ name: 'en.conducts.directed-including', type: 'CONDUCTS', dating: 'span',
    pattern: `{ORG:from}${ASIDE_EN} {AUX}(?<!not |never )(?:directed|conducted|ran|staged|organi[sz]ed) (?:[^.;⟦]|⟦DATE#\\d+⟧){0,40}?(?:exercises|drills|manoeuvres)(?:[^.;⟦]|⟦DATE#\\d+⟧){0,30}?,? (?:including|among them) {THE}"?{EVENT|INIT:to}` }),
  // «Руководил им Объединённый штаб ОДКБ», «Руководить ими будет штаб»: a body directs the exercise the pronoun stands for.
  ru({ name: 'ru.conducts.directed-body-pronoun', type: 'CONDUCTS', dating: 'span', toFallback: 'nearExercise',
    pattern: `(?:^|[,;:] )(?:(?:[Рр]уководил\\p{L}*|[Рр]уководит) (?:им|ими|ею|ей)|[Рр]уководить (?:им|ими|ею|ей) (?:будет|будут|станет)|(?:[Ии]м|[Ии]ми|[Ее]ю|[Ее]й) (?<!не )(?:руководил\\p{L}*|руководит|будет руководить)) {ORG:from}` }),
  // «…провели КСОР в сентябре. Руководил Объединённый штаб ОДКБ, его начальник X.»: the verb alone opens the sentence, its object
  // left out is the exercise named just before; the body ends its clause (not «Руководил Секретариатом X», where it is the object).
  ru({ name: 'ru.conducts.directed-bare', type: 'CONDUCTS', dating: 'span', toFallback: 'nearExercise',
    pattern: `^(?:[Рр]уководил(?:и|о)?|[Рр]уководит) (?:(?:всем|непосредственно|лично) )?{ORG:from}(?=[,.;]|$)` }),
  // «Учение проводилось под общим руководством Объединённого штаба ОДКБ», «Оно прошло под руководством X», «Его провели КСОР под
  // руководством X»: the body (or the officer) conducts it.
  ru({ name: 'ru.conducts.under-direction', type: 'CONDUCTS', dating: 'span', toFallback: 'nearExercise',
    context: /учени|манёвр|маневр/iu,
    pattern: `(?:(?:(?:учени\\p{L}*|манёвр\\p{L}*|маневр\\p{L}*) "?)?{EVENT|INIT:to}|учени\\p{L}*|манёвр\\p{L}*|маневр\\p{L}*|^[Оо]н[оаи]|^(?:[Ее]го|[Ее][её]|[Ии]х)(?= провел| провёл| провели| проводил))"?(?:[^.;⟦]|⟦DATE#\\d+⟧|⟦PLACE#\\d+⟧|⟦INIT#\\d+⟧){0,100}? (?<!не )(?:проводил\\p{L}*|провод\\p{L}*|провел\\p{L}*|провёл|пройд\\p{L}*|прош\\p{L}*|проход\\p{L}*|состоял\\p{L}*|состоится) (?:[^.;⟦]|⟦(?:INIT|DATE|PLACE)#\\d+⟧|⟦(?:ORG|STATE)#\\d+⟧(?= ))(?:[^.;⟦]|⟦(?:INIT|DATE|PLACE|ORG|STATE)#\\d+⟧){0,100}?под (?:общим |непосредственным )?руководством ${TITLE_BEFORE_RU}{RANK}{ORG|PERSON:from}(?!(?: [а-яё-]+){0,3} ⟦PERSON#\\d+⟧)` }),
];
