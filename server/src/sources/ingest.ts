import { importParsedFiles } from '../dataset/import';
import { inMemoryFile } from '../dataset/read';
import type { SourceRecord } from '../dataset/types';
import { UserInputError } from '../errors';
import { compareWithGraph, extract } from '../ingest/extract';
import type { Extraction, Language, NewEntityProposal, ProposedFact } from '../ingest/types';
import { isPartialDateError, parsePartialDate } from '../model/partial-date';
import type { SourceModel } from '../model/records';
import type { Database } from '../neo4j/database';
import { claimKey, distinctSourceId, proposalId, slug, sourceIdFor, textHash } from './identity';
import { proposalToRow, type IngestionModel, type MentionModel, type ProposalModel, type ProposedEntityModel } from './models';
import { sentenceAround } from './sentence';
import { gazetteerAtLatest } from './gazetteer';
import { claimsMade, proposalsById, relationshipsOf, sourceByContentHash, sourceDocuments } from './store';
import { checkSourceSize } from './text-input';

/** A text to ingest with what is known of it (GraphQL's SourceDocumentInput, POST /sources' query, the CLI's options). */
export interface SourceDocumentInput {
  id?: string | null;
  title: string;
  publisher?: string | null;
  published?: string | null;
  url?: string | null;
  language?: string | null;
  text: string;
}

