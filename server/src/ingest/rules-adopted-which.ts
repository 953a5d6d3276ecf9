/**
 * A document adopted at a meeting told by a relative clause on the meeting or by a phrase that points back to it (round
 * 23, DOCUMENTS): "the session of the Council in Astana on 28 November 2024, at which the border programme was adopted",
 * "the Bishkek summit, during which the leaders approved the budget", «сессия Совета в Астане, на которой была утверждена
 * Программа», «саммит, в ходе которого лидеры подписали декларацию», "At the same meeting, the plan of joint exercises
 * for 2027 was adopted" (the meeting the sentence before named). Each document is one ADOPTED_AT; a named one is its
 * entity, one told by its common noun "?" (the labels' convention). Not read: a draft, a document not adopted or still
 * to be ("was not adopted", "is to be approved", «не была принята», «будет утверждена»).
 */
import { en, ru, type Rule } from './facts';

/** A document told by its common noun, with up to four words of its own before it and its object after it. */
const DOCUMENT_EN =
  '(?:the |a |an |its |their )(?!draft)(?:(?:[a-z-]+|⟦(?:ORG|DATE|STATE)#\\d+⟧) ){0,3}?(?:budget|plan|declaration|statement|strategy|concept|protocol|memorandum|calendar|schedule|resolution|appeal|agreement|decision|decisions|programme|program)(?: (?:for|on|of) (?:[a-z-]+|⟦(?:DATE|STATE|ORG)#\\d+⟧)(?: (?:[a-z-]+|⟦(?:DATE|STATE|ORG)#\\d+⟧)){0,4}?)?';
const DOCUMENT_RU =
  '(?<![\\p{L}])(?:[Бб]юджет|[Пп]лан|[Дд]екларац|[Зз]аявлени|[Сс]тратеги|[Кк]онцепци|[Пп]ротокол|[Мм]еморандум|[Рр]езолюци|[Сс]оглашени|[Пп]рограмм|[Рр]ешени)(?:[а-яё]{0,4})(?![\\p{L}])(?: (?:[а-яё-]+|⟦(?:ORG|DATE|STATE)#\\d+⟧|[\\d–-]+)){0,6}?';
const ADOPTED_EN = '(?:adopted|approved|endorsed|signed)';
const ADOPTED_RU = '(?:принят|утвержд[её]н|подписан|одобрен)\\p{L}*';
const ADOPTED_ACTIVE_RU = '(?:приняли|утвердили|подписали|одобрили|принял|утвердил|подписал|одобрил)\\p{L}*';
/** Those who adopt at a meeting: "the leaders", «лидеры», «главы государств». */
const ADOPTERS_EN = '(?:the )?(?:leaders|ministers|heads of state|presidents|members|participants|delegations|[a-z-]+ ministers)';
const ADOPTERS_RU = '(?:лидеры|министры|главы государств|президенты|участники|делегации|стороны)(?: [а-яё]+)?';
const NOT_DENIED_EN = "(?<!(?:not|never|n't|to be|yet) )";
const NOT_DENIED_RU = '(?<!(?:не|будет|будут|должн\\p{L}*) )';
/** The words between a meeting and its relative clause: its body, place and day, not another sentence's clause. */
const MEETING_TAIL = '(?:[^.;⟦]|⟦(?:PLACE|STATE|DATE|ORG)#\\d+⟧){0,90}?';

/** The document after its verb or before it, named or by its noun: one rule each, as a pattern names a group once. */
const NAMED = '{THE}{INIT:from}';
const NOUN_EN = `(?<from>${DOCUMENT_EN})`;
const NOUN_RU = `(?<from>${DOCUMENT_RU})`;
const passiveEn = (document: string) => `${document}(?: (?:was|were))? (?:also |finally )?${NOT_DENIED_EN}${ADOPTED_EN}`;
const activeEn = (document: string) => `${ADOPTERS_EN} (?:also |finally )?${NOT_DENIED_EN}${ADOPTED_EN} ${document}`;
const passiveRu = (document: string) => `(?:был[аиоы]? )?${NOT_DENIED_RU}${ADOPTED_RU} ${document}`;
const activeRu = (document: string) => `${ADOPTERS_RU} ${NOT_DENIED_RU}${ADOPTED_ACTIVE_RU} ${document}`;

export const ADOPTED_WHICH_RULES: Rule[] = [
  // "the session of the Collective Security Council in Astana on 28 November 2024, at which the programme was adopted", "the Bishkek summit,
  // during which the leaders approved the budget".
  ...[passiveEn(NAMED), passiveEn(NOUN_EN), activeEn(NAMED), activeEn(NOUN_EN)].map((clause, i) =>
    en({ name: `en.adopted-at.at-which${i ? `.${i}` : ''}`, type: 'ADOPTED_AT', dating: 'start',
      pattern: `{EVENT|MEET:to}${MEETING_TAIL},? (?:at|during) which ${clause}(?![\\p{L}])` })),
  // «сессия Совета коллективной безопасности в Астане, на которой была утверждена Программа», «саммит, в ходе которого лидеры подписали декларацию».
  ...[passiveRu(NAMED), passiveRu(NOUN_RU), activeRu(NAMED), activeRu(NOUN_RU)].map((clause, i) =>
    ru({ name: `ru.adopted-at.at-which${i ? `.${i}` : ''}`, type: 'ADOPTED_AT', dating: 'start',
      pattern: `{EVENT|MEET:to}${MEETING_TAIL},? (?:на|в ходе|во время) котор(?:ой|ом|ого)(?: (?:и|также|же))? ${clause}(?![\\p{L}])` })),
  // "At the same meeting, the plan of joint exercises for 2027 was adopted", "At that session the leaders also approved the budget".
  ...[passiveEn(NAMED), passiveEn(NOUN_EN), activeEn(NAMED), activeEn(NOUN_EN)].map((clause, i) =>
    en({ name: `en.adopted-at.same-meeting${i ? `.${i}` : ''}`, type: 'ADOPTED_AT', dating: 'start', toFallback: 'nearMeeting',
      pattern: `(?<![\\p{L}])(?:[Aa]t|[Dd]uring) (?:the same|that|this) (?:meeting|session|summit|sitting|gathering),? ${clause}(?![\\p{L}])` })),
];
