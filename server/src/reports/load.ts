import { NotFoundError } from '../errors';
import { asOfBounds, entityId } from '../graph/arguments';
import { shortestPaths } from '../graph/paths';
import type { Reader } from '../graph/reader';
import { toEntity, toRelationship, type RawEntity, type RawRelationship } from '../graph/records';
import { entitiesById } from '../graph/entities';
import { buildConnectionReport, buildEntityReport, type ReportModel } from './model';
import { patchToRelease } from '../releases/at-release';
import { resolveRelease } from '../releases/read';

/** Which release a report was made from, and when: every format states both. */
async function provenance(db: Reader, release: number | null | undefined) {
  const resolved = await resolveRelease(db, release);
  return { release: resolved.number, generatedAt: new Date().toISOString(), at: resolved.latest ? null : resolved.number };
}

/** Reads what an entity report needs (one statement) and builds it. */
export async function entityReport(db: Reader, id: string, asOf: string | null, release: number | null = null): Promise<ReportModel> {
  asOfBounds(asOf); // validates the date before anything is read
  const made = await provenance(db, release);
  const [row] = await db.read<{
    entity: RawEntity;
    relationships: Array<{ relationship: RawRelationship; other: RawEntity }>;
    heads: Array<{ relationship: RawRelationship; head: RawEntity; body: RawEntity }>;
  }>('queries/report', { id: entityId(id), release: made.at });
  const missing = row
    ? await patchToRelease(db, made.at, [row.entity, ...row.relationships.map((r) => r.other), ...row.heads.flatMap((h) => [h.head, h.body])], [...row.relationships.map((r) => r.relationship), ...row.heads.map((h) => h.relationship)])
    : new Set<string>();
  if (!row || missing.has(row.entity.id)) throw new NotFoundError(`No entity has the id "${id}"${made.at ? ` at release ${made.at}` : ''}`);
  const self = toEntity(row.entity);
  const relationships = row.relationships.map(({ relationship, other }) => {
    const otherEntity = toEntity(other);
    return toRelationship(relationship, relationship.from === self.id ? self : otherEntity, relationship.to === self.id ? self : otherEntity);
  });
  const heads = row.heads.map(({ relationship, head, body }) => toRelationship(relationship, toEntity(head), toEntity(body)));
  return { ...buildEntityReport(self, relationships, heads, asOf), release: made.release, generatedAt: made.generatedAt };
}

/** Reads what a connection report needs (paths and shared neighbours: three statements at most) and builds it. */
export async function connectionReport(db: Reader, from: string, to: string, asOf: string | null, release: number | null = null): Promise<ReportModel> {
  asOfBounds(asOf);
  const made = await provenance(db, release);
  const ends = await entitiesById(db, [entityId(from, 'from'), entityId(to, 'to')], made.at);
  for (const end of [from, to]) if (!ends.has(end)) throw new NotFoundError(`No entity has the id "${end}"`);
  const paths = await shortestPaths(db, { from, to, asOf, first: 5, maxHops: 4, release: made.at });
  const shared = await db.read<{ shared: RawEntity; fromA: RawRelationship; fromB: RawRelationship }>('queries/shared-neighbours', { a: from, b: to, release: made.at });
  await patchToRelease(db, made.at, shared.map((row) => row.shared), shared.flatMap((row) => [row.fromA, row.fromB]));
  const a = ends.get(from)!;
  const b = ends.get(to)!;
  const report = buildConnectionReport(
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
  return { ...report, release: made.release, generatedAt: made.generatedAt };
}
