import type { GraphQLResolveInfo } from 'graphql';
import { relationshipSelection } from '../selection';
import { identifierUrl } from '../../model/identifiers';
import { kindLabel } from '../../model/vocabulary';
import type { EntityModel } from '../../model/records';
import type { RequestContext } from '../context';
import type { EntityRelationshipsArgs, Resolvers } from '../generated/resolvers';
import { entityHistory } from './releases';
import { entityMentions } from './sources';

/**
 * Every kind of entity has the same fields; one set of resolvers serves them all. Relationships are read
 * at the release the entity was read at, unless asked for another.
 */
const entityFields = {
  async relationships(entity: EntityModel, args: EntityRelationshipsArgs, ctx: RequestContext, info: GraphQLResolveInfo) {
    const release = args.release === null || args.release === undefined ? (entity.release ?? null) : await ctx.releaseArg(args.release);
    return ctx.relationships({ ...args, release }, relationshipSelection(info, ['edges', 'node'])).load(entity);
  },
  ...entityHistory,
  mentions: entityMentions,
};

export const entityResolvers: Resolvers = {
  Entity: {
    __resolveType: (entity) => kindLabel(entity.kind) as never,
  },
  Identifier: {
    url: (identifier) => identifierUrl(identifier),
  },
  Organization: entityFields,
  State: entityFields,
  Initiative: entityFields,
  Event: entityFields,
  Person: entityFields,
  Place: entityFields,
  Topic: entityFields,
};
