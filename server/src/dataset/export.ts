import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import type { Reader } from '../graph/reader';
import type { CitationRecord, EntityRecord, RelationshipRecord, SourceRecord } from './types';

type Nullable<T> = { [K in keyof T]: T[K] | null };

/** The record without absent values and empty lists. */
export function compact<T extends object>(record: T): T {
  return Object.fromEntries(
    Object.entries(record).filter(([, value]) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0)),
  ) as T;
}

const citations = (raw: Array<Nullable<CitationRecord>>) => raw.map((citation) => compact(citation) as CitationRecord);

export interface ExportedDataset {
  sources: SourceRecord[];
  entities: EntityRecord[];
  relationships: RelationshipRecord[];
}

/** The whole graph as native records (three round trips, whatever its size). */
export async function exportDataset(db: Reader): Promise<ExportedDataset> {
  const sources = await db.read<{ source: Nullable<SourceRecord> }>('queries/export-sources');
  const entities = await db.read<{
    entity: Nullable<Omit<EntityRecord, 'aliases' | 'identifiers' | 'citations'>> & { aliases: string; identifiers: string; citations: Array<Nullable<CitationRecord>> };
  }>('queries/export-entities');
  const relationships = await db.read<{
    relationship: Nullable<Omit<RelationshipRecord, 'citations'>> & { citations: Array<Nullable<CitationRecord>> };
  }>('queries/export-relationships');
  return {
    sources: sources.map(({ source }) => compact(source) as SourceRecord),
    entities: entities.map(({ entity }) =>
      compact({
        ...entity,
        kind: entity.kind!.toLowerCase(),
        aliases: JSON.parse(entity.aliases ?? '[]'),
        identifiers: JSON.parse(entity.identifiers ?? '[]'),
        citations: citations(entity.citations),
      }) as EntityRecord,
    ),
    relationships: relationships.map(
      ({ relationship }) =>
        compact({
          id: relationship.id,
          from: relationship.from,
          type: relationship.type,
          to: relationship.to,
          since: relationship.since,
          until: relationship.until,
          attested: relationship.attested,
          status: relationship.status,
          role: relationship.role,
          note: relationship.note,
          citations: citations(relationship.citations),
        }) as RelationshipRecord,
    ),
  };
}

/** Writes an export as three native files that `npm run import` reads back. */
export function writeDataset(folder: string, dataset: ExportedDataset): string[] {
  fs.mkdirSync(folder, { recursive: true });
  const header = '# Exported from Orgraph; import with `npm run import -- <this folder>`.\n';
  const files = [
    ['sources.yaml', { sources: dataset.sources }],
    ['entities.yaml', { entities: dataset.entities }],
    ['relationships.yaml', { relationships: dataset.relationships }],
  ] as const;
  return files.map(([name, content]) => {
    const file = path.join(folder, name);
    // Every scalar quoted where YAML would read it as something else: the importer reads text only.
    fs.writeFileSync(file, header + stringify(content, { lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' }));
    return file;
  });
}

/** A hash of the graph's content: equal for two graphs holding the same records. */
export async function contentHash(db: Reader): Promise<string> {
  const [row] = await db.read<{ sources: string[]; entities: string[]; relationships: string[] }>('queries/fingerprint');
  return createHash('sha256').update(JSON.stringify(row)).digest('hex');
}
