import { Neo4jError } from 'neo4j-driver';
import { ConfigError, loadConfig } from '../../src/config';
import { isOffset, MAX_OFFSET } from '../../src/graph/arguments';
import { clipMessage } from '../../src/graphql/errors';
import { nestingDepth } from '../../src/http/nesting';
import { backoffMs, describeExit } from '../../src/neo4j/local/supervisor';
import { DatabaseUnavailableError, QueryTimeoutError, RECOVERY_WINDOW_MS, translate, translateRecovering } from '../../src/neo4j/database';

describe('error messages', () => {
  it('quote at most 100 characters of a long value, and leave short ones alone', () => {
    const long = 'x'.repeat(5_000);
    expect(clipMessage(`asOf: "${long}" is not a partial ISO date`)).toBe(`asOf: "${'x'.repeat(100)}…" is not a partial ISO date`);
    expect(clipMessage(`types: unknown relationship type ${long}`)).toBe(`types: unknown relationship type ${'x'.repeat(100)}…`);
    expect(clipMessage('No entity has the id "narnia"')).toBe('No entity has the id "narnia"');
    expect(clipMessage(`Variable "$d" got invalid value "${'9'.repeat(300)}"; "${'8'.repeat(300)}"`)).toBe(`Variable "$d" got invalid value "${'9'.repeat(100)}…"; "${'8'.repeat(100)}…"`);
  });
});

describe('cursor offsets', () => {
  it('accept whole numbers up to MAX_OFFSET only', () => {
    expect(isOffset({ offset: 0 })).toBe(true);
    expect(isOffset({ offset: MAX_OFFSET })).toBe(true);
    for (const offset of [1e300, 2 ** 63 - 1, MAX_OFFSET + 1, -1, 1.5, '3', null]) expect(isOffset({ offset })).toBe(false);
    expect(isOffset(null)).toBe(false);
    expect(isOffset(7)).toBe(false);
  });
});

describe('nesting depth of a GraphQL document', () => {
  it('counts braces, brackets and parentheses without recursing, and leaves syntax errors to the parser', () => {
    expect(nestingDepth('{ entity(id: "csto") { name } }', 2_000)).toBe(2);
    expect(nestingDepth(`{ a(t: ${'['.repeat(100_000)}1${']'.repeat(100_000)}) }`, 1_000_000)).toBe(100_002);
    // Brackets inside strings are not nesting.
    expect(nestingDepth('{ search(text: "[[[[[[") { totalCount } }', 2_000)).toBe(2);
    expect(nestingDepth('{ entity(id: "\\ud800") { id } }', 2_000)).toBeNull();
    // Reads no further than the token limit (the parser refuses what is beyond).
    expect(nestingDepth(`{ ${'['.repeat(500)}`, 100)).toBe(100);
  });
});

describe('the supervisor of the local Neo4j', () => {
  it('waits 1, 2, 4 … s between failed starts, at most 30 s', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20].map((failures) => backoffMs(failures))).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
  });

  it('says how the JVM ended', () => {
    expect(describeExit({ code: 137, signal: null })).toBe('exit code 137 (killed by signal 9, SIGKILL: the OOM killer or kill -9)');
    expect(describeExit({ code: 3, signal: null })).toMatch(/out of memory/);
    expect(describeExit({ code: null, signal: 'SIGSEGV' })).toBe('killed by SIGSEGV');
    expect(describeExit({ code: 1, signal: null })).toBe('exit code 1');
  });
});

