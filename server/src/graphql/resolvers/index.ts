import type { Resolvers } from '../generated/resolvers';
import { entityResolvers } from './entity';
import { Query } from './query';

export const resolvers: Resolvers = {
  Query,
  ...entityResolvers,
};
