import { DatabaseUnavailableError, type Database } from '../neo4j/database';
import { restoreLocal, type BackupOptions } from '../neo4j/local/backup';

interface ReleaseHead {
  latest: number;
  edits: number;
  trustMs: number;
}

/** How often a restore asks whether Neo4j answers again after the load. */
const POLL_MS = 500;

/**
 * Restores the local database from a dump (restoreLocal) and moves the release head past what it was
 * before. The dump brings back the backup's head, so without this the next release would reuse a
 * number made after the backup, and a response cache or a client's ETag holding an answer of that
 * number would be taken for the restored graph's. `database` is a connection to that Neo4j (a running
 * server's or one started for the duration): it must come back after the load, within `waitMs`.
 */
export async function restoreLocalDatabase(database: Database, file: string, options: BackupOptions, waitMs: number): Promise<string> {
  const [before] = await database.read<ReleaseHead>('releases/head');
  const safety = await restoreLocal(file, options);
  await answering(database, waitMs);
  await database.write('releases/after-restore', { edits: before?.edits ?? 0, trustMs: before?.trustMs ?? 0 });
  return safety;
}

/** Waits until Neo4j answers a read again (its supervisor brings it back after the load). */
async function answering(database: Database, waitMs: number): Promise<void> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      await database.read('releases/head');
      return;
    } catch (error) {
      if (!(error instanceof DatabaseUnavailableError) || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }
}
