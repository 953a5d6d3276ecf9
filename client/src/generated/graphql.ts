/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ChangeKind =
  | 'ADDED'
  | 'CHANGED'
  | 'RETIRED';

/** The kinds of entity in the graph. Sources are a type of their own. */
export type EntityKind =
  | 'EVENT'
  | 'INITIATIVE'
  | 'ORGANIZATION'
  | 'PERSON'
  | 'PLACE'
  | 'STATE'
  | 'TOPIC';

/**
 * Changes a reviewer makes to a proposal before accepting it; absent fields keep the proposal's. An end is
 * either a known entity (`from`/`to`: an entity's id, or the id of the new entity the proposal proposes) or a
 * new one (`fromNew`/`toNew`), not both.
 */
export type ProposalEdit = {
  from?: string | number | null | undefined;
  fromNew?: ProposedEntityInput | null | undefined;
  role?: string | null | undefined;
  since?: string | null | undefined;
  status?: string | null | undefined;
  to?: string | number | null | undefined;
  toNew?: ProposedEntityInput | null | undefined;
  type?: string | null | undefined;
  until?: string | null | undefined;
};

export type ProposalEditInput = {
  edit: ProposalEdit;
  id: string | number;
};

/** How a proposal stands against what the graph already says. */
export type ProposalRelation =
  /** The graph says otherwise (other dates, another holder): see conflictsWith. Accepting needs an explicit edit. */
  | 'CONFLICTS'
  /** The graph has nothing like it. */
  | 'NEW'
  /** The graph has this fact: accepting adds the sentence as a citation of it. */
  | 'SUPPORTS_EXISTING';

export type ProposalState =
  | 'ACCEPTED'
  | 'OPEN'
  | 'REJECTED';

/** A new entity a reviewer chooses as an end: created, cited to the sentence, when the fact is accepted. */
export type ProposedEntityInput = {
  /** Derived from the name when absent; no entity may have it yet. */
  id?: string | number | null | undefined;
  kind: EntityKind;
  name: string;
};

export type ReviewDecision =
  | 'ACCEPT'
  | 'REJECT';

/** A document given as text: paragraphs separated by blank lines (see format). */
export type SourceDocumentInput = {
  /** How the text is written: HTML is reduced to its words (no scripts, no markup), Markdown loses its marks. Default PLAIN. */
  format?: TextFormat | null | undefined;
  /** The source's id; derived from the publication date, publisher and title when absent. An existing source keeps its metadata. */
  id?: string | number | null | undefined;
  language?: string | null | undefined;
  published?: string | null | undefined;
  publisher?: string | null | undefined;
  text: string;
  title: string;
  url?: string | null | undefined;
};

export type TextFormat =
  | 'HTML'
  | 'MARKDOWN'
  | 'PLAIN';

/** How an item of Wikidata was matched to an entity of the graph. */
export type WikidataMatchBy =
  /** By the Wikidata identifier stored on the entity. */
  | 'IDENTIFIER'
  /** By an exact name or alias of the same kind: accepting a proposal that uses it confirms it, and stores the QID on the entity. */
  | 'NAME'
  /** No entity: proposed as a new one (with its labels and aliases in English and Russian, and the QID). */
  | 'NEW';

/** What to read besides the organization's own statements. */
export type WikidataPart =
  /** Events it organized (P664). */
  | 'EVENTS'
  /** Items that say they are members (P463). */
  | 'MEMBERS'
  /** Holders (P39) of the organization's office (P2388 on it, or P2389 on the office). */
  | 'OFFICEHOLDERS'
  /** Items that say they are part of it (P361). */
  | 'PARTS';

type EntityFields_Event_Fragment = { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> };

type EntityFields_Initiative_Fragment = { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> };

type EntityFields_Organization_Fragment = { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> };

type EntityFields_Person_Fragment = { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> };

type EntityFields_Place_Fragment = { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> };

type EntityFields_State_Fragment = { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> };

type EntityFields_Topic_Fragment = { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> };

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
  release?: number | null | undefined;
}>;


