import type { Reader } from '../graph/reader';
import type { RawRelationship } from '../graph/records';
import type { SourceModel } from '../model/records';
import type { GazetteerEntry } from '../ingest/types';
import { withKnownPosts } from '../ingest/known-posts';
import { luceneQuery } from '../graph/search-query';
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

/** Where a page of the review queue starts: the sort key of the last proposal of the page before. */
export interface ProposalKey {
  createdAt: string;
  sourceId: string;
  paragraph: number;
  quoteStart: number;
  id: string;
}

export const proposalKey = (p: ProposalModel): ProposalKey => ({ createdAt: p.createdAt, sourceId: p.sourceId, paragraph: p.paragraph, quoteStart: p.quoteStart, id: p.id });

/** One page of the queue and the total, in one statement; `hasNextPage` from one proposal read beyond the page. */
export async function proposalPage(
  db: Reader,
  filter: { state: string | null; sourceId: string | null; origin: string | null },
  page: { after: ProposalKey | null; first: number },
): Promise<{ proposals: ProposalModel[]; totalCount: number; hasNextPage: boolean }> {
  const [row] = await db.read<{ totalCount: number; proposals: Array<Record<string, unknown>> }>('queries/proposal-page', { ...filter, ...page });
  const found = (row?.proposals ?? []).map(proposalFromRow);
  return { proposals: found.slice(0, page.first), totalCount: row?.totalCount ?? 0, hasNextPage: found.length > page.first };
}

/** One end of a proposal to find candidates for: the words, and the entity it was resolved to (if any). */
export interface EndWords {
  words: string;
  entityId: string | null;
}

export const endKey = (end: EndWords) => JSON.stringify([end.entityId, end.words]);

/** Most candidates shown for one end: a choice a person reads through. */
export const MAX_CANDIDATES = 10;

/**
 * The entities each end's words may name (see cypher/queries/proposal-candidates), by endKey: one
 * statement for any number of ends. Words with nothing to search for have none.
 */
export async function proposalCandidates(db: Reader, ends: readonly EndWords[]): Promise<Map<string, string[]>> {
  const params = ends.flatMap((end) => {
    const query = luceneQuery(end.words, 'all');
    return query ? [{ key: endKey(end), query, exact: end.words.trim().toLocaleLowerCase(), entityId: end.entityId }] : [];
  });
  if (params.length === 0) return new Map();
  const rows = await db.read<{ key: string; ids: string[] }>('queries/proposal-candidates', { ends: params, first: MAX_CANDIDATES });
  return new Map(rows.map((row) => [row.key, row.ids]));
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
  const posts = await db.read<{ type: string; from: string; to: string; role: string }>('queries/gazetteer-posts');
  const entries = rows.map((row) => ({ id: row.id, kind: row.kind, name: row.name, aliases: row.aliases ? (JSON.parse(row.aliases) as Array<{ name: string; lang?: string }>).map((alias) => ({ name: alias.name, ...(alias.lang ? { language: alias.lang } : {}) })) : [] }));
  return withKnownPosts(entries, posts);
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
