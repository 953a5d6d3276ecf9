import type { SubgraphModel } from '../model/records';
import { asOfBounds, entityId, intInRange, relationshipTypes } from './arguments';
import { markHolding } from './holds';
import type { Reader } from './reader';
import { toEntity, toRelationship } from './records';
import { readSubgraph, type SubgraphRecord } from './subgraph-record';
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
  const [record] = await db.read<SubgraphRecord>('queries/neighbourhood', params);
  if (!record) return null;
  const row = readSubgraph(record);
  if ((await patchToRelease(db, params.release, row.nodes, row.edges)).has(params.id)) return null;
  const nodes = new Map(row.nodes.map((raw) => [raw.id, toEntity(raw)]));
  return {
    nodes: [...nodes.values()],
    edges: markHolding(
      row.edges.map((raw) => toRelationship(raw, nodes.get(raw.from)!, nodes.get(raw.to)!)),
      args.asOf,
    ),
    truncated: row.truncated,
  };
}