export type NeighbourhoodQuery = { neighbourhood: { truncated: boolean, nodes: Array<
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
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
  release?: number | null | undefined;
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
  release?: number | null | undefined;
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
  release?: number | null | undefined;
}>;


export type PathsQuery = { paths: Array<{ length: number, nodes: Array<
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
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
  release?: number | null | undefined;
  types?: Array<string> | string | null | undefined;
}>;


export type EntityRelationsQuery = { entity:
    | { id: string, relationships: { totalCount: number, edges: Array<{ node: { id: string, type: string, since: string | null, until: string | null, attested: Array<string>, status: string | null, role: string | null, note: string | null, from:
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
            , to:
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
            , citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> } }> } }
    | { id: string, relationships: { totalCount: number, edges: Array<{ node: { id: string, type: string, since: string | null, until: string | null, attested: Array<string>, status: string | null, role: string | null, note: string | null, from:
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
            , to:
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
            , citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> } }> } }
    | { id: string, relationships: { totalCount: number, edges: Array<{ node: { id: string, type: string, since: string | null, until: string | null, attested: Array<string>, status: string | null, role: string | null, note: string | null, from:
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
            , to:
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
            , citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> } }> } }
    | { id: string, relationships: { totalCount: number, edges: Array<{ node: { id: string, type: string, since: string | null, until: string | null, attested: Array<string>, status: string | null, role: string | null, note: string | null, from:
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
            , to:
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
            , citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> } }> } }
    | { id: string, relationships: { totalCount: number, edges: Array<{ node: { id: string, type: string, since: string | null, until: string | null, attested: Array<string>, status: string | null, role: string | null, note: string | null, from:
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
            , to:
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
            , citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> } }> } }
    | { id: string, relationships: { totalCount: number, edges: Array<{ node: { id: string, type: string, since: string | null, until: string | null, attested: Array<string>, status: string | null, role: string | null, note: string | null, from:
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
            , to:
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
            , citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> } }> } }
    | { id: string, relationships: { totalCount: number, edges: Array<{ node: { id: string, type: string, since: string | null, until: string | null, attested: Array<string>, status: string | null, role: string | null, note: string | null, from:
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
            , to:
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
              | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
            , citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> } }> } }
   | null };

export type RoleSearchQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
  release?: number | null | undefined;
}>;


export type RoleSearchQuery = { roleSearch: Array<{ id: string, type: string, since: string | null, until: string | null, attested: Array<string>, status: string | null, role: string | null, note: string | null, from:
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
    , to:
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
      | { id: string, kind: EntityKind, name: string, description: string | null, start: string | null, end: string | null, aliases: Array<{ name: string, lang: string | null }>, identifiers: Array<{ scheme: string, value: string, url: string | null }>, citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }
    , citations: Array<{ quote: string | null, locator: string | null, claimedBy: string | null, source: { id: string, title: string, publisher: string | null, url: string | null, published: string | null } }> }> };

export type ReleaseFieldsFragment = { number: number, committedAt: string, author: string, summary: string, origin: string | null, added: number, changed: number, retired: number };

export type ReleasesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ReleasesQuery = { releases: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { number: number, committedAt: string, author: string, summary: string, origin: string | null, added: number, changed: number, retired: number } }> } };

export type ChangesQueryVariables = Exact<{
  since: number;
  until?: number | null | undefined;
}>;


export type ChangesQuery = { changes: Array<{ release: number, kind: ChangeKind, record: string, id: string, before: unknown, after: unknown }> };

export type VersionFieldsFragment = { release: number, kind: ChangeKind, author: string, committedAt: string, values: unknown };

export type EntityHistoryQueryVariables = Exact<{
  id: string | number;
  release?: number | null | undefined;
}>;


export type EntityHistoryQuery = { entity:
    | { id: string, history: Array<{ release: number, kind: ChangeKind, author: string, committedAt: string, values: unknown }> }
    | { id: string, history: Array<{ release: number, kind: ChangeKind, author: string, committedAt: string, values: unknown }> }
    | { id: string, history: Array<{ release: number, kind: ChangeKind, author: string, committedAt: string, values: unknown }> }
    | { id: string, history: Array<{ release: number, kind: ChangeKind, author: string, committedAt: string, values: unknown }> }
    | { id: string, history: Array<{ release: number, kind: ChangeKind, author: string, committedAt: string, values: unknown }> }
    | { id: string, history: Array<{ release: number, kind: ChangeKind, author: string, committedAt: string, values: unknown }> }
    | { id: string, history: Array<{ release: number, kind: ChangeKind, author: string, committedAt: string, values: unknown }> }
   | null };

export type RelationshipHistoryQueryVariables = Exact<{
  from: string | number;
  type: string;
  release?: number | null | undefined;
}>;


