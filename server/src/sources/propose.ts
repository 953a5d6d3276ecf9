import { importParsedFiles } from '../dataset/import';
import { inMemoryFile } from '../dataset/read';
import type { SourceRecord } from '../dataset/types';
import { UserInputError } from '../errors';
import { compareWithGraph } from '../ingest/extract';
import { context, splitParagraphs } from '../ingest/text';
import type { ProposedFact } from '../ingest/types';
import { isPartialDateError, parsePartialDate } from '../model/partial-date';
import type { SourceModel } from '../model/records';
import type { Database } from '../neo4j/database';
import { claimKey, distinctSourceId, proposalId, sourceIdFor, textHash } from './identity';
import { proposalToRow, type FactFields, type IngestionModel, type MentionModel, type ProposalModel, type ProposedEntityModel } from './models';
import { claimsMade, proposalsById, relationshipsOf, sourceByContentHash, sourceDocuments } from './store';
import { checkSourceSize } from './text-input';
import type { Identification } from './identify';

/**
 * From claims to the review queue, whatever read them: the sentences of an article (ingest.ts), the
 * statements of Wikidata, the entities of a FollowTheMoney file.
 *
 *   proposeClaims(db, source, claims, { dryRun, author, origin, summary, reading })
 *
 * - `source` is the document the claims are cited to. Its `text` is stored split into paragraphs
 *   (blank lines between them). A structured source has no prose: give it a readable rendering, one
 *   paragraph per statement, so that every citation still quotes the stored text verbatim. The same
 *   text again finds the source that holds it (content hash), never a duplicate.
 * - each claim is a fact (FactFields) with the words for its ends (fromText/toText), an entity
 *   proposed as new for an end no entity has (fromNew/toNew), the 1-based `paragraph` of the source
 *   text that states it and the `quote`, verbatim in that paragraph (checked: an error names the
 *   claim otherwise). `origin` says where the claim comes from ("text", "wikidata:Q7159$ABC@123456",
 *   "ftm:<entity id>"); `unreferenced` marks a claim its origin gives no reference for, which
 *   reviewProposals will not accept in bulk.
 * - each claim is compared with the graph (NEW / SUPPORTS_EXISTING / CONFLICTS); a claim rejected
 *   before (same claim key: quote, type and ends) is dropped; one this source proposed before keeps
 *   its state.
 * - the source record goes through the importer as one release (origin `options.origin`, default
 *   "ingest:<source id>"), with the text, mentions and proposals written in the same transaction.
 *   `dryRun` returns the same and writes nothing.
 * - `reading` is what a text reader found besides the claims (mentions of known entities, names
 *   proposed as new entities); a structured source leaves it out.
 */

/** A document with what is known of it (GraphQL's SourceDocumentInput, POST /sources' query, the CLI's options). */
export interface SourceDocumentInput {
  id?: string | null;
  title: string;
  publisher?: string | null;
  published?: string | null;
  url?: string | null;
  language?: string | null;
  text: string;
}

/** One claim a source makes, as proposeClaims takes it. */
export interface StructuredClaim extends FactFields {
  fromText: string;
  toText: string;
  fromNew?: ProposedEntityModel | null;
  toNew?: ProposedEntityModel | null;
  /** A date on which the source says the fact held, when it gives no period (compared as the period). */
  attested?: string | null;
  /** 1-based paragraph of the source text that states the claim. */
  paragraph: number;
  /** Verbatim in that paragraph. */
  quote: string;
  /** Where in the paragraph the quote is, when it occurs more than once; its first occurrence otherwise. */
  quoteStart?: number;
  origin: string;
  /** The rule or mapping that read the claim ("en.member.joined", "ftm.Membership"). */
  rule?: string | null;
  unreferenced: boolean;
  /** Ends matched by name to an identified item: accepting stores the identifier on the entity. */
  identify?: Identification[];
}

/** What a text reader found beside the claims. */
export interface SourceReading {
  paragraphs: string[];
  language: string;
  mentions: Array<{ entityId: string; text: string; paragraph: number; start: number; end: number; sentence: string }>;
  newEntities: ProposedEntityModel[];
}

export interface ProposeOptions {
  dryRun?: boolean;
  author?: string;
  /** The release's origin (default "ingest:<source id>"). */
  origin?: string;
  /** The release's summary (default: the counts of mentions and proposals). */
  summary?: string;
  reading?: SourceReading;
}