/** Who may be told what was wrong, and where: every check names the input field at fault. */
function checkInput(input: SourceDocumentInput): void {
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

const engineLanguage = (language: string | null | undefined): Language | undefined => {
  const base = language?.toLowerCase().split('-')[0];
  return base === 'en' || base === 'ru' ? base : undefined;
};

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

function mentionModels(sourceId: string, extraction: Extraction): Array<MentionModel & { ord: number }> {
  return extraction.mentions.map((mention, ord) => ({
    sourceId,
    entityId: mention.entityId,
    text: mention.text,
    paragraph: mention.paragraph,
    start: mention.start,
    end: mention.end,
    sentence: sentenceAround(extraction.paragraphs[mention.paragraph - 1]!, mention.start, mention.end),
    ord,
  }));
}

function proposedEntity(candidate: NewEntityProposal): ProposedEntityModel {
  return { id: slug(candidate.text), kind: candidate.kind, name: candidate.text };
}

/** The proposals of a text, before they are compared with the graph and with earlier reviews. */
function draftProposals(sourceId: string, extraction: Extraction, createdAt: string): Array<{ fact: ProposedFact; proposal: ProposalModel }> {
  const candidates = new Map(extraction.newEntities.map((candidate) => [`${candidate.paragraph}:${candidate.text}`, proposedEntity(candidate)]));
  const newEntity = (end: ProposedFact['from'], paragraph: number) => (end.entityId ? null : (candidates.get(`${paragraph}:${end.text}`) ?? null));
  return extraction.proposals.map((fact) => {
    const key = claimKey({ quote: fact.evidence.quote, type: fact.type, fromText: fact.from.text, toText: fact.to.text, fromId: fact.from.entityId ?? null, toId: fact.to.entityId ?? null });
    return {
      fact,
      proposal: {
        id: proposalId(sourceId, key),
        sourceId,
        state: 'OPEN',
        relation: 'NEW',
        type: fact.type,
        fromId: fact.from.entityId ?? null,
        fromText: fact.from.text,
        fromNew: newEntity(fact.from, fact.evidence.paragraph),
        toId: fact.to.entityId ?? null,
        toText: fact.to.text,
        toNew: newEntity(fact.to, fact.evidence.paragraph),
        since: fact.since ?? null,
        until: fact.until ?? null,
        role: fact.role ?? null,
        status: fact.status ?? null,
        quote: fact.evidence.quote,
        prefix: fact.evidence.prefix,
        suffix: fact.evidence.suffix,
        paragraph: fact.evidence.paragraph,
        quoteStart: fact.evidence.start,
        quoteEnd: fact.evidence.end,
        origin: 'text',
        rule: fact.rule,
        matches: [],
        matchesAt: null,
        claimKey: key,
        createdAt,
        reason: null,
        decidedBy: null,
        decidedAt: null,
        release: null,
        relationshipId: null,
      },
    };
  });
}

/**
 * Compares each proposal whose ends are known (an entity, or one proposed as new) with what the graph
 * says: a new person named Secretary-General contradicts the one in office.
 */
async function compared(db: Database, drafts: Array<{ fact: ProposedFact; proposal: ProposalModel }>): Promise<ProposalModel[]> {
  const ends = drafts.map(({ proposal }) => [proposal.fromId ?? proposal.fromNew?.id, proposal.toId ?? proposal.toNew?.id] as const);
  const existing = await relationshipsOf(db, ends.flatMap(([from, to]) => (from && to ? [from, to] : [])));
  return drafts.map(({ fact, proposal }, i) => {
    const [from, to] = ends[i]!;
    if (!from || !to) return proposal;
    const comparison = compareWithGraph({ ...fact, from: { ...fact.from, entityId: from }, to: { ...fact.to, entityId: to } }, existing);
    return { ...proposal, relation: comparison.relation, matches: comparison.matches, matchesAt: comparison.matches.length > 0 ? to : null };
  });
}

/**
 * Reads a text into a source: its paragraphs and content hash, the mentions of known entities, and
 * the facts its sentences state as open proposals. Claims rejected before are not proposed again;
 * claims this source already proposed keep their state. The source record goes through the importer,
 * and the text, mentions and proposals are written in the same transaction. `dryRun` writes nothing.
 */
export async function ingestSource(db: Database, input: SourceDocumentInput, options: { dryRun?: boolean; author?: string } = {}): Promise<IngestionModel> {
  checkInput(input);
  const gazetteer = await gazetteerAtLatest(db);
  const language = engineLanguage(input.language);
  const extraction = extract(input.text, { gazetteer, ...(input.published ? { published: input.published } : {}), ...(language ? { language } : {}) });
  if (extraction.paragraphs.length === 0) throw new UserInputError('source.text holds no words to read', 'source.text');
  const contentHash = textHash(extraction.paragraphs);
  const place = await placeFor(db, input, contentHash);
  const sourceId = place.source.id;
  const mentions = mentionModels(sourceId, extraction);

  const drafts = draftProposals(sourceId, extraction, new Date().toISOString());
  const claims = await claimsMade(db, drafts.map(({ proposal }) => proposal.claimKey));
  const rejected = new Set(claims.filter((claim) => claim.state === 'REJECTED').map((claim) => claim.claimKey));
  const proposals = dedupe(await compared(db, drafts.filter(({ proposal }) => !rejected.has(proposal.claimKey))));
  const newEntities = dedupe(extraction.newEntities.map(proposedEntity));
  const result: IngestionModel = { source: { ...place.source, paragraphs: extraction.paragraphs, contentHash }, created: place.created, dryRun: Boolean(options.dryRun), mentions, proposals, newEntities };
  if (options.dryRun) return result;

  // A new source is a release of its own; the text, mentions and proposals are written with it.
  await importParsedFiles(db, [inMemoryFile(`source ${sourceId}`, { sources: place.record ? [place.record] : [] })], {
    author: options.author ?? 'editor',
    origin: `ingest:${sourceId}`,
    summary: `Source ${sourceId} read: ${mentions.length} mentions, ${proposals.length} proposed facts`,
    alongside: async (tx) => {
      await tx.run('writes/store-source-text', {
        sourceId,
        contentHash,
        paragraphs: extraction.paragraphs,
        language: input.language ?? extraction.language,
        ingestedAt: new Date().toISOString(),
        mentions,
      });
      await tx.run('writes/store-proposals', { rows: proposals.map(proposalToRow) });
    },
  });
  // Proposals recorded before (a second ingestion of the same text) come back as they stand.
  const stored = await proposalsById(db, proposals.map((proposal) => proposal.id));
  return { ...result, proposals: proposals.map((proposal) => stored.get(proposal.id) ?? proposal) };
}

function dedupe<T extends { id: string }>(items: T[]): T[] {
  return [...new Map(items.map((item) => [item.id, item])).values()];
}
