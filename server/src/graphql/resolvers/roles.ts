import { searchRoles } from '../../graph/role-search';
import type { QueryResolvers } from '../generated/resolvers';

export const roleQueries: QueryResolvers = {
  roleSearch: (_, args, ctx) => searchRoles(ctx.db, args),
};
