/**
 * What the API benchmarks share (bench/api.ts, bench/peer.ts, bench/ab.ts, bench/serve.ts): the bench
 * Neo4j with its graph loaded, Orgraph servers over it, statements sent straight through the driver, a
 * GraphQL request, and the latency loop.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startOrgraph } from '../server/src/bootstrap';
import { loadConfig, repoRoot, type Config } from '../server/src/config';
import { cypher, type StatementName } from '../server/src/cypher/registry';
import { importParsedFiles, importPaths } from '../server/src/dataset/import';
import { inMemoryFile } from '../server/src/dataset/read';
import { searchStatement } from '../server/src/graph/search';
import { vocabulariesOf } from '../server/src/graph/search-vocabularies';
import { cypherParams, Database } from '../server/src/neo4j/database';
import { startLocalNeo4j } from '../server/src/neo4j/local/process';
import { applyMigrations } from '../server/src/neo4j/migrations';
import { chunks, syntheticGraph } from './synthetic';
import { postJson } from './http-client';
import { exportDataset } from '../server/src/dataset/export';
import { latestRelease } from '../server/src/releases/read';

export const SIZES: Record<string, number> = { csto: 0, '10k': 10_000, '100k': 100_000, '1m': 1_000_000 };

export function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
}

/**
 * A statement sent straight through the driver, as the API sends it: a read in an auto-commit
 * transaction (Database.read: one round trip), a write in a managed one.
 */
export async function run(db: Database, name: StatementName, params: Record<string, unknown>) {
  if (name.startsWith('writes')) return db.driver.executeQuery(cypher(name), cypherParams(params), { database: db.database, routing: 'WRITE' });
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'READ' });
  try {
    return await session.run(cypher(name), cypherParams(params));
  } finally {
    await session.close();
  }
}

/**
 * What the mix's neighbourhood query (`nodes { id name kind } edges { … citations { source { title } } }`)
 * selects, as the API passes it to queries/neighbourhood (server/src/graphql/selection.ts).
 */
export const NEIGHBOURHOOD_SELECTED = { withNodeDetails: false, withNodeCitations: false, withEdgeDetails: false, withEdgeCitations: true, withEdgeCitationQuotes: false, withEdgeCitationDetails: false };

/**
 * The search statement the API runs for `search(text, first: 10) { totalCount edges { node { id name kind } } }`:
 * one index query (server/src/graph/search.ts), its typos expanded with the index's vocabulary, read once
 * per graph as the server reads it (not timed: the server reads it once per release).
 */
export async function runSearch(db: Database, text: string, release: number | null) {
  const vocabulary = release === null ? (await vocabulariesOf(db).current(db)).vocabulary : null;
  const statement = searchStatement({ text }, { offset: 0, first: 10 }, release, { details: false, citations: false }, vocabulary)!;
  return run(db, statement.name, statement.params);
}

/**
 * The Lucene query that answers a search, with Lucene's fuzzy terms: what the peer is given as its
 * phrase (a client of @neo4j/graphql has no vocabulary of the index to expand typos with).
 */
export function answeringLucene(text: string) {
  return searchStatement({ text }, { offset: 0, first: 1 }, null, { details: false, citations: false })!.params.query;
}

export interface Timings {
  latencies: number[];
  seconds: number;
  requests: number;
}

/** Sends `requests` calls of `once` from `concurrency` clients; adds to `into` when given (batches of one side). */
export async function timed(concurrency: number, requests: number, once: () => Promise<void>, into: Timings = { latencies: [], seconds: 0, requests: 0 }): Promise<Timings> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        next += 1;
        const t = performance.now();
        await once();
        into.latencies.push(performance.now() - t);
      }
    }),
  );
  into.seconds += (performance.now() - started) / 1000;
  into.requests += requests;
  return into;
}

export function summary(timings: Timings) {
  const latencies = [...timings.latencies].sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  return { p50: at(0.5), p95: at(0.95), rps: timings.requests / timings.seconds };
}

export async function measure(concurrency: number, requests: number, once: () => Promise<void>) {
  return summary(await timed(concurrency, requests, once));
}

export interface BenchIds {
  entity: string;
  search: string;
  from: string;
  to: string;
}

/** The graph of a bench size: null for the CSTO dataset, else the synthetic graph. */
export function benchDataset(size: string) {
  if (!(size in SIZES)) throw new Error(`--size must be one of ${Object.keys(SIZES).join(', ')}`);
  return size === 'csto' ? null : syntheticGraph(SIZES[size]!);
}

