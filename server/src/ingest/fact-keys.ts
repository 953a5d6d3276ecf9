/** Keys that tell whether two proposals state the same thing, shared by the rules (facts.ts) and the learned layer. */
import type { FactEnd, ProposedFact } from './types';

/** An end as a key: its entity, else its words in lower case. */
export const endKey = (end: FactEnd) => end.entityId ?? end.text.toLowerCase();

/** Whether two proposals quote the same sentence. */
export const sameSentence = (a: ProposedFact, b: ProposedFact) => a.evidence.paragraph === b.evidence.paragraph && a.evidence.start === b.evidence.start;

/** A fact's type and ends; `anyName` takes every end without an entity for the same (a headline names a meeting in other words; the labels' "?"). */
export const factKey = (fact: ProposedFact, anyName = false) =>
  [fact.type, ...[fact.from, fact.to].map((end) => end.entityId ?? (anyName ? '?' : end.text.toLowerCase()))].join('|');
