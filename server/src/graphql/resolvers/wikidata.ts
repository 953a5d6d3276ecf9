import { identifierUrl } from '../../model/identifiers';
import { WikidataClient } from '../../interchange/wikidata/client';
import { wikidataConfig } from '../../interchange/wikidata/config';
import { importFromWikidata } from '../../interchange/wikidata/import';
import type { WikidataPart } from '../../interchange/wikidata/queries';
import type { Resolvers } from '../generated/resolvers';

export const wikidataResolvers: Resolvers = {
  Mutation: {
    importFromWikidata: (_, { qid, include, dryRun }, ctx) =>
      importFromWikidata(ctx.database, new WikidataClient(ctx.wikidata ?? wikidataConfig()), qid, {
        include: (include ?? []).map((part) => part.toLowerCase() as WikidataPart),
        dryRun: dryRun ?? false,
        author: ctx.editor ?? 'editor',
      }),
  },
  WikidataImport: {
    revision: (result) => String(result.revision),
  },
  WikidataMatch: {
    entity: (match, _, ctx) => (match.by === 'NEW' ? null : ctx.entity.load(match.entityId)),
    url: (match) => identifierUrl({ scheme: 'wikidata', value: match.qid })!,
  },
  Proposal: {
    identifies: (proposal) => proposal.identify,
  },
  ProposedIdentifier: {
    entity: (row, _, ctx) => ctx.entity.load(row.entityId),
    url: (row) => identifierUrl(row),
  },
};
