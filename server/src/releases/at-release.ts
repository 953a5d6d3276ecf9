import type { CitationRecord, EntityRecord, RelationshipRecord } from '../dataset/types';
import type { RawCitation, RawEntity, RawRelationship } from '../graph/records';
import type { Reader } from '../graph/reader';
import type { SourceModel } from '../model/records';
import { recordKey } from './records';

/**
 * Reads at an older release: the read statements find the relationships that were current then (the
 * structure), and this one batched statement gives entities and relationships the values they had,
 * from their change records. Not run for the latest release, which costs what it always did.
 */

function citationsOf(citations: CitationRecord[] | undefined, sources: Map<string, SourceModel>): RawCitation[] {
  return (citations ?? []).map((citation) => ({
    quote: citation.quote ?? null,
    locator: citation.locator ?? null,
    claimedBy: citation.claimedBy ?? null,
    // A source purged since keeps its id, so the citation still says which one it was.
    source: sources.get(citation.source) ?? { id: citation.source, title: citation.source },
  }));
}

export function rawEntityOf(record: EntityRecord, sources: Map<string, SourceModel>): Omit<RawEntity, 'release'> {
  return {
    id: record.id,
    kind: record.kind.toUpperCase() as RawEntity['kind'],
    name: record.name,
    description: record.description ?? null,
    start: record.start ?? null,
    end: record.end ?? null,
    aliases: record.aliases?.length ? JSON.stringify(record.aliases) : null,
    identifiers: record.identifiers?.length ? JSON.stringify(record.identifiers) : null,
    citations: citationsOf(record.citations, sources),
  };
}

/**
 * Gives raw rows the values they had at `release` (in place) and returns the ids of the entities that
 * did not exist then. `release` null (the latest) does nothing and costs nothing.
 */
export async function patchToRelease(
  db: Reader,
  release: number | null,
  entities: readonly RawEntity[],
  relationships: readonly RawRelationship[] = [],
): Promise<Set<string>> {
  if (release === null || (entities.length === 0 && relationships.length === 0)) return new Set();
  const keys = [...new Set([...entities.map((e) => recordKey('ENTITY', e.id)), ...relationships.map((r) => recordKey('RELATIONSHIP', r.id))])];
  const rows = await db.read<{ key: string; after: string; sources: SourceModel[] }>('releases/versions-at', { keys, release });
  const versions = new Map(rows.map((row) => [row.key, { record: JSON.parse(row.after) as unknown, sources: new Map(row.sources.map((s) => [s.id, s])) }]));
  const missing = new Set<string>();
  for (const raw of entities) {
    const version = versions.get(recordKey('ENTITY', raw.id));
    if (!version) missing.add(raw.id);
    else Object.assign(raw, rawEntityOf(version.record as EntityRecord, version.sources), { release });
  }
  for (const raw of relationships) {
    const version = versions.get(recordKey('RELATIONSHIP', raw.id));
    if (!version) continue;
    const record = version.record as RelationshipRecord;
    Object.assign(raw, {
      since: record.since ?? null,
      until: record.until ?? null,
      status: record.status ?? null,
      role: record.role ?? null,
      note: record.note ?? null,
      citations: citationsOf(record.citations, version.sources),
    });
  }
  return missing;
}
