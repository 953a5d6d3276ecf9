/**
 * A plan the same sentence says is not decided states no fact: «Предварительно учение пройдёт в Казахстане,
 * но окончательных решений пока нет», "Belarus is expected to host the drills again, but no decision has
 * been taken yet", «Решения о проведении учения в республике пока нет». The words that void it often come
 * after the plan, in a clause of their own, where the guards before a match do not look. A past event in
 * such a sentence stands ("The ministers met in Minsk, but no decision on the budget was taken"): only a
 * plan (future, preliminary, discussed, rumoured) or a decision about holding something is voided.
 */
import type { ProposedFact } from './types';

const L = '\\p{L}';
const NO_DECISION = new RegExp(
  [
    // "no (final) decision has been taken (yet)", "no formal proposal was made", "no agreement was reached"
    `(?<!${L})no (?:final |formal |official |firm |such )?(?:decision|agreement|proposal|deal)s? (?:has |have |had |was |were )?(?:yet |so far )?(?:been )?(?:taken|made|reached|tabled|put forward|submitted|yet)`,
    // "no decision on the size of the contingent or the venue had been taken": the decision's object between
    `(?<!${L})no (?:final |formal |official |firm )?decisions? (?:on|about|as to|over) [^.;]{1,80}? (?:has|have|had|was|were) (?:yet |so far )?(?:been )?(?:taken|made|reached)`,
    // "although no date has been announced", "though no dates have been fixed": the plan has no time yet
    `(?<!${L})no (?:firm |exact |final )?(?:date|dates|venue|timing) (?:has|have|had|was|were) (?:yet )?(?:been )?(?:announced|set|fixed|agreed|named|confirmed)`,
    // "were still discussing where next year's drills would take place", "have not yet decided when"
    `(?<!${L})(?:still|yet to be) (?:discussing|deciding|debating|considering|discussed|decided) (?:where|when|whether|if)(?!${L})`,
    // an idea "was quietly dropped", "was shelved", "was not discussed", "was turned down"
    `(?<!${L})(?:was|were|has been|had been) (?:quietly |later |eventually )?(?:dropped|shelved|abandoned|not discussed|turned down|rejected|called off)`,
    `(?<!${L})nothing (?:has been |had been |is |was )?(?:decided|final|agreed|settled|signed)`,
    `(?<!${L})(?:has|have|had) yet to be (?:decided|approved|agreed|finali[sz]ed|confirmed)`,
    `(?<!${L})(?:is|are|was|were|has|have) not (?:yet )?(?:been )?(?:decided|finali[sz]ed|agreed|approved)`,
    // «окончательных решений пока нет», «официального решения я пока не видел», «такого решения ещё не принято»
    `(?<!${L})(?:окончательн|официальн|такого|таких|никак)${L}* (?:решени|договор[её]нност|предложени|соглашени)${L}*[^.;]{0,40}?(?:нет|не (?:было|принят|принима|видел|вносил|достигнут|поступал)${L}*)`,
    `(?<!${L})решени${L}* [^.;]{0,60}?(?:пока|ещё|еще|так и) (?:нет|не принят${L}*)`,
    `(?<!${L})никаких (?:договор[её]нност|решени|соглашени)${L}*`,
    `(?<!${L})(?:никто|никем) (?:ещё |еще |пока |официально )?не (?:вносил|внёс|внес|предлагал|принимал)${L}*`,
    // «окончательно этот вопрос решит Совет министров», «решение примут весной», «вопрос остаётся открытым»
    `(?<!${L})окончательно${L}* [^.;]{0,40}?(?:решит|решат|определит|определят|утвердит|утвердят)(?!${L})`,
    `(?<!${L})(?:вопрос|решение) [^.;]{0,30}?(?:остаётся|остается|пока) открыт${L}*`,
    `(?<!${L})(?:ещё|еще|пока|до сих пор) (?:обсуждают|обсуждается|решают|решается|не определ${L}*)(?:,)? (?:где|когда|ли)(?!${L})`,
    `(?<!${L})(?:было|была|был|были) (?:тихо |позже |в итоге )?(?:отклонен${L}*|отвергнут${L}*|снят${L}* с повестки|не обсуждал${L}*)`,
  ].join('|'),
  'iu',
);

