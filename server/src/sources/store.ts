import type { Reader } from '../graph/reader';
import type { RawRelationship } from '../graph/records';
import type { SourceModel } from '../model/records';
import type { GazetteerEntry } from '../ingest/types';
import { proposalFromRow, type MentionModel, type ProposalModel } from './models';

/** Reads of sources' texts, mentions and proposals: each one round trip for any number of ids. */

export interface SourceDocument {
  source: SourceModel;
  /** Null for a source known only by its metadata (never ingested as text). */
  paragraphs: string[] | null;
  contentHash: string | null;
}

export async function sourceDocuments(db: Reader, ids: readonly string[]): Promise<Map<string, SourceDocument>> {
  const rows = await db.read<SourceDocument>('queries/source-documents', { ids: [...new Set(ids)] });
  return new Map(rows.map((row) => [row.source.id, row]));
}

export async function sourceByContentHash(db: Reader, contentHash: string): Promise<string | null> {
  const [row] = await db.read<{ sourceId: string }>('queries/source-by-content-hash', { contentHash });
  return row?.sourceId ?? null;
}

export async function mentionsOfSources(db: Reader, ids: readonly string[]): Promise<Map<string, MentionModel[]>> {
  const rows = await db.read<{ mention: MentionModel }>('queries/mentions-of-sources', { ids: [...new Set(ids)] });
  return groupBy(rows.map((row) => row.mention), (mention) => mention.sourceId);
}

export async function mentionsOfEntities(
  db: Reader,
  ids: readonly string[],
  page: { offset: number; first: number },
): Promise<Map<string, { mentions: MentionModel[]; totalCount: number }>> {
  const rows = await db.read<{ id: string; totalCount: number; mentions: MentionModel[] }>('queries/mentions-of-entities', { ids: [...new Set(ids)], ...page });
  return new Map(rows.map((row) => [row.id, { mentions: row.mentions, totalCount: row.totalCount }]));
}

export async function proposalsById(db: Reader, ids: readonly string[]): Promise<Map<string, ProposalModel>> {
  const rows = await db.read<{ proposal: Record<string, unknown> }>('queries/proposals-by-id', { ids: [...new Set(ids)] });
  return new Map(rows.map((row) => [row.proposal.id as string, proposalFromRow(row.proposal)]));
}

export async function proposalsOfSources(db: Reader, ids: readonly string[]): Promise<Map<string, ProposalModel[]>> {
  const rows = await db.read<{ proposal: Record<string, unknown> }>('queries/proposals-of-sources', { ids: [...new Set(ids)] });
  return groupBy(rows.map((row) => proposalFromRow(row.proposal)), (proposal) => proposal.sourceId);
}

export async function proposalPage(
  db: Reader,
  filter: { state: string | null; sourceId: string | null; origin: string | null },
  page: { offset: number; first: number },
): Promise<{ proposals: ProposalModel[]; totalCount: number }> {
  const [row] = await db.read<{ totalCount: number; proposals: Array<Record<string, unknown>> }>('queries/proposal-page', { ...filter, ...page });
  return { proposals: (row?.proposals ?? []).map(proposalFromRow), totalCount: row?.totalCount ?? 0 };
}

export interface ClaimRecord {
  claimKey: string;
  id: string;
  state: string;
  sourceId: string;
}

export async function claimsMade(db: Reader, claimKeys: readonly string[]): Promise<ClaimRecord[]> {
  return db.read<ClaimRecord>('queries/proposal-claims', { claimKeys: [...new Set(claimKeys)] });
}

export async function gazetteerEntries(db: Reader): Promise<GazetteerEntry[]> {
  const rows = await db.read<{ id: string; kind: string; name: string; aliases: string | null }>('queries/gazetteer-entities');
  return rows.map((row) => ({ id: row.id, kind: row.kind, name: row.name, aliases: row.aliases ? (JSON.parse(row.aliases) as Array<{ name: string; lang?: string }>).map((alias) => ({ name: alias.name, ...(alias.lang ? { language: alias.lang } : {}) })) : [] }));
}

/**
 * The relationships that start or end at the given entities, with their citations; their ends as
 * ids (the API reads the entities through its DataLoader).
 */
export async function relationshipsOf(db: Reader, ids: readonly string[]): Promise<RawRelationship[]> {
  if (ids.length === 0) return [];
  const rows = await db.read<{ relationship: RawRelationship }>('queries/relationships-of-entities', { ids: [...new Set(ids)] });
  return rows.map((row) => row.relationship);
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
