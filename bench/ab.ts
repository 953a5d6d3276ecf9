/**
 * `npm run bench:ab -- --a <url> --b <url> [--size csto|10k|100k|1m] [--rounds 10] [--batch 20] [--concurrency 1] [--names before,after] [--older-release N | --no-older] [--allow-cache] [--accept-differences] [--only <words of a query name>]`
 *
 * Two running Orgraph APIs (two versions, e.g. a commit before a change and after it, each over its own
 * Neo4j holding the same graph) measured side by side: the latest-release queries of bench:api's mix
 * (which any version's schema accepts) go to both in alternating small batches, A then B, then B then A,
 * round after round, so the machine's load falls on both alike. Each query's answers are compared first
 * (ids and counts): a difference stops the run, unless `--accept-differences` (a version meant to answer
 * otherwise: say why beside the figures). The mix's queries at an older release (`--older-release`, by default the one before
 * B's latest: bench:serve's graph as loaded, before the benchmark's edit) go to B only (a schema before
 * releases refuses them), in the same rounds, and are set beside B's latest. `--size` names the bench graph both serve
 * (for the ids the mix asks about: `npm run bench:serve -- --size <size>` serves it). The response cache
 * must be off on both (ORGRAPH_CACHE=off; bench:serve's default): a hit stops the run unless `--allow-cache`.
 * Each side's /metrics, read around its batches, gives what a request cost its server: CPU ms (which the
 * machine's load moves much less than latency) and Cypher statements.
 */
import os from 'node:os';
import { benchDataset, benchIds, graphql, option, summary, timed, type Timings } from './harness';
import { cases, oldReleaseCases, type Case } from './mix';
import { answerDifferences, idsAndCounts } from './peer/answers';

const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');
const f = (n: number) => n.toFixed(1);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Sends `item` twice (the second could be a cache hit); gives the answer's ids and counts, and the Cypher statements it cost. */
async function answerOf(url: string, item: Case, side: string, allowCache: boolean) {
  await graphql(url, item.graphql, `${item.name} (${side})`);
  const { data, extensions } = await graphql(url, item.graphql, `${item.name} (${side})`);
  if (extensions.cache === 'hit' && !allowCache) {
    throw new Error(`${side} (${url}) answered "${item.name}" from its response cache; start it with ORGRAPH_CACHE=off to measure the reads, or pass --allow-cache`);
  }
  return { answer: idsAndCounts(data), statements: extensions.cypherStatements };
}

/**
 * What the server at `url` has used so far, from its /metrics: CPU seconds (prom-client's
 * orgraph_process_cpu_seconds_total) and Cypher statements sent (orgraph_neo4j_statements_total). Read
 * before and after each batch, the differences are what the batch cost: CPU, which the machine's load
 * moves far less than latencies, and statements, which show cache hits sharing their release reads.
 * Null when the server has no /metrics.
 */
async function serverFigures(url: string): Promise<{ cpu: number; statements: number } | null> {
  const response = await fetch(url.replace(/\/graphql$/, '/metrics')).catch(() => null);
  if (!response?.ok) return null;
  const lines = (await response.text()).split('\n');
  const value = (name: string) => Number(lines.find((l) => l.startsWith(`${name} `))?.split(' ')[1]);
  return { cpu: value('orgraph_process_cpu_seconds_total'), statements: value('orgraph_neo4j_statements_total') };
}

/** The latest release number of the API at `url`. */
async function latestOf(url: string) {
  const { data } = await graphql(url, { query: '{ releases(first: 1) { totalCount } }', variables: {} }, 'the latest release of B (or pass --older-release N, or --no-older)');
  return (data as { releases: { totalCount: number } }).releases.totalCount;
}