/** The entities the query mix asks about in the graph of a bench size. */
export function benchIds(graph: ReturnType<typeof benchDataset>): BenchIds {
  if (!graph) return { entity: 'csto', search: 'collective security', from: 'belarus', to: 'tajik-afghan-border-programme' };
  return { entity: graph.idsByKind.organization![0]!, search: 'collective security council', from: graph.idsByKind.person![0]!, to: graph.idsByKind.state![1]! };
}

/** POSTs a GraphQL request; throws, naming `label`, when the answer has errors or no data. */
export async function graphql(url: string, request: { query: string; variables: Record<string, unknown> }, label: string) {
  const response = await postJson(url, JSON.stringify({ query: request.query, variables: request.variables }));
  const json = JSON.parse(response.text) as { data?: unknown; errors?: unknown[]; extensions?: Record<string, unknown> };
  if (json.errors || !json.data) throw new Error(`${label}: ${JSON.stringify(json.errors ?? json)}`);
  return { data: json.data, extensions: json.extensions ?? {} };
}

/** What the benchmark's edit appends to the description of the mix's entity: a release of its own after the load. */
const EDITED = ' (edited for the benchmark)';

/**
 * Starts the bench Neo4j of `size` (instance bench-<size>, kept between runs) and loads its graph the
 * first time (one release for the CSTO graph, one per part for a synthetic one), then edits the mix's
 * entity in a release of its own: `olderRelease`, the one before it, holds the whole graph as loaded.
 */
export async function benchGraph(size: string) {
  const graph = benchDataset(size);
  const config = loadConfig({});
  const neo4j = await startLocalNeo4j({
    home: config.home,
    instanceName: `bench-${size}`,
    boltPort: Number(option('bolt-port', '17787')),
    heap: SIZES[size]! >= 1_000_000 ? '8g' : SIZES[size]! >= 100_000 ? '3g' : '2g',
    pageCache: SIZES[size]! >= 1_000_000 ? '4g' : '1g',
    startTimeoutMs: 300_000,
    log: (line) => console.error(line),
  });
  const db = Database.connect(neo4j, 120_000);
  const ids = benchIds(graph);
  let olderRelease = 1;
  try {
    await applyMigrations(db);
    const [count] = await db.read<{ count: number }>('queries/entity-count');
    if (!graph) {
      if (count!.count === 0) await importPaths(db, [path.join(repoRoot, 'data', 'csto')]);
    } else if (count!.count === 0) {
      const started = performance.now();
      for (const part of chunks(graph.dataset, 50_000)) await importParsedFiles(db, [inMemoryFile('synthetic', part)], { timeoutMs: config.importTimeoutMs });
      console.error(`Loaded ${SIZES[size]} synthetic entities in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    const [current] = await db.read<{ entity: { description: string | null } }>('queries/entities-by-id', { ids: [ids.entity], release: null, withDetails: true, withCitations: false, withCitationDetails: false });
    if (!current?.entity.description?.endsWith(EDITED)) {
      const [entity] = (await exportDataset(db)).entities.filter((e) => e.id === ids.entity);
      await importParsedFiles(db, [inMemoryFile('edit', { entities: [{ ...entity!, description: `${entity!.description ?? ''}${EDITED}` }] })]);
    }
    olderRelease = (await latestRelease(db)) - 1;
  } catch (error) {
    await db.close();
    await neo4j.stop();
    throw error;
  }
  /** An Orgraph server over the bench Neo4j on `port` (0: a free one); `cache` null: every request computed. */
  const server = (cache: Config['cache'], port = 0) =>
    startOrgraph(
      { ...config, port, remote: { uri: neo4j.uri, user: neo4j.user, password: neo4j.password, database: undefined }, seed: null, queryTimeoutMs: 60_000, requestTimeoutMs: 62_000, cache },
      { instanceName: 'bench', say: () => undefined, log: (entry) => console.error(JSON.stringify(entry)) },
    );
  /** The response cache as `ORGRAPH_CACHE=on` configures it: its default trust window unless `trustMs` (0: the release read for every request). */
  const cacheOn = (trustMs?: string) => loadConfig({ ORGRAPH_CACHE: 'on', ...(trustMs === undefined ? {} : { ORGRAPH_CACHE_TRUST_MS: trustMs }) }).cache;
  const stop = async () => {
    await db.close();
    await neo4j.stop();
  };
  return { neo4j, db, ids, olderRelease, server, cacheOn, stop };
}
