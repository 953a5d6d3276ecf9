import type { Database } from '../neo4j/database';
import { schemaIsCurrent } from '../neo4j/migrations';

export interface Readiness {
  ready: boolean;
  neo4j: 'reachable' | 'unreachable' | 'not answering';
  schema: 'current' | 'not applied' | 'unknown';
  /** The start-up warm-up (server/src/http/warm-up.ts): not ready while it runs; a failed one is logged, not waited for. */
  warmUp: WarmUpState;
}

export type WarmUpState = 'running' | 'done' | 'failed';

/** How long /readyz waits for Neo4j: a probe that hangs is itself the answer. */
export const READINESS_LIMIT_MS = 2_000;

/**
 * The /readyz check: Neo4j reachable and the schema applied, answered within READINESS_LIMIT_MS
 * whatever Neo4j does. Calls share the probe under way until it settles, so a frozen Neo4j and a
 * health checker polling it every second do not pile up hung connections.
 */
export function readiness(database: Database, warmUp: () => WarmUpState, limitMs = READINESS_LIMIT_MS): () => Promise<Readiness> {
  let underWay: Promise<Readiness> | null = null;
  const probe = async (): Promise<Readiness> => {
    try {
      await database.verify();
      const current = await schemaIsCurrent(database);
      const warm = warmUp();
      return { ready: current && warm !== 'running', neo4j: 'reachable', schema: current ? 'current' : 'not applied', warmUp: warm };
    } catch {
      return { ready: false, neo4j: 'unreachable', schema: 'unknown', warmUp: warmUp() };
    } finally {
      underWay = null;
    }
  };
  return async () => {
    underWay ??= probe();
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<Readiness>((resolve) => {
      timer = setTimeout(() => resolve({ ready: false, neo4j: 'not answering', schema: 'unknown', warmUp: warmUp() }), limitMs);
    });
    try {
      return await Promise.race([underWay, late]);
    } finally {
      clearTimeout(timer);
    }
  };
}
