/**
 * A body's founding told with its place and its time in any order, or by a present or inverted verb (round 23,
 * DOCUMENTS): "The Parliamentary Assembly, founded in St Petersburg in 2006, …", "the CRDF, set up in Yerevan in May
 * 2001", "The Assembly was founded in St Petersburg twenty years ago, on November 16, 2006", "the Joint Staff in Moscow,
 * established in 2003 and headed by …", «Именно здесь 16 ноября 2006 года была учреждена сама Парламентская ассамблея»,
 * «В том же году в Санкт-Петербурге учреждается Парламентская ассамблея ОДКБ». The labels give ESTABLISHED_BY body→"?"
 * dated the founding (round 16); rules-where.ts reads the date right after the verb, rules-founding.ts the founder named.
 * Not read: a founding denied or to come ("was not set up", "to be created", «будет создан», «не был учреждён»), and a
 * founder named after "by" (rules-founding.ts reads it).
 */
import { en, ru, type Rule } from './facts';

const FOUNDED_EN = '(?:created|founded|established|set up|formed|launched|inaugurated)';
const FOUNDED_RU = '(?:созда[нв]\\p{L}*|учрежд[её]н\\p{L}*|сформирован\\p{L}*|основан\\p{L}*|образован\\p{L}*|учреждается|учреждаются|создаётся|создается|создаются)';
const NOT_DENIED_EN = "(?<!(?:not|never|n't|be|to|being) )";
const NOT_DENIED_RU = '(?<!(?:не|не был[аоиы]?|будут|будет|может быть|могут быть) )';
/** Where and how long ago, before the date: "in St Petersburg", "in the Kazakh capital", "twenty years ago". */
const BEFORE_DATE_EN = "(?:,? (?:in|at) (?:⟦PLACE#\\d+⟧|the [a-z-]+ capital)|,? (?:some |almost |nearly |exactly )?[a-z-]+ (?:years|decades) ago|,? (?:originally|first|formally|officially))";
/** A body and how it is told before the verb: "The Assembly was", "The Assembly,"; and told with its seat or an aside, "the Joint Staff in Moscow,", "… (CRDF), the oldest of …,". */
const BODY_EN = "{ORG:from}(?: \\([^)]{1,40}\\))?(?:,| (?:was|were|had been|has been)(?: (?:originally|first|formally|officially))?)";
const BODY_ASIDE_EN = "{ORG:from}(?: \\([^)]{1,40}\\))?(?: (?:in|at) ⟦PLACE#\\d+⟧,(?: [^,.;:⟦]{1,60},)?|,(?: [^,.;:⟦]{1,60},))";
/** What rules-where.ts's ru.established.dated-first reads already: the date, the place, the past participle, the body. */
const DATED_FIRST_RU = '(?!⟦DATE#\\d+⟧(?: (?:года|году|год))?,?(?: (?:в|во) ⟦PLACE#\\d+⟧)? (?:был[аиоы]? )?(?:созда[нв]\\p{L}*|учрежд[её]н\\p{L}*|сформирован\\p{L}*|основан\\p{L}*) ⟦ORG#)';

export const FOUNDED_WHEN_RULES: Rule[] = [
  // "The Parliamentary Assembly, founded in St Petersburg in 2006, …", "The Assembly was founded in St Petersburg twenty years ago, on
  // November 16, 2006", "the CRDF, the oldest of the bloc's formations, set up in Yerevan in May 2001".
  en({ name: 'en.established.place-then-date', type: 'ESTABLISHED_BY', dating: 'start',
    pattern: `${BODY_EN} ${NOT_DENIED_EN}(?<to>${FOUNDED_EN}(?:${BEFORE_DATE_EN})+,? (?:on |in |as early as |back in )?⟦DATE#\\d+⟧)(?! by )` }),
  en({ name: 'en.established.aside-then-date', type: 'ESTABLISHED_BY', dating: 'start',
    pattern: `${BODY_ASIDE_EN} ${NOT_DENIED_EN}(?<to>${FOUNDED_EN}(?:${BEFORE_DATE_EN})*,? (?:on |in |as early as |back in )?⟦DATE#\\d+⟧)(?! by )` }),
  // «Именно здесь 16 ноября 2006 года была учреждена сама Парламентская ассамблея ОДКБ», «В том же году в Санкт-Петербурге учреждается
  // Парламентская ассамблея»: the verb before the body, the date before the verb (a year told as «в том же году» is the sentence's date).
  ru({ name: 'ru.established.inverted', type: 'ESTABLISHED_BY', dating: 'start',
    pattern: `${DATED_FIRST_RU}(?<to>(?:⟦DATE#\\d+⟧(?: (?:года|году|год))?|[Вв] том же году|[Вв] тот же год)(?:,? (?:в|во) ⟦PLACE#\\d+⟧|,? (?:именно )?(?:здесь|там|тогда))?,? (?:и )?(?:был[аиоы]? )?${NOT_DENIED_RU}${FOUNDED_RU}) (?:(?:сама|сам|само|сами|и|также) )?{ORG:from}` }),
  // «Парламентская ассамблея, учреждённая в Санкт-Петербурге 16 ноября 2006 года», «Штаб, созданный в Москве в 2003 году»: the place before the date.
  ru({ name: 'ru.established.place-then-date', type: 'ESTABLISHED_BY', dating: 'start',
    pattern: `{ORG:from},? (?:был[аиоы]? )?${NOT_DENIED_RU}(?<to>${FOUNDED_RU} (?:в|во) ⟦PLACE#\\d+⟧,? (?:ещё |еще )?(?:в |во )?⟦DATE#\\d+⟧)` }),
];
