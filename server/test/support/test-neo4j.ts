import { loadConfig, type Config } from '../../src/config';
import { startOrgraph, type Orgraph } from '../../src/bootstrap';
import { Database } from '../../src/neo4j/database';

/** How the global setup tells the suites where the test Neo4j is. */
export const TEST_NEO4J_ENV = 'ORGRAPH_TEST_NEO4J';

export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  instance: string;
}

export function testNeo4j(): TestNeo4j {
  const raw = process.env[TEST_NEO4J_ENV];
  if (!raw) throw new Error('The test Neo4j is not running: run the tests with `npm test` (its global setup starts it).');
  return JSON.parse(raw) as TestNeo4j;
}

export function testDatabase(timeoutMs = 30_000): Database {
  const neo4j = testNeo4j();
  return Database.connect(neo4j, timeoutMs);
}

/**
 * The configuration of a server on the test Neo4j: any free HTTP port, no seed (the setup loaded it),
 * and no trust window (the version read for every request), so the suites' writes wait for none; the
 * tests of the window set one and put the head back (`withdrawTrust`).
 */
export function testConfig(overrides: Partial<Config> = {}): Config {
  const neo4j = testNeo4j();
  return {
    ...loadConfig({ ORGRAPH_CACHE_TRUST_MS: '0' }),
    port: 0,
    remote: { uri: neo4j.uri, user: neo4j.user, password: neo4j.password, database: undefined },
    seed: null,
    ...overrides,
  };
}

/** Sets the release head's trust window back to none, after a test that announced one (no server may still trust it). */
export async function withdrawTrust(db: Database): Promise<void> {
  await db.write('releases/set-trust', { trustMs: 0 });
}

/** A whole Orgraph server (HTTP, GraphQL, explorer) on the test Neo4j. */
export function startTestServer(overrides: Partial<Config> = {}): Promise<Orgraph> {
  return startOrgraph(testConfig(overrides), {
    instanceName: 'test',
    say: () => undefined,
    // Unexpected errors show in the test output (clients only see "Internal server error").
    log: (entry) => process.stderr.write(`[server] ${JSON.stringify(entry)}\n`),
  });
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string; field?: string } }>;
  extensions?: { cypherStatements?: number };
}

export async function graphql<T = any>(url: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

/** A GraphQL request sent with `Authorization: Bearer <key>` when a key is given; the answer with its HTTP status. */
export async function graphqlWithKey<T = any>(url: string, query: string, variables: Record<string, unknown> = {}, key?: string | null): Promise<GraphQLResponse<T> & { status: number }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as GraphQLResponse<T>) };
}

/** The data of a GraphQL request that must succeed (the test fails on any error), sent with `key` when given. */
export async function graphqlData<T = any>(url: string, query: string, variables: Record<string, unknown> = {}, key?: string | null): Promise<T> {
  const response = await graphqlWithKey<T>(url, query, variables, key);
  expect(response.errors).toBeUndefined();
  return response.data!;
}
