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
    `(?<!${L})nothing (?:has been |had been |is |was )?(?:decided|final|agreed|settled|signed)`,
    `(?<!${L})(?:has|have|had) yet to be (?:decided|approved|agreed|finali[sz]ed|confirmed)`,
    `(?<!${L})(?:is|are|was|were|has|have) not (?:yet )?(?:been )?(?:decided|finali[sz]ed|agreed|approved)`,
    // «окончательных решений пока нет», «официального решения я пока не видел», «такого решения ещё не принято»
    `(?<!${L})(?:окончательн|официальн|такого|таких|никак)${L}* (?:решени|договор[её]нност|предложени|соглашени)${L}*[^.;]{0,40}?(?:нет|не (?:было|принят|принима|видел|вносил|достигнут|поступал)${L}*)`,
    `(?<!${L})решени${L}* [^.;]{0,60}?(?:пока|ещё|еще|так и) (?:нет|не принят${L}*)`,
    `(?<!${L})никаких (?:договор[её]нност|решени|соглашени)${L}*`,
    `(?<!${L})(?:никто|никем) (?:ещё |еще |пока |официально )?не (?:вносил|внёс|внес|предлагал|принимал)${L}*`,
  ].join('|'),
  'iu',
);

/** A plan rather than an event: future, preliminary, under discussion, rumoured, or a decision "about holding". */
const PLAN = new RegExp(
  `(?<!${L})(?:will|would|is to|are to|to be|next|expected|planned|plans?|preliminar${L}*|tentative${L}*|pencil${L}*|proposed|offered|rumou?r${L}*|on holding|to hold|to host|пройд[её]т|пройдут|примет|примут|перейд[её]т|провед[её]т|проведут|состоится|состоятся|будет|будут|предварительн${L}*|обсужда${L}*|говорят|планир${L}*|намеч${L}*|ожида${L}*|о проведении|о новых)(?!${L})`,
  'iu',
);

/** Whether a sentence says that what it plans is not decided. */
export const undecidedPlan = (sentence: string) => NO_DECISION.test(sentence) && PLAN.test(sentence);

/**
 * What such a sentence voids: where and by whom something is to be held, who takes part, who is to chair.
 * Not a standing fact read beside the plan ("Kazakhstan's defence minister, X, proposed …; no decision was
 * taken", "the Peacekeeping Forces' exercise", where it is "not yet decided where" it goes).
 */
const PLANNED = new Set(['HELD_IN', 'HOSTS', 'PARTICIPATES_IN', 'ATTENDED', 'CHAIRS']);

/** A relative aside says something of its own: "Tajikistan, which takes over the chairmanship in January, has offered to host …". */
const RELATIVE_ASIDE = new RegExp(`, (?:which|who|whose|котор${L}*|чь${L}*)(?!${L})[^,;]*,`, 'giu');
const CHAIRMANSHIP = /chair|председат/iu;

export function withoutUndecided(proposals: ProposedFact[]): ProposedFact[] {
  return proposals.filter((fact) => {
    const sentence = fact.evidence.quote;
    if (!PLANNED.has(fact.type) || !undecidedPlan(sentence)) return true;
    // A chairmanship named only in an aside is not the plan the sentence leaves open.
    return fact.type === 'CHAIRS' && !CHAIRMANSHIP.test(sentence.replace(RELATIVE_ASIDE, ','));
  });
}
