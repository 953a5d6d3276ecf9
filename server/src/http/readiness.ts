import type { Database } from '../neo4j/database';
import { schemaIsCurrent } from '../neo4j/migrations';

export interface Readiness {
  ready: boolean;
  neo4j: 'reachable' | 'unreachable' | 'not answering';
  schema: 'current' | 'not applied' | 'unknown';
}

/** How long /readyz waits for Neo4j: a probe that hangs is itself the answer. */
export const READINESS_LIMIT_MS = 2_000;

/**
 * The /readyz check: Neo4j reachable and the schema applied, answered within READINESS_LIMIT_MS
 * whatever Neo4j does. Calls share the probe under way until it settles, so a frozen Neo4j and a
 * health checker polling it every second do not pile up hung connections.
 */
export function readiness(database: Database, limitMs = READINESS_LIMIT_MS): () => Promise<Readiness> {
  let underWay: Promise<Readiness> | null = null;
  const probe = async (): Promise<Readiness> => {
    try {
      await database.verify();
      const current = await schemaIsCurrent(database);
      return { ready: current, neo4j: 'reachable', schema: current ? 'current' : 'not applied' };
    } catch {
      return { ready: false, neo4j: 'unreachable', schema: 'unknown' };
    } finally {
      underWay = null;
    }
  };
  return async () => {
    underWay ??= probe();
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<Readiness>((resolve) => {
      timer = setTimeout(() => resolve({ ready: false, neo4j: 'not answering', schema: 'unknown' }), limitMs);
    });
    try {
      return await Promise.race([underWay, late]);
    } finally {
      clearTimeout(timer);
    }
  };
}
