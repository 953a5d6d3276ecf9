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
import { type Database } from '../server/src/neo4j/database';
import { entityListParams } from '../server/src/graph/entities';
import { benchGraph, measure, NEIGHBOURHOOD_SELECTED, option, run, runSearch, type BenchIds } from './harness';

interface Case {
  name: string;
  graphql: { query: string; variables: Record<string, unknown> };
  /** The statements the API runs for it, in order; later ones may use earlier results. */
  cypher: (db: Database) => Promise<void>;
}

const NO_DATES = { asOfFirst: null, asOfLast: null, release: null };

/**
 * The same queries at release 1 while a later one exists: the statements keep the relationships that
 * were current then and one batched statement gives the results their values then (the Cypher column
 * runs the read statement at release 1, without that second one).
 */
function oldReleaseCases(ids: BenchIds): Case[] {
  const at = { release: 1 };
  return [
    {
      name: 'entity at release 1',
      graphql: { query: 'query($id: ID!) { entity(id: $id, release: 1) { id name aliases { name } citations { quote source { title } } } }', variables: { id: ids.entity } },
      cypher: async (db) => void (await run(db, 'queries/entities-by-id', { ids: [ids.entity], ...at, withDetails: true, withCitations: true })),
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
      cypher: async (db) => void (await run(db, 'queries/neighbourhood', { id: ids.entity, depth: 2, limit: 200, types: null, kinds: null, ...NO_DATES, ...NEIGHBOURHOOD_SELECTED, ...at })),
    },
    {
      name: 'paths at release 1',
      graphql: { query: 'query($a: ID!, $b: ID!) { paths(from: $a, to: $b, first: 3, release: 1) { length hops { type citations { source { title } } } } }', variables: { a: ids.from, b: ids.to } },
      cypher: async (db) => void (await run(db, 'queries/paths', { from: ids.from, to: ids.to, maxHops: 4, first: 3, types: null, ...NO_DATES, ...at })),
    },
  ];
}

function cases(ids: BenchIds): Case[] {
  return [
    {
      name: 'entity',
      graphql: { query: 'query($id: ID!) { entity(id: $id) { id name aliases { name } citations { quote source { title } } } }', variables: { id: ids.entity } },
      cypher: async (db) => void (await run(db, 'queries/entities-by-id', { ids: [ids.entity], release: null, withDetails: true, withCitations: true })),
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
      cypher: async (db) => void (await run(db, 'queries/neighbourhood', { id: ids.entity, depth: 2, limit: 200, types: null, kinds: null, ...NO_DATES, ...NEIGHBOURHOOD_SELECTED })),
    },
    {
      name: 'paths',
      graphql: { query: 'query($a: ID!, $b: ID!) { paths(from: $a, to: $b, first: 3) { length hops { type citations { source { title } } } } }', variables: { a: ids.from, b: ids.to } },
      cypher: async (db) => void (await run(db, 'queries/paths', { from: ids.from, to: ids.to, maxHops: 4, first: 3, types: null, ...NO_DATES })),
    },
    {
      name: 'entities by start date (50)',
      graphql: { query: '{ entities(orderBy: START, first: 50) { totalCount edges { node { id name start } } } }', variables: {} },
      cypher: async (db) => void (await run(db, 'queries/entity-list-by-start', entityListParams(null, 51, null, { details: true, citations: false }))),
    },
    {
      name: 'nested list (50 entities x 10 relationships)',
      graphql: {
        query: '{ entities(first: 50) { edges { node { id name relationships(first: 10) { totalCount edges { node { type from { name } to { name } citations { source { title } } } } } } } } }',
        variables: {},
      },
      cypher: async (db) => {
        const page = await run(db, 'queries/entity-list', entityListParams(null, 51, null, { details: false, citations: false }));
        const entityIds = (page.records[0]!.get('entities') as Array<{ id: string }>).slice(0, 50).map((entity) => entity.id);
        await run(db, 'queries/relationships-of', { ids: entityIds, types: null, direction: 'BOTH', ...NO_DATES, offset: 0, first: 10, withCitations: true, withEndDetails: false, withEndCitations: false });
      },
    },
  ];
}

async function main() {
  const size = option('size', 'csto');
  const requests = Number(option('requests', '200'));
  const levels = option('concurrency', '1,4,16').split(',').map(Number);
  const repeat = process.argv.includes('--repeat');
  const { db, ids, server, cacheOn, stop } = await benchGraph(size);
  try {
    const orgraph = await server(null);
    const cached = repeat ? await server(cacheOn(option('trust-ms', '0'))) : null;
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
    await stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
