/**
 * A membership told as its two ends, the entry without a date: «Позже к нему присоединились Азербайджан и Грузия …
 * Но в 1999 году Азербайджан и Грузия продлевать договор не стали», "Georgia acceded later … Georgia quit the treaty
 * in 1999". An undated entry adds nothing to the period the exit closes: one fact, as the labels count it. A dated
 * entry stays a fact of its own (the corpus's older convention: "joined in 1994 but left in 1999" is two).
 * A suspended membership closes the plain one before it: "Uzbekistan returned in 2006 and suspended its membership
 * in 2012", «Узбекистан, вернувшийся в организацию в 2006 году, в 2012 году приостановил членство» is a member from
 * 2006 to 2012, then suspended. A frozen participation does not close it (Armenia remains a member in law).
 */
import type { ProposedFact } from './types';

/** The rules whose membership begins at the event they read: a joining, a signature, a return, becoming a party. */
const ENTRY_RULE = /[.-](?:joined|signed|returned|restored|party|became)/;

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
  closedBySuspension(proposals.filter(plain), proposals.filter((fact) => fact.type === 'MEMBER_OF' && /suspended/.test(fact.status ?? '') && fact.since));
  return proposals.filter((fact) => !merged.has(fact));
}

/** Each open entry ended at the first suspension of the same ends after it (by date, else by the order of the text). */
function closedBySuspension(plain: ProposedFact[], suspensions: ProposedFact[]): void {
  for (const entry of plain) {
    if (entry.until || !ENTRY_RULE.test(entry.rule)) continue;
    const after = suspensions
      .filter((s) => s.from.entityId === entry.from.entityId && s.to.entityId === entry.to.entityId)
      .filter((s) => (entry.since ? s.since! > entry.since : textOrder(entry, s) < 0))
      .sort((a, b) => (a.since! < b.since! ? -1 : 1))[0];
    if (after) entry.until = after.since;
  }
}
