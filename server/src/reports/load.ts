import { NotFoundError } from '../errors';
import { asOfBounds, entityId } from '../graph/arguments';
import { shortestPaths } from '../graph/paths';
import type { Reader } from '../graph/reader';
import { toEntity, toRelationship, type RawEntity, type RawRelationship } from '../graph/records';
import { entitiesById } from '../graph/entities';
import { buildConnectionReport, buildEntityReport, type ReportModel } from './model';

/** Reads what an entity report needs (one statement) and builds it. */
export async function entityReport(db: Reader, id: string, asOf: string | null): Promise<ReportModel> {
  asOfBounds(asOf); // validates the date before anything is read
  const [row] = await db.read<{
    entity: RawEntity;
    relationships: Array<{ relationship: RawRelationship; other: RawEntity }>;
    heads: Array<{ relationship: RawRelationship; head: RawEntity; body: RawEntity }>;
  }>('queries/report', { id: entityId(id) });
  if (!row) throw new NotFoundError(`No entity has the id "${id}"`);
  const self = toEntity(row.entity);
  const relationships = row.relationships.map(({ relationship, other }) => {
    const otherEntity = toEntity(other);
    return toRelationship(relationship, relationship.from === self.id ? self : otherEntity, relationship.to === self.id ? self : otherEntity);
  });
  const heads = row.heads.map(({ relationship, head, body }) => toRelationship(relationship, toEntity(head), toEntity(body)));
  return buildEntityReport(self, relationships, heads, asOf);
}

/** Reads what a connection report needs (paths and shared neighbours: three statements at most) and builds it. */
export async function connectionReport(db: Reader, from: string, to: string, asOf: string | null): Promise<ReportModel> {
  asOfBounds(asOf);
  const ends = await entitiesById(db, [entityId(from, 'from'), entityId(to, 'to')]);
  for (const end of [from, to]) if (!ends.has(end)) throw new NotFoundError(`No entity has the id "${end}"`);
  // The `paths` query's own defaults: the explorer's panel and this report list the same paths.
  const paths = await shortestPaths(db, { from, to, asOf });
  const shared = await db.read<{ shared: RawEntity; fromA: RawRelationship; fromB: RawRelationship }>('queries/shared-neighbours', { a: from, b: to });
  const a = ends.get(from)!;
  const b = ends.get(to)!;
  return buildConnectionReport(
    a,
    b,
    paths,
    shared.map((row) => {
      const x = toEntity(row.shared);
      return {
        shared: x,
        fromA: toRelationship(row.fromA, row.fromA.from === a.id ? a : x, row.fromA.to === a.id ? a : x),
        fromB: toRelationship(row.fromB, row.fromB.from === b.id ? b : x, row.fromB.to === b.id ? b : x),
      };
    }),
    asOf,
  );
}
