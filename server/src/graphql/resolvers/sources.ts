import { decodeCursor, encodeCursor, pageSize } from '../../graph/arguments';
import { toRelationship, type RawRelationship } from '../../graph/records';
import type { EntityModel, RelationshipModel } from '../../model/records';
import { ingestSource } from '../../sources/ingest';
import type { SourceView } from '../../sources/models';
import { reviewProposals } from '../../sources/review';
import { plainText, type TextFormat } from '../../sources/text-input';
import { proposalKey, proposalPage, type ProposalKey } from '../../sources/store';
import type { RequestContext } from '../context';
import type { EntityMentionsArgs, Resolvers } from '../generated/resolvers';

/** Relationships of an entity picked by id, with both ends through the request's entity DataLoader. */
async function relationshipsAmong(ctx: RequestContext, at: string | null, ids: readonly string[]): Promise<RelationshipModel[]> {
  if (!at || ids.length === 0) return [];
  const found = (await ctx.sources.relationshipsOf.load(at)).filter((raw) => ids.includes(raw.id));
  return Promise.all(found.map((raw) => withEnds(ctx, raw)));
}

async function withEnds(ctx: RequestContext, raw: RawRelationship): Promise<RelationshipModel> {
  const [from, to] = await Promise.all([ctx.entity.load(raw.from), ctx.entity.load(raw.to)]);
  return toRelationship(raw, from as EntityModel, to as EntityModel);
}

const entityOrNull = (ctx: RequestContext, id: string | null) => (id ? ctx.entity.load(id) : null);

async function storedDocument(source: SourceView, ctx: RequestContext) {
  return source.paragraphs ? { paragraphs: source.paragraphs, contentHash: source.contentHash ?? null } : await ctx.sources.document.load(source.id);
}

const TEXT_FORMATS: Record<'PLAIN' | 'MARKDOWN' | 'HTML', TextFormat> = { PLAIN: 'text', MARKDOWN: 'markdown', HTML: 'html' };

/** The entities an end's words may name, the resolved one first (found however its words were inflected). */
async function candidates(ctx: RequestContext, entityId: string | null, words: string): Promise<EntityModel[]> {
  const ids = await ctx.sources.candidates.load({ words, entityId });
  const ordered = entityId && !ids.includes(entityId) ? [entityId, ...ids] : ids;
  return (await ctx.entity.loadMany(ordered)).filter((entity): entity is EntityModel => entity !== null && !(entity instanceof Error));
}

/** A cursor of the review queue: the sort key of a proposal (see cypher/queries/proposal-page). */
function isProposalKey(value: unknown): value is ProposalKey {
  const key = value as Partial<ProposalKey> | null;
  return (
    typeof key === 'object' && key !== null &&
    typeof key.createdAt === 'string' && typeof key.sourceId === 'string' && typeof key.id === 'string' &&
    Number.isInteger(key.paragraph) && Number.isInteger(key.quoteStart)
  );
}

/** Entity.mentions, shared by every kind of entity. */
export const entityMentions = (entity: EntityModel, args: EntityMentionsArgs, ctx: RequestContext) => ctx.sources.entityMentions(args).load(entity.id);

export const sourceResolvers: Resolvers = {
  Query: {
    async proposals(_, args, ctx) {
      const first = pageSize(args.first, { default: 50, max: 100 });
      const after = args.after ? decodeCursor(args.after, 'after', isProposalKey) : null;
      const page = await proposalPage(ctx.db, { state: args.state ?? null, sourceId: args.source ?? null, origin: args.origin ?? null }, { after, first });
      const edges = page.proposals.map((node) => ({ node, cursor: encodeCursor(proposalKey(node)) }));
      return {
        edges,
        totalCount: page.totalCount,
        pageInfo: { hasNextPage: page.hasNextPage, hasPreviousPage: after !== null, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
      };
    },
    async source(_, { id }, ctx) {
      return (await ctx.sources.document.load(id))?.source ?? null;
    },
  },
  Mutation: {
    ingestSource: (_, { source: { format, ...source }, dryRun }, ctx) =>
      ingestSource(ctx.database, { ...source, text: plainText(source.text, TEXT_FORMATS[format ?? 'PLAIN']) }, { dryRun: dryRun ?? false, author: ctx.editor ?? 'editor' }),
    reviewProposals: (_, args, ctx) => reviewProposals(ctx.database, { ...args, editor: ctx.editor ?? null }),
  },
  Source: {
    text: async (source, _, ctx) => (await storedDocument(source, ctx))?.paragraphs?.join('\n\n') ?? null,
    paragraphs: async (source, _, ctx) => (await storedDocument(source, ctx))?.paragraphs ?? null,
    contentHash: async (source, _, ctx) => (await storedDocument(source, ctx))?.contentHash ?? null,
    mentions: (source, _, ctx) => ctx.sources.mentions.load(source.id),
    proposals: (source, _, ctx) => ctx.sources.proposals.load(source.id),
  },
  Mention: {
    entity: async (mention, _, ctx) => (await ctx.entity.load(mention.entityId))!,
    source: async (mention, _, ctx) => (await ctx.sources.document.load(mention.sourceId))!.source,
  },
  Proposal: {
    from: (proposal, _, ctx) => entityOrNull(ctx, proposal.fromId),
    to: (proposal, _, ctx) => entityOrNull(ctx, proposal.toId),
    evidence: (proposal) => proposal,
    fromCandidates: (proposal, _, ctx) => candidates(ctx, proposal.fromId, proposal.fromText),
    toCandidates: (proposal, _, ctx) => candidates(ctx, proposal.toId, proposal.toText),
    conflictsWith: (proposal, _, ctx) => (proposal.relation === 'CONFLICTS' ? relationshipsAmong(ctx, proposal.matchesAt, proposal.matches) : []),
    relationship: async (proposal, _, ctx) =>
      proposal.relationshipId ? ((await relationshipsAmong(ctx, proposal.toId, [proposal.relationshipId]))[0] ?? null) : null,
  },
  Evidence: {
    source: async (proposal, _, ctx) => (await ctx.sources.document.load(proposal.sourceId))?.source ?? { id: proposal.sourceId, title: proposal.sourceId },
  },
};
