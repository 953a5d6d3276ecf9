import { NotFoundError } from '../errors';
import type { Database, Transaction } from '../neo4j/database';
import { commitRelease, latestVersions, lockReleases, type ReleaseInfo } from './commit';
import { changeRow, recordKey, type RecordKind } from './records';

/**
 * Deletes, as the API offers them, retire: the record leaves current reads in a new release and
 * stays in older ones and in the history. Nothing is removed from the graph (only `npm run purge` does).
 */

async function retirementRelease(tx: Transaction, latest: number, info: ReleaseInfo, retired: Array<[RecordKind, string]>) {
  const release = latest + 1;
  const before = await latestVersions(
    tx,
    retired.map(([record, id]) => recordKey(record, id)),
  );
  const changes = retired.map(([record, id]) => changeRow(record, 'RETIRED', release, id, before.get(recordKey(record, id)) ?? null, null));
  return commitRelease(tx, latest, info, changes);
}

/** Retires an entity and its relationships in one release; NOT_FOUND when no current entity has that id. */
export async function retireEntity(db: Database, id: string, info: ReleaseInfo): Promise<{ relationshipsRetired: number; release: number }> {
  return db.transaction(async (tx) => {
    const latest = await lockReleases(tx);
    const [row] = await tx.run<{ relationshipIds: string[] }>('releases/retire-entity', { id, release: latest + 1 });
    if (!row) throw new NotFoundError(`No entity has the id "${id}"`);
    const retired: Array<[RecordKind, string]> = [['ENTITY', id], ...row.relationshipIds.map((rid): [RecordKind, string] => ['RELATIONSHIP', rid])];
    const release = await retirementRelease(tx, latest, { summary: `Retired ${id} and ${row.relationshipIds.length} relationships`, ...info }, retired);
    return { relationshipsRetired: row.relationshipIds.length, release };
  });
}

/** Retires one relationship in a release; NOT_FOUND when no current relationship has that id. */
export async function retireRelationship(db: Database, id: string, info: ReleaseInfo): Promise<number> {
  return db.transaction(async (tx) => {
    const latest = await lockReleases(tx);
    const found = await tx.run<{ elementId: string }>('queries/relationships-by-id', { ids: [id] });
    if (found.length === 0) throw new NotFoundError(`No relationship has the id "${id}"`);
    await tx.run('releases/retire-relationships', { rows: found.map(({ elementId }) => ({ elementId })), release: latest + 1 });
    return retirementRelease(tx, latest, { summary: `Retired ${id}`, ...info }, [['RELATIONSHIP', id]]);
  });
}
