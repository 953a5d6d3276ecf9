import type { Resolvers } from '../generated/resolvers';
import { datesResolvers } from './dates';
import { entityResolvers } from './entity';
import { Mutation } from './mutation';
import { Query } from './query';
import { reportResolvers } from './reports';
import { releaseResolvers } from './releases';
import { roleQueries } from './roles';
import { sourceResolvers } from './sources';
import { wikidataResolvers } from './wikidata';

export const resolvers: Resolvers = {
  ...entityResolvers,
  ...reportResolvers,
  ...datesResolvers,
  ...releaseResolvers,
  ...sourceResolvers,
  ...wikidataResolvers,
  Proposal: { ...sourceResolvers.Proposal, ...wikidataResolvers.Proposal },
  Relationship: { ...datesResolvers.Relationship, ...releaseResolvers.Relationship },
  Query: { ...Query, ...reportResolvers.Query, ...releaseResolvers.Query, ...roleQueries, ...sourceResolvers.Query },
  Mutation: { ...Mutation, ...sourceResolvers.Mutation, ...wikidataResolvers.Mutation },
};
