import { NotFoundError } from '../errors';
import type { Reader } from '../graph/reader';
import { historyOf, latestRelease, type VersionModel } from './read';
import { recordKey } from './records';

/** Why an entity is not in the graph at a release, as its history tells it. */
export interface Absence {
  message: string;
  /** The release read (a number even for the latest). */
  release: number;
  /** The release that first added it, when that came after `release`. */
  addedIn?: number;
  /** The release that retired it, at or before `release` (and not added again by then). */
  retiredIn?: number;
  /** The next release that had it again, after a retirement. */
  backIn?: number;
}

const nameOf = (version: VersionModel | undefined, id: string) => {
  const values = version?.values as { name?: unknown } | null | undefined;
  return typeof values?.name === 'string' ? `${values.name} (${id})` : `"${id}"`;
};

/**
 * Says plainly why entity `id` is not there at `release`: never in the graph, not yet added then, or
 * retired by then. `versions` are its change records, oldest first; `latest` says whether `release` is
 * the latest one (the message names it so).
 */
export function describeAbsence(id: string, versions: readonly VersionModel[], release: number, latest: boolean): Absence {
  const at = latest ? `the latest release (${release})` : `release ${release}`;
  if (versions.length === 0) return { message: `No entity has the id "${id}"`, release };
  const first = versions[0]!;
  if (first.release > release) {
    return { message: `${nameOf(first, id)} did not exist at ${at}: it was added in release ${first.release}.`, release, addedIn: first.release };
  }
  const then = versions.filter((v) => v.release <= release).at(-1)!;
  // A retirement's values are the version it retired: the name the entity had last.
  const name = nameOf(then, id);
  const back = versions.find((v) => v.release > release && v.kind !== 'RETIRED');
  if (then.kind === 'RETIRED') {
    const again = back ? ` It is back in release ${back.release}.` : '';
    return {
      message: `${name} was retired in release ${then.release}: it is not in ${at}; release ${then.release - 1} was the last that had it.${again}`,
      release,
      retiredIn: then.release,
      ...(back ? { backIn: back.release } : {}),
    };
  }
  // Its history says it existed then: whatever made the read miss it, it is not "no such entity".
  return { message: `${name} could not be read at ${at}.`, release };
}

/** The NOT_FOUND error of a read of entity `id` at `release` (null: the latest), with why, from one read of its history. */
export async function absenceError(db: Reader, id: string, release: number | null): Promise<NotFoundError> {
  const [versions, latest] = await Promise.all([historyOf(db, [recordKey('ENTITY', id)]), latestRelease(db)]);
  const absence = describeAbsence(id, versions.get(recordKey('ENTITY', id)) ?? [], release ?? latest, release === null || release === latest);
  const { message, ...extra } = absence;
  return new NotFoundError(message, { absence: extra });
}