export type RelationshipHistoryQuery = { entity:
    | { id: string, relationships: { edges: Array<{ node: { id: string, history: Array<{ release: number, kind: ChangeKind, author: string, committedAt: string, values: unknown }> } }> } }
    | { id: string, relationships: { edges: Array<{ node: { id: string, history: Array<{ release: number, kind: ChangeKind, author: string, committedAt: string, values: unknown }> } }> } }
    | { id: string, relationships: { edges: Array<{ node: { id: string, history: Array<{ release: number, kind: ChangeKind, author: string, committedAt: string, values: unknown }> } }> } }
    | { id: string, relationships: { edges: Array<{ node: { id: string, history: Array<{ release: number, kind: ChangeKind, author: string, committedAt: string, values: unknown }> } }> } }
    | { id: string, relationships: { edges: Array<{ node: { id: string, history: Array<{ release: number, kind: ChangeKind, author: string, committedAt: string, values: unknown }> } }> } }
    | { id: string, relationships: { edges: Array<{ node: { id: string, history: Array<{ release: number, kind: ChangeKind, author: string, committedAt: string, values: unknown }> } }> } }
    | { id: string, relationships: { edges: Array<{ node: { id: string, history: Array<{ release: number, kind: ChangeKind, author: string, committedAt: string, values: unknown }> } }> } }
   | null };

export type ImportFromWikidataMutationVariables = Exact<{
  qid: string | number;
  include?: Array<WikidataPart> | WikidataPart | null | undefined;
  dryRun?: boolean | null | undefined;
}>;


export type ImportFromWikidataMutation = { importFromWikidata: { qid: string, label: string, revision: string, dryRun: boolean, matches: Array<{ qid: string, by: WikidataMatchBy, entityId: string, url: string, ambiguous: Array<string>, entity:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null }>, proposals: Array<{ id: string, state: ProposalState, relation: ProposalRelation, type: string, fromText: string, toText: string, since: string | null, until: string | null, role: string | null, status: string | null, reason: string | null, origin: string, unreferenced: boolean, decidedBy: string | null, decidedAt: string | null, identifies: Array<{ entityId: string, value: string, url: string | null }>, from:
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
       | null, to:
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
       | null, fromNew: { id: string, kind: EntityKind, name: string } | null, toNew: { id: string, kind: EntityKind, name: string } | null, fromCandidates: Array<
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
      >, toCandidates: Array<
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
      >, evidence: { quote: string, prefix: string | null, suffix: string | null, paragraph: number | null, source: { id: string, title: string } }, conflictsWith: Array<{ id: string, type: string, since: string | null, until: string | null, role: string | null, status: string | null, from:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , to:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         }>, relationship: { id: string, type: string, since: string | null, until: string | null, from:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , to:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , citations: Array<{ quote: string | null, locator: string | null, source: { id: string, title: string } }> } | null }> } };

type EntityChoiceFields_Event_Fragment = { id: string, name: string, kind: EntityKind, start: string | null, end: string | null };

type EntityChoiceFields_Initiative_Fragment = { id: string, name: string, kind: EntityKind, start: string | null, end: string | null };

type EntityChoiceFields_Organization_Fragment = { id: string, name: string, kind: EntityKind, start: string | null, end: string | null };

type EntityChoiceFields_Person_Fragment = { id: string, name: string, kind: EntityKind, start: string | null, end: string | null };

type EntityChoiceFields_Place_Fragment = { id: string, name: string, kind: EntityKind, start: string | null, end: string | null };

type EntityChoiceFields_State_Fragment = { id: string, name: string, kind: EntityKind, start: string | null, end: string | null };

type EntityChoiceFields_Topic_Fragment = { id: string, name: string, kind: EntityKind, start: string | null, end: string | null };

export type EntityChoiceFieldsFragment =
  | EntityChoiceFields_Event_Fragment
  | EntityChoiceFields_Initiative_Fragment
  | EntityChoiceFields_Organization_Fragment
  | EntityChoiceFields_Person_Fragment
  | EntityChoiceFields_Place_Fragment
  | EntityChoiceFields_State_Fragment
  | EntityChoiceFields_Topic_Fragment
;

