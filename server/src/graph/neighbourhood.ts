import type { SourceModel, SubgraphModel } from '../model/records';
import { asOfBounds, entityId, intInRange, relationshipTypes } from './arguments';
import { markHolding } from './holds';
import type { Reader } from './reader';
import { toEntity, toRelationship, type RawCitation, type RawEntity, type RawRelationship } from './records';
import { patchToRelease } from '../releases/at-release';
import { releaseArg } from '../releases/read';

export interface NeighbourhoodArgs {
  id: string;
  depth?: number | null;
  types?: readonly string[] | null;
  kinds?: readonly string[] | null;
  asOf?: string | null;
  limit?: number | null;
  release?: number | null;
}

/**
 * What the query selects that costs reads: the entities' other values and citations; the relationships'
 * status, role and note, their citations, those citations' quotes, and more of them than the quote and
 * the source's id and title.
 */
export interface SubgraphSelection {
  nodeDetails: boolean;
  nodeCitations: boolean;
  edgeDetails: boolean;
  edgeCitations: boolean;
  edgeCitationQuotes: boolean;
  edgeCitationDetails: boolean;
}

const WHOLE_SUBGRAPH: SubgraphSelection = { nodeDetails: true, nodeCitations: true, edgeDetails: true, edgeCitations: true, edgeCitationQuotes: true, edgeCitationDetails: true };

/** The statement's row: with only the citations' sources selected, each citation is its source's id, and `sources` holds each source once. */
interface SubgraphRow {
  nodes: RawEntity[];
  edges: Array<Omit<RawRelationship, 'citations'> & { citations: RawCitation[] | string[] }>;
  sources: SourceModel[] | null;
  truncated: boolean;
}

/** The edges with whole citations: a source read once for all the citations that name it (their quotes were not asked for). */
function withCitations(row: SubgraphRow): RawRelationship[] {
  if (!row.sources) return row.edges as RawRelationship[];
  const sources = new Map(row.sources.map((source) => [source.id, source]));
  for (const edge of row.edges) edge.citations = (edge.citations as string[]).map((id) => ({ quote: null, locator: null, claimedBy: null, source: sources.get(id)! }));
  return row.edges as RawRelationship[];
}

/** Null when the centre entity does not exist. */
export async function neighbourhood(db: Reader, args: NeighbourhoodArgs, selection: SubgraphSelection = WHOLE_SUBGRAPH): Promise<SubgraphModel | null> {
  const params = {
    id: entityId(args.id),
    depth: intInRange(args.depth, 'depth', { default: 1, min: 1, max: 3 }),
    limit: intInRange(args.limit, 'limit', { default: 200, min: 1, max: 1000 }),
    types: relationshipTypes(args.types),
    kinds: args.kinds ? [...args.kinds] : null,
    ...asOfBounds(args.asOf),
    release: await releaseArg(db, args.release),
    withNodeDetails: selection.nodeDetails,
    withNodeCitations: selection.nodeCitations,
    withEdgeDetails: selection.edgeDetails,
    withEdgeCitations: selection.edgeCitations,
    withEdgeCitationQuotes: selection.edgeCitationQuotes,
    withEdgeCitationDetails: selection.edgeCitationDetails,
  };
  const [row] = await db.read<SubgraphRow>('queries/neighbourhood', params);
  if (!row) return null;
  const edges = withCitations(row);
  if ((await patchToRelease(db, params.release, row.nodes, edges)).has(params.id)) return null;
  const nodes = new Map(row.nodes.map((raw) => [raw.id, toEntity(raw)]));
  return {
    nodes: [...nodes.values()],
    edges: markHolding(
      edges.map((raw) => toRelationship(raw, nodes.get(raw.from)!, nodes.get(raw.to)!)),
      args.asOf,
    ),
    truncated: row.truncated,
  };
}
