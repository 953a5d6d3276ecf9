/**
 * Ends a relationship cannot have, whatever rule read them: one chairs a meeting or a body, never an
 * exercise («под председательством России силы ОДКБ провели … учений»: the year's chairmanship, not the
 * drills'); states take part in a collective force with their units, they are not its members ("Kyrgyz
 * troops joined the exercise of the Collective Rapid Deployment Forces"). Checked on the proposals of every layer.
 */
import { EXERCISE_WORD } from './event-reference';
import type { ProposedFact } from './types';


/** Whether an end is an exercise named only by its noun. */
const exerciseNoun = (end: ProposedFact['to']) => !end.entityId && EXERCISE_WORD.test(end.text);

const FORCES = /(?<![\p{L}])(?:forces|сил[аыуе]?|силами)(?![\p{L}])/iu;

export function withPossibleEnds(proposals: ProposedFact[]): ProposedFact[] {
  return proposals.filter((fact) => !(fact.type === 'CHAIRS' && exerciseNoun(fact.to)) && !(fact.type === 'MEMBER_OF' && FORCES.test(fact.to.text)));
}
