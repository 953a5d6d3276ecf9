import { searchRoles } from '../../graph/role-search';
import type { QueryResolvers } from '../generated/resolvers';

export const roleQueries: QueryResolvers = {
  roleSearch: async (_, args, ctx) => searchRoles(ctx.db, args, await ctx.releaseArg(args.release)),
};
