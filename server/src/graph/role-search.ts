import { UserInputError } from '../errors';
import type { RelationshipModel } from '../model/records';
import { patchToRelease } from '../releases/at-release';
import { pageSize } from './arguments';
import type { Reader } from './reader';
import { toEntity, toRelationship, type RawEntity, type RawRelationship } from './records';
import { luceneQuery } from './search-query';

/**
 * Relationships whose role has every word typed ("Secretary-General" → who held the post, and when),
 * in date order: search by post, which entity search (names and aliases) cannot answer. `release` is
 * the release to read at, as `releaseArg` gives it (null: the latest): at an older one the roles, dates,
 * evidence and ends are those of then (a post retired since is found, one edited since by its role then).
 */
export async function searchRoles(db: Reader, args: { text: string; first?: number | null }, release: number | null = null): Promise<RelationshipModel[]> {
  if (args.text.length > 200) throw new UserInputError('text must be at most 200 characters', 'text');
  const first = pageSize(args.first, { default: 20, max: 100 });
  const query = luceneQuery(args.text, 'all');
  if (query === null || first === 0) return [];
  const rows = await db.read<{ relationship: RawRelationship; from: RawEntity; to: RawEntity }>(
    release === null ? 'queries/role-search' : 'queries/role-search-at-release',
    release === null ? { query, first } : { query, first, release },
  );
  // One batched statement for every relationship and end of the page (none at the latest release).
  await patchToRelease(db, release, rows.flatMap((row) => [row.from, row.to]), rows.map((row) => row.relationship));
  return rows.map((row) => toRelationship(row.relationship, toEntity(row.from), toEntity(row.to)));
}