describe('the request deadline setting', () => {
  it('defaults to 2 s above the Cypher timeout and must stay above it', () => {
    expect(loadConfig({}).requestTimeoutMs).toBe(12_000);
    expect(loadConfig({ ORGRAPH_QUERY_TIMEOUT_MS: '30000' }).requestTimeoutMs).toBe(32_000);
    expect(loadConfig({ ORGRAPH_REQUEST_TIMEOUT_MS: '15000' }).requestTimeoutMs).toBe(15_000);
    expect(() => loadConfig({ ORGRAPH_REQUEST_TIMEOUT_MS: '5000' })).toThrow(
      new ConfigError('ORGRAPH_REQUEST_TIMEOUT_MS (5000) must be greater than ORGRAPH_QUERY_TIMEOUT_MS (10000), or a slow query would be reported as an unavailable database'),
    );
    expect(() => loadConfig({ ORGRAPH_REQUEST_TIMEOUT_MS: 'soon' })).toThrow(/ORGRAPH_REQUEST_TIMEOUT_MS must be a whole number/);
    // Ports browsers refuse (Fetch's "bad ports"): the explorer would never load there.
    expect(() => loadConfig({ PORT: '4190' })).toThrow(/PORT 4190 is one that browsers refuse to open/);
    expect(() => loadConfig({ PORT: '6000' })).toThrow(/PORT 6000/);
    expect(loadConfig({ PORT: '4191' }).port).toBe(4191);
    expect(loadConfig({ PORT: '0' }).port).toBe(0);
  });
});

/** An error as the driver makes them (its pool gives no code: 'N/A'). */
const driverError = (message: string, code = 'N/A') => new Neo4jError(message, code, '50N42', 'error: general processing exception');

describe('driver errors', () => {
  it('reads an exhausted connection pool as an unavailable database, to be retried', () => {
    // The words of the driver's pool after connectionAcquisitionTimeout.
    const exhausted = driverError('Connection acquisition timed out in 5000 ms. Pool status: Active conn count = 100, Idle conn count = 0.');
    const translated = translate(exhausted);
    expect(translated).toBeInstanceOf(DatabaseUnavailableError);
    expect((translated as DatabaseUnavailableError).message).toBe('The graph database is busy: no connection to it was free in time; try again shortly.');
    expect(translate(driverError('refused', 'ServiceUnavailable'))).toBeInstanceOf(DatabaseUnavailableError);
    const other = driverError('Invalid input', 'Neo.ClientError.Statement.SyntaxError');
    expect(translate(other)).toBe(other);
  });

  it('reads a time-out as a query too complex, but a transaction terminated otherwise as an unavailable database', () => {
    expect(translate(driverError('timed out', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'))).toBeInstanceOf(QueryTimeoutError);
    expect(translate(driverError('timed out', 'Neo.ClientError.Transaction.TransactionTimedOut'))).toBeInstanceOf(QueryTimeoutError);
    const stopped = translate(driverError('The transaction has been terminated.', 'Neo.TransientError.Transaction.Terminated'));
    expect(stopped).toBeInstanceOf(DatabaseUnavailableError);
    expect((stopped as Error).message).toMatch(/^The graph database stopped the query before it finished .*try again shortly\.$/);
  });

  it('puts a time-out down to the database while it recovers from an outage, and to the query after', () => {
    const timedOut = () => driverError('timed out', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration');
    const state = { lastUnreachableAt: -Infinity };
    expect(translateRecovering(timedOut(), state, 1_000_000)).toBeInstanceOf(QueryTimeoutError);
    expect(translateRecovering(driverError('refused', 'ServiceUnavailable'), state, 1_000_000)).toBeInstanceOf(DatabaseUnavailableError);
    expect(state.lastUnreachableAt).toBe(1_000_000);
    const recovering = translateRecovering(timedOut(), state, 1_000_000 + RECOVERY_WINDOW_MS - 1);
    expect(recovering).toBeInstanceOf(DatabaseUnavailableError);
    expect((recovering as Error).message).toBe('The graph database is recovering from an outage and did not finish the query within the time limit; try again shortly.');
    expect(translateRecovering(timedOut(), state, 1_000_000 + RECOVERY_WINDOW_MS)).toBeInstanceOf(QueryTimeoutError);
    const other = driverError('Invalid input', 'Neo.ClientError.Statement.SyntaxError');
    expect(translateRecovering(other, state, 1_000_000 + 1)).toBe(other);
  });
});