/** A plan rather than an event: future, preliminary, under discussion, rumoured, or a decision "about holding". */
const PLAN = new RegExp(
  `(?<!${L})(?:will|would|is to|are to|to be|next|expected|planned|plans?|preliminar${L}*|tentative${L}*|pencil${L}*|proposed|offered|rumou?r${L}*|on holding|to hold|to host|floated|suggestion|idea|пройд[её]т|пройдут|примет|примут|перейд[её]т|провед[её]т|проведут|состоится|состоятся|будет|будут|предварительн${L}*|обсужда${L}*|говорят|планир${L}*|намеч${L}*|ожида${L}*|о проведении|о новых|предлага${L}*|предложил${L}*)(?!${L})`,
  'iu',
);

/**
 * A plan the sentence says was not carried out: "had planned to hold the exercise in Belarus, but it was moved to
 * Russia", «Учение планировалось провести в Минске, однако его перенесли». The past plan, then a turn.
 */
const ABANDONED = new RegExp(
  `(?<!${L})(?:had (?:planned|intended|hoped|wanted|been (?:due|scheduled|expected)) to|планировал${L}*|собирал${L}*|намеревал${L}*|должн${L}* (?:был${L}*|было))(?!${L})[^.;]*?,? (?:but|however|yet|но|однако)(?!${L})`,
  'iu',
);

/** Whether a sentence says that what it plans is not decided. */
const openPlan = (sentence: string) => NO_DECISION.test(sentence) && PLAN.test(sentence);

/** Whether a sentence says that what it plans is not decided, or that a plan was not carried out. */
export const undecidedPlan = (sentence: string) => openPlan(sentence) || ABANDONED.test(sentence);

/** Where a clause of its own begins: ", and", ", but", ", while", «, а», «, но», «, и», a semicolon. */
const CLAUSE = new RegExp(`(?:, (?:and|but|while|whereas|а|но|и|однако)(?!${L})|;)`, 'giu');

/**
 * Whether a fact's ends are both said in a clause before the one that makes the plan: "The forces held the Rubezh
 * exercise in Kyrgyzstan last year, and officers expect the next edition …, though no venue has been announced".
 */
function saidBeforePlan(fact: ProposedFact, sentence: string): boolean {
  const plan = PLAN.exec(sentence)?.index ?? 0;
  const breaks = [...sentence.slice(0, plan).matchAll(CLAUSE)];
  const cut = breaks.length ? breaks[breaks.length - 1]!.index! : -1;
  const ends = [fact.from.text, fact.to.text].map((text) => sentence.indexOf(text));
  return cut > 0 && ends.every((at, i) => at >= 0 && at + [fact.from.text, fact.to.text][i]!.length <= cut);
}

/**
 * What such a sentence voids: where and by whom something is to be held, who takes part, who is to chair or run it.
 * Not a standing fact read beside the plan ("Kazakhstan's defence minister, X, proposed …; no decision was
 * taken", "the Peacekeeping Forces' exercise", where it is "not yet decided where" it goes).
 */
const PLANNED = new Set(['HELD_IN', 'HOSTS', 'PARTICIPATES_IN', 'ATTENDED', 'CHAIRS', 'CONDUCTS']);
/** What a plan not carried out voids: its venue and host ("had planned to hold it in Belarus, but it was moved"); those who took part elsewhere stand. */
const VENUE = new Set(['HELD_IN', 'HOSTS']);

/** A relative aside says something of its own: "Tajikistan, which takes over the chairmanship in January, has offered to host …". */
export const RELATIVE_ASIDE = new RegExp(`, (?:which|who|whose|котор${L}*|чь${L}*)(?!${L})[^,;]*,`, 'giu');
const CHAIRMANSHIP = /chair|председат/iu;

export function withoutUndecided(proposals: ProposedFact[]): ProposedFact[] {
  return proposals.filter((fact) => {
    const sentence = fact.evidence.quote;
    if (VENUE.has(fact.type) && ABANDONED.test(sentence)) return false;
    if (!PLANNED.has(fact.type) || !openPlan(sentence) || saidBeforePlan(fact, sentence)) return true;
    // A chairmanship named only in an aside is not the plan the sentence leaves open.
    return fact.type === 'CHAIRS' && !CHAIRMANSHIP.test(sentence.replace(RELATIVE_ASIDE, ','));
  });
}
