import { setTimeout as sleep } from 'node:timers/promises';
import type { StatementName } from '../cypher/registry';

/**
 * Commit wait (as Spanner's and lease-based caches do it). A server may trust a version read for
 * `trustMs` from when the read started (ORGRAPH_CACHE_TRUST_MS, server/src/cache/version.ts), having
 * first announced that window on the release head (`releases/announce-trust`, which keeps the largest).
 * A write that moves the head waits that long after its commit before it answers. A version read that
 * saw the head before the commit started before it, so its window has ended by the time the write is
 * acknowledged: a read that starts after the acknowledgement, on any server, reads the version again.
 */

/** The statements that move the release head (a release, an edit without one, a restore, the tests' reset): each returns the head's `trustMs`. */
export const MOVES_RELEASE_HEAD: ReadonlySet<StatementName> = new Set<StatementName>([
  'releases/commit',
  'releases/note-edit',
  'releases/after-restore',
  'writes/delete-everything',
]);

/** The trust window a head-moving statement's rows report (0 when the head had none). */
export function trustWindowOf(rows: ReadonlyArray<Record<string, unknown>>): number {
  const value = rows[0]?.trustMs;
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}

/**
 * What a write that moved the head waits after its commit: the window the head holds (every announcing
 * server's, at most) or the writer's own setting, whichever is longer, so a writer set differently from
 * the readers still waits out every reader's window.
 */
export function commitWaitMs(headTrustMs: number, ownTrustMs: number): number {
  return Math.max(headTrustMs, ownTrustMs);
}

export const waitAfterCommit = (ms: number): Promise<void> => (ms > 0 ? sleep(ms) : Promise.resolve());
