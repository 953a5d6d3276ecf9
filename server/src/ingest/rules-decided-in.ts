/**
 * A decision placed in a city stands for the meeting that took it: "the member states decided in Moscow in May 2002 to …",
 * "set up by a decision of the Collective Security Council in Dushanbe", "Kyrgyzstan handed the chairmanship over in Bishkek",
 * «Совет министров обороны 10 ноября в Москве утвердил план», «планом, утверждённым Советом министров обороны в Москве»,
 * «решение о создании штаба приняли в Ереване», «В Душанбе Совет принимает решение …». The meeting has no entity (the labels'
 * "?"): the words of the decision are its end, and the city its place.
 *
 * Only those who decide together (a body, leaders or ministers, the member states) and only a decision taken: not one to be taken
 * («решение может быть принято в Минске», "may decide in Minsk"), not one person's words in a city ("Putin said in Minsk").
 */
import { en, ru, type Rule } from './facts';
import { MEETERS_EN, MEETERS_RU } from './rules-where';

const DATE_EN = '(?:(?:on|in|of) )?⟦DATE#\\d+⟧';
const DATE_RU = '(?:(?:в|во) )?⟦DATE#\\d+⟧(?: (?:года|году|год))?';

/**
 * Those who decide together: a body, people named by what they are, the members, or two states and more. Not a body whose
 * meeting the sentence names («на заседании Совета министров обороны в Москве утвердили»): that meeting's rules place it.
 */
const DECIDERS_EN = `(?:(?<!(?:meeting|session|summit|sitting|talks) (?:of )?(?:the )?)⟦ORG#\\d+⟧|${MEETERS_EN}|(?:member )?states|members|countries|allies|partners|⟦STATE#\\d+⟧(?:, ⟦STATE#\\d+⟧)*,? and ⟦STATE#\\d+⟧)`;
const DECIDERS_RU = `(?:(?<!(?:заседани|сесси|встреч|саммит|совещани|форум|конференци)\\p{L}* (?:[\\p{L}-]+ )?)⟦ORG#\\d+⟧|${MEETERS_RU}|государства|страны|члены|стороны|участники|союзники)(?: (?:стран |государств )?(?:—|-)? ?(?:членов )?⟦ORG#\\d+⟧)?`;

/** A decision taken, in the past: the verb, or a chair handed over (done at the summit that closes a chairmanship). */
const DECIDED_EN = '(?:decided|agreed|resolved|voted)';
const HANDED_EN =
  '(?:(?:handed|passed)(?: (?:it|the (?:rotating )?(?:chair|chairmanship|presidency)))?(?: over)?(?: to (?:⟦(?:STATE|PLACE|PERSON|NAME)#\\d+⟧|[a-z-]+))?|(?:accepted|took over|assumed|received) (?:the )?(?:rotating )?(?:chair|chairmanship|presidency)(?: of (?:the )?⟦ORG#\\d+⟧(?: \\(⟦ORG#\\d+⟧\\))?)?(?: from (?:⟦(?:STATE|PLACE|PERSON|NAME)#\\d+⟧|[a-z-]+))?)';
/** A chairmanship handed over or taken up, in Russian: «передал председательство Путину», «приняла председательство в ОДКБ». */
const HANDED_RU = '(?:переда(?:л|ла|ли|ёт|ет)|приня(?:л|ла|ли)|приним(?:ает|ают)) (?:[а-яё]+ )?председательство(?: (?:в )?⟦(?:ORG|STATE|PERSON|NAME)#\\d+⟧)?';
/** A venue the graph has no entity for, named by what it is: "the Kremlin", "the Kyrgyz capital" (the labels' "?"). */
const VENUE_EN = '(?<to>the Kremlin|the (?!same )[A-Z][a-z]+ capital)(?![\\p{L}])';
const DECIDED_RU =
  '(?:утвердил\\p{L}*|одобрил\\p{L}*|решил\\p{L}*|постановил\\p{L}*|договорил\\p{L}*|согласовал\\p{L}*|принял\\p{L}* решени\\p{L}*|приняли (?!участие)|принимает решени\\p{L}*|принимают решени\\p{L}*|утвержда(?:ет|ют)|одобря(?:ет|ют))';
/** Not a decision denied or still to come. */
const NOT_TO_COME_RU = '(?<!(?:не|быть|будет|будут|может|могут|должно|должна|должен|должны|планируется|предстоит) )';