export type ProposalFieldsFragment = { id: string, state: ProposalState, relation: ProposalRelation, type: string, fromText: string, toText: string, since: string | null, until: string | null, role: string | null, status: string | null, reason: string | null, origin: string, unreferenced: boolean, decidedBy: string | null, decidedAt: string | null, identifies: Array<{ entityId: string, value: string, url: string | null }>, from:
    | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
    | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
    | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
    | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
    | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
    | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
    | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
   | null, to:
    | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
    | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
    | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
    | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
    | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
    | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
    | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
   | null, fromNew: { id: string, kind: EntityKind, name: string } | null, toNew: { id: string, kind: EntityKind, name: string } | null, fromCandidates: Array<
    | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
    | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
    | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
    | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
    | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
    | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
    | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
  >, toCandidates: Array<
    | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
    | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
    | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
    | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
    | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
    | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
    | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
  >, evidence: { quote: string, prefix: string | null, suffix: string | null, paragraph: number | null, source: { id: string, title: string } }, conflictsWith: Array<{ id: string, type: string, since: string | null, until: string | null, role: string | null, status: string | null, from:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    , to:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
     }>, relationship: { id: string, type: string, since: string | null, until: string | null, from:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    , to:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    , citations: Array<{ quote: string | null, locator: string | null, source: { id: string, title: string } }> } | null };

export type SourceReviewQueryVariables = Exact<{
  id: string | number;
}>;


export type SourceReviewQuery = { source: { id: string, title: string, publisher: string | null, published: string | null, paragraphs: Array<string> | null, mentions: Array<{ text: string, paragraph: number, start: number, end: number, entity:
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
       }>, proposals: Array<{ id: string, state: ProposalState, relation: ProposalRelation, type: string, fromText: string, toText: string, since: string | null, until: string | null, role: string | null, status: string | null, reason: string | null, origin: string, unreferenced: boolean, decidedBy: string | null, decidedAt: string | null, identifies: Array<{ entityId: string, value: string, url: string | null }>, from:
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
       | null, to:
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
       | null, fromNew: { id: string, kind: EntityKind, name: string } | null, toNew: { id: string, kind: EntityKind, name: string } | null, fromCandidates: Array<
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
      >, toCandidates: Array<
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
      >, evidence: { quote: string, prefix: string | null, suffix: string | null, paragraph: number | null, source: { id: string, title: string } }, conflictsWith: Array<{ id: string, type: string, since: string | null, until: string | null, role: string | null, status: string | null, from:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , to:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         }>, relationship: { id: string, type: string, since: string | null, until: string | null, from:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , to:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , citations: Array<{ quote: string | null, locator: string | null, source: { id: string, title: string } }> } | null }> } | null };

export type OpenProposalsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OpenProposalsQuery = { proposals: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, state: ProposalState, relation: ProposalRelation, type: string, fromText: string, toText: string, since: string | null, until: string | null, role: string | null, status: string | null, reason: string | null, origin: string, unreferenced: boolean, decidedBy: string | null, decidedAt: string | null, identifies: Array<{ entityId: string, value: string, url: string | null }>, from:
          | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
          | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
          | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
          | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
          | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
          | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
          | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
         | null, to:
          | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
          | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
          | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
          | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
          | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
          | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
          | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
         | null, fromNew: { id: string, kind: EntityKind, name: string } | null, toNew: { id: string, kind: EntityKind, name: string } | null, fromCandidates: Array<
          | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
          | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
          | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
          | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
          | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
          | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
          | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        >, toCandidates: Array<
          | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
          | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
          | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
          | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
          | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
          | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
          | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        >, evidence: { quote: string, prefix: string | null, suffix: string | null, paragraph: number | null, source: { id: string, title: string } }, conflictsWith: Array<{ id: string, type: string, since: string | null, until: string | null, role: string | null, status: string | null, from:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
          , to:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           }>, relationship: { id: string, type: string, since: string | null, until: string | null, from:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
          , to:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
          , citations: Array<{ quote: string | null, locator: string | null, source: { id: string, title: string } }> } | null } }> } };

export type PreviewSourceMutationVariables = Exact<{
  source: SourceDocumentInput;
}>;


export type PreviewSourceMutation = { ingestSource: { created: boolean, source: { id: string, title: string, publisher: string | null, published: string | null, paragraphs: Array<string> | null }, mentions: Array<{ text: string, paragraph: number, start: number, end: number, entity:
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
       }>, proposals: Array<{ id: string, state: ProposalState, relation: ProposalRelation, type: string, fromText: string, toText: string, since: string | null, until: string | null, role: string | null, status: string | null, reason: string | null, origin: string, unreferenced: boolean, decidedBy: string | null, decidedAt: string | null, identifies: Array<{ entityId: string, value: string, url: string | null }>, from:
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
       | null, to:
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
       | null, fromNew: { id: string, kind: EntityKind, name: string } | null, toNew: { id: string, kind: EntityKind, name: string } | null, fromCandidates: Array<
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
      >, toCandidates: Array<
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
      >, evidence: { quote: string, prefix: string | null, suffix: string | null, paragraph: number | null, source: { id: string, title: string } }, conflictsWith: Array<{ id: string, type: string, since: string | null, until: string | null, role: string | null, status: string | null, from:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , to:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         }>, relationship: { id: string, type: string, since: string | null, until: string | null, from:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , to:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , citations: Array<{ quote: string | null, locator: string | null, source: { id: string, title: string } }> } | null }> } };

