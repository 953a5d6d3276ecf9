import type { Resolvers } from '../generated/resolvers';
import { entityResolvers } from './entity';
import { Mutation } from './mutation';
import { Query } from './query';
import { reportResolvers } from './reports';

export const resolvers: Resolvers = {
  ...entityResolvers,
  ...reportResolvers,
  Query: { ...Query, ...reportResolvers.Query },
  Mutation,
};
