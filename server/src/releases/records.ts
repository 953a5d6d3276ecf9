import { partialDate, UNDATED_START } from '../model/partial-date';
import type { CitationRecord, EntityRecord, RelationshipRecord, SourceRecord } from '../dataset/types';

/**
 * Versions of records as change records keep them: the native record (as in data files), its fields
 * in a fixed order so that equal records are equal text, with a few fields beside the JSON that lists,
 * counts and exports at an old release read without parsing it.
 */

export type RecordKind = 'ENTITY' | 'RELATIONSHIP' | 'SOURCE';
export type ChangeKind = 'ADDED' | 'CHANGED' | 'RETIRED';

export const recordKey = (record: RecordKind, id: string) => `${record.toLowerCase()}:${id}`;

type AnyRecord = SourceRecord | EntityRecord | (RelationshipRecord & { id: string });

const FIELD_ORDER: Record<RecordKind, string[]> = {
  SOURCE: ['id', 'title', 'publisher', 'url', 'published', 'retrieved', 'language'],
  ENTITY: ['id', 'kind', 'name', 'aliases', 'description', 'start', 'end', 'identifiers', 'citations'],
  RELATIONSHIP: ['id', 'from', 'type', 'to', 'since', 'until', 'status', 'role', 'note', 'citations'],
};
const CITATION_ORDER = ['source', 'quote', 'locator', 'claimedBy'];

function ordered(value: Record<string, unknown>, fields: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const v = value[field];
    if (v === undefined || v === null || (Array.isArray(v) && v.length === 0 && field !== 'citations')) continue;
    out[field] = v;
  }
  return out;
}

/** The record in its canonical form: fixed field order, no empty optional fields, kind lowercase. */
export function canonical(record: RecordKind, value: AnyRecord): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...value };
  if (record === 'ENTITY') {
    copy.kind = String(copy.kind).toLowerCase();
    copy.aliases = (value as EntityRecord).aliases?.map((alias) => ordered({ ...alias }, ['name', 'lang']));
    copy.identifiers = (value as EntityRecord).identifiers?.map((identifier) => ordered({ ...identifier }, ['scheme', 'value']));
  }
  if ('citations' in value) copy.citations = (value.citations as CitationRecord[]).map((citation) => ordered({ ...citation }, CITATION_ORDER));
  return ordered(copy, FIELD_ORDER[record]);
}

export interface ChangeRow {
  key: string;
  record: RecordKind;
  id: string;
  kind: ChangeKind;
  release: number;
  before: string | null;
  after: string | null;
  /** Of the version after the change (or before it, for a retirement): what lists and counts need. */
  sourceIds: string[];
  citationCount: number;
  name?: string;
  /** The entity version's alias names: search at an older release matches them (cypher/schema/010). */
  aliasNames?: string[];
  entityKind?: string;
  startFirst?: string;
  relationshipType?: string;
}

/** The alias names of an entity version as change records keep it (JSON), for the change_names index. */
export function aliasNamesOf(version: Record<string, unknown>): string[] {
  return ((version.aliases as Array<{ name: string }> | undefined) ?? []).map((alias) => alias.name);
}

/** A change record; `after` is null for a retirement, `before` null for a first addition. */
export function changeRow(
  record: RecordKind,
  kind: ChangeKind,
  release: number,
  id: string,
  before: string | null,
  after: Record<string, unknown> | null,
): ChangeRow {
  const version = (after ?? (before ? JSON.parse(before) : {})) as Record<string, unknown>;
  const citations = (version.citations as CitationRecord[] | undefined) ?? [];
  const row: ChangeRow = {
    key: recordKey(record, id),
    record,
    id,
    kind,
    release,
    before,
    after: after ? JSON.stringify(after) : null,
    sourceIds: [...new Set(citations.map((citation) => citation.source))],
    citationCount: citations.length,
  };
  if (record === 'ENTITY' && version.name !== undefined) {
    row.name = String(version.name);
    row.aliasNames = aliasNamesOf(version);
    row.entityKind = String(version.kind).toUpperCase();
    row.startFirst = version.start ? partialDate(String(version.start)).first : UNDATED_START;
  }
  if (record === 'RELATIONSHIP' && version.type !== undefined) row.relationshipType = String(version.type);
  return row;
}

/** How many changes of each kind: the counts a release records. */
export function tally(changes: readonly ChangeRow[]) {
  const count = (kind: ChangeKind) => changes.filter((change) => change.kind === kind).length;
  return { added: count('ADDED'), changed: count('CHANGED'), retired: count('RETIRED') };
}
