import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import zlib from 'node:zlib';
import type { Orgraph } from '../../src/bootstrap';
import { CLIENT_DIST } from '../../src/http/app';
import { startTestServer, withdrawTrust, type GraphQLResponse } from '../support/test-neo4j';

const EDITOR = 'cache-test-editor-key-0123456789';
// Two servers on one database, as behind a balancer, and one with the cache off.
let a: Orgraph;
let b: Orgraph;
let off: Orgraph;

jest.setTimeout(180_000);

beforeAll(async () => {
  [a, b, off] = await Promise.all([
    startTestServer({ editorKeys: [EDITOR] }),
    startTestServer({ editorKeys: [EDITOR] }),
    startTestServer({ editorKeys: [EDITOR], cache: null }),
  ]);
});
afterAll(async () => {
  await Promise.all([a, b, off].map((server) => server?.stop()));
});

type Answer = GraphQLResponse<any> & { extensions?: { cache?: 'hit' | 'miss'; cypherStatements?: number } };

async function post(server: Orgraph, query: string, variables: Record<string, unknown> = {}, key?: string): Promise<Answer> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Answer;
}

async function get(server: Orgraph, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const url = `${server.url}/graphql?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(JSON.stringify(variables))}`;
  const response = await fetch(url, { headers: { 'apollo-require-preflight': 'true', accept: 'application/json', ...headers } });
  return { status: response.status, headers: response.headers, body: response.status === 200 ? ((await response.json()) as Answer) : null };
}

const SOURCE = { id: 'cache-test-source', title: 'Cache test source' };
const entity = (name: string) => ({ id: 'cache-test-forum', kind: 'ORGANIZATION', name, citations: [{ source: SOURCE.id, quote: 'It was founded.' }] });
const UPSERT_SOURCE = 'mutation($s: SourceInput!) { upsertSource(source: $s) { id } }';
const UPSERT_ENTITY = 'mutation($e: EntityInput!) { upsertEntity(entity: $e) { id } }';
const NAME = 'query($id: ID!) { entity(id: $id) { name } }';
const NAME_AT = 'query($id: ID!, $release: Int) { entity(id: $id, release: $release) { name } }';
const LATEST = '{ releases(first: 1) { edges { node { number } } } }';

async function rename(server: Orgraph, name: string): Promise<number> {
  const answer = await post(server, UPSERT_ENTITY, { e: entity(name) }, EDITOR);
  expect(answer.errors).toBeUndefined();
  return (await post(server, LATEST)).data.releases.edges[0].node.number;
}

