/**
 * A comparative clause that leaves its predicate out says the predicate of its own subject: "Azerbaijan left the alliance in
 * 1999, as did Uzbekistan", "Kazakhstan sent a battalion, just as Kyrgyzstan did", «Азербайджан, как и Грузия, вышел из договора в
 * 1999 году», "Azerbaijan, which like Georgia left the treaty in 1999". The state compared takes the facts the sentence states of
 * a state named before the comparison, with their dates (the whole predicate is repeated), in the last clause before it only:
 * "A and B signed the treaty but left the alliance, as did C" says C left, not that C signed.
 */
import type { Template } from './template';
import type { ProposedFact } from './types';

/** The compared state: ", as did ⟦STATE⟧", "just as ⟦STATE⟧ did" (not a causal "as ⟦STATE⟧ holds"), "like ⟦STATE⟧" (not "unlike"), «как и ⟦STATE⟧». */
const COMPARED = /(?:,|—) (?:as (?:did|has|had|was|were|does|do|will|would)(?: (?:also|too))? (?:the )?⟦STATE#(\d+)⟧|just as (?:the )?⟦STATE#(\d+)⟧ (?:did|has|had|does|do|was|were))(?=[ ,.;—]|$)|(?<![\p{L}])(?:like|как и) ⟦STATE#(\d+)⟧(?=,| (?:left|joined|signed|quit|withdrew|suspended|froze|вышл|вышел|вышла|присоедин|подписал|приостанов|заморозил))/gu;
/** Where the clause the comparison repeats begins: after a contrast or a new predicate ("signed … but left …, as did C"). */
const CLAUSE_START = /(?:,? but |; |, and |, а |, но )/gu;

/** The facts the comparisons of this sentence give their states (not already stated of them). */
export function comparedAlike(template: Template, sentenceFacts: ProposedFact[]): ProposedFact[] {
  const added: ProposedFact[] = [];
  for (const match of template.text.matchAll(COMPARED)) {
    const compared = template.slots[Number(match[1] ?? match[2] ?? match[3])];
    if (!compared?.entityId) continue;
    const clauseStart = Math.max(0, ...[...template.text.slice(0, match.index).matchAll(CLAUSE_START)].map((found) => found.index + found[0].length));
    const slotAt = (entityId: string | undefined) => template.slots.findIndex((slot, i) => slot.entityId === entityId && template.at[i]! < match.index);
    for (const fact of sentenceFacts) {
      const from = slotAt(fact.from.entityId);
      if (from < 0 || template.slots[from]!.kind !== 'STATE' || fact.from.entityId === compared.entityId) continue;
      // The end the predicate names must be in the repeated clause, or not named in the sentence at all (a fallback).
      const to = slotAt(fact.to.entityId);
      if (to >= 0 && template.at[to]! < clauseStart) continue;
      const copy: ProposedFact = { ...fact, from: { entityId: compared.entityId, text: compared.text }, rule: `${fact.rule}+compared` };
      const same = (other: ProposedFact) => other.type === copy.type && other.from.entityId === copy.from.entityId && (other.to.entityId ?? other.to.text) === (copy.to.entityId ?? copy.to.text) && other.since === copy.since && other.until === copy.until;
      if (!sentenceFacts.some(same) && !added.some(same)) added.push(copy);
    }
  }
  return added;
}
