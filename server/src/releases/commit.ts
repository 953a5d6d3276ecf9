import os from 'node:os';
import type { Transaction } from '../neo4j/database';
import { tally, type ChangeRow } from './records';

/** Who made a release, in a line, and what it came from (file names, a mutation's name, a review batch). */
export interface ReleaseInfo {
  author?: string;
  summary?: string;
  origin?: string;
}

/** The author of writes made from the command line: `cli:` and the OS user. */
export function cliAuthor(): string {
  let user = process.env.USER ?? 'unknown';
  try {
    user = os.userInfo().username;
  } catch {
    // no passwd entry (some containers): the environment's USER stands
  }
  return `cli:${user}`;
}

/** Locks the release head for this transaction (writers queue here) and returns the latest number. */
export async function lockReleases(tx: Transaction): Promise<number> {
  const [row] = await tx.run<{ latest: number }>('releases/lock');
  return row!.latest;
}

/** Rows per UNWIND of change records. */
const BATCH = 5_000;

/**
 * Commits release `latest + 1` with its change records, in the writer's transaction (after
 * lockReleases). Nothing to record means no release: the caller rolls back instead.
 */
export async function commitRelease(tx: Transaction, latest: number, info: ReleaseInfo, changes: ChangeRow[]): Promise<number> {
  const number = latest + 1;
  const counts = tally(changes);
  const pending: Array<Promise<unknown>> = [];
  for (let i = 0; i < changes.length; i += BATCH) pending.push(tx.run('releases/create-changes', { rows: changes.slice(i, i + BATCH) }));
  await Promise.all(pending);
  const [head] = await tx.run<{ edits: number }>('releases/commit', {
    number,
    committedAt: new Date().toISOString(),
    author: info.author ?? cliAuthor(),
    summary: info.summary ?? defaultSummary(counts),
    origin: info.origin ?? null,
    ...counts,
  });
  // The names this release writes, for the search vocabulary of this process (server/src/graph/search-vocabularies.ts).
  const names = changes.filter((change) => change.record === 'ENTITY' && change.kind !== 'RETIRED').map((change) => [change.name, change.aliasNames] as const);
  tx.onCommit((database) => database.released({ number, edits: head?.edits ?? 0, names }));
  return number;
}

export function defaultSummary(counts: { added: number; changed: number; retired: number }): string {
  return `${counts.added} added, ${counts.changed} changed, ${counts.retired} retired`;
}

/** The last version of each record key, as its latest change holds it: the "before" of the next change. */
export async function latestVersions(tx: Transaction, keys: string[]): Promise<Map<string, string | null>> {
  if (keys.length === 0) return new Map();
  const rows = await tx.run<{ key: string; kind: string; after: string | null }>('releases/latest-changes', { keys });
  return new Map(rows.map((row) => [row.key, row.after]));
}

/** Thrown inside a write's transaction when it changes nothing, so that it rolls back (no release). */
export class NothingToCommit<T> extends Error {
  override name = 'NothingToCommit';
  constructor(readonly result: T) {
    super('nothing to commit');
  }
}
