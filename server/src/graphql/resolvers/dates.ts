import type { Resolvers } from '../generated/resolvers';

/** Relationship fields of dates.graphql: models built without attested dates have none. */
export const datesResolvers: Resolvers = {
  Relationship: {
    attested: (relationship) => relationship.attested ?? [],
    holds: (relationship) => relationship.holds ?? null,
  },
};
