/**
 * An event a sentence leaves out ("Units from Belarus and Russia also took part.", «В них приняли участие …»)
 * is read by two readers: one takes the meeting phrase named last as it is written ("the exercise"), the
 * other the exercises the sentence before named (toFallback 'nearExercise'). Where the second found named
 * exercises, the first's bare noun is the same event said vaguely, not another one: it is dropped.
 */
import { EXERCISE_EN, EXERCISE_RU } from './event-reference';
import type { ProposedFact } from './types';

/** An end that is only an exercise noun, maybe after a few words of its kind ("logistics exercise", «совместные учения»). */
const BARE_EXERCISE = new RegExp(`^(?:(?:the|these|those|this|that|its|their) )?(?:[\\p{L}-]+ ){0,3}(?:${EXERCISE_EN}|${EXERCISE_RU})$`, 'iu');

const sentenceKey = (fact: ProposedFact) => `${fact.type}|${fact.from.entityId ?? fact.from.text}|${fact.evidence.paragraph}|${fact.evidence.start}`;

export function withoutVagueExercises(proposals: ProposedFact[]): ProposedFact[] {
  const resolved = new Set(proposals.filter((fact) => fact.to.entityId).map(sentenceKey));
  return proposals.filter((fact) => fact.to.entityId || !BARE_EXERCISE.test(fact.to.text.trim()) || !resolved.has(sentenceKey(fact)));
}
