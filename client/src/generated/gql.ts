/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment EntityFields on Entity {\n    id\n    kind\n    name\n    description\n    start\n    end\n    aliases { name lang }\n    identifiers { scheme value }\n    citations { ...CitationFields }\n  }\n": typeof types.EntityFieldsFragmentDoc,
    "\n  fragment CitationFields on Citation {\n    quote\n    locator\n    claimedBy\n    source { id title publisher url published }\n  }\n": typeof types.CitationFieldsFragmentDoc,
    "\n  fragment RelationshipFields on Relationship {\n    id\n    type\n    since\n    until\n    attested\n    status\n    role\n    note\n    from { id }\n    to { id }\n    citations { ...CitationFields }\n  }\n": typeof types.RelationshipFieldsFragmentDoc,
    "\n  query Neighbourhood($id: ID!, $depth: Int, $types: [String!], $limit: Int) {\n    neighbourhood(id: $id, depth: $depth, types: $types, limit: $limit) {\n      truncated\n      nodes { ...EntityFields }\n      edges { ...RelationshipFields }\n    }\n  }\n": typeof types.NeighbourhoodDocument,
    "\n  query Search($text: String!, $first: Int) {\n    search(text: $text, first: $first) {\n      totalCount\n      edges { score node { id kind name description } }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query RelationshipTypes($id: ID!) {\n    entity(id: $id) {\n      id\n      relationships(first: 100) { totalCount edges { node { type } } }\n    }\n  }\n": typeof types.RelationshipTypesDocument,
    "\n  query Paths($from: ID!, $to: ID!, $asOf: PartialDate) {\n    paths(from: $from, to: $to, asOf: $asOf) {\n      length\n      nodes { ...EntityFields }\n      steps { text relationships { ...RelationshipFields } }\n    }\n  }\n": typeof types.PathsDocument,
    "\n  query EntityRelations($id: ID!) {\n    entity(id: $id) {\n      id\n      relationships(first: 100) {\n        totalCount\n        edges { node { ...RelationshipFields from { ...EntityFields } to { ...EntityFields } } }\n      }\n    }\n  }\n": typeof types.EntityRelationsDocument,
    "\n  query RoleSearch($text: String!, $first: Int) {\n    roleSearch(text: $text, first: $first) { ...RelationshipFields from { ...EntityFields } to { ...EntityFields } }\n  }\n": typeof types.RoleSearchDocument,
};
const documents: Documents = {
    "\n  fragment EntityFields on Entity {\n    id\n    kind\n    name\n    description\n    start\n    end\n    aliases { name lang }\n    identifiers { scheme value }\n    citations { ...CitationFields }\n  }\n": types.EntityFieldsFragmentDoc,
    "\n  fragment CitationFields on Citation {\n    quote\n    locator\n    claimedBy\n    source { id title publisher url published }\n  }\n": types.CitationFieldsFragmentDoc,
    "\n  fragment RelationshipFields on Relationship {\n    id\n    type\n    since\n    until\n    attested\n    status\n    role\n    note\n    from { id }\n    to { id }\n    citations { ...CitationFields }\n  }\n": types.RelationshipFieldsFragmentDoc,
    "\n  query Neighbourhood($id: ID!, $depth: Int, $types: [String!], $limit: Int) {\n    neighbourhood(id: $id, depth: $depth, types: $types, limit: $limit) {\n      truncated\n      nodes { ...EntityFields }\n      edges { ...RelationshipFields }\n    }\n  }\n": types.NeighbourhoodDocument,
    "\n  query Search($text: String!, $first: Int) {\n    search(text: $text, first: $first) {\n      totalCount\n      edges { score node { id kind name description } }\n    }\n  }\n": types.SearchDocument,
    "\n  query RelationshipTypes($id: ID!) {\n    entity(id: $id) {\n      id\n      relationships(first: 100) { totalCount edges { node { type } } }\n    }\n  }\n": types.RelationshipTypesDocument,
    "\n  query Paths($from: ID!, $to: ID!, $asOf: PartialDate) {\n    paths(from: $from, to: $to, asOf: $asOf) {\n      length\n      nodes { ...EntityFields }\n      steps { text relationships { ...RelationshipFields } }\n    }\n  }\n": types.PathsDocument,
    "\n  query EntityRelations($id: ID!) {\n    entity(id: $id) {\n      id\n      relationships(first: 100) {\n        totalCount\n        edges { node { ...RelationshipFields from { ...EntityFields } to { ...EntityFields } } }\n      }\n    }\n  }\n": types.EntityRelationsDocument,
    "\n  query RoleSearch($text: String!, $first: Int) {\n    roleSearch(text: $text, first: $first) { ...RelationshipFields from { ...EntityFields } to { ...EntityFields } }\n  }\n": types.RoleSearchDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EntityFields on Entity {\n    id\n    kind\n    name\n    description\n    start\n    end\n    aliases { name lang }\n    identifiers { scheme value }\n    citations { ...CitationFields }\n  }\n"): typeof import('./graphql').EntityFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CitationFields on Citation {\n    quote\n    locator\n    claimedBy\n    source { id title publisher url published }\n  }\n"): typeof import('./graphql').CitationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RelationshipFields on Relationship {\n    id\n    type\n    since\n    until\n    attested\n    status\n    role\n    note\n    from { id }\n    to { id }\n    citations { ...CitationFields }\n  }\n"): typeof import('./graphql').RelationshipFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Neighbourhood($id: ID!, $depth: Int, $types: [String!], $limit: Int) {\n    neighbourhood(id: $id, depth: $depth, types: $types, limit: $limit) {\n      truncated\n      nodes { ...EntityFields }\n      edges { ...RelationshipFields }\n    }\n  }\n"): typeof import('./graphql').NeighbourhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($text: String!, $first: Int) {\n    search(text: $text, first: $first) {\n      totalCount\n      edges { score node { id kind name description } }\n    }\n  }\n"): typeof import('./graphql').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelationshipTypes($id: ID!) {\n    entity(id: $id) {\n      id\n      relationships(first: 100) { totalCount edges { node { type } } }\n    }\n  }\n"): typeof import('./graphql').RelationshipTypesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Paths($from: ID!, $to: ID!, $asOf: PartialDate) {\n    paths(from: $from, to: $to, asOf: $asOf) {\n      length\n      nodes { ...EntityFields }\n      steps { text relationships { ...RelationshipFields } }\n    }\n  }\n"): typeof import('./graphql').PathsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntityRelations($id: ID!) {\n    entity(id: $id) {\n      id\n      relationships(first: 100) {\n        totalCount\n        edges { node { ...RelationshipFields from { ...EntityFields } to { ...EntityFields } } }\n      }\n    }\n  }\n"): typeof import('./graphql').EntityRelationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoleSearch($text: String!, $first: Int) {\n    roleSearch(text: $text, first: $first) { ...RelationshipFields from { ...EntityFields } to { ...EntityFields } }\n  }\n"): typeof import('./graphql').RoleSearchDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
