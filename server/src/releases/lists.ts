import type { entityListParams } from '../graph/entities';
import type { GraphStatsModel } from '../graph/stats';
import type { RawEntity } from '../graph/records';
import type { Reader } from '../graph/reader';
import { ENTITY_KINDS, RELATIONSHIP_TYPE_NAMES } from '../model/vocabulary';
import { patchToRelease } from './at-release';
import { recordsAt } from './records-at';

/**
 * Lists and counts at an older release, from the change records up to it (what the entity indexes and
 * Neo4j's count store hold is the latest release only). They read every change up to that release:
 * an old release costs more than the latest, which is read as before.
 */

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A page of the entities that existed at `release`, in the order and from the cursor entity-list takes. */
export async function entityListAt(db: Reader, release: number, params: ReturnType<typeof entityListParams>, byStart: boolean) {
  const entities = (await recordsAt(db, release)).filter(
    (record) => record.record === 'ENTITY' && (params.kind === null || record.entityKind === params.kind),
  );
  const key = (e: { startFirst: string | null; name: string | null; id: string }) => [byStart ? (e.startFirst ?? '') : '', e.name ?? '', e.id];
  const after = [byStart ? params.afterStart : '', params.afterName, params.afterId];
  const isAfter = (k: string[]) => params.afterName === '' && params.afterId === '' ? true : compareKeys(k, after) > 0;
  const page = entities
    .filter((e) => isAfter(key(e)))
    .sort((a, b) => compareKeys(key(a), key(b)))
    .slice(0, params.first);
  const raws = page.map((e) => ({ id: e.id, startFirst: e.startFirst ?? '' }) as RawEntity & { startFirst: string });
  await patchToRelease(db, release, raws);
  return { totalCount: entities.length, entities: raws };
}

function compareKeys(a: string[], b: string[]): number {
  for (let i = 0; i < a.length; i++) {
    const c = compare(a[i]!, b[i]!);
    if (c !== 0) return c;
  }
  return 0;
}

/** The stats query's counts at an older release. */
export async function graphStatsAt(db: Reader, release: number): Promise<GraphStatsModel> {
  const records = await recordsAt(db, release);
  const entities = records.filter((r) => r.record === 'ENTITY');
  const relationships = records.filter((r) => r.record === 'RELATIONSHIP');
  const countBy = (rows: typeof records, field: 'entityKind' | 'relationshipType') => {
    const counts = new Map<string, number>();
    for (const row of rows) counts.set(row[field] ?? '', (counts.get(row[field] ?? '') ?? 0) + 1);
    return counts;
  };
  const kinds = countBy(entities, 'entityKind');
  const types = countBy(relationships, 'relationshipType');
  return {
    entities: entities.length,
    relationships: relationships.length,
    sources: records.filter((r) => r.record === 'SOURCE').length,
    citations: [...entities, ...relationships].reduce((sum, r) => sum + (r.citationCount ?? 0), 0),
    byKind: ENTITY_KINDS.map((kind) => ({ kind, count: kinds.get(kind) ?? 0 })),
    byRelationshipType: RELATIONSHIP_TYPE_NAMES.filter((type) => types.has(type)).map((type) => ({ type, count: types.get(type)! })),
  };
}
