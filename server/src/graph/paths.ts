import { NotFoundError } from '../errors';
import type { EntityModel, RelationshipModel } from '../model/records';
import { asOfBounds, entityId, intInRange, relationshipTypes } from './arguments';
import { entitiesById } from './entities';
import type { Reader } from './reader';
import { toEntity, toRelationship, type RawEntity, type RawRelationship } from './records';
import { patchToRelease } from '../releases/at-release';
import { releaseArg } from '../releases/read';

export interface PathModel {
  length: number;
  nodes: EntityModel[];
  hops: RelationshipModel[];
}

export interface PathsArgs {
  from: string;
  to: string;
  maxHops?: number | null;
  types?: readonly string[] | null;
  asOf?: string | null;
  first?: number | null;
  release?: number | null;
}

export async function shortestPaths(db: Reader, args: PathsArgs): Promise<PathModel[]> {
  const params = {
    from: entityId(args.from, 'from'),
    to: entityId(args.to, 'to'),
    maxHops: intInRange(args.maxHops, 'maxHops', { default: 4, min: 1, max: 6 }),
    first: intInRange(args.first, 'first', { default: 3, min: 1, max: 10 }),
    types: relationshipTypes(args.types),
    ...asOfBounds(args.asOf),
    release: await releaseArg(db, args.release),
  };
  const rows = await db.read<{ nodes: RawEntity[]; hops: RawRelationship[] }>('queries/paths', params);
  if (rows.length === 0) {
    // No path, or no such entity: only the second is an error, and one look-up tells them apart.
    const found = await entitiesById(db, [params.from, params.to], params.release);
    for (const end of [params.from, params.to]) if (!found.has(end)) throw new NotFoundError(`No entity has the id "${end}"`);
    return [];
  }
  await patchToRelease(db, params.release, rows.flatMap((row) => row.nodes), rows.flatMap((row) => row.hops));
  return rows.map((row) => {
    const nodes = row.nodes.map(toEntity);
    const byId = new Map(nodes.map((node) => [node.id, node]));
    return {
      length: row.hops.length,
      nodes,
      hops: row.hops.map((hop) => toRelationship(hop, byId.get(hop.from)!, byId.get(hop.to)!)),
    };
  });
}
