/**
 * The Russian words of the relation layer (relations.ts) beyond its first lexicon: the families of nouns and
 * verbs Russian news prose states a fact with where no rule reads the construction. Russian word order is
 * free and case, not position, marks the subject («Учения «Рубеж» проводят КСБР»), so these read either order;
 * where a noun's genitive names the whole («входит в структуру ОДКБ», «компонент ОДКБ»), `toRightAfter` takes
 * the end from the noun's complement. Read before the first lexicon: a pair of ends is given once, by the
 * first type whose words the trigger is.
 */
import type { Trigger } from './relations';

const L = '\\p{L}';
const LOCATIVE = /(?:^|[ ,])(?:в|во|на)(?: "?)?$/u;
/** The meetings that are conducted: exercises and operations, not sessions or talks. */
const EXERCISE = /(?<![\p{L}])(?:учени\p{L}*|маневр\p{L}*|манёвр\p{L}*|операци\p{L}*|тренировк\p{L}*)(?![\p{L}])/iu;

export const RUSSIAN_TRIGGERS: Trigger[] = [
  // A body within an organization: «Объединённый штаб входит в структуру ОДКБ», «КСОР — основной компонент ОДКБ», «одна из структур
  // ОДКБ — МКВЭС», «Военный комитет, созданный при Совете министров обороны». The whole is the noun's genitive.
  {
    type: 'PART_OF',
    words: `структур${L}*|в состав|в составе|компонент${L}*|звен${L}*|(?:созданн|образованн|учрежд[её]нн|действующ)${L}* при`,
    from: ['ORG'], to: ['ORG'], dating: 'none', order: 'any', toRightAfter: true,
  },
  // An exercise within a series or a complex: «Учения «Поиск» проходят в рамках комплекса «Боевое братство»», «— часть учений «…»».
  {
    type: 'PART_OF',
    words: `в рамках|часть|частью|составн${L}* част${L}*`,
    from: ['EVENT', 'INIT'], to: ['INIT', 'EVENT'], dating: 'none', order: 'any', toRightAfter: true,
  },
  // «ПА ОДКБ со штаб-квартирой в Санкт-Петербурге», «КСБР со штабом в Бишкеке», «базирующийся в Москве штаб».
  { type: 'HEADQUARTERED_IN', words: `штаб-квартир${L}*|штабом|базир${L}*|дислоцир${L}*`, from: ['ORG'], to: ['PLACE'], dating: 'none', order: 'any', toAfter: LOCATIVE, reach: 4 },
  // A state as the chairman of the organization: «Председателем ОДКБ в 2023 году была Белоруссия» (a person's is a rule's reading).
  { type: 'CHAIRS', words: `председател${L}*`, from: ['STATE'], to: ['ORG'], dating: 'span', role: 'chair', order: 'any', reach: 4 },
  // Who conducts an exercise, in either order and in the passive participle: «Учения «Рубеж» проводят КСБР», «Проводимые
  // Объединённым штабом учения», «Руководил учениями генерал X», «под руководством X прошли учения».
  {
    type: 'CONDUCTS',
    // Not «Объединённый штаб под руководством X проводит учения» nor «руководимый X штаб»: there the body conducts, and X heads it.
    words: `провел${L}*|провёл|провод${L}*|провед${L}*|организова${L}*|организу${L}*|(?<!⟧ под )руковод(?!им)${L}*`,
    from: ['ORG', 'PERSON'], to: ['EVENT', 'MEET'], dating: 'span', order: 'any', toMeeting: EXERCISE, fromNotLocative: true,
    // «проведение учений с участием КСБР»: who takes part, not who conducts (the participation is the first lexicon's).
    unless: /с участием/u,
  },
  // The state that receives an exercise or a meeting: «Хозяйкой учений стала Киргизия», «примет на своей территории учения»,
  // «Киргизия станет местом проведения учений» (a state as the place hosts, as the labels read it; a city is where it was held, below).
  { type: 'HOSTS', words: `хозя${L}*|на сво${L}* территори${L}*|у себя|мест${L}* проведения`, from: ['STATE'], to: ['EVENT', 'INIT', 'MEET'], dating: 'span', order: 'any' },
  // «Местом проведения саммита стал Минск»: the place is the noun's complement, not after «в».
  { type: 'HELD_IN', words: `мест${L}* проведения`, from: ['EVENT', 'INIT', 'MEET'], to: ['PLACE'], dating: 'span', order: 'any', reach: 4 },
  // A state's troops at an exercise take part in it: «Миротворцы Белоруссии и Киргизии отработали на учениях …», «… продемонстрировали на учениях».
  {
    type: 'PARTICIPATES_IN',
    words: `отработал${L}*|отрабатыва${L}*|продемонстрировал${L}*|демонстрирова${L}*|выполнил${L}*|выполня${L}*`,
    from: ['STATE'], to: ['EVENT', 'MEET'], dating: 'span', order: 'any', toMeeting: EXERCISE, fromNotLocative: true,
  },
  // «Ответственность за программу возложена на МКВЭС», «программа находится под управлением / в ведении МКВЭС».
  { type: 'ADMINISTERS', words: `ответственност${L}*|ответственн${L}* за|под управлением|в ведении|оператор${L}*`, from: ['ORG'], to: ['INIT'], dating: 'none', order: 'any' },
];
