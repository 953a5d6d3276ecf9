import type { EntityConnectionModel, EntityModel } from '../model/records';
import type { EntityKindName } from '../model/vocabulary';
import { decodeCursor, encodeCursor, pageSize } from './arguments';
import type { Reader } from './reader';
import { toEntity, type RawEntity } from './records';

/** Entities by id in one round trip; ids that do not exist are absent from the map. */
export async function entitiesById(db: Reader, ids: readonly string[]): Promise<Map<string, EntityModel>> {
  const rows = await db.read<{ entity: RawEntity }>('queries/entities-by-id', { ids: [...new Set(ids)] });
  return new Map(rows.map(({ entity }) => [entity.id, toEntity(entity)]));
}

interface NameCursor {
  name: string;
  id: string;
}

const isNameCursor = (value: unknown): value is NameCursor =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as NameCursor).name === 'string' &&
  typeof (value as NameCursor).id === 'string';

export async function listEntities(
  db: Reader,
  args: { kind?: EntityKindName | null; first?: number | null; after?: string | null },
): Promise<EntityConnectionModel> {
  const first = pageSize(args.first, { default: 50, max: 100 });
  const after = args.after ? decodeCursor(args.after, 'after', isNameCursor) : null;
  // One more than asked tells whether a next page exists.
  const [row] = await db.read<{ totalCount: number; entities: RawEntity[] }>('queries/entity-list', {
    kind: args.kind ?? null,
    first: first + 1,
    afterName: after?.name ?? null,
    afterId: after?.id ?? null,
  });
  const entities = row!.entities.map(toEntity);
  const page = entities.slice(0, first);
  const edges = page.map((node) => ({ node, cursor: encodeCursor({ name: node.name, id: node.id }) }));
  return {
    edges,
    totalCount: row!.totalCount,
    pageInfo: {
      hasNextPage: entities.length > first,
      hasPreviousPage: after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

