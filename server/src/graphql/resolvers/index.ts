import type { Resolvers } from '../generated/resolvers';
import { entityResolvers } from './entity';
import { Mutation } from './mutation';
import { Query } from './query';

export const resolvers: Resolvers = {
  Query,
  Mutation,
  ...entityResolvers,
};
