import { graphql } from './generated';

/** Every request the explorer makes, typed from the schema by graphql-codegen. */

export const EntityFields = graphql(`
  fragment EntityFields on Entity {
    id
    kind
    name
    description
    start
    end
    aliases { name lang }
    identifiers { scheme value url }
    citations { ...CitationFields }
  }
`);

export const CitationFields = graphql(`
  fragment CitationFields on Citation {
    quote
    locator
    claimedBy
    source { id title publisher url published }
  }
`);

export const RelationshipFields = graphql(`
  fragment RelationshipFields on Relationship {
    id
    type
    since
    until
    attested
    status
    role
    note
    from { id }
    to { id }
    citations { ...CitationFields }
  }
`);

export const NeighbourhoodQuery = graphql(`
  query Neighbourhood($id: ID!, $depth: Int, $types: [String!], $limit: Int) {
    neighbourhood(id: $id, depth: $depth, types: $types, limit: $limit) {
      truncated
      nodes { ...EntityFields }
      edges { ...RelationshipFields }
    }
  }
`);

export const SearchQuery = graphql(`
  query Search($text: String!, $first: Int) {
    search(text: $text, first: $first) {
      totalCount
      edges { score node { id kind name description } }
    }
  }
`);

export const RelationshipTypesQuery = graphql(`
  query RelationshipTypes($id: ID!) {
    entity(id: $id) {
      id
      relationships(first: 100) { totalCount edges { node { type } } }
    }
  }
`);

// No first or maxHops: the server's defaults, which the connection report uses too (the same paths).
export const PathsQuery = graphql(`
  query Paths($from: ID!, $to: ID!, $asOf: PartialDate) {
    paths(from: $from, to: $to, asOf: $asOf) {
      length
      nodes { ...EntityFields }
      steps { text relationships { ...RelationshipFields } }
    }
  }
`);

export const EntityRelationsQuery = graphql(`
  query EntityRelations($id: ID!) {
    entity(id: $id) {
      id
      relationships(first: 100) {
        totalCount
        edges { node { ...RelationshipFields from { ...EntityFields } to { ...EntityFields } } }
      }
    }
  }
`);

export const RoleSearchQuery = graphql(`
  query RoleSearch($text: String!, $first: Int) {
    roleSearch(text: $text, first: $first) { ...RelationshipFields from { ...EntityFields } to { ...EntityFields } }
  }
`);
