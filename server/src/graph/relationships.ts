import type { EntityModel, RelationshipConnectionModel } from '../model/records';
import { asOfBounds, offsetAfter, offsetPage, pageSize, relationshipTypes } from './arguments';
import { markHolding } from './holds';
import type { Reader } from './reader';
import { toEntity, toRelationship, type RawEntity, type RawRelationship } from './records';
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
  const first = pageSize(args.first, { default: 50, max: 100 });
  const offset = offsetAfter(args.after);
  const rows = await db.read<{ id: string; totalCount: number; page: Array<{ relationship: RawRelationship; other: RawEntity }> }>(
    'queries/relationships-of',
    {
      ids: [...new Set(entities.map((entity) => entity.id))],
      types: relationshipTypes(args.types),
      direction: args.direction ?? 'BOTH',
      ...asOfBounds(args.asOf),
      release: args.release ?? null,
      offset,
      first,
      withCitations: selection.citations,
      withEndDetails: selection.endDetails,
      withEndCitations: selection.endCitations,
    },
  );
  await patchToRelease(db, args.release ?? null, rows.flatMap((row) => row.page.map((entry) => entry.other)), rows.flatMap((row) => row.page.map((entry) => entry.relationship)));
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  return new Map(
    rows.map((row) => {
      const self = byId.get(row.id)!;
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
      markHolding(nodes.map(({ node }) => node), args.asOf);
      return [row.id, offsetPage(nodes, offset, row.totalCount)];
    }),
  );
}
