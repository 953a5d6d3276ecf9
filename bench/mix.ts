/**
 * The query mix of the API benchmarks (bench:api, bench:ab): each query as GraphQL, with the statements
 * the API runs for it (the raw Cypher column of bench:api).
 */
import { type Database } from '../server/src/neo4j/database';
import { entityListParams } from '../server/src/graph/entities';
import { NEIGHBOURHOOD_SELECTED, run, runSearch, type BenchIds } from './harness';

export interface Case {
  name: string;
  graphql: { query: string; variables: Record<string, unknown> };
  /** The statements the API runs for it, in order; later ones may use earlier results. */
  cypher: (db: Database) => Promise<void>;
}

/** The date and release parameters of a read at the latest release, for any date. */
export const NO_DATES = { asOfFirst: null, asOfLast: null, release: null };

/**
 * The same queries at an older `release` while a later one exists: the statements keep the relationships
 * that were current then and one batched statement gives the results their values then (the Cypher
 * column runs the read statement at that release, without that second one).
 */
export function oldReleaseCases(ids: BenchIds, release: number): Case[] {
  const at = { release };
  return [
    {
      name: `entity at release ${release}`,
      graphql: { query: 'query($id: ID!, $release: Int) { entity(id: $id, release: $release) { id name aliases { name } citations { quote source { title } } } }', variables: { id: ids.entity, ...at } },
      cypher: async (db) => void (await run(db, 'queries/entities-by-id', { ids: [ids.entity], ...at, withDetails: true, withCitations: true, withCitationDetails: true })),
    },
    {
      name: `search at release ${release}`,
      graphql: { query: 'query($t: String!, $release: Int) { search(text: $t, first: 10, release: $release) { totalCount edges { node { id name kind } } } }', variables: { t: ids.search, ...at } },
      cypher: async (db) => void (await runSearch(db, ids.search, release)),
    },
    {
      name: `neighbourhood depth 2 at release ${release}`,
      graphql: {
        query: 'query($id: ID!, $release: Int) { neighbourhood(id: $id, depth: 2, limit: 200, release: $release) { truncated nodes { id name kind } edges { id type since until from { id } to { id } citations { source { title } } } } }',
        variables: { id: ids.entity, ...at },
      },
      cypher: async (db) => void (await run(db, 'queries/neighbourhood', { id: ids.entity, depth: 2, limit: 200, types: null, kinds: null, ...NO_DATES, ...NEIGHBOURHOOD_SELECTED, ...at })),
    },
    {
      name: `paths at release ${release}`,
      graphql: { query: 'query($a: ID!, $b: ID!, $release: Int) { paths(from: $a, to: $b, first: 3, release: $release) { length hops { type citations { source { title } } } } }', variables: { a: ids.from, b: ids.to, ...at } },
      cypher: async (db) => void (await run(db, 'queries/paths', { from: ids.from, to: ids.to, maxHops: 4, first: 3, types: null, ...NO_DATES, ...at })),
    },
  ];
}

export function cases(ids: BenchIds): Case[] {
  return [
    {
      name: 'entity',
      graphql: { query: 'query($id: ID!) { entity(id: $id) { id name aliases { name } citations { quote source { title } } } }', variables: { id: ids.entity } },
      cypher: async (db) => void (await run(db, 'queries/entities-by-id', { ids: [ids.entity], release: null, withDetails: true, withCitations: true, withCitationDetails: false })),
    },
    {
      name: 'entity with its relationships (100)',
      graphql: { query: 'query($id: ID!) { entity(id: $id) { id relationships(first: 100) { totalCount edges { node { id type since until status role from { id name } to { id name } } } } } }', variables: { id: ids.entity } },
      cypher: async (db) =>
        void (await run(db, 'queries/relationships-of', { ids: [ids.entity], types: null, direction: 'BOTH', ...NO_DATES, offset: 0, first: 100, withCitations: false, withEndDetails: false, withEndCitations: false, entity: null })),
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
        await run(db, 'queries/relationships-of', { ids: entityIds, types: null, direction: 'BOTH', ...NO_DATES, offset: 0, first: 10, withCitations: true, withEndDetails: false, withEndCitations: false, entity: null });
      },
    },
  ];
}