async function main() {
  const url = { A: option('a', ''), B: option('b', '') };
  if (!url.A || !url.B) throw new Error('--a and --b must give the two GraphQL endpoints, e.g. --a http://127.0.0.1:4111/graphql --b http://127.0.0.1:4112/graphql');
  const size = option('size', 'csto');
  const rounds = Number(option('rounds', '10'));
  const batch = Number(option('batch', '20'));
  const concurrency = Number(option('concurrency', '1'));
  const [nameA, nameB] = option('names', 'A,B').split(',') as [string, string];
  const allowCache = process.argv.includes('--allow-cache');
  const ids = benchIds(benchDataset(size));
  const only = option('only', '');
  // A query named exactly `--only` is measured alone ("entity" is also a word of "entity with its relationships").
  const chosen = <T extends { name: string }>(all: T[]) => (all.some((item) => item.name === only) ? all.filter((item) => item.name === only) : all.filter((item) => item.name.includes(only)));
  const latest = chosen(cases(ids));
  const older = process.argv.includes('--no-older') ? [] : chosen(oldReleaseCases(ids, Number(option('older-release', '0')) || (await latestOf(url.B)) - 1));

  const loadBefore = load();
  console.log(`\nbench:ab: ${size} graph; A (${nameA}) ${url.A}, B (${nameB}) ${url.B}`);
  console.log(`${rounds} rounds × ${batch} requests per query and side, ${concurrency} client(s), order A,B then B,A alternately`);
  console.log(`Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; load average before ${loadBefore}\n`);

  console.log(`Same answers? (ids and counts, ${nameA} against ${nameB}; Cypher statements per request)\n`);
  let differ = false;
  for (const item of latest) {
    const [a, b] = [await answerOf(url.A, item, nameA, allowCache), await answerOf(url.B, item, nameB, allowCache)];
    const lines = answerDifferences(item.name, a.answer, { [nameB]: b.answer }, {}, nameA);
    differ ||= lines.some((line) => line.includes('NOT EXPECTED'));
    for (const line of lines) console.log(line);
    console.log(`    statements: ${nameA} ${String(a.statements ?? '?')}, ${nameB} ${String(b.statements ?? '?')}`);
  }
  for (const item of older) console.log(`- ${item.name}, ${nameB} only: ${String((await answerOf(url.B, item, nameB, allowCache)).statements ?? '?')} statements`);
  if (differ && !process.argv.includes('--accept-differences')) {
    throw new Error('A and B answer differently: they do not serve the same graph, or a version changed an answer; no timing compared (--accept-differences measures them all the same)');
  }

  // Warm both (plans, JIT) before measuring.
  for (let i = 0; i < 10; i++) {
    for (const item of latest) for (const side of ['A', 'B'] as const) await graphql(url[side], item.graphql, item.name);
    for (const item of older) await graphql(url.B, item.graphql, item.name);
  }

  const all: Record<string, Timings> = {};
  const perRound: Record<string, number[]> = {};
  const used: Record<string, { cpu: number; statements: number }> = {};
  const once = (side: 'A' | 'B', item: Case) => async () => void (await graphql(url[side], item.graphql, `${item.name} (${side})`));
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const);
    for (const item of latest) {
      const p50: Record<string, number> = {};
      for (const side of order) {
        const sofar = (all[`${item.name}\t${side}`] ??= { latencies: [], seconds: 0, requests: 0 });
        const from = sofar.latencies.length;
        const before = await serverFigures(url[side]);
        await timed(concurrency, batch, once(side, item), sofar);
        const after = await serverFigures(url[side]);
        if (before && after) {
          const sum = (used[`${item.name}\t${side}`] ??= { cpu: 0, statements: 0 });
          sum.cpu += after.cpu - before.cpu;
          sum.statements += after.statements - before.statements;
        }
        p50[side] = summary({ latencies: sofar.latencies.slice(from), seconds: 1, requests: batch }).p50;
      }
      (perRound[item.name] ??= []).push(p50.B! / p50.A!);
    }
    for (const item of older) all[`${item.name}\tB`] = await timed(concurrency, batch, once('B', item), all[`${item.name}\tB`]);
    console.error(`round ${round + 1}/${rounds} done, load ${load()}`);
  }

  console.log(`\nLatest release: ${nameA} (A) against ${nameB} (B), ${rounds * batch} requests per query and side; latencies in ms\n`);
  console.log(`| query | ${nameA} p50 | ${nameA} p95 | ${nameB} p50 | ${nameB} p95 | B/A p50 | B/A p95 | B/A p50 of each round: median (min–max) |`);
  console.log('|---|---|---|---|---|---|---|---|');
  const p50Of: Record<string, number> = {};
  for (const item of latest) {
    const [a, b] = [summary(all[`${item.name}\tA`]!), summary(all[`${item.name}\tB`]!)];
    p50Of[item.name] = b.p50;
    const ratios = perRound[item.name]!;
    console.log(
      `| ${item.name} | ${f(a.p50)} | ${f(a.p95)} | ${f(b.p50)} | ${f(b.p95)} | ${(b.p50 / a.p50).toFixed(2)} | ${(b.p95 / a.p95).toFixed(2)} | ${median(ratios).toFixed(2)} (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}) |`,
    );
  }
  if (Object.keys(used).length === latest.length * 2) {
    console.log(`\nWhat each request cost the server (from /metrics over its batches, divided by the requests): CPU ms, and Cypher statements sent to Neo4j\n`);
    console.log(`| query | ${nameA} CPU ms | ${nameB} CPU ms | B/A | ${nameA} statements | ${nameB} statements |`);
    console.log('|---|---|---|---|---|---|');
    for (const item of latest) {
      const [a, b] = (['A', 'B'] as const).map((side) => used[`${item.name}\t${side}`]!);
      const per = (n: number) => n / (rounds * batch);
      console.log(`| ${item.name} | ${(1000 * per(a!.cpu)).toFixed(2)} | ${(1000 * per(b!.cpu)).toFixed(2)} | ${(b!.cpu / a!.cpu).toFixed(2)} | ${per(a!.statements).toFixed(2)} | ${per(b!.statements).toFixed(2)} |`);
    }
  }
  if (older.length) {
    console.log(`\nOlder release on ${nameB} (B only), in the same rounds, beside B's latest\n`);
    console.log(`| query | ${nameB} p50 | ${nameB} p95 | ${nameB} latest p50 | older/latest p50 |`);
    console.log('|---|---|---|---|---|');
    for (const item of older) {
      const latestName = item.name.replace(/ at release \d+$/, '');
      const b = summary(all[`${item.name}\tB`]!);
      const base = p50Of[latestName];
      console.log(`| ${item.name} | ${f(b.p50)} | ${f(b.p95)} | ${base === undefined ? '' : f(base)} | ${base === undefined ? '' : (b.p50 / base).toFixed(2)} |`);
    }
  }
  console.log(`\nLoad average before ${loadBefore}, after ${load()}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
