import type { EntityKindName } from './vocabulary';

/** What resolvers hand to each other: records read from Neo4j, before GraphQL picks fields. */

export interface SourceModel {
  id: string;
  title: string;
  publisher?: string | null;
  url?: string | null;
  published?: string | null;
  retrieved?: string | null;
  language?: string | null;
}

export interface CitationModel {
  source: SourceModel;
  quote?: string | null;
  locator?: string | null;
  claimedBy?: string | null;
}

export interface EntityModel {
  id: string;
  kind: EntityKindName;
  name: string;
  description?: string | null;
  start?: string | null;
  end?: string | null;
  aliases: Array<{ name: string; lang?: string | null }>;
  identifiers: Array<{ scheme: string; value: string }>;
  citations: CitationModel[];
  /** The older release it was read at (absent: the latest); its relationships are read at the same one. */
  release?: number | null;
}

export interface RelationshipModel {
  id: string;
  type: string;
  from: EntityModel;
  to: EntityModel;
  since?: string | null;
  until?: string | null;
  status?: string | null;
  role?: string | null;
  note?: string | null;
  citations: CitationModel[];
}

export interface SubgraphModel {
  nodes: EntityModel[];
  edges: RelationshipModel[];
  truncated: boolean;
}

export interface PageInfoModel {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface EntityConnectionModel {
  edges: Array<{ node: EntityModel; cursor: string; score?: number | null }>;
  pageInfo: PageInfoModel;
  totalCount: number;
}

export interface RelationshipConnectionModel {
  edges: Array<{ node: RelationshipModel; cursor: string }>;
  pageInfo: PageInfoModel;
  totalCount: number;
}
