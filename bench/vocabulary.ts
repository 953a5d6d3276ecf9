/**
 * `npm run bench:vocabulary -- [--size 10k] [--bolt-port 17787] [--rounds 8]`
 *
 * What the first search after a one-entity release costs, with search's typo vocabulary
 * (server/src/graph/search-vocabularies.ts): two Orgraph servers A and B over the bench graph of
 * bench:api, the response cache off. Each round renames one entity (a release) on A, then on B, and
 * times A's first search after each (a typo of the new name, which it must find), then a search of the
 * same words again (the steady state). Prints the median and range of each, and the statements the
 * first searches sent. Run it in two checkouts to compare.
 */
import '../server/src/production-mode';
import { performance } from 'node:perf_hooks';
import { startOrgraph, type Orgraph } from '../server/src/bootstrap';
import { loadConfig } from '../server/src/config';
import { benchGraph, graphql, option } from './harness';

const KEY = 'vocabulary-bench-editor-key-0123456789';
const ENTITY = 'vocabulary-bench-entity';
const SOURCE = { id: 'vocabulary-bench-source', title: 'Vocabulary bench source' };

/** An invented word per round and server, far from every word of the graphs. */
const wordOf = (round: number, side: string) => `Quorvelmask${String.fromCharCode(97 + (round % 26))}${side}`;

async function main() {
  const rounds = Number(option('rounds', '8'));
  const { neo4j, stop } = await benchGraph(option('size', '10k'));
  const servers: Orgraph[] = [];
  try {
    const config = { ...loadConfig({ ORGRAPH_EDITOR_KEYS: `bench:${KEY}` }), port: 0, cache: null, seed: null, queryTimeoutMs: 60_000, requestTimeoutMs: 62_000 };
    for (let i = 0; i < 2; i++) {
      servers.push(
        await startOrgraph(
          { ...config, remote: { uri: neo4j.uri, user: neo4j.user, password: neo4j.password, database: undefined } },
          { instanceName: 'bench', say: () => undefined, log: (entry) => console.error(JSON.stringify(entry)) },
        ),
      );
    }
    const [a, b] = servers as [Orgraph, Orgraph];
    const post = (server: Orgraph, query: string, variables: Record<string, unknown>, label: string, key?: string) =>
      key ? keyed(server.url, query, variables, label, key) : graphql(`${server.url}/graphql`, { query, variables }, label);
    await post(a, 'mutation($s: SourceInput!) { upsertSource(source: $s) { id } }', { s: SOURCE }, 'source', KEY);
    const SEARCH = 'query($t: String!) { search(text: $t, first: 10) { totalCount edges { node { id name kind } } } }';
    const search = async (text: string) => {
      const started = performance.now();
      const answer = await post(a, SEARCH, { t: text }, 'search');
      const ms = performance.now() - started;
      const ids = (answer.data as { search: { edges: Array<{ node: { id: string } }> } }).search.edges.map((edge) => edge.node.id);
      if (!ids.includes(ENTITY)) throw new Error(`"${text}" did not find the renamed entity: ${JSON.stringify(ids)}`);
      return { ms, statements: Number(answer.extensions.cypherStatements ?? NaN) };
    };
    await post(a, SEARCH, { t: 'collective security council' }, 'first search'); // A reads its vocabulary
    const figures: Record<string, number[]> = { own: [], ownStatements: [], other: [], otherStatements: [], steady: [] };
    for (let round = 0; round < rounds; round++) {
      for (const [side, writer] of [['own', a], ['other', b]] as const) {
        const word = wordOf(round, side === 'own' ? 'a' : 'b');
        const entity = { id: ENTITY, kind: 'ORGANIZATION', name: `${word} Forum`, citations: [{ source: SOURCE.id, quote: `${word} Forum exists.` }] };
        await post(writer, 'mutation($e: EntityInput!) { upsertEntity(entity: $e) { id } }', { e: entity }, 'rename', KEY);
        // Two edits away (a letter dropped, one changed) and not a prefix: found only by the typo expansion.
        const typo = `${word.slice(0, 3)}${word.slice(4, 8)}x${word.slice(9)}`;
        const first = await search(typo);
        figures[side]!.push(first.ms);
        figures[`${side}Statements`]!.push(first.statements);
        figures.steady!.push((await search(typo)).ms);
      }
    }
    const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
    const line = (label: string, values: number[]) =>
      console.log(`${label.padEnd(48)} median ${median(values).toFixed(1).padStart(8)} ms   range ${Math.min(...values).toFixed(1)}-${Math.max(...values).toFixed(1)} ms   (n=${values.length})`);
    console.log(`size ${option('size', '10k')}, ${rounds} rounds, load ${(await import('node:os')).loadavg()[0]!.toFixed(1)}`);
    line('first search after a release by this server', figures.own!);
    line('first search after a release by another server', figures.other!);
    line('the same search again (steady state)', figures.steady!);
    console.log(`statements of the first searches: this server's release ${[...new Set(figures.ownStatements)].join('/')}, another's ${[...new Set(figures.otherStatements)].join('/')}`);
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await stop();
  }
}

/** A GraphQL request with an editor key. */
async function keyed(url: string, query: string, variables: Record<string, unknown>, label: string, key: string) {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify({ query, variables }) });
  const json = (await response.json()) as { data?: unknown; errors?: unknown[]; extensions?: Record<string, unknown> };
  if (json.errors || !json.data) throw new Error(`${label}: ${JSON.stringify(json.errors ?? json)}`);
  return { data: json.data, extensions: json.extensions ?? {} };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
