import { importParsedFiles, type ImportSummary } from '../../dataset/import';
import { inMemoryFile, parseCsvFile, parseNative, isIssue } from '../../dataset/read';
import { DatasetError, type CitationRecord, type DatasetDocument } from '../../dataset/types';
import { relationshipId } from '../../dataset/validate';
import { deleteEntity, deleteRelationship, relationshipById } from '../../graph/writes';
import { NotFoundError } from '../../errors';
import type { RequestContext } from '../context';
import type { CitationInput, MutationResolvers } from '../generated/resolvers';

/** GraphQL inputs carry nulls for absent optional fields; the dataset format has no nulls. */
type WithoutNulls<T> = { [K in keyof T]: Exclude<T[K], null> };

function withoutNulls<T extends object>(input: T): WithoutNulls<T> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null && value !== undefined)) as WithoutNulls<T>;
}

const citations = (input: readonly CitationInput[]): CitationRecord[] => input.map((citation) => withoutNulls(citation) as CitationRecord);

/** One write = one small dataset through the importer: the same checks, the same single transaction. */
function write(ctx: RequestContext, document: DatasetDocument, dryRun = false): Promise<ImportSummary> {
  return importParsedFiles(ctx.database, [inMemoryFile('input', document)], { dryRun });
}

export const Mutation: MutationResolvers = {
  async upsertEntity(_, { entity }, ctx) {
    await write(ctx, {
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
    await write(ctx, { relationships: [record] });
    const id = relationshipId(record);
    return (await relationshipById(ctx.db, id, relationship.from))!;
  },

  async upsertSource(_, { source }, ctx) {
    const record = withoutNulls(source);
    await write(ctx, { sources: [record] });
    return record;
  },

  async deleteEntity(_, { id }, ctx) {
    const relationshipsDeleted = await deleteEntity(ctx.database, id);
    if (relationshipsDeleted === null) throw new NotFoundError(`No entity has the id "${id}"`);
    return { deleted: true, relationshipsDeleted };
  },

  async deleteRelationship(_, { id }, ctx) {
    if (!(await deleteRelationship(ctx.database, id))) throw new NotFoundError(`No relationship has the id "${id}"`);
    return { deleted: true, relationshipsDeleted: 1 };
  },

  async importDataset(_, { content, format, dryRun }, ctx) {
    const name = `input.${(format ?? 'YAML').toLowerCase()}`;
    const parsed = format === 'CSV' ? parseCsvFile(name, content) : parseNative(name, content);
    if (isIssue(parsed)) throw new DatasetError([parsed]);
    return importParsedFiles(ctx.database, [parsed], { dryRun: dryRun ?? false });
  },
};
