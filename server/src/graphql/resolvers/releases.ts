import { GraphQLScalarType } from 'graphql';
import { recordKey } from '../../releases/records';
import { changesBetween, listReleases } from '../../releases/read';
import type { RelationshipModel } from '../../model/records';
import type { RequestContext } from '../context';
import type { Resolvers } from '../generated/resolvers';

/** JSON values pass through as they are (records as the data files write them). */
const JSON_SCALAR = new GraphQLScalarType({
  name: 'JSON',
  description: 'Any JSON value.',
  serialize: (value) => value,
  parseValue: (value) => value,
});

/** Entity.history on every kind: batched per request (one statement for any number of entities). */
export const entityHistory = {
  history: (entity: { id: string }, _: unknown, ctx: RequestContext) => ctx.history.load(recordKey('ENTITY', entity.id)),
};

export const releaseResolvers: Resolvers = {
  JSON: JSON_SCALAR,
  Query: {
    releases: (_, args, ctx) => listReleases(ctx.db, args),
    release: (_, { number }, ctx) => ctx.release.load(number),
    changes: (_, { since, until }, ctx) => changesBetween(ctx.db, since, until),
  },
  Relationship: {
    history: (relationship: RelationshipModel, _, ctx) => ctx.history.load(recordKey('RELATIONSHIP', relationship.id)),
  },
};
