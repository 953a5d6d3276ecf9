import type { Resolvers } from '../generated/resolvers';
import { entityResolvers } from './entity';
import { Mutation } from './mutation';
import { Query } from './query';
import { reportResolvers } from './reports';
import { roleQueries } from './roles';

export const resolvers: Resolvers = {
  ...entityResolvers,
  ...reportResolvers,
  Query: { ...Query, ...reportResolvers.Query, ...roleQueries },
  Mutation,
};
