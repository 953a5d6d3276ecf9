import type { RelationshipModel } from '../model/records';
import type { Database } from '../neo4j/database';
import type { Reader } from './reader';
import { toEntity, toRelationship, type RawEntity, type RawRelationship } from './records';

/** Deletes an entity with its relationships and citations; the number of relationships deleted, or null if none had that id. */
export async function deleteEntity(db: Database, id: string): Promise<number | null> {
  const rows = await db.transaction((tx) => tx.run<{ relationshipsDeleted: number }>('writes/delete-entity', { id }));
  return rows[0]?.relationshipsDeleted ?? null;
}

/** Deletes a relationship and its citations; whether one had that id. */
export async function deleteRelationship(db: Database, id: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const found = await tx.run<{ elementId: string }>('queries/relationships-by-id', { ids: [id] });
    if (found.length === 0) return false;
    await tx.run('writes/delete-relationship', { elementId: found[0]!.elementId });
    return true;
  });
}

export async function relationshipById(db: Reader, id: string, from: string): Promise<RelationshipModel | null> {
  const [row] = await db.read<{ relationship: RawRelationship; start: RawEntity; end: RawEntity }>('queries/relationship-by-id', { id, from });
  return row ? toRelationship(row.relationship, toEntity(row.start), toEntity(row.end)) : null;
}
