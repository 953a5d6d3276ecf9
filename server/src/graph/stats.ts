import { ENTITY_KINDS, kindLabel, RELATIONSHIP_TYPE_NAMES, type EntityKindName } from '../model/vocabulary';
import type { Reader } from './reader';
import { graphStatsAt } from '../releases/lists';
import { releaseArg } from '../releases/read';

export interface GraphStatsModel {
  entities: number;
  relationships: number;
  sources: number;
  citations: number;
  byKind: Array<{ kind: EntityKindName; count: number }>;
  byRelationshipType: Array<{ type: string; count: number }>;
}

export async function graphStats(db: Reader, args: { release?: number | null } = {}): Promise<GraphStatsModel> {
  const release = await releaseArg(db, args.release);
  if (release !== null) return graphStatsAt(db, release);
  const [row] = await db.read<Omit<GraphStatsModel, 'relationships'>>('queries/stats', {
    kinds: ENTITY_KINDS.map((kind) => ({ kind, label: kindLabel(kind) })),
    types: RELATIONSHIP_TYPE_NAMES,
  });
  const byRelationshipType = row!.byRelationshipType.filter((entry) => entry.count > 0);
  return {
    ...row!,
    byRelationshipType,
    relationships: byRelationshipType.reduce((sum, entry) => sum + entry.count, 0),
  };
}
