import DataLoader from 'dataloader';
import { offsetAfter, offsetPage, pageSize } from '../graph/arguments';
import type { Reader } from '../graph/reader';
import type { RawRelationship } from '../graph/records';
import type { MentionConnectionModel, MentionModel, ProposalModel } from './models';
import { endKey, proposalCandidates, type EndWords, mentionsOfEntities, mentionsOfSources, proposalsOfSources, relationshipsOf, sourceDocuments, type SourceDocument } from './store';

/** The request's batched reads of sources' texts, mentions and proposals (no N+1 in nested queries). */
export interface SourceLoaders {
  document: DataLoader<string, SourceDocument | null>;
  mentions: DataLoader<string, MentionModel[]>;
  proposals: DataLoader<string, ProposalModel[]>;
  relationshipsOf: DataLoader<string, RawRelationship[]>;
  /** Proposal.fromCandidates and toCandidates: the ids of the entities an end's words may name. */
  candidates: DataLoader<EndWords, string[], string>;
  /** Entity.mentions, batched per distinct page. */
  entityMentions(args: { first?: number | null; after?: string | null }): DataLoader<string, MentionConnectionModel>;
}

export function createSourceLoaders(db: Reader): SourceLoaders {
  const pages = new Map<string, DataLoader<string, MentionConnectionModel>>();
  return {
    document: new DataLoader(async (ids) => {
      const found = await sourceDocuments(db, ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    mentions: new DataLoader(async (ids) => {
      const found = await mentionsOfSources(db, ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
    proposals: new DataLoader(async (ids) => {
      const found = await proposalsOfSources(db, ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
    relationshipsOf: new DataLoader(async (ids) => {
      const found = await relationshipsOf(db, ids);
      return ids.map((id) => found.filter((relationship) => relationship.from === id || relationship.to === id));
    }),
    candidates: new DataLoader(
      async (ends) => {
        const found = await proposalCandidates(db, ends);
        return ends.map((end) => found.get(endKey(end)) ?? []);
      },
      { cacheKeyFn: endKey },
    ),
    entityMentions(args) {
      const first = pageSize(args.first, { default: 20, max: 100 });
      const offset = offsetAfter(args.after);
      const key = `${first}:${offset}`;
      let loader = pages.get(key);
      if (!loader) {
        loader = new DataLoader(async (ids) => {
          const found = await mentionsOfEntities(db, ids, { offset, first });
          return ids.map((id) => {
            const page = found.get(id) ?? { mentions: [], totalCount: 0 };
            return offsetPage<{ node: MentionModel; cursor: string }>(page.mentions.map((node) => ({ node })), offset, page.totalCount);
          });
        });
        pages.set(key, loader);
      }
      return loader;
    },
  };
}
