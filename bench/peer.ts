/**
 * `npm run bench:peer -- [--size csto|10k|100k|1m] [--requests 200] [--rounds 5] [--concurrency 1,32] [--only <query name part>]
 *   [--peer-hop2-types MEMBER_OF,OBSERVER_OF,PART_OF,HEADS,CHAIRS] [--bolt-port 17787]`
 *
 * Orgraph's GraphQL API beside @neo4j/graphql (the peer, its type definitions over our model in
 * bench/peer/typedefs.graphql, served by a plain Apollo Server) and the raw Cypher statements Orgraph
 * runs, on the same bench Neo4j and graph (bench/harness.ts). First each query of the mix is asked of
 * the three and the ids they return are compared; differences are printed with their reason. Then,
 * at each concurrency, the three are measured interleaved (a batch of each in turn, `--rounds` times,
 * `--requests` per side in all) so that noise on the machine hits them alike. Orgraph runs with its
 * response cache off; a last table gives a second server with the cache on, answering repeats.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4jDriver from 'neo4j-driver';
import { entityListParams } from '../server/src/graph/entities';
import { type Database } from '../server/src/neo4j/database';
import { answeringLucene, benchGraph, graphql, NEIGHBOURHOOD_SELECTED, option, run, runSearch, summary, timed, type BenchIds, type Timings } from './harness';
import { answerDifferences, type Answer } from './peer/answers';
import { peerRelationshipFields } from './peer/fields';
import { NO_DATES } from './mix';

const typeDefs = fs.readFileSync(path.join(__dirname, 'peer', 'typedefs.graphql'), 'utf8');
const relationshipFields = peerRelationshipFields(typeDefs);

interface Side {
  query: string;
  variables: Record<string, unknown>;
  answer: (data: any) => Answer;
}

interface Case {
  name: string;
  orgraph: Side;
  peer: Side;
  cypher: (db: Database) => Promise<Answer>;
  /** Why some sets differ by construction, keyed by the set's name. */
  expected: Record<string, string>;
}

const ids = (items: Array<{ id: string }>) => items.map((item) => item.id);
const citationKeys = (citations: Array<{ quote: string | null; source: { title: string } | Array<{ title: string }> }>) =>
  citations.map((c) => `${c.quote ?? ''} | ${(Array.isArray(c.source) ? c.source[0]?.title : c.source.title) ?? ''}`);

/** Every relationship field of the peer, as connections: `properties` on the edge, `node` the other end. */
const peerRelationships = (properties: string, node: string, fields = relationshipFields) =>
  fields.map((field) => `${field}Connection { edges { properties { ${properties} } node { ${node} } } }`).join(' ');
/** The relationships (edge properties) and other ends of one peer entity, over all its relationship fields. */
const peerEdges = (entity: any, fields = relationshipFields): Array<{ properties: any; node: any }> => fields.flatMap((field) => entity[`${field}Connection`].edges);
/**
 * The relationship fields the peer's depth-2 query nests at both levels: every field (50 × 50 nested
 * subqueries, or even 50 × 10) does not finish within Neo4j's 60 s transaction timeout, so, as its
 * users would, it names the few types a neighbourhood is about (`--peer-hop2-types`).
 */
const hop2Types = option('peer-hop2-types', 'MEMBER_OF,OBSERVER_OF,PART_OF,HEADS,CHAIRS').split(',');
const squash = (name: string) => name.toLowerCase().replaceAll('_', '');
const hop2Fields = relationshipFields.filter((field) => hop2Types.some((type) => [`${squash(type)}out`, `${squash(type)}in`].includes(squash(field))));
if (hop2Fields.length !== hop2Types.length * 2) throw new Error(`--peer-hop2-types: ${hop2Types.join(',')} are not all relationship types of bench/peer/typedefs.graphql`);