describe('the release-keyed response cache', () => {
  beforeAll(async () => {
    expect((await post(a, UPSERT_SOURCE, { s: SOURCE }, EDITOR)).errors).toBeUndefined();
    await rename(a, 'Cache Forum 1');
  });

  it('answers a repeated read from memory, and the first read after a write afresh', async () => {
    const first = await post(a, NAME, { id: 'cache-test-forum' });
    const again = await post(a, NAME, { id: 'cache-test-forum' });
    expect(first.extensions?.cache).toBe('miss');
    expect(first.extensions?.cypherStatements).toBeGreaterThan(0);
    expect(again.extensions?.cache).toBe('hit');
    expect(again.extensions?.cypherStatements).toBe(0);
    expect(again.data).toEqual(first.data);
    // Spacing, comments and the order of variables do not make another entry.
    const respaced = await post(a, `# the name\n${NAME.replace(/ /g, '   ')}`, { id: 'cache-test-forum' });
    expect(respaced.extensions?.cache).toBe('hit');

    await rename(a, 'Cache Forum 2');
    const after = await post(a, NAME, { id: 'cache-test-forum' });
    expect(after.extensions?.cache).toBe('miss');
    expect(after.data.entity.name).toBe('Cache Forum 2');
  });

  it('never serves a stale latest read from another server on the same database after a release', async () => {
    for (const server of [a, b]) {
      await post(server, NAME, { id: 'cache-test-forum' });
      expect((await post(server, NAME, { id: 'cache-test-forum' })).extensions?.cache).toBe('hit');
    }
    await rename(a, 'Cache Forum 3');
    const onB = await post(b, NAME, { id: 'cache-test-forum' });
    expect(onB.data.entity.name).toBe('Cache Forum 3');
    expect(onB.extensions?.cache).toBe('miss');
    await rename(b, 'Cache Forum 4');
    expect((await post(a, NAME, { id: 'cache-test-forum' })).data.entity.name).toBe('Cache Forum 4');
    expect((await post(b, NAME, { id: 'cache-test-forum' })).data.entity.name).toBe('Cache Forum 4');
  });

  it('with ORGRAPH_CACHE_TRUST_MS, answers hits without a statement, yet never from before a write another server acknowledged', async () => {
    const TRUST_MS = 4_000;
    const trusting = await startTestServer({ editorKeys: [EDITOR], cache: { maxEntries: 100, maxBytes: 1 << 20, trustMs: TRUST_MS } });
    try {
      await rename(a, 'Cache Forum leased');
      // The trusted version read: made while this request ran, so it started before `answered`.
      const first = await post(trusting, NAME, { id: 'cache-test-forum' });
      const answered = performance.now();
      expect(first.data.entity.name).toBe('Cache Forum leased');

      // Within the window a hit sends Neo4j nothing at all (not even the release number's read).
      const statementsBefore = trusting.connection.database.statementsRun;
      const hit = await post(trusting, NAME, { id: 'cache-test-forum' });
      expect([hit.data.entity.name, hit.extensions?.cache]).toEqual(['Cache Forum leased', 'hit']);
      expect(trusting.connection.database.statementsRun).toBe(statementsBefore);

      // A release through the other server: its commit, then its acknowledgement.
      let committed = Number.NaN;
      a.connection.database.onHeadMoved(() => (committed = performance.now()));
      const write = await post(a, UPSERT_ENTITY, { e: entity('Cache Forum leased 2') }, EDITOR);
      const acknowledged = performance.now();
      expect(write.errors).toBeUndefined();
      // The order of events: the trusted read started before the commit, and its window (from its start)
      // ended before the acknowledgement, which came a whole window after the commit.
      expect(answered).toBeLessThan(committed);
      expect(answered + TRUST_MS).toBeLessThanOrEqual(acknowledged);
      expect(committed + TRUST_MS).toBeLessThanOrEqual(acknowledged);

      // So a read that starts after the acknowledgement reads the version again and gets the release.
      const after = await post(trusting, NAME, { id: 'cache-test-forum' });
      expect([after.data.entity.name, after.extensions?.cache]).toEqual(['Cache Forum leased 2', 'miss']);

      // A write through the trusting server itself is seen there at once, as before.
      await rename(trusting, 'Cache Forum leased 3');
      expect((await post(trusting, NAME, { id: 'cache-test-forum' })).data.entity.name).toBe('Cache Forum leased 3');
    } finally {
      await trusting.stop();
      await withdrawTrust(a.connection.database);
    }
  });

  it('says which release answered each read, in extensions.release and the X-Orgraph-Release header', async () => {
    const committed = await rename(a, 'Cache Forum answered');
    const send = async (server: Orgraph, query: string, variables: Record<string, unknown>) => {
      const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
      return { header: response.headers.get('x-orgraph-release'), body: (await response.json()) as Answer & { extensions?: { release?: unknown } } };
    };
    // The latest, computed and then from the cache, on the server that wrote and on the other one.
    for (const server of [a, b]) {
      for (const outcome of ['miss', 'hit']) {
        const { header, body } = await send(server, NAME, { id: 'cache-test-forum' });
        expect([body.extensions?.cache, body.extensions?.release, header]).toEqual([outcome, committed, String(committed)]);
      }
    }
    // Pinned to an earlier release: that one, not the latest.
    const pinned = await send(b, NAME_AT, { id: 'cache-test-forum', release: committed - 1 });
    expect([pinned.body.extensions?.release, pinned.header]).toEqual([committed - 1, String(committed - 1)]);
    // An error read at the latest says it too (not cached).
    const wrong = await send(a, '{ search(text: "csto", first: 1000) { totalCount } }', {});
    expect(wrong.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect([wrong.body.extensions?.release, wrong.header]).toEqual([committed, String(committed)]);
    // A 304 names the release the client's copy was answered at.
    const first = await get(a, NAME, { id: 'cache-test-forum' });
    const held = await get(a, NAME, { id: 'cache-test-forum' }, { 'if-none-match': first.headers.get('etag')! });
    expect([held.status, held.headers.get('x-orgraph-release')]).toEqual([304, String(committed)]);
    // The next release, made on the other server, answers the next read.
    const next = await rename(b, 'Cache Forum answered 2');
    expect(next).toBeGreaterThan(committed);
    const after = await send(a, NAME, { id: 'cache-test-forum' });
    expect([after.body.data.entity.name, after.body.extensions?.release, after.header]).toEqual(['Cache Forum answered 2', next, String(next)]);
  });

  it('never caches mutations or errors', async () => {
    const write = await post(a, UPSERT_ENTITY, { e: entity('Cache Forum 4') }, EDITOR);
    expect(write.errors).toBeUndefined();
    expect(write.extensions?.cache).toBeUndefined();
    for (let i = 0; i < 2; i += 1) {
      const wrong = await post(a, '{ search(text: "csto", first: 1000) { totalCount } }');
      expect(wrong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(wrong.extensions?.cache).toBeUndefined();
    }
  });

  it('gives GET reads an ETag of the release and the query, and answers If-None-Match with 304 until the next release', async () => {
    const first = await get(a, NAME, { id: 'cache-test-forum' });
    const etag = first.headers.get('etag')!;
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    expect(etag).toMatch(/^"r\d+\.\d+-[\w-]+"$/);
    // Another server on the same database tags it alike, so a balancer may send the client anywhere.
    expect((await get(b, NAME, { id: 'cache-test-forum' })).headers.get('etag')).toBe(etag);
    const held = await get(a, NAME, { id: 'cache-test-forum' }, { 'if-none-match': etag });
    expect(held.status).toBe(304);
    expect((await get(b, NAME, { id: 'other' }, { 'if-none-match': etag })).status).toBe(200);

    await rename(b, 'Cache Forum 5');
    const changed = await get(a, NAME, { id: 'cache-test-forum' }, { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.body!.data.entity.name).toBe('Cache Forum 5');
    expect(changed.headers.get('etag')).not.toBe(etag);
  });

  it('marks reads pinned to a release immutable, and keeps answering them as they were after later releases', async () => {
    const pinnedAt = await rename(a, 'Cache Forum 6');
    const pinned = await get(a, NAME_AT, { id: 'cache-test-forum', release: pinnedAt });
    expect(pinned.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(pinned.headers.get('etag')).toMatch(new RegExp(`^"p${pinnedAt}-`));
    await rename(a, 'Cache Forum 7');
    const later = await get(a, NAME_AT, { id: 'cache-test-forum', release: pinnedAt });
    expect(later.body!.extensions?.cache).toBe('hit');
    expect(later.body!.data.entity.name).toBe('Cache Forum 6');
    // The same answer computed afresh, without the cache: the pinned read did not go stale.
    expect((await post(off, NAME_AT, { id: 'cache-test-forum', release: pinnedAt })).data.entity.name).toBe('Cache Forum 6');
    expect((await get(a, NAME_AT, { id: 'cache-test-forum', release: pinnedAt }, { 'if-none-match': pinned.headers.get('etag')! })).status).toBe(304);
    // A read asking `history` is not pinned, even with `release` on it: the history grows with later releases.
    const history = await get(a, `query($r: Int) { entity(id: "cache-test-forum", release: $r) { name history { release } } }`, { r: pinnedAt });
    expect(history.headers.get('cache-control')).toBe('no-cache');
  });

  it('switched off (ORGRAPH_CACHE=off), computes every read afresh', async () => {
    for (let i = 0; i < 2; i += 1) {
      const answer = await post(off, NAME, { id: 'cache-test-forum' });
      expect(answer.extensions?.cache).toBeUndefined();
      expect(answer.extensions?.cypherStatements).toBeGreaterThan(0);
    }
    await rename(a, 'Cache Forum 8');
    expect((await post(off, NAME, { id: 'cache-test-forum' })).data.entity.name).toBe('Cache Forum 8');
    const plain = await get(off, NAME, { id: 'cache-test-forum' });
    expect(plain.headers.get('cache-control')).toBe('no-store'); // Apollo's own
    expect(plain.headers.get('etag') ?? '').not.toMatch(/^"[rp]\d/);
  });

  it('revalidates reports and exports with an ETag of the release: 304 until the next release', async () => {
    for (const path of ['/reports/csto.md', '/export/graph.ftm.json']) {
      const first = await fetch(`${a.url}${path}`);
      expect(first.status).toBe(200);
      expect(first.headers.get('cache-control')).toBe('no-cache');
      const etag = first.headers.get('etag')!;
      expect(etag).toMatch(/^W\/"r\d+\.\d+-/);
      expect((await fetch(`${a.url}${path}`, { headers: { 'if-none-match': etag } })).status).toBe(304);
      const committed = await rename(a, `Cache Forum ${path}`);
      const after = await fetch(`${a.url}${path}`, { headers: { 'if-none-match': etag } });
      expect(after.status).toBe(200);
      expect(after.headers.get('etag')).not.toBe(etag);
      expect(after.headers.get('x-orgraph-release')).toBe(String(committed));
    }
    const pinned = await fetch(`${a.url}/reports/csto.md?release=1&asOf=2010`);
    expect(pinned.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(pinned.headers.get('x-orgraph-release')).toBe('1');
    const unknown = await fetch(`${a.url}/reports/no-such-entity.md`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('etag') ?? '').not.toMatch(/^W\/"[rp]\d/);
    expect(unknown.headers.get('cache-control')).toBeNull();
  });
});

/** The raw bytes of a response, as sent (fetch would decompress them). */
function raw(url: string, headers: Record<string, string>, body?: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: body ? 'POST' : 'GET', headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, bytes: Buffer.concat(chunks) }));
    });
    request.on('error', reject);
    request.end(body);
  });
}

describe('compression and asset caching', () => {
  const QUERY = JSON.stringify({ query: '{ entity(id: "csto") { name relationships(first: 50) { edges { node { type since from { name } to { name } } } } } }' });

  it.each([
    ['gzip', zlib.gunzipSync],
    ['br', zlib.brotliDecompressSync],
  ])('compresses GraphQL answers over 1 kB with %s, which decompress to the answer itself', async (encoding, decompress) => {
    const plain = await raw(`${off.url}/graphql`, { 'content-type': 'application/json' }, QUERY);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.bytes.length).toBeGreaterThan(1024);
    const packed = await raw(`${off.url}/graphql`, { 'content-type': 'application/json', 'accept-encoding': encoding }, QUERY);
    expect(packed.headers['content-encoding']).toBe(encoding);
    expect(packed.bytes.length).toBeLessThan(plain.bytes.length);
    expect(JSON.parse(decompress(packed.bytes).toString('utf8'))).toEqual(JSON.parse(plain.bytes.toString('utf8')));
    const small = await raw(`${off.url}/graphql`, { 'content-type': 'application/json', 'accept-encoding': encoding }, JSON.stringify({ query: '{ entity(id: "csto") { name } }' }));
    expect(small.headers['content-encoding']).toBeUndefined();
  });

  it.each([
    ['gzip', zlib.gunzipSync],
    ['br', zlib.brotliDecompressSync],
  ])('sends cached answers over 1 kB compressed with %s, the same answer on every hit', async (encoding, decompress) => {
    const headers = { 'content-type': 'application/json', 'accept-encoding': encoding };
    await raw(`${a.url}/graphql`, headers, QUERY);
    const hits = [await raw(`${a.url}/graphql`, headers, QUERY), await raw(`${a.url}/graphql`, headers, QUERY)];
    const plain = await raw(`${a.url}/graphql`, { 'content-type': 'application/json' }, QUERY);
    expect(plain.headers['content-encoding']).toBeUndefined();
    for (const hit of hits) {
      expect(hit.headers['content-encoding']).toBe(encoding);
      expect(hit.headers.vary).toMatch(/Accept-Encoding/i);
      const answer = JSON.parse(decompress(hit.bytes).toString('utf8'));
      expect(answer.extensions.cache).toBe('hit');
      expect(answer).toEqual(JSON.parse(plain.bytes.toString('utf8')));
    }
  });

  it('serves the explorer: index.html revalidated, hashed assets compressed and immutable', async () => {
    const index = await raw(`${a.url}/`, { 'accept-encoding': 'br' });
    expect(index.status).toBe(200);
    expect(index.headers['cache-control']).toBe('no-cache');
    const html = (index.headers['content-encoding'] === 'br' ? zlib.brotliDecompressSync(index.bytes) : index.bytes).toString('utf8');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toMatch(/\/assets\/index-[\w-]{8,}\.js$/);
    const plain = await raw(`${a.url}${script!}`, {});
    const packed = await raw(`${a.url}${script!}`, { 'accept-encoding': 'gzip, br' });
    expect(packed.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(packed.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(packed.bytes).equals(plain.bytes)).toBe(true);
  });

  it.each([
    ['br', '.br', zlib.brotliDecompressSync],
    ['gzip', '.gz', zlib.gunzipSync],
  ])('sends the copy of a hashed asset compressed with %s at build time, typed as the asset and immutable', async (encoding, suffix, decompress) => {
    const html = fs.readFileSync(path.join(CLIENT_DIST, 'index.html'), 'utf8');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1]!;
    const copy = fs.readFileSync(path.join(CLIENT_DIST, `${script}${suffix}`));
    const plain = await raw(`${a.url}${script}`, {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    const packed = await raw(`${a.url}${script}`, { 'accept-encoding': encoding });
    expect(packed.status).toBe(200);
    expect(packed.headers['content-encoding']).toBe(encoding);
    expect(packed.headers['content-type']).toMatch(/^text\/javascript/);
    expect(packed.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(packed.headers.vary).toMatch(/Accept-Encoding/i);
    // The very bytes written at build time, not compressed again per request.
    expect(packed.bytes.equals(copy)).toBe(true);
    expect(decompress(packed.bytes).equals(plain.bytes)).toBe(true);
  });
});

describe('/metrics', () => {
  const sample = (text: string, name: string, labels: string): number => {
    const line = text.split('\n').find((l) => l.startsWith(`${name}{${labels}}`) || (labels === '' && l.startsWith(`${name} `)));
    return line ? Number(line.split(' ').pop()) : 0;
  };

  it('speaks the Prometheus text format, and its counts move with requests and cache hits', async () => {
    const before = await fetch(`${a.url}/metrics`);
    expect(before.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await before.text();
    for (const name of ['orgraph_http_requests_total', 'orgraph_http_request_duration_seconds', 'orgraph_cache_requests_total', 'orgraph_neo4j_sessions_open', 'orgraph_ready']) {
      expect(text).toContain(`# TYPE ${name} `);
    }
    expect(sample(text, 'orgraph_ready', '')).toBe(1);
    const query = '{ entity(id: "csto") { name kind } }';
    await post(a, query);
    await post(a, query);
    await post(a, query);
    const after = await (await fetch(`${a.url}/metrics`)).text();
    expect(sample(after, 'orgraph_http_requests_total', 'operation="query",status="200"') - sample(text, 'orgraph_http_requests_total', 'operation="query",status="200"')).toBe(3);
    expect(sample(after, 'orgraph_cache_requests_total', 'outcome="hit"') - sample(text, 'orgraph_cache_requests_total', 'outcome="hit"')).toBeGreaterThanOrEqual(2);
    expect(sample(after, 'orgraph_http_request_duration_seconds_count', 'operation="query"')).toBeGreaterThan(sample(text, 'orgraph_http_request_duration_seconds_count', 'operation="query"'));
    expect(sample(after, 'orgraph_neo4j_statements_total', '')).toBeGreaterThan(sample(text, 'orgraph_neo4j_statements_total', ''));
  });
});
