import { NotFoundError, UserInputError } from '../errors';
import type { Database } from '../neo4j/database';
import { latestVersions, lockReleases } from './commit';
import { recordKey } from './records';

export interface PurgeModel {
  id: string;
  record: 'ENTITY' | 'RELATIONSHIP';
  reason: string;
  author: string;
  at: string;
  relationships: string[];
  changesRemoved: number;
}

/**
 * Removes an entity (with every version of its relationships) or a relationship from every release:
 * for legal reasons, by an operator, from the command line only. The change records go too; a :Purge
 * node keeps what was removed (ids only), when, by whom and why. Releases keep their numbers and counts.
 */
export async function purge(db: Database, id: string, reason: string, author: string): Promise<PurgeModel> {
  if (reason.trim().length < 5) throw new UserInputError('give the reason for the purge (--reason "..."), at least a few words', 'reason');
  return db.transaction(
    async (tx) => {
      await lockReleases(tx); // no write runs meanwhile
      const known = await latestVersions(tx, [recordKey('ENTITY', id), recordKey('RELATIONSHIP', id)]);
      if (known.size === 0) throw new NotFoundError(`No entity or relationship has ever had the id "${id}"`);
      const [row] = await tx.run<{ purge: PurgeModel }>('releases/purge', { id, reason, author, at: new Date().toISOString() });
      await tx.run('releases/note-edit'); // the release numbers stay, so caches need this to drop what they hold
      return row!.purge;
    },
    { retry: false },
  );
}
