import { UserInputError } from '../errors';
import { decodeCursor, encodeCursor, pageSize } from '../graph/arguments';
import type { Reader } from '../graph/reader';
import type { ChangeKind, RecordKind } from './records';

export interface ReleaseModel {
  number: number;
  committedAt: string;
  author: string;
  summary: string;
  origin: string | null;
  added: number;
  changed: number;
  retired: number;
}

export interface ChangeModel {
  release: number;
  kind: ChangeKind;
  record: RecordKind;
  id: string;
  before: unknown;
  after: unknown;
}

export interface VersionModel {
  release: number;
  kind: ChangeKind;
  author: string;
  committedAt: string;
  values: unknown;
}

export async function latestRelease(db: Reader): Promise<number> {
  const [row] = await db.read<{ latest: number }>('releases/latest');
  return row?.latest ?? 0;
}

/** A release number given by a caller, checked against what exists (the latest is read once). */
export async function resolveRelease(db: Reader, release: number | null | undefined, field = 'release'): Promise<{ number: number; latest: boolean }> {
  const latest = await latestRelease(db);
  if (release === null || release === undefined) return { number: latest, latest: true };
  if (!Number.isInteger(release) || release < 1) throw new UserInputError(`${field} must be a release number (1 or more), got ${release}`, field);
  if (release > latest) throw new UserInputError(`${field} ${release} does not exist: the latest release is ${latest}`, field);
  return { number: release, latest: release === latest };
}

/**
 * The `release` argument of a read, as the read statements take it: null for the latest (and when
 * none was given: no extra round trip), else the number of an older release.
 */
export async function releaseArg(db: Reader, release: number | null | undefined, field = 'release'): Promise<number | null> {
  if (release === null || release === undefined) return null;
  const resolved = await resolveRelease(db, release, field);
  return resolved.latest ? null : resolved.number;
}

const isNumberCursor = (value: unknown): value is { number: number } =>
  typeof value === 'object' && value !== null && Number.isInteger((value as { number: unknown }).number);

/** Releases newest first, paginated by number. */
export async function listReleases(db: Reader, args: { first?: number | null; after?: string | null }) {
  const first = pageSize(args.first, { default: 20, max: 100 });
  const before = args.after ? decodeCursor(args.after, 'after', isNumberCursor).number : Number.MAX_SAFE_INTEGER;
  const [row] = await db.read<{ totalCount: number; releases: ReleaseModel[] }>('releases/releases', { first: first + 1, before });
  const page = (row?.releases ?? []).slice(0, first);
  const edges = page.map((node) => ({ node, cursor: encodeCursor({ number: node.number }) }));
  return {
    edges,
    totalCount: row?.totalCount ?? 0,
    pageInfo: {
      hasNextPage: (row?.releases.length ?? 0) > first,
      hasPreviousPage: args.after !== null && args.after !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

export async function releasesByNumber(db: Reader, numbers: readonly number[]): Promise<Map<number, ReleaseModel>> {
  const rows = await db.read<{ release: ReleaseModel }>('releases/release', { numbers: [...new Set(numbers)] });
  return new Map(rows.map(({ release }) => [release.number, release]));
}

/** At most this many changes in one answer; a longer range is refused with a message to narrow it. */
export const MAX_CHANGES = 10_000;

const parsed = (text: string | null) => (text === null ? null : (JSON.parse(text) as unknown));

/** The changes after release `since` up to `until` (default: the latest), in release order. */
export async function changesBetween(db: Reader, since: number, until: number | null | undefined): Promise<ChangeModel[]> {
  const latest = await latestRelease(db);
  if (!Number.isInteger(since) || since < 0 || since > latest) throw new UserInputError(`since must be between 0 and the latest release (${latest}), got ${since}`, 'since');
  const end = until ?? latest;
  if (!Number.isInteger(end) || end < since || end > latest) throw new UserInputError(`until must be between since (${since}) and the latest release (${latest}), got ${end}`, 'until');
  const rows = await db.read<{ change: Omit<ChangeModel, 'before' | 'after'> & { before: string | null; after: string | null } }>('releases/changes', {
    since,
    until: end,
    limit: MAX_CHANGES + 1,
  });
  if (rows.length > MAX_CHANGES) throw new UserInputError(`more than ${MAX_CHANGES} changes between releases ${since} and ${end}; ask for a shorter range`, 'until');
  return rows.map(({ change }) => ({ ...change, before: parsed(change.before), after: parsed(change.after) }));
}

/** The versions of records by key ("entity:<id>", "relationship:<id>"), oldest first: one round trip for any number. */
export async function historyOf(db: Reader, keys: readonly string[]): Promise<Map<string, VersionModel[]>> {
  const rows = await db.read<{ key: string; versions: Array<Omit<VersionModel, 'values'> & { values: string | null }> }>('releases/history', {
    keys: [...new Set(keys)],
  });
  return new Map(rows.map((row) => [row.key, row.versions.map((version) => ({ ...version, values: parsed(version.values) }))]));
}
