/**
 * A party the sentence names as an observer does not take part: "Serbia sent observers", "Representatives
 * of Uzbekistan were present as observers", «Белоруссия направила наблюдателей», «в качестве наблюдателей
 * присутствовали представители Сербии». A rule that reads "took part … X, Y, Z" or "X sent …" does not see the
 * observer noun in the clause of its own; this pass drops a participation or attendance whose party stands in
 * the clause that names observers. The parties in the other clauses of the sentence stand ("В учении
 * участвовали подразделения Казахстана и России, Белоруссия направила наблюдателей": Kazakhstan and Russia).
 */
import type { ProposedFact } from './types';
import { RELATIVE_ASIDE } from './undecided';

const L = '\\p{L}';
const OBSERVER = new RegExp(`(?<!${L})(?:observers?|наблюдател${L}*)(?!${L})`, 'iu');

/** Where one clause of a sentence ends: a comma, semicolon, colon, dash or bracket, or a contrasting conjunction. */
const CLAUSE_BREAK = new RegExp(`[,;:()\\u2014\\u2013]|\\s(?:but|while|whereas|а|но|тогда как|однако)(?!${L})`, 'iu');

/** The clauses of a sentence that name observers, relative asides taken out ("Uzbekistan, which left in 2012, sent observers"). */
export function observerClauses(sentence: string): string[] {
  return sentence.replace(RELATIVE_ASIDE, '').split(CLAUSE_BREAK).filter((clause) => clause !== undefined && OBSERVER.test(clause));
}

const PRESENT = new Set(['PARTICIPATES_IN', 'ATTENDED']);

/** Troops in the same clause are taking part: "Kazakhstan sent troops and observers". */
const TROOPS = new RegExp(`(?<!${L})(?:troops|units|contingents?|battalions?|servicemen|soldiers|подразделени${L}*|военнослужащ${L}*|контингент${L}*|батальон${L}*|военн${L}*)(?!${L})`, 'iu');

export function withoutObservers(proposals: ProposedFact[]): ProposedFact[] {
  return proposals.filter((fact) => {
    if (!PRESENT.has(fact.type)) return true;
    return !observerClauses(fact.evidence.quote).some((clause) => clause.includes(fact.from.text) && !TROOPS.test(clause));
  });
}
