/**
 * The collective forces and their exercises (round 15's convention, labels.json `about`): the forces conduct an
 * exercise only where a verb says they held, conducted, staged or ran it ("the CRRF held Interaction", «КСОР провели
 * учение»); an exercise named as theirs ("the Interaction exercise of the CRRF", «учение КСОР „Взаимодействие“», «учение
 * с КСОР», "the CRRF's exercise") is one they take part in, and a body that directs it conducts it. The rules read
 * the two apart by the forces' entity (its mention may be an abbreviation: "CRRF", «КСОР»).
 */
import { endKey } from './fact-keys';
import { indexed } from './gazetteer';
import type { Gazetteer, ProposedFact } from './types';

/** A collective force, by its entity's name ("Collective Rapid Reaction Forces"), or the words of an end the graph lacks. */
export const FORCES_NAME = /(?<![\p{L}])(?:forces|сил\p{L}*)(?![\p{L}])/iu;
/** Any other body: its own exercise ("the command-staff exercise of the Joint Staff") is one it directs. */
export const OTHER_THAN_FORCES_NAME = new RegExp(`^(?!.*${FORCES_NAME.source})`, 'isu');

/** The name a rule's `fromName` reads: the entity's own, else the words of the end. */
export const endName = (gazetteer: Gazetteer, end: ProposedFact['from']): string => (end.entityId ? indexed(gazetteer).entry(end.entityId)?.name : undefined) ?? end.text;

/**
 * One reading per exercise: where the article says the forces conducted an exercise and, elsewhere, names it as
 * theirs ("the CRRF held Interaction … the Interaction exercise of the CRRF"), they conducted it, and the
 * participation is not proposed besides (the stronger statement stands, as the labels have it).
 */
export function conductedOverTakingPart(proposals: ProposedFact[], gazetteer: Gazetteer): ProposedFact[] {
  const conducted = new Set(proposals.filter((fact) => fact.type === 'CONDUCTS' && FORCES_NAME.test(endName(gazetteer, fact.from))).map((fact) => `${endKey(fact.from)}|${endKey(fact.to)}`));
  if (conducted.size === 0) return proposals;
  return proposals.filter((fact) => fact.type !== 'PARTICIPATES_IN' || !conducted.has(`${endKey(fact.from)}|${endKey(fact.to)}`) || !FORCES_NAME.test(endName(gazetteer, fact.from)));
}
