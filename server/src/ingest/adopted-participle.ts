/**
 * A document named by its common noun, then a participle of adopting that says where, by whom or when
 * (a reduced relative clause): «бюджет на 2027 год, утверждённый на сессии в Москве», «Согласно плану,
 * утверждённому министрами обороны 10 ноября», «перечень поставок, одобренный комиссией», "Under the plan
 * approved on Thursday", "the budget for 2027, adopted by the leaders at the Moscow summit". The graph has
^ * no entity for the document nor for the meeting (the labels' ADOPTED_AT "?" → "?"); a known document
 * (⟦INIT⟧) is read by rules-ru.ts's ru.adopted-at / ru.adopted-at.dated and rules-en.ts's rules.
 *
 * The participle must be said with something that places the adoption (a meeting, a body or collective
 * agent, a day, a city): a bare «утверждённый план» is an attribute, not a report. Not read: a draft
 * («проект плана», "a draft declaration"), a denial («не утверждённый», "not yet approved", "yet to be
 * approved"), a decree signed by a person (a signing, not a meeting: «указом», "by decree"), and a programme by its common
 * noun (in this corpus the border programme by description, which the programme rules read as the entity).
 */
import { en, ru, type Rule } from './facts';

/** Russian documents by their common noun, in any case, with up to six words or slots after them (their object, their year). */
const DOCUMENT_RU =
  "(?<![\\p{L}])(?<!(?:проект|проекта|проекту|проектом|проекте) )(?:[Бб]юджет|[Пп]лан|[Пп]еречн|[Пп]еречень|[Дд]екларац|[Зз]аявлени|[Сс]тратеги|[Кк]онцепци|[Пп]ротокол|[Мм]еморандум|[Кк]алендар|[Гг]рафик|[Рр]езолюци|[Оо]бращени)(?:[а-яё]{0,4})(?![\\p{L}])(?: (?:[а-яё-]+|⟦(?:ORG|DATE|STATE)#\\d+⟧|[\\d–-]+)){0,7}?";
/** The past passive participle of adopting, in every gender, number and case (not the short form, which other rules read). */
const PARTICIPLE_RU =
  '(?<![\\p{L}])(?<!не )(?:утвержд[её]нн|одобренн|принят|подписанн|согласованн)(?:ый|ая|ое|ые|ого|ому|ым|ом|ой|ую|ых|ыми)(?![\\p{L}])';
/** What places the adoption: a body or collective as agent, a day, a city. */
const AGENT_RU = '(?:⟦ORG#\\d+⟧|(?:министрами|лидерами|главами (?:государств|правительств)|президентами|участниками|членами|сторонами|советом|комиссией|комитетом|ассамблеей|сессией|саммитом|заседанием)(?![\\p{L}]))';
const WHEN_WHERE_RU = '(?:(?:в |во )?⟦(?:DATE|PLACE)#\\d+⟧)';
/** Decrees and orders: a person's act, no meeting. */
const NOT_DECREE_RU = '(?!(?:[^.;]{0,40}?)(?:указ|распоряжени|постановлени|приказ)\\p{L}*)';
const MEETING_RU = '(?:сесси|саммит|заседани|встреч|совещани|съезд|конференци)';

/** English documents by their common noun, with an article or determiner, and up to five words of their own. */
const DOCUMENT_EN =
  "(?<![\\p{L}])(?:the|a|an|its|their|this|that|next year's|the new|the organi[sz]ation's|the bloc's)(?! draft)(?: (?:[a-z-]+|⟦(?:ORG|DATE|STATE)#\\d+⟧)){0,3}? (?:budget|plan|list|declaration|statement|strategy|concept|protocol|memorandum|calendar|schedule|resolution|appeal|package)(?: (?:for|on|of) (?:[a-z-]+|⟦(?:DATE|STATE|ORG)#\\d+⟧)(?: (?:[a-z-]+|⟦(?:DATE|STATE|ORG)#\\d+⟧)){0,3}?)?";
const PARTICIPLE_EN = '(?:adopted|approved|endorsed|signed|agreed)';
const AGENT_EN = "(?:by (?:the )?(?:⟦ORG#\\d+⟧|(?:[a-z-]+ ){0,2}(?:ministers|leaders|heads of state|presidents|members|council|commission|committee|assembly|delegates|summit|session))(?:'s)?)";
const WHEN_WHERE_EN = '(?:(?:(?:on|in|at) )?⟦(?:DATE|PLACE)#\\d+⟧|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:last|this) (?:week|month|year))';
/** Not a denial nor a plan: "not yet approved", "still to be approved", "yet to be signed", "would be approved". */
const NOT_DENIED_EN = "(?<!(?:not|never|n't|yet|be|been|to) )";

export const ADOPTED_PARTICIPLE_RULES: Rule[] = [
  // «бюджет на 2027 год, утверждённый на сессии в Москве», «план, принятый министрами на заседании»: the meeting named after the participle.
  ru({ name: 'ru.adopted-at.document-participle-meeting', type: 'ADOPTED_AT', dating: 'start',
    pattern: `(?<from>${DOCUMENT_RU}),? ${PARTICIPLE_RU}${NOT_DECREE_RU}(?: (?:${AGENT_RU}|${WHEN_WHERE_RU}|ещё|уже|тогда)){0,3} (?:на|в ходе|во время) (?:[а-яё-]+(?:ой|ом|ем|ей) )?{EVENT|MEET:to}` }),
  // «Согласно плану, утверждённому министрами обороны 10 ноября», «перечень, одобренный комиссией в Минске»: no meeting noun: the participle with its
  // agent or day says it was adopted at the meeting this sentence or the one before names (none named: nothing proposed).
  ru({ name: 'ru.adopted-at.document-participle', type: 'ADOPTED_AT', dating: 'start', toFallback: 'nearMeeting',
    pattern: `(?<from>${DOCUMENT_RU}),? ${PARTICIPLE_RU}${NOT_DECREE_RU}(?: (?:[а-яё-]+ ){0,2}?(?:${AGENT_RU}|${WHEN_WHERE_RU})){1,3}(?! (?:[а-яё-]+ ){0,2}?(?:на|в ходе|во время) (?:[а-яё-]+ )?${MEETING_RU})` }),
  // "the budget for 2027, adopted by the leaders at the Moscow summit", "the plan approved at the meeting": the meeting named after the participle.
  en({ name: 'en.adopted-at.document-participle-meeting', type: 'ADOPTED_AT', dating: 'start',
    pattern: `(?<from>${DOCUMENT_EN}),? ${NOT_DENIED_EN}${PARTICIPLE_EN}(?: (?:${AGENT_EN}|${WHEN_WHERE_EN})){0,2} (?:at|during) {THE}{EVENT|MEET:to}` }),
  // "Under the plan approved on Thursday", "the list of projects endorsed by the commission in Minsk": the occasion is the verb's.
  en({ name: 'en.adopted-at.document-participle', type: 'ADOPTED_AT', dating: 'start', toFallback: 'nearMeeting',
    pattern: `(?<from>${DOCUMENT_EN}),? ${NOT_DENIED_EN}${PARTICIPLE_EN}(?: (?:${AGENT_EN}|${WHEN_WHERE_EN})){1,2}(?! (?:at|during) )(?! by decree)` }),
];
