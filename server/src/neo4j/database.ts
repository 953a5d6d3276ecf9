import neo4j, { type BookmarkManager, type Driver, type ManagedTransaction, type QueryResult, type RecordShape, type Session, type SessionMode } from 'neo4j-driver';
import { cypher, type StatementName } from '../cypher/registry';
import { commitWaitMs, MOVES_RELEASE_HEAD, trustWindowOf, waitAfterCommit } from './commit-wait';

export interface ConnectionSettings {
  uri: string;
  user: string;
  password: string;
  database?: string | undefined;
}

/**
 * Thrown when Neo4j cannot be reached, does not answer in time or has no connection free; the API
 * reports it as DATABASE_UNAVAILABLE with a Retry-After header of `retryAfterSeconds`.
 */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
  constructor(
    message: string,
    readonly retryAfterSeconds = 5,
  ) {
    super(message);
  }
}

/** Thrown when a query ran past its time limit. */
export class QueryTimeoutError extends Error {
  override name = 'QueryTimeoutError';
}

/** Thrown when a transaction needed more memory than the database allows one (nothing was written). */
export class DatabaseMemoryError extends Error {
  override name = 'DatabaseMemoryError';
}

const MEMORY_CODES = ['MemoryPoolOutOfMemoryError', 'TransactionMemoryLimit', 'TransactionOutOfMemoryError'];

const UNAVAILABLE_CODES = ['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable'];

export function isUnavailable(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code ?? '';
  return UNAVAILABLE_CODES.some((known) => code.includes(known));
}

/** A driver error in the words the API uses (DATABASE_UNAVAILABLE, QUERY_TOO_COMPLEX, memory); others as they are. */
export function translate(error: unknown): unknown {
  if (error instanceof DatabaseUnavailableError) return error;
  if (isUnavailable(error)) {
    return new DatabaseUnavailableError('The graph database is not reachable right now; try again shortly.');
  }
  // The driver gives no code for an exhausted pool: every connection is busy (or hung on a stalled server).
  if (/^Connection acquisition timed out/.test((error as Error | null)?.message ?? '')) {
    return new DatabaseUnavailableError('The graph database is busy: no connection to it was free in time; try again shortly.');
  }
  const code = (error as { code?: string } | null)?.code ?? '';
  if (MEMORY_CODES.some((known) => code.includes(known))) {
    const detail = ((error as Error).message ?? '').split('\n')[0];
    return new DatabaseMemoryError(`The database ran out of memory for this transaction, so nothing was written (Neo4j: ${detail}).`);
  }
  if (code.includes('TransactionTimedOut')) {
    return new QueryTimeoutError('The query took longer than the time limit and was stopped; narrow it (fewer hops, a smaller limit).');
  }
  // Terminated for another reason than its time: the server stopping, restarting or an operator's
  // TERMINATE. Nothing the client can narrow; the same request succeeds once the server is back.
  if (code.includes('Transaction.Terminated')) {
    return new DatabaseUnavailableError('The graph database stopped the query before it finished (it was stopping, restarting, or an operator ended it); try again shortly.');
  }
  return error;
}

/**
 * How long after Neo4j was last unreachable a query that runs past its time limit is put down to the
 * database, not to the query: a server just back from a crash recovers its store and runs cold
 * (empty page cache, code not yet compiled), and a query it answers in milliseconds when warm can
 * time out then. Telling that client to narrow its query would mislead it; it should only retry.
 */
export const RECOVERY_WINDOW_MS = 120_000;

/**
 * `translate`, knowing when the database was last unreachable (`lastUnreachableAt`, updated here): a
 * time-out within RECOVERY_WINDOW_MS of it is an unavailable database, not a query too complex.
 */
export function translateRecovering(error: unknown, state: { lastUnreachableAt: number }, now = Date.now()): unknown {
  const translated = translate(error);
  if (translated instanceof DatabaseUnavailableError) state.lastUnreachableAt = now;
  else if (translated instanceof QueryTimeoutError && now - state.lastUnreachableAt < RECOVERY_WINDOW_MS) {
    return new DatabaseUnavailableError('The graph database is recovering from an outage and did not finish the query within the time limit; try again shortly.');
  }
  return translated;
}