/** `lucene`: the Lucene query that answered Orgraph's search (every word, else any word), given to the peer as its phrase. */
function cases(benchIds: BenchIds, lucene: string): Case[] {
  const id = benchIds.entity;
  return [
    {
      name: 'entity with aliases and citations',
      orgraph: {
        query: 'query($id: ID!) { entity(id: $id) { id name aliases { name } citations { quote source { title } } } }',
        variables: { id },
        answer: (data) => ({ entities: [data.entity.id], aliases: data.entity.aliases.map((a: { name: string }) => a.name), citations: citationKeys(data.entity.citations) }),
      },
      peer: {
        query: 'query($id: ID!) { entities(where: { id: { eq: $id } }) { id name aliasNames citations { quote source { title } } } }',
        variables: { id },
        answer: (data) => ({ entities: ids(data.entities), aliases: data.entities[0]?.aliasNames ?? [], citations: citationKeys(data.entities[0]?.citations ?? []) }),
      },
      cypher: async (db) => {
        const entity = (await run(db, 'queries/entities-by-id', { ids: [id], release: null, withDetails: true, withCitations: true, withCitationDetails: false })).records[0]!.get('entity');
        return { entities: [entity.id], aliases: JSON.parse(entity.aliases ?? '[]').map((a: { name: string }) => a.name), citations: citationKeys(entity.citations) };
      },
      expected: {},
    },
    {
      name: 'entity with all its relationships',
      orgraph: {
        query: 'query($id: ID!) { entity(id: $id) { id relationships(first: 100) { totalCount edges { node { id type since until status role from { id name } to { id name } } } } } }',
        variables: { id },
        answer: (data) => {
          const edges = data.entity.relationships.edges.map((edge: any) => edge.node);
          return { relationships: ids(edges), entities: edges.flatMap((r: any) => [r.from.id, r.to.id]) };
        },
      },
      peer: {
        query: `query($id: ID!) { entities(where: { id: { eq: $id } }) { id name ${peerRelationships('id since until status role', 'id name')} } }`,
        variables: { id },
        answer: (data) => {
          const edges = peerEdges(data.entities[0]);
          return { relationships: edges.map((edge) => edge.properties.id), entities: [id, ...edges.map((edge) => edge.node.id)] };
        },
      },
      cypher: async (db) => {
        const page = (await run(db, 'queries/relationships-of', { ids: [id], types: null, direction: 'BOTH', ...NO_DATES, offset: 0, first: 100, withCitations: false, withEndDetails: false, withEndCitations: false, entity: null })).records[0]!.get('page');
        return { relationships: page.map((row: any) => row.relationship.id), entities: [id, ...page.map((row: any) => row.other.id)] };
      },
      expected: {},
    },
    {
      name: '50 entities × 10 relationships with citations',
      orgraph: {
        query: '{ entities(first: 50) { edges { node { id name relationships(first: 10) { totalCount edges { node { id type from { id } to { id } citations { quote source { title } } } } } } } } }',
        variables: {},
        answer: (data) => {
          const entities = data.entities.edges.map((edge: any) => edge.node);
          return { entities: ids(entities), relationships: entities.flatMap((e: any) => ids(e.relationships.edges.map((edge: any) => edge.node))) };
        },
      },
      peer: {
        // No page across relationship types: each type's field is a list of its own, so the peer
        // returns all of an entity's relationships (with their citations' ids, see typedefs.graphql).
        query: `{ entities(where: { retiredIn: { eq: null } }, sort: [{ name: ASC }, { id: ASC }], limit: 50) { id name ${peerRelationships('id citationIds', 'id')} } }`,
        variables: {},
        answer: (data) => ({ entities: ids(data.entities), relationships: data.entities.flatMap((e: any) => peerEdges(e).map((edge) => edge.properties.id)) }),
      },
      cypher: async (db) => {
        const page = await run(db, 'queries/entity-list', entityListParams(null, 51, null, { details: false, citations: false }));
        const entityIds = (page.records[0]!.get('entities') as Array<{ id: string }>).slice(0, 50).map((entity) => entity.id);
        const rows = await run(db, 'queries/relationships-of', { ids: entityIds, types: null, direction: 'BOTH', ...NO_DATES, offset: 0, first: 10, withCitations: true, withEndDetails: false, withEndCitations: false, entity: null });
        return { entities: entityIds, relationships: rows.records.flatMap((record) => record.get('page').map((row: any) => row.relationship.id)) };
      },
      expected: {
        relationships:
          'the peer cannot page 10 relationships across types (one list per type), so it returns every relationship of the 50 entities; Orgraph and Cypher return the first 10 of each',
      },
    },
    {
      name: `search "${benchIds.search}"`,
      orgraph: {
        query: 'query($t: String!) { search(text: $t, first: 10) { totalCount edges { node { id name kind } } } }',
        variables: { t: benchIds.search },
        answer: (data) => ({ 'top 10': ids(data.search.edges.map((edge: any) => edge.node)), totalCount: [String(data.search.totalCount)] }),
      },
      peer: {
        // Its @fulltext query over our index entity_names, given the Lucene query that answered Orgraph
        // (every word, else any word; Orgraph's statement tries both in one round trip).
        query: 'query($p: String!) { entitySearch(phrase: $p, first: 10, sort: [{ score: DESC }]) { totalCount edges { score node { id name kind } } } }',
        variables: { p: lucene },
        answer: (data) => ({ 'top 10': ids(data.entitySearch.edges.map((edge: any) => edge.node)), totalCount: [String(data.entitySearch.totalCount)] }),
      },
      cypher: async (db) => {
        const record = (await runSearch(db, benchIds.search, null)).records[0]!;
        return { 'top 10': record.get('hits').map((hit: any) => hit.entity.id), totalCount: [String(record.get('totalCount'))] };
      },
      expected: {
        'top 10': 'the ranking differs: Orgraph puts an exact name or alias first and breaks ties by name; the peer orders by Lucene score alone',
      },
    },
    {
      name: 'neighbourhood depth 2',
      orgraph: {
        query: 'query($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 200) { truncated nodes { id name kind } edges { id type since until from { id } to { id } citations { source { title } } } } }',
        variables: { id },
        answer: (data) => ({ entities: ids(data.neighbourhood.nodes), relationships: ids(data.neighbourhood.edges) }),
      },
      peer: {
        // Two levels of every relationship field: the peer's way of asking for a neighbourhood.
        query: `query($id: ID!) { entities(where: { id: { eq: $id } }) { id name kind ${peerRelationships('id since until citationIds', `id name kind ${peerRelationships('id since until citationIds', 'id name kind', hop2Fields)}`, hop2Fields)} } }`,
        variables: { id },
        answer: (data) => {
          const first = peerEdges(data.entities[0], hop2Fields);
          const second = first.flatMap((edge) => peerEdges(edge.node, hop2Fields));
          return { entities: [id, ...first.map((edge) => edge.node.id), ...second.map((edge) => edge.node.id)], relationships: [...first, ...second].map((edge) => edge.properties.id) };
        },
      },
      cypher: async (db) => {
        const record = (await run(db, 'queries/neighbourhood', { id, depth: 2, limit: 200, types: null, kinds: null, ...NO_DATES, ...NEIGHBOURHOOD_SELECTED })).records[0]!;
        // Entities and relationships as lists by position, the id first (server/src/graph/subgraph-record.ts).
        const first = (tuples: unknown[][]) => tuples.map((tuple) => String(tuple[0]));
        return { entities: first(record.get('nodes')), relationships: first(record.get('edges')) };
      },
      expected: {
        relationships:
          'the peer follows only the --peer-hop2-types, and nested fields follow paths from the centre, so it also leaves out the relationships between two entities of the second hop; Orgraph returns every relationship among the entities reached',
        entities: `the peer follows only ${hop2Types.join(', ')} (both directions, see --peer-hop2-types), so it reaches fewer entities`,
      },
    },
  ];
}

