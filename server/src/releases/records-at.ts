import type { ExportedDataset } from '../dataset/export';
import type { EntityRecord, RelationshipRecord, SourceRecord } from '../dataset/types';
import type { Reader } from '../graph/reader';
import type { RecordKind } from './records';

/** One record as it stood at a release, with the fields lists and counts read. */
export interface RecordAt {
  record: RecordKind;
  id: string;
  after: string;
  name: string | null;
  entityKind: string | null;
  relationshipType: string | null;
  startFirst: string | null;
  citationCount: number | null;
}

/** Every record as it stood at `release` (one statement that reads the change records up to it). */
export async function recordsAt(db: Reader, release: number): Promise<RecordAt[]> {
  const rows = await db.read<{ record: RecordAt }>('releases/records-at', { release });
  return rows.map(({ record }) => record);
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The graph at a release as native records, in id order, as `npm run export` writes them. */
export async function datasetAt(db: Reader, release: number): Promise<ExportedDataset> {
  const records = await recordsAt(db, release);
  const of = <T>(kind: RecordKind) => records.filter((r) => r.record === kind).map((r) => JSON.parse(r.after) as T);
  return {
    sources: of<SourceRecord>('SOURCE').sort(byId),
    entities: of<EntityRecord>('ENTITY').sort(byId),
    relationships: of<RelationshipRecord & { id: string }>('RELATIONSHIP').sort(byId),
  };
}
