/**
 * `npm run bench:api -- [--size csto|10k|100k|1m] [--requests 200] [--concurrency 1,4,16] [--bolt-port 17787] [--repeat [--trust-ms N]]`
 *
 * For a fixed mix of queries, prints p50/p95 latency and throughput of the GraphQL API at each
 * concurrency level, beside the same Cypher statements sent straight through the driver (the floor),
 * with the ratio. The API is measured with its response cache off (every request computed); with
 * `--repeat`, a second server with the cache on answers the same requests again and again (hits),
 * and the table sets its figures beside the uncached API and the Cypher (`--trust-ms`: its
 * ORGRAPH_CACHE_TRUST_MS, the configuration's default unless given; 0: the release number is read for every request). Runs on its own Neo4j (instance bench-<size>, kept between runs so a large graph is
 * generated and loaded once). Traffic stays on 127.0.0.1 and every loop is bounded.
 */
import '../server/src/production-mode';
import os from 'node:os';
import { benchGraph, graphql, measure, option } from './harness';
import { cases, oldReleaseCases } from './mix';

async function main() {
  const size = option('size', 'csto');
  const requests = Number(option('requests', '200'));
  const levels = option('concurrency', '1,4,16').split(',').map(Number);
  const repeat = process.argv.includes('--repeat');
  const { db, ids, olderRelease, server, cacheOn, stop } = await benchGraph(size);
  try {
    const orgraph = await server(null);
    const cached = repeat ? await server(cacheOn(process.argv.includes('--trust-ms') ? option('trust-ms', '0') : undefined)) : null;
    try {
      const stats = await db.read<{ count: number }>('queries/entity-count');
      console.log(`\nOrgraph API benchmark: ${size} graph (${stats[0]!.count} entities), ${requests} requests per cell`);
      console.log(`Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, Neo4j 5.26\n`);
      if (cached) {
        console.log('| query | concurrency | cached p50 ms | cached p95 ms | cached req/s | API p50 ms (uncached) | Cypher p50 ms | Cypher/cached (p50) | statements per hit |');
        console.log('|---|---|---|---|---|---|---|---|---|');
      } else {
        console.log('| query | concurrency | API p50 ms | API p95 ms | API req/s | Cypher p50 ms | Cypher p95 ms | Cypher req/s | API/Cypher (p50) |');
        console.log('|---|---|---|---|---|---|---|---|---|');
      }
      for (const item of [...cases(ids), ...oldReleaseCases(ids, olderRelease)]) {
        const via = (url: string) => async () => void (await graphql(`${url}/graphql`, item.graphql, item.name));
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
            // What the hits sent Neo4j: release-number reads (none within a trust window), counted by the cached server.
            const statementsBefore = cached!.connection.database.statementsRun;
            const hit = await measure(concurrency, requests, viaCache);
            const perHit = (cached!.connection.database.statementsRun - statementsBefore) / requests;
            const g = (n: number) => n.toFixed(2);
            console.log(`| ${item.name} | ${concurrency} | ${g(hit.p50)} | ${g(hit.p95)} | ${hit.rps.toFixed(0)} | ${f(api.p50)} | ${f(raw.p50)} | ${(raw.p50 / hit.p50).toFixed(1)} | ${perHit.toFixed(2)} |`);
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
