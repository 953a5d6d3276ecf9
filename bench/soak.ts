/**
 * `npm run soak -- [--minutes 5] [--clients 32]`
 *
 * A bounded load run: starts an Orgraph server in a child process on its own Neo4j (instance "soak",
 * the CSTO graph, loopback only), sends a fixed mix of reads from `clients` concurrent loops for
 * `minutes`, and prints at regular intervals the latency (p50/p95/p99), the throughput, the errors by
 * code and the resident memory of the server process and of the Neo4j JVM; then a summary. Nothing is
 * asserted: figures go in bench/README.md.
 */
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { startOrgraph } from '../server/src/bootstrap';
import { loadConfig } from '../server/src/config';
import { freePort } from '../server/test/support/ports';

const MIX: Array<{ query: string; variables?: Record<string, unknown> }> = [
  { query: '{ entity(id: "csto") { id name aliases { name } citations { quote source { title } } } }' },
  { query: 'query($t: String!) { search(text: $t, first: 10) { totalCount edges { node { id name kind } } } }', variables: { t: 'collective' } },
  { query: '{ neighbourhood(id: "csto", depth: 2, limit: 200) { truncated nodes { id name } edges { id type from { id } to { id } } } }' },
  { query: '{ entity(id: "russia") { relationships(first: 20) { totalCount edges { node { type since until from { name } to { name } citations { source { title } } } } } } }' },
  { query: '{ paths(from: "belarus", to: "tajik-afghan-border-programme", first: 3) { length hops { type } } }' },
  { query: '{ entities(first: 50) { edges { node { id name relationships(first: 10) { totalCount } } } } }' },
  { query: '{ stats { entities relationships byKind { kind count } } }' },
];

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

/** Resident memory of a process in MB, from /proc (Linux); null once it is gone. */
function rssMb(pid: number): number | null {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}

function percentiles(latencies: number[]) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

const ms = (value: number) => `${value.toFixed(0)} ms`.padStart(8);

/** The child: the server, reporting its URL and the JVM's pid, stopped by a message. */
async function serve() {
  const start = () =>
    startOrgraph(
      { ...loadConfig(), host: '127.0.0.1', port: 0 },
      { instanceName: 'soak', say: () => undefined, log: (entry) => process.stderr.write(`[server] ${JSON.stringify(entry)}\n`) },
    );
  // On a busy machine a cold JVM can take longer than the Cypher timeout over its first statement; once more, warm.
  const orgraph = await start().catch((error: unknown) => {
    process.stderr.write(`First start failed (${(error as Error).message}); starting again.\n`);
    return start();
  });
  const local = orgraph.connection.local;
  process.send!({ url: orgraph.url, javaPid: local?.javaPid ?? null });
  process.on('message', () => {
    void orgraph.stop().then(() => process.exit(0));
  });
}

async function main() {
  const minutes = option('minutes', 5);
  const clients = option('clients', 32);
  const boltPort = await freePort();
  console.log(`Starting the server (instance "soak", Neo4j on 127.0.0.1:${boltPort})...`);
  const child = fork(__filename, ['--serve'], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, HOST: '127.0.0.1', NEO4J_BOLT_PORT: String(boltPort), NEO4J_HEAP: process.env.NEO4J_HEAP ?? '1g', NEO4J_URI: '' },
  });
  const { url, javaPid } = await new Promise<{ url: string; javaPid: number | null }>((resolve, reject) => {
    child.once('message', (message) => resolve(message as { url: string; javaPid: number | null }));
    child.once('exit', (code) => reject(new Error(`the server exited while starting (code ${code})`)));
  });
  console.log(`Server at ${url} (process ${child.pid}, Neo4j process ${javaPid}); ${clients} clients for ${minutes} min.\n`);

  // Each query once before the clock starts: Neo4j plans a statement on its first run.
  for (const request of MIX) {
    await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
  }
  const end = Date.now() + minutes * 60_000;
  const intervalMs = Math.min(30_000, Math.max(5_000, (minutes * 60_000) / 10));
  let window: number[] = [];
  const all: number[] = [];
  const errors = new Map<string, number>();
  let windowErrors = 0;
  let next = 0;

  const loop = async () => {
    while (Date.now() < end) {
      const request = MIX[next++ % MIX.length]!;
      const started = performance.now();
      let code: string | undefined;
      try {
        const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
        const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
        code = body.errors?.[0]?.extensions?.code ?? (response.ok ? undefined : `HTTP ${response.status}`);
      } catch (error) {
        code = `no answer (${(error as Error).message})`;
      }
      const latency = performance.now() - started;
      window.push(latency);
      all.push(latency);
      if (code) {
        errors.set(code, (errors.get(code) ?? 0) + 1);
        windowErrors += 1;
      }
    }
  };

  const started = Date.now();
  const memory = { server: [] as number[], neo4j: [] as number[] };
  // The machine's load average too: on a shared machine it says how much of the time was ours.
  console.log('  time  requests    req/s      p50      p95      p99  errors  server MB  Neo4j MB  load');
  const report = () => {
    const { p50, p95, p99 } = percentiles(window);
    const server = rssMb(child.pid!);
    const neo4j = javaPid ? rssMb(javaPid) : null;
    if (server !== null) memory.server.push(server);
    if (neo4j !== null) memory.neo4j.push(neo4j);
    const elapsed = Math.round((Date.now() - started) / 1000);
    console.log(
      `${`${elapsed}s`.padStart(6)}  ${String(window.length).padStart(8)}  ${(window.length / (intervalMs / 1000)).toFixed(0).padStart(7)}` +
        ` ${ms(p50)} ${ms(p95)} ${ms(p99)}  ${String(windowErrors).padStart(6)}  ${String(server ?? '-').padStart(9)}  ${String(neo4j ?? '-').padStart(8)}` +
        `  ${os.loadavg()[0]!.toFixed(1).padStart(4)}`,
    );
    window = [];
    windowErrors = 0;
  };
  const ticker = setInterval(report, intervalMs);
  await Promise.all(Array.from({ length: clients }, loop));
  clearInterval(ticker);
  if (window.length > 0) report();

  const total = percentiles(all);
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `\n${all.length} requests in ${seconds.toFixed(0)} s (${(all.length / seconds).toFixed(0)} req/s), p50 ${total.p50.toFixed(0)} ms, p95 ${total.p95.toFixed(0)} ms, p99 ${total.p99.toFixed(0)} ms`,
  );
  console.log(errors.size === 0 ? 'errors: none' : `errors: ${[...errors].map(([code, count]) => `${code} ${count}`).join(', ')}`);
  const span = (values: number[]) => (values.length ? `${values[0]} MB at the first sample, ${values[values.length - 1]} MB at the last, ${Math.max(...values)} MB at most` : 'not measured');
  console.log(`server memory: ${span(memory.server)}\nNeo4j memory:  ${span(memory.neo4j)}`);

  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.send('stop');
  await exited;
}

if (process.argv.includes('--serve')) {
  serve().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
} else {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
