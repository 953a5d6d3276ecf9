import { getArgumentValues, getNamedType, isInterfaceType, type GraphQLResolveInfo } from 'graphql';
import type { EntitySelection } from '../graph/records';
import { relationshipsParams, type RelationshipSelection, type RelationshipsArgs } from '../graph/relationships';
import { entitySelection, relationshipSelection, selectedFieldNodes } from './selection';

/** What Query.entity reads in one statement when the query also asks for the entity's relationships. */
export interface EntityWithRelationships {
  entity: EntitySelection;
  args: RelationshipsArgs;
  relationships: RelationshipSelection;
}

/**
 * Whether the entity at the resolver's field can be read with its relationships in one round trip,
 * and with what: only when its selection holds exactly one `relationships` field (so the arguments and
 * selection Entity.relationships will load with are these), at the latest release, with arguments
 * that pass their checks (a wrong one is reported by Entity.relationships, on its own field, as
 * without this). Otherwise null: the entity, then its relationships through their loader.
 */
export function entityWithRelationships(info: GraphQLResolveInfo): EntityWithRelationships | null {
  const nodes = selectedFieldNodes(info, ['relationships']);
  const type = getNamedType(info.returnType);
  if (nodes.length !== 1 || !isInterfaceType(type)) return null;
  const field = type.getFields()['relationships'];
  if (!field) return null;
  const args = getArgumentValues(field, nodes[0]!, info.variableValues) as RelationshipsArgs;
  if (args.release !== null && args.release !== undefined) return null;
  const selection = relationshipSelection(info, ['relationships', 'edges', 'node']);
  try {
    relationshipsParams(args, selection);
  } catch {
    return null;
  }
  return { entity: entitySelection(info, []), args: { ...args, release: null }, relationships: selection };
}