/**
 * How long a request waits for Neo4j to answer any one of its statements. Neo4j's own transaction
 * timeout cannot help when the server stops answering altogether (a frozen or overloaded JVM): then
 * the driver would wait for ever. Set above the transaction timeout, it never cuts a statement a live
 * database is still running (that one ends with QUERY_TOO_COMPLEX), only one it does not answer; and
 * since a request sends a bounded handful of statements (DataLoader), a request is answered within
 * about this when Neo4j freezes. The same for every request of a server, so it is carried by the
 * `Database` the requests are given (`Database.withDeadline`), not looked up per request: an
 * AsyncLocalStorage did that before, and made Node run promise hooks on every promise of the process
 * (4-5 % of a small read's CPU, bench/README.md).
 */
export interface Deadline {
  ms: number;
  seconds: number;
}

export function deadlineOf(ms: number): Deadline {
  return { ms, seconds: Math.round(ms / 100) / 10 };
}

function notAnswered(deadline: Deadline, writing: boolean): DatabaseUnavailableError {
  return new DatabaseUnavailableError(
    `The graph database did not answer in ${deadline.seconds} s; try again shortly.` +
      (writing ? ' A write may still be applied when it answers: check before sending it again.' : ''),
  );
}

/**
 * `pending`, given up with a DatabaseUnavailableError when it has not settled within `deadline` (when
 * there is one); also for waits on the database that are not statements of their own (a shared check).
 */
export async function withinDeadline<T>(pending: Promise<T>, deadline: Deadline | null, writing = false): Promise<T> {
  if (!deadline) return pending;
  // The abandoned statement may still fail later, when the server answers; nobody waits for it then.
  pending.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(notAnswered(deadline, writing)), deadline.ms);
  });
  try {
    return await Promise.race([pending, expired]);
  } finally {
    clearTimeout(timer);
  }
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

/**
 * `start()` with no stack trace captured while it runs. The driver's Result captures one, formatted,
 * for every statement it starts (to put on an error later): 4 % of a read's CPU in the profile of
 * 2026-11-30, half of it the source maps formatting frames (bench/README.md). What is given up: a
 * failed read's driver error carries no frames of where the read was started (its message and code
 * are kept, and the errors the API reports are its own, from `translate`).
 */
export function withoutStackTrace<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** Runs named statements; the only door to Neo4j, so round trips can be counted and errors translated. */
export class Database {
  /**
   * What this database and every view of it (`withDeadline`) share: a view inherits from it, so a
   * field assigned through a view would be the view's own; the counters and bookmarks live here.
   */
  private readonly shared: { statementsRun: number; sessionsOpen: number; bookmarks: BookmarkManager | null; lastUnreachableAt: number };
  /** How long a statement sent through this database is waited for (null: as long as it takes). */
  readonly deadline: Deadline | null = null;

  /** Statements sent to Neo4j since the process started (tests and request counters read differences). */
  get statementsRun(): number {
    return this.shared.statementsRun;
  }

  /**
   * Sessions open now, each holding a pooled connection while it runs (the driver publishes no pool
   * figures): what /metrics reports as Neo4j pool use, beside the pool's size, `maxConnectionPoolSize`.
   */
  get sessionsOpen(): number {
    return this.shared.sessionsOpen;
  }

  /** Counts a statement sent. */
  counted(): void {
    this.shared.statementsRun += 1;
  }

  /**
   * This process's own trust window (ORGRAPH_CACHE_TRUST_MS): a write that moves the release head waits
   * at least this long after its commit, and longer if the head holds a longer one (commit-wait.ts).
   */
  ownTrustMs = 0;
  /** Told of each committed write that moved the release head, before its commit wait. */
  private readonly headMovedListeners: Array<() => void> = [];
  /** Told of each release this process commits, before its commit wait. */
  private readonly releaseListeners: Array<(release: CommittedRelease) => void> = [];

  private constructor(
    readonly driver: Driver,
    readonly database: string | undefined,
    private readonly timeoutMs: number,
    routing: boolean,
  ) {
    this.shared = { statementsRun: 0, sessionsOpen: 0, bookmarks: routing ? neo4j.bookmarkManager() : null, lastUnreachableAt: -Infinity };
  }

  /**
   * This database with every statement sent through it (reads, writes, transactions, however deep in
   * a request's calls) given up after `ms`: what requests are given. A view: it shares the driver,
   * counters and listeners, and is made once per server, not per request.
   */
  withDeadline(ms: number): Database {
    const view = Object.create(this) as Database;
    (view as { deadline: Deadline }).deadline = deadlineOf(ms);
    return view;
  }

