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
  query Neighbourhood($id: ID!, $depth: Int, $types: [String!], $limit: Int, $release: Int) {
    neighbourhood(id: $id, depth: $depth, types: $types, limit: $limit, release: $release) {
      truncated
      nodes { ...EntityFields }
      edges { ...RelationshipFields }
    }
  }
`);

export const SearchQuery = graphql(`
  query Search($text: String!, $first: Int, $release: Int) {
    search(text: $text, first: $first, release: $release) {
      totalCount
      edges { score node { id kind name description } }
    }
  }
`);

export const RelationshipTypesQuery = graphql(`
  query RelationshipTypes($id: ID!, $release: Int) {
    entity(id: $id, release: $release) {
      id
      relationships(first: 100) { totalCount edges { node { type } } }
    }
  }
`);

// No first or maxHops: the server's defaults, which the connection report uses too (the same paths).
export const PathsQuery = graphql(`
  query Paths($from: ID!, $to: ID!, $asOf: PartialDate, $release: Int) {
    paths(from: $from, to: $to, asOf: $asOf, release: $release) {
      length
      nodes { ...EntityFields }
      steps { text relationships { ...RelationshipFields } }
    }
  }
`);

export const EntityRelationsQuery = graphql(`
  query EntityRelations($id: ID!, $release: Int, $types: [String!]) {
    entity(id: $id, release: $release) {
      id
      relationships(first: 100, types: $types) {
        totalCount
        edges { node { ...RelationshipFields from { ...EntityFields } to { ...EntityFields } } }
      }
    }
  }
`);

export const RoleSearchQuery = graphql(`
  query RoleSearch($text: String!, $first: Int, $release: Int) {
    roleSearch(text: $text, first: $first, release: $release) { ...RelationshipFields from { ...EntityFields } to { ...EntityFields } }
  }
`);

// Releases: the picker, the "What changed" panel, and the history of one record (client/src/release-picker.ts, changes-panel.ts, entity-history.ts).
export const ReleaseFields = graphql(`
  fragment ReleaseFields on Release { number committedAt author summary origin added changed retired }
`);

export const ReleasesQuery = graphql(`
  query Releases($first: Int, $after: String) {
    releases(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...ReleaseFields } }
    }
  }
`);

export const ChangesQuery = graphql(`
  query Changes($since: Int!, $until: Int) {
    changes(since: $since, until: $until) { release kind record id before after }
  }
`);

export const VersionFields = graphql(`
  fragment VersionFields on Version { release kind author committedAt values }
`);

export const EntityHistoryQuery = graphql(`
  query EntityHistory($id: ID!, $release: Int) {
    entity(id: $id, release: $release) { id history { ...VersionFields } }
  }
`);

// A relationship has no query of its own: its history is read through one of its ends.
export const RelationshipHistoryQuery = graphql(`
  query RelationshipHistory($from: ID!, $type: String!, $release: Int) {
    entity(id: $from, release: $release) {
      id
      relationships(types: [$type], direction: OUT, first: 100) { edges { node { id history { ...VersionFields } } } }
    }
  }
`);
