import { exportDataset } from '../dataset/export';
import type { Database } from '../neo4j/database';
import { commitRelease, lockReleases, NothingToCommit } from './commit';
import { latestRelease } from './read';
import { canonical, changeRow, type ChangeRow } from './records';

/**
 * A database written before releases existed: what it holds becomes release 1, with an addition
 * record per record (migration 006 gave them addedIn 1). Runs after the schema migrations; does nothing
 * once any release exists, or on an empty graph (whose first write will be release 1).
 */
export async function backfillReleases(db: Database): Promise<number | null> {
  if ((await latestRelease(db)) > 0) return null;
  return db
    .transaction(
      async (tx) => {
        const latest = await lockReleases(tx);
        if (latest > 0) throw new NothingToCommit(null);
        const dataset = await exportDataset({ read: (name, params) => tx.run(name, params) });
        const changes: ChangeRow[] = [
          ...dataset.sources.map((record) => changeRow('SOURCE', 'ADDED', 1, record.id, null, canonical('SOURCE', record))),
          ...dataset.entities.map((record) => changeRow('ENTITY', 'ADDED', 1, record.id, null, canonical('ENTITY', record))),
          ...dataset.relationships.map((record) => changeRow('RELATIONSHIP', 'ADDED', 1, record.id!, null, canonical('RELATIONSHIP', { ...record, id: record.id! }))),
        ];
        if (changes.length === 0) throw new NothingToCommit(null);
        return commitRelease(tx, latest, { author: 'migration', summary: 'The graph as it stood before releases', origin: 'migration:006-releases' }, changes);
      },
      { retry: false },
    )
    .catch((error: unknown) => {
      if (error instanceof NothingToCommit) return null;
      throw error;
    });
}
