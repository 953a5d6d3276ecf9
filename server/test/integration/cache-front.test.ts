import http from 'node:http';
import zlib from 'node:zlib';
import type { Orgraph } from '../../src/bootstrap';
import { startTestServer } from '../support/test-neo4j';

/**
 * The response cache's POST hits are answered in front of Express (server/src/http/front.ts) when the
 * body is plain JSON with a Content-Length; a chunked body goes through Express and the cache
 * middleware. Both must send the same answer: status, headers and body, and count it in /metrics.
 */

let orgraph: Orgraph;

jest.setTimeout(180_000);

beforeAll(async () => {
  orgraph = await startTestServer({ cache: { maxEntries: 100, maxBytes: 8 * 1024 * 1024, trustMs: 200 } });
});
afterAll(async () => {
  await orgraph.stop();
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** The bytes received, before any decompression. */
  length: number;
}

/** POSTs `body`, with a Content-Length (the front's path) or chunked (Express's). */
function post(body: string, options: { chunked: boolean; headers?: Record<string, string> }): Promise<Answer> {
  const url = new URL(`${orgraph.url}/graphql`);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: '/graphql',
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(options.chunked ? {} : { 'content-length': Buffer.byteLength(body) }), ...options.headers },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const raw = Buffer.concat(chunks);
          const encoding = response.headers['content-encoding'];
          const text = (encoding === 'br' ? zlib.brotliDecompressSync(raw) : encoding === 'gzip' ? zlib.gunzipSync(raw) : raw).toString('utf8');
          const { date: _date, ...headers } = response.headers;
          resolve({ status: response.statusCode ?? 0, headers, body: text, length: raw.length });
        });
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    if (options.chunked) {
      // Two writes: Node sends them as chunks, without a Content-Length.
      request.write(body.slice(0, 10));
      request.end(body.slice(10));
    } else request.end(body);
  });
}

async function metric(name: string, labels: string): Promise<number> {
  const text = await (await fetch(`${orgraph.url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name}{${labels}}`));
  return line ? Number(line.split(' ').pop()) : 0;
}

const SMALL = JSON.stringify({ query: 'query($id: ID!) { entity(id: $id) { id name kind } }', variables: { id: 'csto' } });
const LARGE = JSON.stringify({ query: 'query($id: ID!) { entity(id: $id) { id name relationships(first: 40) { totalCount edges { node { id type from { id name } to { id name } } } } } }', variables: { id: 'csto' } });

describe('cache hits answered in front of Express', () => {
  it.each([
    ['a small answer', SMALL, { 'accept-encoding': 'gzip, deflate, br' }, undefined],
    ['a large answer, brotli', LARGE, { 'accept-encoding': 'gzip, deflate, br' }, 'br'],
    ['a large answer, gzip', LARGE, { 'accept-encoding': 'gzip' }, 'gzip'],
    ['a large answer, uncompressed', LARGE, {}, undefined],
  ])('gives %s the same status, headers and body as the middleware', async (_name, body, headers, encoding) => {
    // Computed and stored (the key does not hold Accept-Encoding: a later case finds it stored already).
    const first = await post(body, { chunked: false, headers });
    expect(first.status).toBe(200);
    const hitsBefore = await metric('orgraph_cache_requests_total', 'outcome="hit"');
    const queriesBefore = await metric('orgraph_http_requests_total', 'operation="query",status="200"');
    const front = await post(body, { chunked: false, headers });
    const middleware = await post(body, { chunked: true, headers });
    expect(JSON.parse(front.body).extensions).toMatchObject({ cache: 'hit', cypherStatements: 0 });
    expect(front.status).toBe(200);
    expect(front.headers).toMatchObject({ 'content-type': 'application/json; charset=utf-8', vary: 'Accept-Encoding', 'content-length': String(front.length), 'x-orgraph-release': expect.stringMatching(/^\d+$/) });
    expect(front.headers['content-encoding']).toBe(encoding);
    expect(front.body).toBe(middleware.body);
    // Apart from how the request's body came (and so the framing of nothing in the answer), the same headers.
    expect(front.headers).toEqual(middleware.headers);
    expect(JSON.parse(front.body).data).toEqual(JSON.parse(first.body).data);
    // Both hits counted, as hits and as queries answered.
    expect(await metric('orgraph_cache_requests_total', 'outcome="hit"')).toBe(hitsBefore + 2);
    expect(await metric('orgraph_http_requests_total', 'operation="query",status="200"')).toBe(queriesBefore + 2);
  });

  it('hands what it cannot answer to Express as it came: a miss, a broken body, a mutation', async () => {
    const fresh = JSON.stringify({ query: 'query($id: ID!) { entity(id: $id) { id name } }', variables: { id: 'russia' } });
    const [front, middleware] = [await post(fresh, { chunked: false }), await post(fresh, { chunked: true })];
    expect(JSON.parse(front.body)).toMatchObject({ data: { entity: { id: 'russia' } }, extensions: { cache: 'miss' } });
    expect(JSON.parse(middleware.body).extensions.cache).toBe('hit');
    const broken = [await post('{"query": ', { chunked: false }), await post('{"query": ', { chunked: true })];
    expect(broken[0]!.status).toBe(400);
    expect(broken[0]!.body).toBe(broken[1]!.body);
    const mutation = await post(JSON.stringify({ query: 'mutation { deleteEntity(id: "csto") { release } }' }), { chunked: false });
    expect(JSON.parse(mutation.body).errors[0].extensions.code).toBe('FORBIDDEN');
  });
});
