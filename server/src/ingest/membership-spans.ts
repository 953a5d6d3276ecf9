/**
 * A membership told as its two ends, the entry without a date: «Позже к нему присоединились Азербайджан и Грузия …
 * Но в 1999 году Азербайджан и Грузия продлевать договор не стали», "Georgia acceded later … Georgia quit the treaty
 * in 1999". An undated entry adds nothing to the period the exit closes: one fact, as the labels count it. A dated
 * entry stays a fact of its own (the corpus's older convention: "joined in 1994 but left in 1999" is two).
 */
import type { ProposedFact } from './types';

/** The rules whose membership begins at the event they read: a joining, a signature, a return, becoming a party. */
const ENTRY_RULE = /\.(?:joined|signed|returned|restored|party|became)/;

const textOrder = (a: ProposedFact, b: ProposedFact) => a.evidence.paragraph - b.evidence.paragraph || a.evidence.start - b.evidence.start;

/** Each exit (only an end date, no status) joined to the undated entry of the same ends before it. */
export function membershipSpans(proposals: ProposedFact[]): ProposedFact[] {
  const plain = (fact: ProposedFact) => fact.type === 'MEMBER_OF' && !fact.status && fact.from.entityId && fact.to.entityId;
  const open = new Map<string, ProposedFact>();
  const merged = new Set<ProposedFact>();
  for (const fact of proposals.filter(plain).sort(textOrder)) {
    const key = `${fact.from.entityId}|${fact.to.entityId}`;
    if (!fact.until && ENTRY_RULE.test(fact.rule)) {
      open.set(key, fact);
      continue;
    }
    const entry = open.get(key);
    if (!entry || !fact.until || fact.since || entry.since) continue;
    entry.until = fact.until;
    merged.add(fact);
    open.delete(key);
  }
  return proposals.filter((fact) => !merged.has(fact));
}
