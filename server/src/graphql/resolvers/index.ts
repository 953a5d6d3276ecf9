import type { Resolvers } from '../generated/resolvers';
import { entityResolvers } from './entity';
import { Mutation } from './mutation';
import { Query } from './query';
import { reportResolvers } from './reports';
import { sourceResolvers } from './sources';

export const resolvers: Resolvers = {
  ...entityResolvers,
  ...reportResolvers,
  ...sourceResolvers,
  Query: { ...Query, ...reportResolvers.Query, ...sourceResolvers.Query },
  Mutation: { ...Mutation, ...sourceResolvers.Mutation },
};
