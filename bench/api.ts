/**
 * `npm run bench:api -- [--size csto|10k|100k|1m] [--requests 200] [--concurrency 1,4,16] [--bolt-port 17787] [--repeat [--trust-ms N]]`
 *
 * For a fixed mix of queries, prints p50/p95 latency and throughput of the GraphQL API at each
 * concurrency level, beside the same Cypher statements sent straight through the driver (the floor),
 * with the ratio. The API is measured with its response cache off (every request computed); with
 * `--repeat`, a second server with the cache on answers the same requests again and again (hits),
 * and the table sets its figures beside the uncached API and the Cypher (`--trust-ms`: its
 * ORGRAPH_CACHE_TRUST_MS, 0 by default: the release number is read for every request). Runs on its own Neo4j (instance bench-<size>, kept between runs so a large graph is
 * generated and loaded once). Traffic stays on 127.0.0.1 and every loop is bounded.
 */
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startOrgraph } from '../server/src/bootstrap';
import { loadConfig, repoRoot } from '../server/src/config';
import { cypher, type StatementName } from '../server/src/cypher/registry';
import { importParsedFiles, importPaths } from '../server/src/dataset/import';
import { inMemoryFile } from '../server/src/dataset/read';
import { luceneQuery } from '../server/src/graph/search-query';
import { searchStatement } from '../server/src/graph/search';
import { cypherParams, Database } from '../server/src/neo4j/database';
import { startLocalNeo4j } from '../server/src/neo4j/local/process';
import { applyMigrations } from '../server/src/neo4j/migrations';
import { entityListParams } from '../server/src/graph/entities';
import { chunks, syntheticGraph } from './synthetic';
import { exportDataset } from '../server/src/dataset/export';
import { latestRelease } from '../server/src/releases/read';

const SIZES: Record<string, number> = { csto: 0, '10k': 10_000, '100k': 100_000, '1m': 1_000_000 };

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
}

interface Case {
  name: string;
  graphql: { query: string; variables: Record<string, unknown> };
  /** The statements the API runs for it, in order; later ones may use earlier results. */
  cypher: (db: Database) => Promise<void>;
}

const run = (db: Database, name: StatementName, params: Record<string, unknown>) =>
  db.driver.executeQuery(cypher(name), cypherParams(params), { database: db.database, routing: name.startsWith('writes') ? 'WRITE' : 'READ' });

/** The search statement the API runs for `search(text, first: 10) { totalCount edges { node { id name kind } } }`. */
function runSearch(db: Database, text: string, release: number | null) {
  const statement = searchStatement(luceneQuery(text, 'all')!, { text }, { offset: 0, first: 10 }, release, { details: false, citations: false });
  return run(db, statement.name, statement.params);
}

const NO_DATES = { asOfFirst: null, asOfLast: null, release: null };

/**
 * The same queries at release 1 while a later one exists: the statements keep the relationships that
 * were current then and one batched statement gives the results their values then (the Cypher column
 * runs the read statement at release 1, without that second one).
 */
function oldReleaseCases(ids: { entity: string; search: string; from: string; to: string }): Case[] {
  const at = { release: 1 };
  return [
    {
      name: 'entity at release 1',
      graphql: { query: 'query($id: ID!) { entity(id: $id, release: 1) { id name aliases { name } citations { quote source { title } } } }', variables: { id: ids.entity } },
      cypher: async (db) => void (await run(db, 'queries/entities-by-id', { ids: [ids.entity], ...at })),
    },
    {
      name: 'search at release 1',
      graphql: { query: 'query($t: String!) { search(text: $t, first: 10, release: 1) { totalCount edges { node { id name kind } } } }', variables: { t: ids.search } },
      cypher: async (db) =>
        void (await runSearch(db, ids.search, 1)),
    },
    {
      name: 'neighbourhood depth 2 at release 1',
      graphql: {
        query: 'query($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 200, release: 1) { truncated nodes { id name kind } edges { id type since until from { id } to { id } citations { source { title } } } } }',
        variables: { id: ids.entity },
      },
      cypher: async (db) => void (await run(db, 'queries/neighbourhood', { id: ids.entity, depth: 2, limit: 200, types: null, kinds: null, ...NO_DATES, ...at })),
    },
    {
      name: 'paths at release 1',
      graphql: { query: 'query($a: ID!, $b: ID!) { paths(from: $a, to: $b, first: 3, release: 1) { length hops { type citations { source { title } } } } }', variables: { a: ids.from, b: ids.to } },
      cypher: async (db) => void (await run(db, 'queries/paths', { from: ids.from, to: ids.to, maxHops: 4, first: 3, types: null, ...NO_DATES, ...at })),
    },
  ];
}