export const ENGLISH_DECIDED_IN_RULES: Rule[] = [
  // "The remaining states decided in Moscow on 14 May 2002 to …", "when the treaty's members agreed in Moscow in May 2002".
  en({ name: 'en.held-in.decided-in', type: 'HELD_IN', dating: 'span',
    pattern: `(?<![\\p{L}])${DECIDERS_EN} (?:(?:had|have|has|then|finally|eventually|unanimously) )?(?<from>${DECIDED_EN})(?: ${DATE_EN})? (?:in|at) {PLACE:to}(?: ${DATE_EN})?(?!,? (?:at|during|on the sidelines of) )` }),
  // "The Council of Defence Ministers on 3 June in Astana approved the plan": the place between the deciders and the verb.
  en({ name: 'en.held-in.decided-place-first', type: 'HELD_IN', dating: 'span',
    pattern: `(?<![\\p{L}])${DECIDERS_EN}(?: ${DATE_EN})? (?:in|at) {PLACE:to}(?: ${DATE_EN})? (?<from>${DECIDED_EN}|approved|adopted|endorsed)` }),
  // "a decision of the Collective Security Council in Dushanbe in April 2003", "the decisions taken in Bishkek last year".
  en({ name: 'en.held-in.decision-in', type: 'HELD_IN', dating: 'span',
    pattern: `(?<![\\p{L}])(?<from>decisions?|resolutions?)(?: (?:of|by) (?:the )?⟦ORG#\\d+⟧| (?:taken|made|reached|adopted))(?: ${DATE_EN})? (?:in|at) {PLACE:to}(?: ${DATE_EN})?` }),
  // "Kyrgyzstan handed the chairmanship over to Russia in Bishkek a year ago".
  en({ name: 'en.held-in.handed-over-in', type: 'HELD_IN', dating: 'span',
    pattern: `(?<![\\p{L}])(?:⟦(?:STATE|PLACE|PERSON|NAME)#\\d+⟧|it|he|she) (?:had |has )?(?<from>${HANDED_EN})(?: ${DATE_EN})? in {PLACE:to}(?: ${DATE_EN})?` }),
  // "Rahmon accepted the chairmanship of the CSTO in the Kremlin on November 11": at a venue the graph lacks.
  en({ name: 'en.held-in.handed-over-at-venue', type: 'HELD_IN', dating: 'span',
    pattern: `(?<![\\p{L}])(?:⟦(?:STATE|PLACE|PERSON|NAME)#\\d+⟧|it|he|she) (?:had |has )?(?<from>${HANDED_EN})(?: ${DATE_EN})? in ${VENUE_EN}(?: ${DATE_EN})?` }),
];

export const RUSSIAN_DECIDED_IN_RULES: Rule[] = [
  // «Совет министров обороны 10 ноября в Москве утвердил план», «государства договорились в Минске»: the deciders, the place, the verb.
  ru({ name: 'ru.held-in.decided-place-first', type: 'HELD_IN', dating: 'span',
    pattern: `(?<![\\p{L}])${DECIDERS_RU}(?: ${DATE_RU})? (?:в|во) {PLACE:to}(?: ${DATE_RU})? ${NOT_TO_COME_RU}(?<from>${DECIDED_RU})` }),
  ru({ name: 'ru.held-in.decided-in', type: 'HELD_IN', dating: 'span',
    pattern: `(?<![\\p{L}])${DECIDERS_RU} ${NOT_TO_COME_RU}(?<from>(?:решил\\p{L}*|договорил\\p{L}*|постановил\\p{L}*))(?: ${DATE_RU})? (?:в|во) {PLACE:to}` }),
  // «В Душанбе 28 апреля Совет принимает решение о создании штаба»: the place put first.
  ru({ name: 'ru.held-in.place-first-decided', type: 'HELD_IN', dating: 'span',
    pattern: `(?:^|[,;:] |⟦DATE#\\d+⟧(?: (?:года|году))?,? )(?:[Вв]|[Вв]о) {PLACE:to},?(?: ${DATE_RU},?)? ${DECIDERS_RU} ${NOT_TO_COME_RU}(?<from>${DECIDED_RU})` }),
  // «планом, утверждённым Советом министров обороны ОДКБ 10 ноября в Москве», «решением Совета коллективной безопасности в Ереване».
  ru({ name: 'ru.held-in.decided-by-body', type: 'HELD_IN', dating: 'span',
    pattern: `(?<![\\p{L}])(?<from>(?:утвержд[её]нн|одобренн|принят|решени)\\p{L}*) ⟦ORG#\\d+⟧(?: ${DATE_RU})? (?:в|во) {PLACE:to}(?: ${DATE_RU})?` }),
  // «Лукашенко передал председательство Путину в Минске в 2023 году»: at the summit that closes the chairmanship.
  ru({ name: 'ru.held-in.handed-over-in', type: 'HELD_IN', dating: 'span',
    pattern: `(?<![\\p{L}])(?:⟦(?:STATE|PLACE|PERSON|NAME)#\\d+⟧|он|она) (?:${DATE_RU} )?${NOT_TO_COME_RU}(?<from>${HANDED_RU})(?: ${DATE_RU})? (?:в|во) {PLACE:to}` }),
  // «Решение о создании штаба приняли в Ереване в 2004 году», «решения, принятые в Бишкеке».
  ru({ name: 'ru.held-in.decision-taken-in', type: 'HELD_IN', dating: 'span',
    pattern: `(?<![\\p{L}])(?<from>[Рр]ешени\\p{L}*)(?: (?:о|об) (?:[^.;,⟦]|⟦(?:ORG|INIT|EVENT)#\\d+⟧){1,60}?)?,? (?:котор\\p{L}+ )?(?:был[оаи]? )?${NOT_TO_COME_RU}(?:принят\\p{L}*|приняли)(?: ${DATE_RU})? (?:в|во) {PLACE:to}` }),
];
