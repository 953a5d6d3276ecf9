/** Keys that tell whether two proposals state the same thing, shared by the rules (facts.ts) and the learned layer. */
import type { ProposedFact } from './types';

/** Whether two proposals quote the same sentence. */
export const sameSentence = (a: ProposedFact, b: ProposedFact) => a.evidence.paragraph === b.evidence.paragraph && a.evidence.start === b.evidence.start;

/** A fact's type and ends; `anyName` takes every end without an entity for the same (a headline names a meeting in other words; the labels' "?"). */
export const factKey = (fact: ProposedFact, anyName = false) =>
  [fact.type, ...[fact.from, fact.to].map((end) => end.entityId ?? (anyName ? '?' : end.text.toLowerCase()))].join('|');
