/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** The kinds of entity in the graph. Sources are a type of their own. */
export type EntityKind =
  | 'EVENT'
  | 'INITIATIVE'
  | 'ORGANIZATION'
  | 'PERSON'
  | 'PLACE'
  | 'STATE'
  | 'TOPIC';

type EntityFields_Event_Fragment = { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> };

type EntityFields_Initiative_Fragment = { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> };

type EntityFields_Organization_Fragment = { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> };

type EntityFields_Person_Fragment = { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> };

type EntityFields_Place_Fragment = { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> };

type EntityFields_State_Fragment = { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> };

type EntityFields_Topic_Fragment = { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> };

export type EntityFieldsFragment =
  | EntityFields_Event_Fragment
  | EntityFields_Initiative_Fragment
  | EntityFields_Organization_Fragment
  | EntityFields_Person_Fragment
  | EntityFields_Place_Fragment
  | EntityFields_State_Fragment
  | EntityFields_Topic_Fragment
;

export type CitationFieldsFragment = { quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } };

export type RelationshipFieldsFragment = { id: string, type: string, since: string | null, until: string | null, attested: Array<string>, status: string | null, role: string | null, note: string | null, from:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , to:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> };

export type NeighbourhoodQueryVariables = Exact<{
  id: string | number;
  depth?: number | null | undefined;
  types?: Array<string> | string | null | undefined;
  limit?: number | null | undefined;
}>;


export type NeighbourhoodQuery = { neighbourhood: { truncated: boolean, nodes: Array<
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
    >, edges: Array<{ id: string, type: string, since: string | null, until: string | null, attested: Array<string>, status: string | null, role: string | null, note: string | null, from:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , to:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }> } };

export type SearchQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: { totalCount: number, edges: Array<{ score: number | null, node:
        | { id: string, kind: EntityKind, name: string, description: string | null }
        | { id: string, kind: EntityKind, name: string, description: string | null }
        | { id: string, kind: EntityKind, name: string, description: string | null }
        | { id: string, kind: EntityKind, name: string, description: string | null }
        | { id: string, kind: EntityKind, name: string, description: string | null }
        | { id: string, kind: EntityKind, name: string, description: string | null }
        | { id: string, kind: EntityKind, name: string, description: string | null }
       }> } };

export type RelationshipTypesQueryVariables = Exact<{
  id: string | number;
}>;


export type RelationshipTypesQuery = { entity:
    | { id: string, relationships: { totalCount: number, edges: Array<{ node: { type: string } }> } }
    | { id: string, relationships: { totalCount: number, edges: Array<{ node: { type: string } }> } }
    | { id: string, relationships: { totalCount: number, edges: Array<{ node: { type: string } }> } }
    | { id: string, relationships: { totalCount: number, edges: Array<{ node: { type: string } }> } }
    | { id: string, relationships: { totalCount: number, edges: Array<{ node: { type: string } }> } }
    | { id: string, relationships: { totalCount: number, edges: Array<{ node: { type: string } }> } }
    | { id: string, relationships: { totalCount: number, edges: Array<{ node: { type: string } }> } }
   | null };

export type PathsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  asOf?: string | null | undefined;
}>;


export type PathsQuery = { paths: Array<{ length: number, nodes: Array<
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
    >, steps: Array<{ text: string, relationships: Array<{ id: string, type: string, since: string | null, until: string | null, attested: Array<string>, status: string | null, role: string | null, note: string | null, from:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , to:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }> }> }> };

export type EntityRelationsQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityRelationsQuery = { entity:
    | { id: string, relationships: { totalCount: number, edges: Array<{ node: { id: string, type: string, since: string | null, until: string | null, attested: Array<string>, status: string | null, role: string | null, note: string | null, from:
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
            , to:
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
            , citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> } }> } }
    | { id: string, relationships: { totalCount: number, edges: Array<{ node: { id: string, type: string, since: string | null, until: string | null, attested: Array<string>, status: string | null, role: string | null, note: string | null, from:
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
            , to:
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
            , citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> } }> } }
    | { id: string, relationships: { totalCount: number, edges: Array<{ node: { id: string, type: string, since: string | null, until: string | null, attested: Array<string>, status: string | null, role: string | null, note: string | null, from:
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
            , to:
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
            , citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> } }> } }
    | { id: string, relationships: { totalCount: number, edges: Array<{ node: { id: string, type: string, since: string | null, until: string | null, attested: Array<string>, status: string | null, role: string | null, note: string | null, from:
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
            , to:
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
            , citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> } }> } }
    | { id: string, relationships: { totalCount: number, edges: Array<{ node: { id: string, type: string, since: string | null, until: string | null, attested: Array<string>, status: string | null, role: string | null, note: string | null, from:
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
            , to:
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
            , citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> } }> } }
    | { id: string, relationships: { totalCount: number, edges: Array<{ node: { id: string, type: string, since: string | null, until: string | null, attested: Array<string>, status: string | null, role: string | null, note: string | null, from:
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
            , to:
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
            , citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> } }> } }
    | { id: string, relationships: { totalCount: number, edges: Array<{ node: { id: string, type: string, since: string | null, until: string | null, attested: Array<string>, status: string | null, role: string | null, note: string | null, from:
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
            , to:
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
            , citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> } }> } }
   | null };

export type RoleSearchQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
}>;