async function main() {
  const size = option('size', 'csto');
  const requests = Number(option('requests', '200'));
  const rounds = Number(option('rounds', '5'));
  const levels = option('concurrency', '1,32').split(',').map(Number);
  const { neo4j, db, ids: benchIds, server, cacheOn, stop } = await benchGraph(size);
  const peerDriver = neo4jDriver.driver(neo4j.uri, neo4jDriver.auth.basic(neo4j.user, neo4j.password));
  const stops: Array<() => Promise<void>> = [];
  try {
    const orgraph = await server(null);
    stops.push(() => orgraph.stop());
    const cached = await server(cacheOn());
    stops.push(() => cached.stop());
    const peerApollo = new ApolloServer({ schema: await new Neo4jGraphQL({ typeDefs, driver: peerDriver }).getSchema() });
    const { url: peerUrl } = await startStandaloneServer(peerApollo, { listen: { port: 0, host: '127.0.0.1' } });
    stops.push(() => peerApollo.stop());
    {
      const [count] = await db.read<{ count: number }>('queries/entity-count');
      console.log(`\nOrgraph beside @neo4j/graphql: ${size} graph (${count!.count} entities), ${requests} requests per side and cell in ${rounds} interleaved rounds`);
      console.log(`Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}, Node ${process.version}, Neo4j 5.26\n`);
      const only = option('only', '');
      const lucene = answeringLucene(benchIds.search);
      const mix = cases(benchIds, lucene).filter((item) => item.name.includes(only));

      console.log('Same answers? (sets of ids; Orgraph against raw Cypher and against the peer)\n');
      for (const item of mix) {
        const ours = item.orgraph.answer((await graphql(`${orgraph.url}/graphql`, item.orgraph, `${item.name} (Orgraph)`)).data);
        const floor = await item.cypher(db);
        const peer = item.peer.answer((await graphql(peerUrl, item.peer, `${item.name} (peer)`)).data);
        for (const line of answerDifferences(item.name, ours, { 'raw Cypher': floor, peer }, item.expected)) console.log(line);
      }

      console.log('\n| query | clients | Orgraph p50 / p95 ms | Orgraph req/s | peer p50 / p95 ms | peer req/s | Cypher p50 / p95 ms | Cypher req/s | Orgraph/Cypher p50 | Orgraph/peer req/s |');
      console.log('|---|---|---|---|---|---|---|---|---|---|');
      const f = (n: number) => n.toFixed(1);
      for (const item of mix) {
        const sides: Record<'orgraph' | 'peer' | 'cypher', () => Promise<void>> = {
          orgraph: async () => void (await graphql(`${orgraph.url}/graphql`, item.orgraph, item.name)),
          peer: async () => void (await graphql(peerUrl, item.peer, item.name)),
          cypher: async () => void (await item.cypher(db)),
        };
        // Warm each side (plans, JIT) before measuring.
        for (let i = 0; i < 10; i++) for (const once of Object.values(sides)) await once();
        for (const concurrency of levels) {
          const acc: Record<string, Timings> = {};
          for (let round = 0; round < rounds; round++) {
            for (const [name, once] of Object.entries(sides)) acc[name] = await timed(concurrency, Math.ceil(requests / rounds), once, acc[name]);
          }
          const [ours, peer, raw] = [summary(acc.orgraph!), summary(acc.peer!), summary(acc.cypher!)];
          console.log(
            `| ${item.name} | ${concurrency} | ${f(ours.p50)} / ${f(ours.p95)} | ${ours.rps.toFixed(0)} | ${f(peer.p50)} / ${f(peer.p95)} | ${peer.rps.toFixed(0)} | ${f(raw.p50)} / ${f(raw.p95)} | ${raw.rps.toFixed(0)} | ${(ours.p50 / raw.p50).toFixed(2)} | ${(ours.rps / peer.rps).toFixed(2)} |`,
          );
        }
      }

      console.log('\nCache on (a second Orgraph server answering the same request again: hits; the release read at most once per trust window, ORGRAPH_CACHE_TRUST_MS as configured by default)\n');
      console.log('| query | cached p50 ms (1 client) | cached req/s (32 clients) | Cypher p50 / cached p50 |');
      console.log('|---|---|---|---|');
      for (const item of mix) {
        const viaCache = async () => void (await graphql(`${cached.url}/graphql`, item.orgraph, item.name));
        for (let i = 0; i < 10; i++) await viaCache();
        const hit = summary(await timed(1, requests, viaCache));
        const hits32 = summary(await timed(32, requests, viaCache));
        const raw = summary(await timed(1, requests, async () => void (await item.cypher(db))));
        console.log(`| ${item.name} | ${hit.p50.toFixed(2)} | ${hits32.rps.toFixed(0)} | ${(raw.p50 / hit.p50).toFixed(1)} |`);
      }
    }
  } finally {
    for (const stopOne of stops.reverse()) await stopOne();
    await peerDriver.close();
    await stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
