import type { Database } from '../neo4j/database';
import { aliasNamesOf } from './records';

const BATCH = 5_000;

/**
 * Change records written before migration 010 get the alias names of the entity version they hold
 * (only in their JSON, which Cypher cannot read), so that search at an older release finds entities
 * by the aliases they had then. Runs after that migration; each batch is its own small write.
 */
export async function nameOldChanges(db: Database): Promise<number> {
  let named = 0;
  for (;;) {
    const rows = await db.read<{ change: string; version: string | null }>('releases/unnamed-changes', { limit: BATCH });
    if (rows.length === 0) return named;
    await db.write('releases/name-changes', {
      rows: rows.map((row) => ({ change: row.change, aliasNames: row.version ? aliasNamesOf(JSON.parse(row.version) as Record<string, unknown>) : [] })),
    });
    named += rows.length;
  }
}
