import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import { cypher, type StatementName } from '../cypher/registry';

export interface ConnectionSettings {
  uri: string;
  user: string;
  password: string;
  database?: string | undefined;
}

/** Thrown when Neo4j cannot be reached; the API reports it as DATABASE_UNAVAILABLE. */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

/** Thrown when a query ran past its time limit. */
export class QueryTimeoutError extends Error {
  override name = 'QueryTimeoutError';
}

const UNAVAILABLE_CODES = ['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable'];

export function isUnavailable(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code ?? '';
  return UNAVAILABLE_CODES.some((known) => code.includes(known));
}

function translate(error: unknown): unknown {
  if (isUnavailable(error)) {
    return new DatabaseUnavailableError('The graph database is not reachable right now; try again shortly.');
  }
  const code = (error as { code?: string } | null)?.code ?? '';
  if (code.includes('TransactionTimedOut') || code.includes('Terminated')) {
    return new QueryTimeoutError('The query took longer than the time limit and was stopped; narrow it (fewer hops, a smaller limit).');
  }
  return error;
}

/**
 * JavaScript numbers reach Cypher as floats, which SKIP, LIMIT and ranges refuse; whole numbers among
 * the top-level parameters are sent as Neo4j integers.
 */
export function cypherParams(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, typeof value === 'number' && Number.isInteger(value) ? neo4j.int(value) : value]),
  );
}

/** Runs named statements; the only door to Neo4j, so round trips can be counted and errors translated. */
export class Database {
  /** Statements sent to Neo4j since the process started (tests and request counters read differences). */
  statementsRun = 0;

  private constructor(
    readonly driver: Driver,
    readonly database: string | undefined,
    private readonly timeoutMs: number,
  ) {}

  static connect(settings: ConnectionSettings, timeoutMs: number): Database {
    const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
      disableLosslessIntegers: true,
      connectionAcquisitionTimeout: 5_000,
      connectionTimeout: 5_000,
      maxTransactionRetryTime: 2_000,
    });
    return new Database(driver, settings.database, timeoutMs);
  }

  async read<T extends RecordShape = RecordShape>(name: StatementName, params: Record<string, unknown> = {}) {
    return this.run<T>(name, params, neo4j.routing.READ);
  }

  async write<T extends RecordShape = RecordShape>(name: StatementName, params: Record<string, unknown> = {}) {
    return this.run<T>(name, params, neo4j.routing.WRITE);
  }

  /** Several statements in one transaction: all of them take effect, or none. */
  async transaction<R>(work: (tx: Transaction) => Promise<R>): Promise<R> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite((tx) => work(new Transaction(tx, this)));
    } catch (error) {
      throw translate(error);
    } finally {
      await session.close();
    }
  }

  /** Runs Cypher that is not a named statement: only schema migrations, read from cypher/schema. */
  async runSchemaStatement(statement: string): Promise<void> {
    this.statementsRun += 1;
    try {
      await this.driver.executeQuery(statement, {}, { database: this.database });
    } catch (error) {
      throw translate(error);
    }
  }

  async verify(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.database });
    } catch (error) {
      throw translate(error);
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private async run<T extends RecordShape>(name: StatementName, params: Record<string, unknown>, routing: 'READ' | 'WRITE') {
    this.statementsRun += 1;
    try {
      const result: QueryResult<T> = await this.driver.executeQuery<QueryResult<T>>(cypher(name), cypherParams(params), {
        database: this.database,
        routing,
        transactionConfig: { timeout: this.timeoutMs },
      });
      return result.records.map((record) => record.toObject());
    } catch (error) {
      throw translate(error);
    }
  }
}

export class Transaction {
  constructor(
    private readonly tx: ManagedTransaction,
    private readonly owner: Database,
  ) {}

  async run<T extends RecordShape = RecordShape>(name: StatementName, params: Record<string, unknown> = {}) {
    this.owner.statementsRun += 1;
    const result = await this.tx.run<T>(cypher(name), cypherParams(params));
    return result.records.map((record) => record.toObject());
  }
}
