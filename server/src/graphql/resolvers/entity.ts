import { kindLabel } from '../../model/vocabulary';
import type { EntityModel } from '../../model/records';
import type { RequestContext } from '../context';
import type { EntityRelationshipsArgs, Resolvers } from '../generated/resolvers';
import { entityMentions } from './sources';

/** Every kind of entity has the same fields; one set of resolvers serves them all. */
const entityFields = {
  relationships: (entity: EntityModel, args: EntityRelationshipsArgs, ctx: RequestContext) => ctx.relationships(args).load(entity),
  mentions: entityMentions,
};

export const entityResolvers: Resolvers = {
  Entity: {
    __resolveType: (entity) => kindLabel(entity.kind) as never,
  },
  Organization: entityFields,
  State: entityFields,
  Initiative: entityFields,
  Event: entityFields,
  Person: entityFields,
  Place: entityFields,
  Topic: entityFields,
};