function cases(ids: { entity: string; search: string; from: string; to: string }): Case[] {
  return [
    {
      name: 'entity',
      graphql: { query: 'query($id: ID!) { entity(id: $id) { id name aliases { name } citations { quote source { title } } } }', variables: { id: ids.entity } },
      cypher: async (db) => void (await run(db, 'queries/entities-by-id', { ids: [ids.entity], release: null })),
    },
    {
      name: 'search',
      graphql: { query: 'query($t: String!) { search(text: $t, first: 10) { totalCount edges { node { id name kind } } } }', variables: { t: ids.search } },
      cypher: async (db) =>
        void (await runSearch(db, ids.search, null)),
    },
    {
      name: 'neighbourhood depth 2',
      graphql: {
        query: 'query($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 200) { truncated nodes { id name kind } edges { id type since until from { id } to { id } citations { source { title } } } } }',
        variables: { id: ids.entity },
      },
      cypher: async (db) => void (await run(db, 'queries/neighbourhood', { id: ids.entity, depth: 2, limit: 200, types: null, kinds: null, ...NO_DATES })),
    },
    {
      name: 'paths',
      graphql: { query: 'query($a: ID!, $b: ID!) { paths(from: $a, to: $b, first: 3) { length hops { type citations { source { title } } } } }', variables: { a: ids.from, b: ids.to } },
      cypher: async (db) => void (await run(db, 'queries/paths', { from: ids.from, to: ids.to, maxHops: 4, first: 3, types: null, ...NO_DATES })),
    },
    {
      name: 'entities by start date (50)',
      graphql: { query: '{ entities(orderBy: START, first: 50) { totalCount edges { node { id name start } } } }', variables: {} },
      cypher: async (db) => void (await run(db, 'queries/entity-list-by-start', entityListParams(null, 51))),
    },
    {
      name: 'nested list (50 entities x 10 relationships)',
      graphql: {
        query: '{ entities(first: 50) { edges { node { id name relationships(first: 10) { totalCount edges { node { type from { name } to { name } citations { source { title } } } } } } } } }',
        variables: {},
      },
      cypher: async (db) => {
        const page = await run(db, 'queries/entity-list', entityListParams(null, 51));
        const entityIds = (page.records[0]!.get('entities') as Array<{ id: string }>).slice(0, 50).map((entity) => entity.id);
        await run(db, 'queries/relationships-of', { ids: entityIds, types: null, direction: 'BOTH', ...NO_DATES, offset: 0, first: 10, withCitations: true, withEndCitations: false });
      },
    },
  ];
}

async function measure(concurrency: number, requests: number, once: () => Promise<void>) {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        next += 1;
        const t = performance.now();
        await once();
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  return { p50: at(0.5), p95: at(0.95), rps: requests / seconds };
}

