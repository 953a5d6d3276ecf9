import type { RecordShape } from 'neo4j-driver';
import type { StatementName } from '../cypher/registry';

/** What the read functions need of the database: run a named read statement. */
export interface Reader {
  read<T extends RecordShape = RecordShape>(name: StatementName, params?: Record<string, unknown>): Promise<T[]>;
}