  static connect(settings: ConnectionSettings, timeoutMs: number): Database {
    const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
      disableLosslessIntegers: true,
      connectionAcquisitionTimeout: 5_000,
      connectionTimeout: 5_000,
      maxTransactionRetryTime: 2_000,
      // Neo4j warns on every statement that names a property no node holds yet (`retiredIn` before a
      // retirement, a source's `url`): three or more warnings per entity read on the CSTO graph, each
      // built by the server, sent, decoded into two objects by the driver, and never read here. Off,
      // the summary holds only the success status: 14 % of the driver's CPU per entity read
      // (bench/README.md, round 12). Plans (EXPLAIN, PROFILE) are not notifications and are unchanged.
      notificationFilter: { minimumSeverityLevel: 'OFF' },
    });
    return new Database(driver, settings.database, timeoutMs, /^neo4j(\+s|\+ssc)?:/.test(settings.uri));
  }

  /**
   * Bookmarks make a cluster's followers wait until they have seen our own writes. A single server
   * needs none, and they would do harm there: after a restore from a backup, the database is behind
   * the bookmarks the driver holds, and every read would wait for transactions that never come.
   */
  private get bookmarks(): BookmarkManager | null {
    return this.shared.bookmarks;
  }

  /** After a restore, a cluster may be behind our bookmarks too: forget them, once. */
  private forgetBookmarksOn(error: unknown): void {
    const text = `${(error as { code?: string } | null)?.code ?? ''} ${(error as Error | null)?.message ?? ''}`;
    if (this.shared.bookmarks && /BookmarkTimeout|not up to the requested version/.test(text)) this.shared.bookmarks = neo4j.bookmarkManager();
  }

  async write<T extends RecordShape = RecordShape>(name: StatementName, params: Record<string, unknown> = {}) {
    const rows = await this.run<T>(name, params, neo4j.routing.WRITE);
    if (MOVES_RELEASE_HEAD.has(name)) await this.headMoved(trustWindowOf(rows));
    return rows;
  }

  /** A cache in this process forgets its version at each commit that moved the release head (before the commit wait). */
  onHeadMoved(listener: () => void): void {
    this.headMovedListeners.push(listener);
  }

  /** A search vocabulary in this process adds the names of each release committed here (no read). */
  onRelease(listener: (release: CommittedRelease) => void): void {
    this.releaseListeners.push(listener);
  }

  /** A release committed through this connection (Transaction.onCommit, releases/commit.ts). */
  released(release: CommittedRelease): void {
    for (const listener of this.releaseListeners) listener(release);
  }

  /** After a commit that moved the release head: tell this process, then wait out every server's trust window. */
  private async headMoved(headTrustMs: number): Promise<void> {
    for (const listener of this.headMovedListeners) listener();
    await waitAfterCommit(commitWaitMs(headTrustMs, this.ownTrustMs));
  }

  /**
   * One read statement in an auto-commit transaction: one round trip and one socket write (RUN and PULL
   * sent together), where a managed transaction (the driver's executeQuery) takes two round trips and
   * three writes (BEGIN, RUN with PULL, then COMMIT): those writes and the transaction's bookkeeping
   * were 10 % of a request's CPU in the profile (bench/README.md, "Profile, 2026-11-30"). A read is one
   * statement, so it needs no transaction around it for isolation; what it gives up is the managed
   * transaction's retry of a passing failure, which the API reports as DATABASE_UNAVAILABLE with a
   * Retry-After instead. Writes keep managed transactions (`write`, `transaction`).
   */
  async read<T extends RecordShape = RecordShape>(name: StatementName, params: Record<string, unknown> = {}) {
    this.counted();
    return this.inSession(neo4j.session.READ, async (session) => {
      const result = await withinDeadline(Promise.resolve(withoutStackTrace(() => session.run<T>(cypher(name), cypherParams(params), { timeout: this.timeoutMs }))), this.deadline);
      return result.records.map((record) => record.toObject());
    });
  }

  /**
   * Several statements in one transaction: all of them take effect, or none. By default a transaction
   * that fails for a passing reason (a cluster leader change) is run again; `retry: false` is for work
   * too large to repeat blindly, such as an import. `timeoutMs` replaces the server's default limit.
   */
  async transaction<R>(work: (tx: Transaction) => Promise<R>, options: TransactionOptions = {}): Promise<R> {
    const config = options.timeoutMs === undefined ? undefined : { timeout: options.timeoutMs };
    // A retried transaction runs `work` again: the attempt that committed is the last one begun.
    let attempt: Transaction | null = null;
    const begin = (tx: Pick<ManagedTransaction, 'run'>) => (attempt = new Transaction(tx, this));
    const result = await this.inSession(neo4j.session.WRITE, async (session) => {
      if (options.retry !== false) return await session.executeWrite((tx) => work(begin(tx)), config);
      const tx = session.beginTransaction(config);
      try {
        const result = await work(begin(tx));
        await withinDeadline(tx.commit(), this.deadline, true);
        return result;
      } catch (error) {
        if (tx.isOpen()) await withinDeadline(tx.rollback(), this.deadline).catch(() => undefined);
        throw error;
      }
    });
    // Committed (a failed write threw above and waits for nothing); the session's connection is free again.
    (attempt as Transaction | null)?.committed(this);
    const headTrustMs = (attempt as Transaction | null)?.headTrustMs ?? null;
    if (headTrustMs !== null) await this.headMoved(headTrustMs);
    return result;
  }

  /** `work` in a session of its own, counted as open while it runs, its errors in the API's words. */
  private async inSession<R>(mode: SessionMode, work: (session: Session) => Promise<R>): Promise<R> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode, bookmarkManager: this.bookmarks ?? undefined });
    this.shared.sessionsOpen += 1;
    try {
      return await work(session);
    } catch (error) {
      this.forgetBookmarksOn(error);
      throw translateRecovering(error, this.shared);
    } finally {
      // Closing waits for what the session still runs: not beyond the deadline on a frozen server.
      await withinDeadline(session.close(), this.deadline).catch(() => undefined);
      this.shared.sessionsOpen -= 1;
    }
  }

  /** Runs Cypher that is not a named statement: only schema migrations, read from cypher/schema. */
  async runSchemaStatement(statement: string): Promise<void> {
    this.counted();
    try {
      await this.driver.executeQuery(statement, {}, { database: this.database });
    } catch (error) {
      throw translateRecovering(error, this.shared);
    }
  }

  async verify(): Promise<void> {
    try {
      await withinDeadline(this.driver.verifyConnectivity({ database: this.database }), this.deadline);
    } catch (error) {
      throw translateRecovering(error, this.shared);
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private async run<T extends RecordShape>(name: StatementName, params: Record<string, unknown>, routing: 'READ' | 'WRITE') {
    this.counted();
    this.shared.sessionsOpen += 1;
    try {
      const result: QueryResult<T> = await withinDeadline(
        this.driver.executeQuery<QueryResult<T>>(cypher(name), cypherParams(params), {
          database: this.database,
          routing,
          transactionConfig: { timeout: this.timeoutMs },
          bookmarkManager: this.bookmarks,
        }),
        this.deadline,
        routing === 'WRITE',
      );
      return result.records.map((record) => record.toObject());
    } catch (error) {
      this.forgetBookmarksOn(error);
      throw translateRecovering(error, this.shared);
    } finally {
      this.shared.sessionsOpen -= 1;
    }
  }
}

export interface TransactionOptions {
  timeoutMs?: number;
  retry?: boolean;
}

/**
 * A release this process committed: its number, the head's edits count with it (the graph version it
 * made is the two), and the names and alias names of the entity versions it added or changed.
 */
export interface CommittedRelease {
  number: number;
  edits: number;
  names: ReadonlyArray<readonly [name: unknown, aliases: unknown]>;
}

export class Transaction {
  /** The release head's trust window, once a statement of this transaction has moved the head (null: none has). */
  headTrustMs: number | null = null;
  /** What to do once this transaction has committed (nothing if it rolls back or is retried). */
  private readonly onCommitted: Array<(database: Database) => void> = [];

  constructor(
    private readonly tx: Pick<ManagedTransaction, 'run'>,
    private readonly owner: Database,
  ) {}

  async run<T extends RecordShape = RecordShape>(name: StatementName, params: Record<string, unknown> = {}) {
    this.owner.counted();
    const result = await withinDeadline(Promise.resolve(this.tx.run<T>(cypher(name), cypherParams(params))), this.owner.deadline, true);
    const rows = result.records.map((record) => record.toObject());
    if (MOVES_RELEASE_HEAD.has(name)) this.headTrustMs = Math.max(this.headTrustMs ?? 0, trustWindowOf(rows));
    return rows;
  }

  onCommit(callback: (database: Database) => void): void {
    this.onCommitted.push(callback);
  }

  /** Called by Database.transaction on the attempt that committed. */
  committed(database: Database): void {
    for (const callback of this.onCommitted) callback(database);
  }
}