async function main() {
  const size = option('size', 'csto');
  if (!(size in SIZES)) throw new Error(`--size must be one of ${Object.keys(SIZES).join(', ')}`);
  const requests = Number(option('requests', '200'));
  const levels = option('concurrency', '1,4,16').split(',').map(Number);
  const repeat = process.argv.includes('--repeat');
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
  let ids = { entity: 'csto', search: 'collective security', from: 'belarus', to: 'tajik-afghan-border-programme' };
  try {
    await applyMigrations(db);
    const [count] = await db.read<{ count: number }>('queries/entity-count');
    if (size === 'csto') {
      if (count!.count === 0) await importPaths(db, [path.join(repoRoot, 'data', 'csto')]);
    } else {
      const graph = syntheticGraph(SIZES[size]!);
      if (count!.count === 0) {
        const started = performance.now();
        for (const part of chunks(graph.dataset, 50_000)) await importParsedFiles(db, [inMemoryFile('synthetic', part)]);
        console.error(`Loaded ${SIZES[size]} synthetic entities in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      }
      ids = { entity: graph.idsByKind.organization![0]!, search: 'collective security council', from: graph.idsByKind.person![0]!, to: graph.idsByKind.state![1]! };
    }
    // A second release, so that release 1 is an older one: the entity of the mix gets a new description.
    if ((await latestRelease(db)) === 1) {
      const [entity] = (await exportDataset(db)).entities.filter((e) => e.id === ids.entity);
      await importParsedFiles(db, [inMemoryFile('edit', { entities: [{ ...entity!, description: `${entity!.description ?? ''} (edited for the benchmark)` }] })]);
    }
    const server = (cache: typeof config.cache) =>
      startOrgraph(
        { ...config, port: 0, remote: { uri: neo4j.uri, user: neo4j.user, password: neo4j.password, database: undefined }, seed: null, queryTimeoutMs: 60_000, requestTimeoutMs: 62_000, cache },
        { instanceName: 'bench', say: () => undefined, log: (entry) => console.error(JSON.stringify(entry)) },
      );
    const orgraph = await server(null);
    const cached = repeat ? await server(loadConfig({ ORGRAPH_CACHE: 'on', ORGRAPH_CACHE_TRUST_MS: option('trust-ms', '0') }).cache) : null;
    try {
      const stats = await db.read<{ count: number }>('queries/entity-count');
      console.log(`\nOrgraph API benchmark: ${size} graph (${stats[0]!.count} entities), ${requests} requests per cell`);
      console.log(`Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, Neo4j 5.26\n`);
      if (cached) {
        console.log('| query | concurrency | cached p50 ms | cached p95 ms | cached req/s | API p50 ms (uncached) | Cypher p50 ms | Cypher/cached (p50) |');
        console.log('|---|---|---|---|---|---|---|---|');
      } else {
        console.log('| query | concurrency | API p50 ms | API p95 ms | API req/s | Cypher p50 ms | Cypher p95 ms | Cypher req/s | API/Cypher (p50) |');
        console.log('|---|---|---|---|---|---|---|---|---|');
      }
      for (const item of [...cases(ids), ...oldReleaseCases(ids)]) {
        const body = JSON.stringify({ query: item.graphql.query, variables: item.graphql.variables });
        const via = (url: string) => async () => {
          const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
          const json = (await response.json()) as { errors?: unknown[] };
          if (json.errors) throw new Error(`${item.name}: ${JSON.stringify(json.errors)}`);
        };
        const viaApi = via(orgraph.url);
        const viaCache = cached ? via(cached.url) : null;
        // Warm both paths (query plans, JIT, the cache) before measuring.
        for (let i = 0; i < 10; i++) {
          await viaApi();
          await viaCache?.();
          await item.cypher(db);
        }
        for (const concurrency of levels) {
          const api = await measure(concurrency, requests, viaApi);
          const raw = await measure(concurrency, requests, () => item.cypher(db));
          const f = (n: number) => n.toFixed(1);
          if (viaCache) {
            const hit = await measure(concurrency, requests, viaCache);
            const g = (n: number) => n.toFixed(2);
            console.log(`| ${item.name} | ${concurrency} | ${g(hit.p50)} | ${g(hit.p95)} | ${hit.rps.toFixed(0)} | ${f(api.p50)} | ${f(raw.p50)} | ${(raw.p50 / hit.p50).toFixed(1)} |`);
            continue;
          }
          console.log(
            `| ${item.name} | ${concurrency} | ${f(api.p50)} | ${f(api.p95)} | ${api.rps.toFixed(0)} | ${f(raw.p50)} | ${f(raw.p95)} | ${raw.rps.toFixed(0)} | ${(api.p50 / raw.p50).toFixed(2)} |`,
          );
        }
      }
    } finally {
      await cached?.stop();
      await orgraph.stop();
    }
  } finally {
    await db.close();
    await neo4j.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
