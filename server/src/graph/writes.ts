import { NotFoundError } from '../errors';
import type { RelationshipModel } from '../model/records';
import type { Database } from '../neo4j/database';
import type { ReleaseInfo } from '../releases/commit';
import { retireEntity, retireRelationship } from '../releases/retire';
import type { Reader } from './reader';
import { toEntity, toRelationship, type RawEntity, type RawRelationship } from './records';

const orNull = <T>(error: unknown, value: T): T => {
  if (error instanceof NotFoundError) return value;
  throw error;
};

/** Retires an entity with its relationships (one release); the number of relationships retired, or null if none had that id. */
export async function deleteEntity(db: Database, id: string, info: ReleaseInfo = {}): Promise<number | null> {
  return retireEntity(db, id, info).then(
    (result) => result.relationshipsRetired,
    (error: unknown) => orNull(error, null),
  );
}

/** Retires a relationship (one release); whether one had that id. */
export async function deleteRelationship(db: Database, id: string, info: ReleaseInfo = {}): Promise<boolean> {
  return retireRelationship(db, id, info).then(
    () => true,
    (error: unknown) => orNull(error, false),
  );
}

export async function relationshipById(db: Reader, id: string, from: string): Promise<RelationshipModel | null> {
  const [row] = await db.read<{ relationship: RawRelationship; start: RawEntity; end: RawEntity }>('queries/relationship-by-id', { id, from });
  return row ? toRelationship(row.relationship, toEntity(row.start), toEntity(row.end)) : null;
}