export type RoleSearchQuery = { roleSearch: Array<{ id: string, type: string, since: string | null, until: string | null, attested: Array<string>, status: string | null, role: string | null, note: string | null, from:
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
    , to:
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
    , citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CitationFieldsFragmentDoc = new TypedDocumentString(`
    fragment CitationFields on Citation {
  quote
  locator
  claimedBy
  source {
    id
    title
    publisher
    url
    published
  }
}
    `, {"fragmentName":"CitationFields"}) as unknown as TypedDocumentString<CitationFieldsFragment, unknown>;
export const EntityFieldsFragmentDoc = new TypedDocumentString(`
    fragment EntityFields on Entity {
  id
  kind
  name
  description
  start
  end
  aliases {
    name
    lang
  }
  identifiers {
    scheme
    value
  }
  citations {
    ...CitationFields
  }
}
    fragment CitationFields on Citation {
  quote
  locator
  claimedBy
  source {
    id
    title
    publisher
    url
    published
  }
}`, {"fragmentName":"EntityFields"}) as unknown as TypedDocumentString<EntityFieldsFragment, unknown>;
export const RelationshipFieldsFragmentDoc = new TypedDocumentString(`
    fragment RelationshipFields on Relationship {
  id
  type
  since
  until
  attested
  status
  role
  note
  from {
    id
  }
  to {
    id
  }
  citations {
    ...CitationFields
  }
}
    fragment CitationFields on Citation {
  quote
  locator
  claimedBy
  source {
    id
    title
    publisher
    url
    published
  }
}`, {"fragmentName":"RelationshipFields"}) as unknown as TypedDocumentString<RelationshipFieldsFragment, unknown>;
export const NeighbourhoodDocument = new TypedDocumentString(`
    query Neighbourhood($id: ID!, $depth: Int, $types: [String!], $limit: Int) {
  neighbourhood(id: $id, depth: $depth, types: $types, limit: $limit) {
    truncated
    nodes {
      ...EntityFields
    }
    edges {
      ...RelationshipFields
    }
  }
}
    fragment EntityFields on Entity {
  id
  kind
  name
  description
  start
  end
  aliases {
    name
    lang
  }
  identifiers {
    scheme
    value
  }
  citations {
    ...CitationFields
  }
}
fragment CitationFields on Citation {
  quote
  locator
  claimedBy
  source {
    id
    title
    publisher
    url
    published
  }
}
fragment RelationshipFields on Relationship {
  id
  type
  since
  until
  attested
  status
  role
  note
  from {
    id
  }
  to {
    id
  }
  citations {
    ...CitationFields
  }
}`) as unknown as TypedDocumentString<NeighbourhoodQuery, NeighbourhoodQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String!, $first: Int) {
  search(text: $text, first: $first) {
    totalCount
    edges {
      score
      node {
        id
        kind
        name
        description
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const RelationshipTypesDocument = new TypedDocumentString(`
    query RelationshipTypes($id: ID!) {
  entity(id: $id) {
    id
    relationships(first: 100) {
      totalCount
      edges {
        node {
          type
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RelationshipTypesQuery, RelationshipTypesQueryVariables>;
export const PathsDocument = new TypedDocumentString(`
    query Paths($from: ID!, $to: ID!, $asOf: PartialDate) {
  paths(from: $from, to: $to, asOf: $asOf) {
    length
    nodes {
      ...EntityFields
    }
    steps {
      text
      relationships {
        ...RelationshipFields
      }
    }
  }
}
    fragment EntityFields on Entity {
  id
  kind
  name
  description
  start
  end
  aliases {
    name
    lang
  }
  identifiers {
    scheme
    value
  }
  citations {
    ...CitationFields
  }
}
fragment CitationFields on Citation {
  quote
  locator
  claimedBy
  source {
    id
    title
    publisher
    url
    published
  }
}
fragment RelationshipFields on Relationship {
  id
  type
  since
  until
  attested
  status
  role
  note
  from {
    id
  }
  to {
    id
  }
  citations {
    ...CitationFields
  }
}`) as unknown as TypedDocumentString<PathsQuery, PathsQueryVariables>;
export const EntityRelationsDocument = new TypedDocumentString(`
    query EntityRelations($id: ID!) {
  entity(id: $id) {
    id
    relationships(first: 100) {
      totalCount
      edges {
        node {
          ...RelationshipFields
          from {
            ...EntityFields
          }
          to {
            ...EntityFields
          }
        }
      }
    }
  }
}
    fragment EntityFields on Entity {
  id
  kind
  name
  description
  start
  end
  aliases {
    name
    lang
  }
  identifiers {
    scheme
    value
  }
  citations {
    ...CitationFields
  }
}
fragment CitationFields on Citation {
  quote
  locator
  claimedBy
  source {
    id
    title
    publisher
    url
    published
  }
}
fragment RelationshipFields on Relationship {
  id
  type
  since
  until
  attested
  status
  role
  note
  from {
    id
  }
  to {
    id
  }
  citations {
    ...CitationFields
  }
}`) as unknown as TypedDocumentString<EntityRelationsQuery, EntityRelationsQueryVariables>;
export const RoleSearchDocument = new TypedDocumentString(`
    query RoleSearch($text: String!, $first: Int) {
  roleSearch(text: $text, first: $first) {
    ...RelationshipFields
    from {
      ...EntityFields
    }
    to {
      ...EntityFields
    }
  }
}
    fragment EntityFields on Entity {
  id
  kind
  name
  description
  start
  end
  aliases {
    name
    lang
  }
  identifiers {
    scheme
    value
  }
  citations {
    ...CitationFields
  }
}
fragment CitationFields on Citation {
  quote
  locator
  claimedBy
  source {
    id
    title
    publisher
    url
    published
  }
}
fragment RelationshipFields on Relationship {
  id
  type
  since
  until
  attested
  status
  role
  note
  from {
    id
  }
  to {
    id
  }
  citations {
    ...CitationFields
  }
}`) as unknown as TypedDocumentString<RoleSearchQuery, RoleSearchQueryVariables>;