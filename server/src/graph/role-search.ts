import { UserInputError } from '../errors';
import type { RelationshipModel } from '../model/records';
import { pageSize } from './arguments';
import type { Reader } from './reader';
import { toEntity, toRelationship, type RawEntity, type RawRelationship } from './records';
import { luceneQuery } from './search-query';

/**
 * Relationships whose role has every word typed ("Secretary-General" → who held the post, and when),
 * in date order: search by post, which entity search (names and aliases) cannot answer.
 */
export async function searchRoles(db: Reader, args: { text: string; first?: number | null }): Promise<RelationshipModel[]> {
  if (args.text.length > 200) throw new UserInputError('text must be at most 200 characters', 'text');
  const first = pageSize(args.first, { default: 20, max: 100 });
  const query = luceneQuery(args.text, 'all');
  if (query === null || first === 0) return [];
  const rows = await db.read<{ relationship: RawRelationship; from: RawEntity; to: RawEntity }>('queries/role-search', { query, first });
  return rows.map((row) => toRelationship(row.relationship, toEntity(row.from), toEntity(row.to)));
}
