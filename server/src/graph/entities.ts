import type { EntityConnectionModel, EntityModel } from '../model/records';
import { ENTITY_KINDS, type EntityKindName } from '../model/vocabulary';
import { UserInputError } from '../errors';
import { decodeCursor, encodeCursor, pageSize } from './arguments';
import type { Reader } from './reader';
import { entitySelectionParams, toEntity, WHOLE_ENTITY, type EntitySelection, type RawEntity } from './records';
import { patchToRelease } from '../releases/at-release';
import { entityListAt } from '../releases/lists';
import { releaseArg } from '../releases/read';

/**
 * Entities by id in one round trip (two at an older release); ids that do not exist (then) are absent
 * from the map. `selection`: what of them is read at the latest release (an older one reads them whole).
 */
export async function entitiesById(db: Reader, ids: readonly string[], release: number | null = null, selection: EntitySelection = WHOLE_ENTITY): Promise<Map<string, EntityModel>> {
  const rows = await db.read<{ entity: RawEntity }>('queries/entities-by-id', { ids: [...new Set(ids)], release, ...entitySelectionParams(release === null ? selection : WHOLE_ENTITY) });
  const missing = await patchToRelease(db, release, rows.map(({ entity }) => entity));
  return new Map(rows.filter(({ entity }) => !missing.has(entity.id)).map(({ entity }) => [entity.id, toEntity(entity)]));
}

/** Where a page ended: the sort key of its last entity (start only when ordered by start). */
export interface KeyCursor {
  name: string;
  id: string;
  start?: string;
}

const isKeyCursor = (value: unknown): value is KeyCursor =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as KeyCursor).name === 'string' &&
  typeof (value as KeyCursor).id === 'string' &&
  ['undefined', 'string'].includes(typeof (value as KeyCursor).start);

/**
 * The parameters of queries/entity-list and queries/entity-list-by-start: the first page when no
 * cursor is given (the empty string sorts before every name, id and date).
 */
export function entityListParams(kind: EntityKindName | null, first: number, after: KeyCursor | null = null, selection: EntitySelection = WHOLE_ENTITY) {
  return { kind, kinds: kind ? [kind] : ENTITY_KINDS, first, afterStart: after?.start ?? '', afterName: after?.name ?? '', afterId: after?.id ?? '', ...entitySelectionParams(selection) };
}

export async function listEntities(
  db: Reader,
  args: { kind?: EntityKindName | null; orderBy?: 'NAME' | 'START' | null; first?: number | null; after?: string | null; release?: number | null },
  selection: EntitySelection = WHOLE_ENTITY,
): Promise<EntityConnectionModel> {
  const first = pageSize(args.first, { default: 50, max: 100 });
  const byStart = args.orderBy === 'START';
  const after = args.after ? decodeCursor(args.after, 'after', isKeyCursor) : null;
  if (after && byStart !== (after.start !== undefined)) throw new UserInputError('after is a cursor of another ordering', 'after');
  const release = await releaseArg(db, args.release);
  // One more than asked tells whether a next page exists.
  const params = entityListParams(args.kind ?? null, first + 1, after, selection);
  const [row] =
    release !== null
      ? [await entityListAt(db, release, params, byStart)]
      : await db.read<{ totalCount: number; entities: Array<RawEntity & { startFirst: string }> }>(
          byStart ? 'queries/entity-list-by-start' : 'queries/entity-list',
          params,
        );
  const page = row!.entities.slice(0, first);
  const edges = page.map((raw) => ({
    node: toEntity(raw),
    cursor: encodeCursor({ name: raw.name, id: raw.id, ...(byStart ? { start: raw.startFirst } : {}) }),
  }));
  return {
    edges,
    totalCount: row!.totalCount,
    pageInfo: {
      hasNextPage: row!.entities.length > first,
      hasPreviousPage: after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

