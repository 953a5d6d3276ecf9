import type { Resolvers } from '../generated/resolvers';
import { datesResolvers } from './dates';
import { entityResolvers } from './entity';
import { Mutation } from './mutation';
import { Query } from './query';
import { reportResolvers } from './reports';
import { roleQueries } from './roles';

export const resolvers: Resolvers = {
  ...entityResolvers,
  ...reportResolvers,
  ...datesResolvers,
  Query: { ...Query, ...reportResolvers.Query, ...roleQueries },
  Mutation,
};