/** Who may be told what was wrong, and where: every check names the input field at fault. */
export function checkSourceInput(input: SourceDocumentInput): void {
  if (!input.title?.trim()) throw new UserInputError('source.title must not be empty', 'source.title');
  if (!input.text?.trim()) throw new UserInputError('source.text is empty: there is nothing to read', 'source.text');
  checkSourceSize(input.text, 'source.text');
  if (input.published) {
    const parsed = parsePartialDate(input.published);
    if (isPartialDateError(parsed)) throw new UserInputError(`source.published: ${parsed.error}`, 'source.published');
  }
  if (input.id !== undefined && input.id !== null && !/^[\p{Ll}\p{N}][\p{Ll}\p{N}._-]*$/u.test(input.id)) {
    throw new UserInputError(`source.id "${input.id}" is not a lowercase id (letters, digits, ".", "_" and "-")`, 'source.id');
  }
}

/**
 * Where the text goes: the source that already holds the same text; else the id given (an existing
 * source known only by its metadata keeps that metadata and gains the text); else an id derived
 * from the metadata, made distinct when another source has it.
 */
async function placeFor(db: Database, input: SourceDocumentInput, contentHash: string): Promise<{ source: SourceModel; record: SourceRecord | null; created: boolean }> {
  const holder = await sourceByContentHash(db, contentHash);
  const record = (id: string): SourceRecord =>
    Object.fromEntries(
      Object.entries({ id, title: input.title.trim(), publisher: input.publisher, published: input.published, url: input.url, language: input.language }).filter(
        ([, value]) => value !== null && value !== undefined && value !== '',
      ),
    ) as unknown as SourceRecord;
  const wanted = holder ?? input.id ?? sourceIdFor(input);
  const existing = (await sourceDocuments(db, [wanted])).get(wanted);
  if (holder) return { source: existing!.source, record: null, created: false };
  if (input.id) {
    if (existing?.paragraphs) throw new UserInputError(`Source "${input.id}" already holds another text; give this one another id (or none).`, 'source.id');
    return existing ? { source: existing.source, record: null, created: true } : { source: record(input.id), record: record(input.id), created: true };
  }
  const id = existing ? distinctSourceId(wanted, contentHash) : wanted;
  return { source: record(id), record: record(id), created: true };
}

/** Where the claim's quote is in its paragraph; an error naming the claim when it is not there. */
function quoteSpan(claim: StructuredClaim, index: number, paragraphs: string[]): { start: number; end: number } {
  const paragraph = paragraphs[claim.paragraph - 1];
  const start = claim.quoteStart ?? paragraph?.indexOf(claim.quote) ?? -1;
  if (paragraph === undefined || !claim.quote || start < 0 || paragraph.slice(start, start + claim.quote.length) !== claim.quote) {
    throw new UserInputError(`claims[${index}] (${claim.origin}): its quote is not verbatim in paragraph ${claim.paragraph} of the source text; nothing was written.`, `claims[${index}].quote`);
  }
  return { start, end: start + claim.quote.length };
}

/** The proposal a claim makes, before it is compared with the graph and with earlier reviews. */
function draftProposal(sourceId: string, claim: StructuredClaim, span: { start: number; end: number }, paragraph: string, createdAt: string): ProposalModel {
  const key = claimKey({ quote: claim.quote, type: claim.type, fromText: claim.fromText, toText: claim.toText, fromId: claim.fromId, toId: claim.toId });
  return {
    id: proposalId(sourceId, key),
    sourceId,
    state: 'OPEN',
    relation: 'NEW',
    type: claim.type,
    fromId: claim.fromId,
    fromText: claim.fromText,
    fromNew: claim.fromNew ?? null,
    toId: claim.toId,
    toText: claim.toText,
    toNew: claim.toNew ?? null,
    since: claim.since,
    until: claim.until,
    role: claim.role,
    status: claim.status,
    quote: claim.quote,
    ...context(paragraph, span.start, span.end),
    paragraph: claim.paragraph,
    quoteStart: span.start,
    quoteEnd: span.end,
    origin: claim.origin,
    rule: claim.rule ?? null,
    unreferenced: claim.unreferenced,
    identify: claim.identify ?? [],
    matches: [],
    matchesAt: null,
    claimKey: key,
    createdAt,
    reason: null,
    decidedBy: null,
    decidedAt: null,
    release: null,
    relationshipId: null,
  };
}

/**
 * Compares each proposal whose ends are known (an entity, or one proposed as new) with what the graph
 * says: a new person named Secretary-General contradicts the one in office.
 */
