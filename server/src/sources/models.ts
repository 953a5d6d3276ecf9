import type { ImportSummary } from '../dataset/import';
import type { Identification } from './identify';
import type { EntityRecord } from '../dataset/types';
import type { SourceModel } from '../model/records';
import type { EntityKindName } from '../model/vocabulary';

/** What the sources resolvers hand to each other, as stored in Neo4j (see cypher/schema/007-sources-in). */

/** A source, with its text when the caller has it at hand (a dry run's text is stored nowhere). */
export type SourceView = SourceModel & { paragraphs?: string[]; contentHash?: string };

export interface MentionModel {
  sourceId: string;
  entityId: string;
  text: string;
  paragraph: number;
  start: number;
  end: number;
  sentence: string;
}

/** An entity to create when a proposal using it is accepted; a structured source knows more of it than a name. */
export type ProposedEntityModel = Omit<EntityRecord, 'kind' | 'citations'> & { kind: EntityKindName };

export type ProposalStateName = 'OPEN' | 'ACCEPTED' | 'REJECTED';
export type ProposalRelationName = 'NEW' | 'SUPPORTS_EXISTING' | 'CONFLICTS';

/** The fields of a fact that a reviewer may edit. */
export interface FactFields {
  type: string;
  fromId: string | null;
  toId: string | null;
  since: string | null;
  until: string | null;
  role: string | null;
  status: string | null;
}

export interface ProposalModel extends FactFields {
  id: string;
  sourceId: string;
  state: ProposalStateName;
  relation: ProposalRelationName;
  fromText: string;
  fromNew: ProposedEntityModel | null;
  toText: string;
  toNew: ProposedEntityModel | null;
  quote: string;
  prefix: string;
  suffix: string;
  paragraph: number;
  quoteStart: number;
  quoteEnd: number;
  origin: string;
  rule: string | null;
  /** Its origin gives no reference for it (a Wikidata statement without one): never accepted in bulk. */
  unreferenced: boolean;
  /** Ends matched by name to an item of a structured source: accepting stores the item's identifier on the entity (sources/identify.ts). */
  identify: Identification[];
  /** Ids of the relationships it supports or conflicts with, all touching the entity matchesAt. */
  matches: string[];
  matchesAt: string | null;
  /** The sentence and what it states: a rejected claim key is not proposed again. */
  claimKey: string;
  createdAt: string;
  reason: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  release: number | null;
  relationshipId: string | null;
}

export interface IngestionModel {
  source: SourceView;
  created: boolean;
  dryRun: boolean;
  mentions: MentionModel[];
  proposals: ProposalModel[];
  newEntities: ProposedEntityModel[];
}

export interface ReviewModel {
  decision: 'ACCEPT' | 'REJECT';
  proposals: ProposalModel[];
  imported: ImportSummary | null;
  release: number | null;
}

export interface MentionConnectionModel {
  edges: Array<{ node: MentionModel; cursor: string }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

export interface ProposalConnectionModel {
  edges: Array<{ node: ProposalModel; cursor: string }>;
  pageInfo: MentionConnectionModel['pageInfo'];
  totalCount: number;
}

/** Neo4j keeps flat properties: the proposed entities are JSON text there, and nulls are absent. */
export function proposalToRow(proposal: ProposalModel): Record<string, unknown> {
  const row: Record<string, unknown> = {
    ...proposal,
    fromNew: proposal.fromNew && JSON.stringify(proposal.fromNew),
    toNew: proposal.toNew && JSON.stringify(proposal.toNew),
    identify: proposal.identify.length ? JSON.stringify(proposal.identify) : null,
  };
  return Object.fromEntries(Object.entries(row).filter(([, value]) => value !== null && value !== undefined));
}

export function proposalFromRow(row: Record<string, unknown>): ProposalModel {
  const text = (key: string) => (typeof row[key] === 'string' ? (row[key] as string) : null);
  const entity = (key: string) => (text(key) ? (JSON.parse(text(key)!) as ProposedEntityModel) : null);
  return {
    id: row.id as string,
    sourceId: row.sourceId as string,
    state: row.state as ProposalStateName,
    relation: row.relation as ProposalRelationName,
    type: row.type as string,
    fromId: text('fromId'),
    fromText: row.fromText as string,
    fromNew: entity('fromNew'),
    toId: text('toId'),
    toText: row.toText as string,
    toNew: entity('toNew'),
    since: text('since'),
    until: text('until'),
    role: text('role'),
    status: text('status'),
    quote: row.quote as string,
    prefix: text('prefix') ?? '',
    suffix: text('suffix') ?? '',
    paragraph: row.paragraph as number,
    quoteStart: row.quoteStart as number,
    quoteEnd: row.quoteEnd as number,
    origin: row.origin as string,
    rule: text('rule'),
    unreferenced: row.unreferenced === true,
    identify: text('identify') ? (JSON.parse(text('identify')!) as Identification[]) : [],
    matches: (row.matches as string[] | undefined) ?? [],
    matchesAt: text('matchesAt'),
    claimKey: row.claimKey as string,
    createdAt: row.createdAt as string,
    reason: text('reason'),
    decidedBy: text('decidedBy'),
    decidedAt: text('decidedAt'),
    release: typeof row.release === 'number' ? row.release : null,
    relationshipId: text('relationshipId'),
  };
}
