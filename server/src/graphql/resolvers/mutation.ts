import { importParsedFiles, type ImportSummary } from '../../dataset/import';
import { inMemoryFile, parseCsvFile, parseNative, isIssue } from '../../dataset/read';
import { DatasetError, type CitationRecord, type DatasetDocument } from '../../dataset/types';
import { relationshipId } from '../../dataset/validate';
import { relationshipById } from '../../graph/writes';
import { retireEntity, retireRelationship } from '../../releases/retire';
import type { RequestContext } from '../context';
import type { CitationInput, MutationResolvers } from '../generated/resolvers';

/** GraphQL inputs carry nulls for absent optional fields; the dataset format has no nulls. */
type WithoutNulls<T> = { [K in keyof T]: Exclude<T[K], null> };

function withoutNulls<T extends object>(input: T): WithoutNulls<T> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null && value !== undefined)) as WithoutNulls<T>;
}

const citations = (input: readonly CitationInput[]): CitationRecord[] => input.map((citation) => withoutNulls(citation) as CitationRecord);

/** The release a mutation commits: by the editor key's name, from the mutation's name. */
const releaseOf = (ctx: RequestContext, mutation: string, summary?: string) => ({
  author: ctx.editor ?? 'editor',
  origin: `mutation:${mutation}`,
  ...(summary ? { summary } : {}),
});

/** One write = one small dataset through the importer: the same checks, the same single transaction, one release. */
function write(ctx: RequestContext, mutation: string, summary: string, document: DatasetDocument, dryRun = false): Promise<ImportSummary> {
  return importParsedFiles(ctx.database, [inMemoryFile('input', document)], { dryRun, ...releaseOf(ctx, mutation, summary) });
}

export const Mutation: MutationResolvers = {
  async upsertEntity(_, { entity }, ctx) {
    await write(ctx, 'upsertEntity', `upsertEntity ${entity.id}`, {
      entities: [
        withoutNulls({
          ...entity,
          kind: entity.kind.toLowerCase(),
          aliases: entity.aliases?.map((alias) => withoutNulls(alias)),
          identifiers: entity.identifiers ?? undefined,
          citations: citations(entity.citations),
        }),
      ],
    } as DatasetDocument);
    return (await ctx.entity.clear(entity.id).load(entity.id))!;
  },

  async upsertRelationship(_, { relationship }, ctx) {
    const record = withoutNulls({ ...relationship, citations: citations(relationship.citations) });
    const id = relationshipId(record);
    await write(ctx, 'upsertRelationship', `upsertRelationship ${id}`, { relationships: [record] });
    return (await relationshipById(ctx.db, id, relationship.from))!;
  },

  async upsertSource(_, { source }, ctx) {
    const record = withoutNulls(source);
    await write(ctx, 'upsertSource', `upsertSource ${record.id}`, { sources: [record] });
    return record;
  },

  async deleteEntity(_, { id }, ctx) {
    const { relationshipsRetired, release } = await retireEntity(ctx.database, id, releaseOf(ctx, 'deleteEntity', `deleteEntity ${id}`));
    return { deleted: true, relationshipsDeleted: relationshipsRetired, release };
  },

  async deleteRelationship(_, { id }, ctx) {
    const release = await retireRelationship(ctx.database, id, releaseOf(ctx, 'deleteRelationship', `deleteRelationship ${id}`));
    return { deleted: true, relationshipsDeleted: 1, release };
  },

  async importDataset(_, { content, format, dryRun }, ctx) {
    const name = `input.${(format ?? 'YAML').toLowerCase()}`;
    const parsed = format === 'CSV' ? parseCsvFile(name, content) : parseNative(name, content);
    if (isIssue(parsed)) throw new DatasetError([parsed]);
    return importParsedFiles(ctx.database, [parsed], { dryRun: dryRun ?? false, ...releaseOf(ctx, 'importDataset') });
  },
};
