import type { EntityModel, RelationshipConnectionModel } from '../model/records';
import { asOfBounds, offsetAfter, offsetPage, pageSize, relationshipTypes } from './arguments';
import { markHolding } from './holds';
import type { Reader } from './reader';
import { entitySelectionParams, toEntity, toRelationship, type EntitySelection, type RawEntity, type RawRelationship } from './records';
import { patchToRelease } from '../releases/at-release';

export interface RelationshipsArgs {
  types?: readonly string[] | null;
  direction?: 'OUT' | 'IN' | 'BOTH' | null;
  asOf?: string | null;
  first?: number | null;
  after?: string | null;
  /** An older release (checked by the caller); absent or null: the latest. */
  release?: number | null;
}

/** What the query selects that costs reads: the relationships' citations, their ends' other values and citations (default: all). */
export interface RelationshipSelection {
  citations: boolean;
  endDetails: boolean;
  endCitations: boolean;
}

export const ALL_OF_RELATIONSHIPS: RelationshipSelection = { citations: true, endDetails: true, endCitations: true };

type RelationshipsRow = { id: string; totalCount: number; page: Array<{ relationship: RawRelationship; other: RawEntity }> };

/**
 * The parameters of queries/relationships-of for one set of arguments, checked here (a wrong `first`,
 * cursor, type or date throws the argument's error), and the offset the page starts at.
 */
export function relationshipsParams(args: RelationshipsArgs, selection: RelationshipSelection) {
  const first = pageSize(args.first, { default: 50, max: 100 });
  const offset = offsetAfter(args.after);
  const params = {
    types: relationshipTypes(args.types),
    direction: args.direction ?? 'BOTH',
    ...asOfBounds(args.asOf),
    release: args.release ?? null,
    offset,
    first,
    withCitations: selection.citations,
    withEndDetails: selection.endDetails,
    withEndCitations: selection.endCitations,
  };
  return { offset, params };
}

/** One entity's page of relationships as a connection, `self` being the entity the row is about. */
function connectionOf(row: RelationshipsRow, self: EntityModel, asOf: string | null | undefined, offset: number): RelationshipConnectionModel {
  const nodes = row.page.map(({ relationship, other }) => {
    const otherEntity = toEntity(other);
    const node =
      relationship.from === self.id && relationship.to !== self.id
        ? toRelationship(relationship, self, otherEntity)
        : relationship.to === self.id && relationship.from !== self.id
          ? toRelationship(relationship, otherEntity, self)
          : toRelationship(relationship, self, self);
    return { node };
  });
  markHolding(nodes.map(({ node }) => node), asOf);
  return offsetPage(nodes, offset, row.totalCount);
}

/**
 * The relationships of many entities that share the same arguments, in one round trip: the
 * batch function behind the Entity.relationships loader (so a list of 100 entities asking for
 * their relationships costs one query, not 100).
 */
export async function relationshipsOfMany(
  db: Reader,
  entities: readonly EntityModel[],
  args: RelationshipsArgs,
  selection: RelationshipSelection = ALL_OF_RELATIONSHIPS,
): Promise<Map<string, RelationshipConnectionModel>> {
  const { offset, params } = relationshipsParams(args, selection);
  const rows = await db.read<RelationshipsRow>('queries/relationships-of', { ...params, ids: [...new Set(entities.map((entity) => entity.id))], entity: null });
  await patchToRelease(db, args.release ?? null, rows.flatMap((row) => row.page.map((entry) => entry.other)), rows.flatMap((row) => row.page.map((entry) => entry.relationship)));
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  return new Map(rows.map((row) => [row.id, connectionOf(row, byId.get(row.id)!, args.asOf, offset)]));
}

/**
 * Entities at the latest release together with one page of their relationships, in one round trip
 * where the loaders would take two in sequence (the entities, then their relationships). The
 * entities are read as entities-by-id reads them with `entitySelection`; retired or unknown ids are
 * absent from the map.
 */
export async function entitiesWithRelationships(
  db: Reader,
  ids: readonly string[],
  entitySelection: EntitySelection,
  args: RelationshipsArgs,
  selection: RelationshipSelection,
): Promise<Map<string, { entity: EntityModel; relationships: RelationshipConnectionModel }>> {
  const { offset, params } = relationshipsParams({ ...args, release: null }, selection);
  const rows = await db.read<RelationshipsRow & { entity: RawEntity | null }>('queries/relationships-of', { ...params, ids: [...new Set(ids)], entity: entitySelectionParams(entitySelection) });
  return new Map(
    rows.flatMap((row) => {
      if (!row.entity) return [];
      const entity = toEntity(row.entity);
      return [[row.id, { entity, relationships: connectionOf(row, entity, args.asOf, offset) }] as const];
    }),
  );
}