export type EntityChoicesQueryVariables = Exact<{
  text: string;
}>;


export type EntityChoicesQuery = { search: { edges: Array<{ node:
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
       }> } };

export type ReviewMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
  decision: ReviewDecision;
  edits?: Array<ProposalEditInput> | ProposalEditInput | null | undefined;
  reason?: string | null | undefined;
  author?: string | null | undefined;
}>;


export type ReviewMutation = { reviewProposals: { release: number | null, proposals: Array<{ id: string, state: ProposalState, relation: ProposalRelation, type: string, fromText: string, toText: string, since: string | null, until: string | null, role: string | null, status: string | null, reason: string | null, origin: string, unreferenced: boolean, decidedBy: string | null, decidedAt: string | null, identifies: Array<{ entityId: string, value: string, url: string | null }>, from:
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
       | null, to:
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
       | null, fromNew: { id: string, kind: EntityKind, name: string } | null, toNew: { id: string, kind: EntityKind, name: string } | null, fromCandidates: Array<
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
      >, toCandidates: Array<
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
        | { id: string, name: string, kind: EntityKind, start: string | null, end: string | null }
      >, evidence: { quote: string, prefix: string | null, suffix: string | null, paragraph: number | null, source: { id: string, title: string } }, conflictsWith: Array<{ id: string, type: string, since: string | null, until: string | null, role: string | null, status: string | null, from:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , to:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         }>, relationship: { id: string, type: string, since: string | null, until: string | null, from:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , to:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , citations: Array<{ quote: string | null, locator: string | null, source: { id: string, title: string } }> } | null }> } };

export type MentionedInQueryVariables = Exact<{
  id: string | number;
  release?: number | null | undefined;
}>;


export type MentionedInQuery = { entity:
    | { id: string, mentions: { totalCount: number, edges: Array<{ node: { text: string, sentence: string, paragraph: number, source: { id: string, title: string, publisher: string | null, published: string | null } } }> } }
    | { id: string, mentions: { totalCount: number, edges: Array<{ node: { text: string, sentence: string, paragraph: number, source: { id: string, title: string, publisher: string | null, published: string | null } } }> } }
    | { id: string, mentions: { totalCount: number, edges: Array<{ node: { text: string, sentence: string, paragraph: number, source: { id: string, title: string, publisher: string | null, published: string | null } } }> } }
    | { id: string, mentions: { totalCount: number, edges: Array<{ node: { text: string, sentence: string, paragraph: number, source: { id: string, title: string, publisher: string | null, published: string | null } } }> } }
    | { id: string, mentions: { totalCount: number, edges: Array<{ node: { text: string, sentence: string, paragraph: number, source: { id: string, title: string, publisher: string | null, published: string | null } } }> } }
    | { id: string, mentions: { totalCount: number, edges: Array<{ node: { text: string, sentence: string, paragraph: number, source: { id: string, title: string, publisher: string | null, published: string | null } } }> } }
    | { id: string, mentions: { totalCount: number, edges: Array<{ node: { text: string, sentence: string, paragraph: number, source: { id: string, title: string, publisher: string | null, published: string | null } } }> } }
   | null };