async function compared(db: Database, drafts: Array<{ claim: StructuredClaim; proposal: ProposalModel }>): Promise<ProposalModel[]> {
  const ends = drafts.map(({ proposal }) => [proposal.fromId ?? proposal.fromNew?.id, proposal.toId ?? proposal.toNew?.id] as const);
  const existing = await relationshipsOf(db, ends.flatMap(([from, to]) => (from && to ? [from, to] : [])));
  return drafts.map(({ claim, proposal }, i) => {
    const [from, to] = ends[i]!;
    if (!from || !to) return proposal;
    const fact: ProposedFact = {
      type: proposal.type as ProposedFact['type'],
      from: { entityId: from, text: proposal.fromText },
      to: { entityId: to, text: proposal.toText },
      ...(proposal.since ? { since: proposal.since } : {}),
      ...(proposal.until ? { until: proposal.until } : {}),
      ...(claim.attested ? { attested: claim.attested } : {}),
      ...(proposal.role ? { role: proposal.role } : {}),
      ...(proposal.status ? { status: proposal.status } : {}),
      evidence: { quote: proposal.quote, prefix: proposal.prefix, suffix: proposal.suffix, paragraph: proposal.paragraph, start: proposal.quoteStart, end: proposal.quoteEnd },
      rule: proposal.rule ?? proposal.origin,
    };
    const comparison = compareWithGraph(fact, existing);
    return { ...proposal, relation: comparison.relation, matches: comparison.matches, matchesAt: comparison.matches.length > 0 ? to : null };
  });
}

export function dedupe<T extends { id: string }>(items: T[]): T[] {
  return [...new Map(items.map((item) => [item.id, item])).values()];
}

/** Places the source, compares the claims with the graph, and stores them as open proposals (see the top of this file). */
export async function proposeClaims(db: Database, input: SourceDocumentInput, claims: StructuredClaim[], options: ProposeOptions = {}): Promise<IngestionModel> {
  checkSourceInput(input);
  const paragraphs = options.reading?.paragraphs ?? splitParagraphs(input.text);
  if (paragraphs.length === 0) throw new UserInputError('source.text holds no words to read', 'source.text');
  const contentHash = textHash(paragraphs);
  const createdAt = new Date().toISOString();
  const spans = claims.map((claim, i) => quoteSpan(claim, i, paragraphs));
  const place = await placeFor(db, input, contentHash);
  const sourceId = place.source.id;
  const mentions: Array<MentionModel & { ord: number }> = (options.reading?.mentions ?? []).map((mention, ord) => ({ sourceId, ...mention, ord }));

  const drafts = claims.map((claim, i) => ({ claim, proposal: draftProposal(sourceId, claim, spans[i]!, paragraphs[claim.paragraph - 1]!, createdAt) }));
  const made = await claimsMade(db, drafts.map(({ proposal }) => proposal.claimKey));
  const rejected = new Set(made.filter((claim) => claim.state === 'REJECTED').map((claim) => claim.claimKey));
  const proposals = dedupe(await compared(db, drafts.filter(({ proposal }) => !rejected.has(proposal.claimKey))));
  const newEntities = dedupe(options.reading?.newEntities ?? claims.flatMap((claim) => [claim.fromNew, claim.toNew].filter((entity): entity is ProposedEntityModel => Boolean(entity))));
  const result: IngestionModel = { source: { ...place.source, paragraphs, contentHash }, created: place.created, dryRun: Boolean(options.dryRun), mentions, proposals, newEntities };
  if (options.dryRun) return result;

  // A new source is a release of its own; the text, mentions and proposals are written with it.
  await importParsedFiles(db, [inMemoryFile(`source ${sourceId}`, { sources: place.record ? [place.record] : [] })], {
    author: options.author ?? 'editor',
    origin: options.origin ?? `ingest:${sourceId}`,
    summary: options.summary ?? `Source ${sourceId} read: ${mentions.length} mentions, ${proposals.length} proposed facts`,
    alongside: async (tx) => {
      await tx.run('writes/store-source-text', {
        sourceId,
        contentHash,
        paragraphs,
        language: input.language ?? options.reading?.language ?? null,
        ingestedAt: new Date().toISOString(),
        mentions,
      });
      await tx.run('writes/store-proposals', { rows: proposals.map(proposalToRow) });
    },
  });
  // Proposals recorded before (a second reading of the same text) come back as they stand.
  const stored = await proposalsById(db, proposals.map((proposal) => proposal.id));
  return { ...result, proposals: proposals.map((proposal) => stored.get(proposal.id) ?? proposal) };
}
