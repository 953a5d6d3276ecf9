import type { Resolvers } from '../generated/resolvers';
import { entityResolvers } from './entity';
import { Mutation } from './mutation';
import { Query } from './query';
import { reportResolvers } from './reports';
import { releaseResolvers } from './releases';
import { sourceResolvers } from './sources';

export const resolvers: Resolvers = {
  ...entityResolvers,
  ...reportResolvers,
  ...releaseResolvers,
  ...sourceResolvers,
  Relationship: releaseResolvers.Relationship!,
  Query: { ...Query, ...reportResolvers.Query, ...releaseResolvers.Query, ...sourceResolvers.Query },
  Mutation: { ...Mutation, ...sourceResolvers.Mutation },
};