export type RelationshipTypeNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type RelationshipTypeNamesQuery = { relationshipTypes: Array<{ type: string, reads: string }> };

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
    url
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
export const ReleaseFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReleaseFields on Release {
  number
  committedAt
  author
  summary
  origin
  added
  changed
  retired
}
    `, {"fragmentName":"ReleaseFields"}) as unknown as TypedDocumentString<ReleaseFieldsFragment, unknown>;
export const VersionFieldsFragmentDoc = new TypedDocumentString(`
    fragment VersionFields on Version {
  release
  kind
  author
  committedAt
  values
}
    `, {"fragmentName":"VersionFields"}) as unknown as TypedDocumentString<VersionFieldsFragment, unknown>;
export const EntityChoiceFieldsFragmentDoc = new TypedDocumentString(`
    fragment EntityChoiceFields on Entity {
  id
  name
  kind
  start
  end
}
    `, {"fragmentName":"EntityChoiceFields"}) as unknown as TypedDocumentString<EntityChoiceFieldsFragment, unknown>;
export const ProposalFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProposalFields on Proposal {
  id
  state
  relation
  type
  fromText
  toText
  since
  until
  role
  status
  reason
  origin
  unreferenced
  identifies {
    entityId
    value
    url
  }
  decidedBy
  decidedAt
  from {
    ...EntityChoiceFields
  }
  to {
    ...EntityChoiceFields
  }
  fromNew {
    id
    kind
    name
  }
  toNew {
    id
    kind
    name
  }
  fromCandidates {
    ...EntityChoiceFields
  }
  toCandidates {
    ...EntityChoiceFields
  }
  evidence {
    quote
    prefix
    suffix
    paragraph
    source {
      id
      title
    }
  }
  conflictsWith {
    id
    type
    since
    until
    role
    status
    from {
      id
      name
    }
    to {
      id
      name
    }
  }
  relationship {
    id
    type
    since
    until
    from {
      id
      name
    }
    to {
      id
      name
    }
    citations {
      quote
      locator
      source {
        id
        title
      }
    }
  }
}
    fragment EntityChoiceFields on Entity {
  id
  name
  kind
  start
  end
}`, {"fragmentName":"ProposalFields"}) as unknown as TypedDocumentString<ProposalFieldsFragment, unknown>;
export const NeighbourhoodDocument = new TypedDocumentString(`
    query Neighbourhood($id: ID!, $depth: Int, $types: [String!], $limit: Int, $release: Int) {
  neighbourhood(
    id: $id
    depth: $depth
    types: $types
    limit: $limit
    release: $release
  ) {
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
    url
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
    query Search($text: String!, $first: Int, $release: Int) {
  search(text: $text, first: $first, release: $release) {
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
    query RelationshipTypes($id: ID!, $release: Int) {
  entity(id: $id, release: $release) {
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
    query Paths($from: ID!, $to: ID!, $asOf: PartialDate, $release: Int) {
  paths(from: $from, to: $to, asOf: $asOf, release: $release) {
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
    url
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
    query EntityRelations($id: ID!, $release: Int, $types: [String!]) {
  entity(id: $id, release: $release) {
    id
    relationships(first: 100, types: $types) {
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
    url
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
    query RoleSearch($text: String!, $first: Int, $release: Int) {
  roleSearch(text: $text, first: $first, release: $release) {
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
    url
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
export const ReleasesDocument = new TypedDocumentString(`
    query Releases($first: Int, $after: String) {
  releases(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...ReleaseFields
      }
    }
  }
}
    fragment ReleaseFields on Release {
  number
  committedAt
  author
  summary
  origin
  added
  changed
  retired
}`) as unknown as TypedDocumentString<ReleasesQuery, ReleasesQueryVariables>;
export const ChangesDocument = new TypedDocumentString(`
    query Changes($since: Int!, $until: Int) {
  changes(since: $since, until: $until) {
    release
    kind
    record
    id
    before
    after
  }
}
    `) as unknown as TypedDocumentString<ChangesQuery, ChangesQueryVariables>;
export const EntityHistoryDocument = new TypedDocumentString(`
    query EntityHistory($id: ID!, $release: Int) {
  entity(id: $id, release: $release) {
    id
    history {
      ...VersionFields
    }
  }
}
    fragment VersionFields on Version {
  release
  kind
  author
  committedAt
  values
}`) as unknown as TypedDocumentString<EntityHistoryQuery, EntityHistoryQueryVariables>;
export const RelationshipHistoryDocument = new TypedDocumentString(`
    query RelationshipHistory($from: ID!, $type: String!, $release: Int) {
  entity(id: $from, release: $release) {
    id
    relationships(types: [$type], direction: OUT, first: 100) {
      edges {
        node {
          id
          history {
            ...VersionFields
          }
        }
      }
    }
  }
}
    fragment VersionFields on Version {
  release
  kind
  author
  committedAt
  values
}`) as unknown as TypedDocumentString<RelationshipHistoryQuery, RelationshipHistoryQueryVariables>;
export const ImportFromWikidataDocument = new TypedDocumentString(`
    mutation ImportFromWikidata($qid: ID!, $include: [WikidataPart!], $dryRun: Boolean) {
  importFromWikidata(qid: $qid, include: $include, dryRun: $dryRun) {
    qid
    label
    revision
    dryRun
    matches {
      qid
      by
      entityId
      url
      entity {
        id
        name
      }
      ambiguous
    }
    proposals {
      ...ProposalFields
    }
  }
}
    fragment EntityChoiceFields on Entity {
  id
  name
  kind
  start
  end
}
fragment ProposalFields on Proposal {
  id
  state
  relation
  type
  fromText
  toText
  since
  until
  role
  status
  reason
  origin
  unreferenced
  identifies {
    entityId
    value
    url
  }
  decidedBy
  decidedAt
  from {
    ...EntityChoiceFields
  }
  to {
    ...EntityChoiceFields
  }
  fromNew {
    id
    kind
    name
  }
  toNew {
    id
    kind
    name
  }
  fromCandidates {
    ...EntityChoiceFields
  }
  toCandidates {
    ...EntityChoiceFields
  }
  evidence {
    quote
    prefix
    suffix
    paragraph
    source {
      id
      title
    }
  }
  conflictsWith {
    id
    type
    since
    until
    role
    status
    from {
      id
      name
    }
    to {
      id
      name
    }
  }
  relationship {
    id
    type
    since
    until
    from {
      id
      name
    }
    to {
      id
      name
    }
    citations {
      quote
      locator
      source {
        id
        title
      }
    }
  }
}`) as unknown as TypedDocumentString<ImportFromWikidataMutation, ImportFromWikidataMutationVariables>;
export const SourceReviewDocument = new TypedDocumentString(`
    query SourceReview($id: ID!) {
  source(id: $id) {
    id
    title
    publisher
    published
    paragraphs
    mentions {
      text
      paragraph
      start
      end
      entity {
        id
        name
        kind
      }
    }
    proposals {
      ...ProposalFields
    }
  }
}
    fragment EntityChoiceFields on Entity {
  id
  name
  kind
  start
  end
}
fragment ProposalFields on Proposal {
  id
  state
  relation
  type
  fromText
  toText
  since
  until
  role
  status
  reason
  origin
  unreferenced
  identifies {
    entityId
    value
    url
  }
  decidedBy
  decidedAt
  from {
    ...EntityChoiceFields
  }
  to {
    ...EntityChoiceFields
  }
  fromNew {
    id
    kind
    name
  }
  toNew {
    id
    kind
    name
  }
  fromCandidates {
    ...EntityChoiceFields
  }
  toCandidates {
    ...EntityChoiceFields
  }
  evidence {
    quote
    prefix
    suffix
    paragraph
    source {
      id
      title
    }
  }
  conflictsWith {
    id
    type
    since
    until
    role
    status
    from {
      id
      name
    }
    to {
      id
      name
    }
  }
  relationship {
    id
    type
    since
    until
    from {
      id
      name
    }
    to {
      id
      name
    }
    citations {
      quote
      locator
      source {
        id
        title
      }
    }
  }
}`) as unknown as TypedDocumentString<SourceReviewQuery, SourceReviewQueryVariables>;
export const OpenProposalsDocument = new TypedDocumentString(`
    query OpenProposals($first: Int, $after: String) {
  proposals(state: OPEN, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...ProposalFields
      }
    }
  }
}
    fragment EntityChoiceFields on Entity {
  id
  name
  kind
  start
  end
}
fragment ProposalFields on Proposal {
  id
  state
  relation
  type
  fromText
  toText
  since
  until
  role
  status
  reason
  origin
  unreferenced
  identifies {
    entityId
    value
    url
  }
  decidedBy
  decidedAt
  from {
    ...EntityChoiceFields
  }
  to {
    ...EntityChoiceFields
  }
  fromNew {
    id
    kind
    name
  }
  toNew {
    id
    kind
    name
  }
  fromCandidates {
    ...EntityChoiceFields
  }
  toCandidates {
    ...EntityChoiceFields
  }
  evidence {
    quote
    prefix
    suffix
    paragraph
    source {
      id
      title
    }
  }
  conflictsWith {
    id
    type
    since
    until
    role
    status
    from {
      id
      name
    }
    to {
      id
      name
    }
  }
  relationship {
    id
    type
    since
    until
    from {
      id
      name
    }
    to {
      id
      name
    }
    citations {
      quote
      locator
      source {
        id
        title
      }
    }
  }
}`) as unknown as TypedDocumentString<OpenProposalsQuery, OpenProposalsQueryVariables>;
export const PreviewSourceDocument = new TypedDocumentString(`
    mutation PreviewSource($source: SourceDocumentInput!) {
  ingestSource(source: $source, dryRun: true) {
    created
    source {
      id
      title
      publisher
      published
      paragraphs
    }
    mentions {
      text
      paragraph
      start
      end
      entity {
        id
        name
        kind
      }
    }
    proposals {
      ...ProposalFields
    }
  }
}
    fragment EntityChoiceFields on Entity {
  id
  name
  kind
  start
  end
}
fragment ProposalFields on Proposal {
  id
  state
  relation
  type
  fromText
  toText
  since
  until
  role
  status
  reason
  origin
  unreferenced
  identifies {
    entityId
    value
    url
  }
  decidedBy
  decidedAt
  from {
    ...EntityChoiceFields
  }
  to {
    ...EntityChoiceFields
  }
  fromNew {
    id
    kind
    name
  }
  toNew {
    id
    kind
    name
  }
  fromCandidates {
    ...EntityChoiceFields
  }
  toCandidates {
    ...EntityChoiceFields
  }
  evidence {
    quote
    prefix
    suffix
    paragraph
    source {
      id
      title
    }
  }
  conflictsWith {
    id
    type
    since
    until
    role
    status
    from {
      id
      name
    }
    to {
      id
      name
    }
  }
  relationship {
    id
    type
    since
    until
    from {
      id
      name
    }
    to {
      id
      name
    }
    citations {
      quote
      locator
      source {
        id
        title
      }
    }
  }
}`) as unknown as TypedDocumentString<PreviewSourceMutation, PreviewSourceMutationVariables>;
export const EntityChoicesDocument = new TypedDocumentString(`
    query EntityChoices($text: String!) {
  search(text: $text, first: 8) {
    edges {
      node {
        ...EntityChoiceFields
      }
    }
  }
}
    fragment EntityChoiceFields on Entity {
  id
  name
  kind
  start
  end
}`) as unknown as TypedDocumentString<EntityChoicesQuery, EntityChoicesQueryVariables>;
export const ReviewDocument = new TypedDocumentString(`
    mutation Review($ids: [ID!]!, $decision: ReviewDecision!, $edits: [ProposalEditInput!], $reason: String, $author: String) {
  reviewProposals(
    ids: $ids
    decision: $decision
    edits: $edits
    reason: $reason
    author: $author
  ) {
    release
    proposals {
      ...ProposalFields
    }
  }
}
    fragment EntityChoiceFields on Entity {
  id
  name
  kind
  start
  end
}
fragment ProposalFields on Proposal {
  id
  state
  relation
  type
  fromText
  toText
  since
  until
  role
  status
  reason
  origin
  unreferenced
  identifies {
    entityId
    value
    url
  }
  decidedBy
  decidedAt
  from {
    ...EntityChoiceFields
  }
  to {
    ...EntityChoiceFields
  }
  fromNew {
    id
    kind
    name
  }
  toNew {
    id
    kind
    name
  }
  fromCandidates {
    ...EntityChoiceFields
  }
  toCandidates {
    ...EntityChoiceFields
  }
  evidence {
    quote
    prefix
    suffix
    paragraph
    source {
      id
      title
    }
  }
  conflictsWith {
    id
    type
    since
    until
    role
    status
    from {
      id
      name
    }
    to {
      id
      name
    }
  }
  relationship {
    id
    type
    since
    until
    from {
      id
      name
    }
    to {
      id
      name
    }
    citations {
      quote
      locator
      source {
        id
        title
      }
    }
  }
}`) as unknown as TypedDocumentString<ReviewMutation, ReviewMutationVariables>;
export const MentionedInDocument = new TypedDocumentString(`
    query MentionedIn($id: ID!, $release: Int) {
  entity(id: $id, release: $release) {
    id
    mentions(first: 10) {
      totalCount
      edges {
        node {
          text
          sentence
          paragraph
          source {
            id
            title
            publisher
            published
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MentionedInQuery, MentionedInQueryVariables>;
export const RelationshipTypeNamesDocument = new TypedDocumentString(`
    query RelationshipTypeNames {
  relationshipTypes {
    type
    reads
  }
}
    `) as unknown as TypedDocumentString<RelationshipTypeNamesQuery, RelationshipTypeNamesQueryVariables>;