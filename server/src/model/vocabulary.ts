/**
 * The model's vocabulary: entity kinds and relationship types. The JSON Schema of the data files,
 * the importer's checks, the Neo4j constraints (cypher/schema) and the GraphQL enum all follow it;
 * tests fail when one of them drifts.
 */

export const ENTITY_KINDS = ['ORGANIZATION', 'STATE', 'INITIATIVE', 'EVENT', 'PERSON', 'PLACE', 'TOPIC'] as const;
export type EntityKindName = (typeof ENTITY_KINDS)[number];

/** The Neo4j label each kind carries beside :Entity. */
export function kindLabel(kind: EntityKindName): string {
  return kind.charAt(0) + kind.slice(1).toLowerCase();
}

export interface RelationshipTypeInfo {
  /** How the relationship reads from its start to its end: "Russia is a member of the CSTO". */
  reads: string;
}

export const RELATIONSHIP_TYPES = {
  MEMBER_OF: { reads: 'is a member of' },
  OBSERVER_OF: { reads: 'is an observer of' },
  PART_OF: { reads: 'is part of' },
  ADMINISTERS: { reads: 'administers' },
  CHAIRS: { reads: 'chairs' },
  HOLDS_POSITION: { reads: 'holds a position in' },
  HEADS: { reads: 'heads' },
  PARTICIPATES_IN: { reads: 'participates in' },
  HOSTS: { reads: 'hosts' },
  HELD_IN: { reads: 'was held in' },
  LOCATED_IN: { reads: 'is located in' },
  HEADQUARTERED_IN: { reads: 'is headquartered in' },
  ADOPTED_AT: { reads: 'was adopted at' },
  FOCUSES_ON: { reads: 'focuses on' },
  COORDINATES: { reads: 'coordinates' },
  EDITION_OF: { reads: 'is an edition of' },
  ANNOUNCED: { reads: 'announced' },
  SUCCEEDED_BY: { reads: 'was succeeded by' },
  ESTABLISHED_BY: { reads: 'was established by' },
  SIGNED: { reads: 'signed' },
  ATTENDED: { reads: 'attended' },
  PLANS: { reads: 'plans' },
  CONCERNS: { reads: 'concerns' },
  SESSION_OF: { reads: 'is a session of' },
  CONDUCTS: { reads: 'conducts' },
} as const satisfies Record<string, RelationshipTypeInfo>;

export type RelationshipTypeName = keyof typeof RELATIONSHIP_TYPES;
export const RELATIONSHIP_TYPE_NAMES = Object.keys(RELATIONSHIP_TYPES) as RelationshipTypeName[];

export function isRelationshipType(value: string): value is RelationshipTypeName {
  return Object.prototype.hasOwnProperty.call(RELATIONSHIP_TYPES, value);
}
