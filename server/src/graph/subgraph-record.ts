import type { EntityKindName } from '../model/vocabulary';
import type { RawCitation, RawEntity, RawRelationship } from './records';

/**
 * The record of cypher/queries/neighbourhood.cypher, read into the raw shapes the other reads give. Its
 * entities and relationships come as lists by position, not maps: a map's keys are strings the driver
 * decodes one by one, which for a few hundred of them was a fifth of the request's CPU. The positions
 * are the statement's; this is the one place that reads them.
 */

/** [id, kind, name], then, when the entities' details or citations are selected, the rest. */
type NodeTuple = [string, EntityKindName, string, ...([] | [string | null, string | null, string | null, string | null, string | null, RawCitation[]])];

/**
 * [id, type, from, to, since, until, attested, citations], then [status, role, note] when selected.
 * A citation is its source's id when only the sources are selected (`sources` gives them once).
 */
type EdgeTuple = [string, string, string, string, string | null, string | null, string[] | null, RawCitation[] | string[], ...([] | [string | null, string | null, string | null])];

export interface SubgraphRecord {
  nodes: NodeTuple[];
  edges: EdgeTuple[];
  truncated: boolean;
  /** [id, title] of each source cited, when the citations are their sources' ids; else null. */
  sources: Array<[string, string]> | null;
}

function rawEntity([id, kind, name, description = null, start = null, end = null, aliases = null, identifiers = null, citations = []]: NodeTuple): RawEntity {
  return { id, kind, name, description, start, end, aliases, identifiers, citations };
}

function rawRelationship(
  [id, type, from, to, since, until, attested, citations, status = null, role = null, note = null]: EdgeTuple,
  sources: Map<string, RawCitation['source']> | null,
): RawRelationship {
  // Sources only: their quotes and details were not asked for, so not read.
  const whole = sources ? (citations as string[]).map((source) => ({ quote: null, locator: null, claimedBy: null, source: sources.get(source)! })) : (citations as RawCitation[]);
  return { id, type, from, to, since, until, attested, status, role, note, citations: whole };
}

export function readSubgraph(record: SubgraphRecord): { nodes: RawEntity[]; edges: RawRelationship[]; truncated: boolean } {
  const sources = record.sources && new Map(record.sources.map(([id, title]) => [id, { id, title }]));
  return { nodes: record.nodes.map(rawEntity), edges: record.edges.map((edge) => rawRelationship(edge, sources)), truncated: record.truncated };
}
