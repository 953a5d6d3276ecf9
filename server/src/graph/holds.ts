import { holding } from '../model/holding';
import { partialDate } from '../model/partial-date';
import type { RelationshipModel } from '../model/records';

/**
 * Marks each relationship a query returned for an `asOf` date with whether it held then (HELD or
 * UNKNOWN: the Cypher filters have left out those that did not). Its ends are full entities, so
 * their lifetimes count without another round trip.
 */
export function markHolding<T extends RelationshipModel>(relationships: T[], asOf: string | null | undefined): T[] {
  if (!asOf) return relationships;
  const day = partialDate(asOf);
  for (const relationship of relationships) relationship.holds = holding(relationship, day);
  return relationships;
}
