import { entitiesById, listEntities } from '../../graph/entities';
import { entityId } from '../../graph/arguments';
import { neighbourhood } from '../../graph/neighbourhood';
import { absenceError } from '../../releases/absence';
import { searchEntities } from '../../graph/search';
import { vocabulariesOf } from '../../graph/search-vocabularies';
import { graphStats } from '../../graph/stats';
import { shortestPaths } from '../../graph/paths';
import { timeline } from '../../graph/timeline';
import { entityByIdentifier } from '../../graph/identifiers';
import { RELATIONSHIP_TYPES } from '../../model/vocabulary';
import type { QueryResolvers } from '../generated/resolvers';
import { entitySelection, subgraphSelection } from '../selection';
import { entityWithRelationships } from '../prefetch';

export const Query: QueryResolvers = {
  async entity(_, { id, release }, ctx, info) {
    const at = await ctx.releaseArg(release);
    if (at !== null) return (await entitiesById(ctx.db, [entityId(id)], at)).get(id) ?? null;
    const withRelationships = entityWithRelationships(info);
    return (withRelationships ? ctx.entityWithRelationships(withRelationships) : ctx.entitySelected(entitySelection(info, []))).load(entityId(id));
  },
  entityByIdentifier: (_, identifier, ctx) => entityByIdentifier(ctx.db, identifier),
  search: (_, args, ctx, info) => searchEntities(ctx.db, args, entitySelection(info, ['edges', 'node']), vocabulariesOf(ctx.database)),
  entities: (_, args, ctx, info) => listEntities(ctx.db, args, entitySelection(info, ['edges', 'node'])),
  async neighbourhood(_, args, ctx, info) {
    const subgraph = await neighbourhood(ctx.db, args, subgraphSelection(info));
    // Not there at that release: its history says why (added later, retired by then), a round trip only then.
    if (!subgraph) throw await absenceError(ctx.db, entityId(args.id), await ctx.releaseArg(args.release));
    return subgraph;
  },
  paths: (_, args, ctx) => shortestPaths(ctx.db, args),
  timeline: (_, args, ctx) => timeline(ctx.db, args),
  stats: (_, args, ctx) => graphStats(ctx.db, args),
  relationshipTypes: () => Object.entries(RELATIONSHIP_TYPES).map(([type, info]) => ({ type, reads: info.reads })),
};
