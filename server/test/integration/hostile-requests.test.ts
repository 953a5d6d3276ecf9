import { gzipSync } from 'node:zlib';
import type { Orgraph } from '../../src/bootstrap';
import { repoRoot } from '../../src/config';
import { startTestServer } from '../support/test-neo4j';

/**
 * Broken and hostile requests, as an outside tester sent them (issue #10, findings 1-4): each must get
 * a 4xx with a JSON GraphQL-style error body, a code from the contract, a message that says what was
 * wrong, quoting little of the input, and nothing of the server's insides (stack, paths, HTML).
 */
let orgraph: Orgraph;
beforeAll(async () => {
  orgraph = await startTestServer();
});
afterAll(() => orgraph.stop());

interface Answer {
  status: number;
  type: string;
  text: string;
  body: { errors?: Array<{ message: string; extensions?: { code?: string; field?: string } }> };
}

async function send(path: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(`${orgraph.url}${path}`, init);
  const text = await response.text();
  let body: Answer['body'] = {};
  try {
    body = JSON.parse(text) as Answer['body'];
  } catch {
    /* the checks below say it was not JSON */
  }
  return { status: response.status, type: response.headers.get('content-type') ?? '', text, body };
}

const post = (body: string | Uint8Array, headers: Record<string, string> = {}) =>
  send('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: body as BodyInit });

const query = (document: string, variables?: Record<string, unknown>) => post(JSON.stringify({ query: document, variables }));

/** The shape every refusal must have; returns its first error. */
function refused(answer: Answer, status: number, code: string) {
  expect(answer.type).toMatch(/^application\/(graphql-response\+)?json/);
  expect(answer.text).not.toMatch(/<html|<pre|node_modules|\n\s+at |RangeError|SyntaxError:/i);
  expect(answer.text).not.toContain(repoRoot);
  expect(answer.body.errors?.[0]?.extensions?.code).toBe(code);
  expect(answer.status).toBe(status);
  return answer.body.errors![0]!;
}

describe('GraphQL documents that do not parse or cannot run', () => {
  it('answers a syntax error with 400 BAD_REQUEST and where it is', async () => {
    expect(refused(await query('{ entity(id: ) { id } }'), 400, 'BAD_REQUEST').message).toBe('Syntax Error: Unexpected ")".');
    expect(refused(await query('{ entity(id: "\\ud800") { id } }'), 400, 'BAD_REQUEST').message).toMatch(/Invalid Unicode escape sequence/);
    expect(refused(await query('{ search(text: "csto", first: 0x10) { totalCount } }'), 400, 'BAD_REQUEST').message).toMatch(/Invalid number/);
  });

  it('gives the token limit 400 QUERY_TOO_COMPLEX, like the other limits', async () => {
    const many = Array.from({ length: 600 }, (_, i) => `a${i}: stats { entities }`).join(' ');
    expect(refused(await query(`{ ${many} }`), 400, 'QUERY_TOO_COMPLEX').message).toBe('Token limit of 2000 exceeded. Ask for less in one request.');
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: entity(id: "csto") { id }`).join(' ');
    refused(await query(`{ ${aliases} }`), 400, 'QUERY_TOO_COMPLEX');
  });

  it('refuses a list literal nested 5,000 deep before parsing it', async () => {
    const deep = `{ neighbourhood(id: "csto", types: ${'['.repeat(5000)}"MEMBER_OF"${']'.repeat(5000)}) { truncated } }`;
    expect(refused(await query(deep), 400, 'QUERY_TOO_COMPLEX').message).toMatch(/nests .* deep; the limit is 64/);
  });

  it('refuses subscriptions and persisted queries, which this API does not offer', async () => {
    expect(refused(await query('subscription { x }'), 400, 'BAD_REQUEST').message).toMatch(/no subscription operations/);
    const persisted = await post(JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }));
    refused(persisted, 400, 'PERSISTED_QUERY_NOT_SUPPORTED');
  });
});

describe('crafted cursors', () => {
  const cursor = (offset: string) => Buffer.from(`{"offset":${offset}}`).toString('base64url');

  it.each([['1e300'], ['9223372036854775807'], ['-1'], ['1.5']])('refuses an offset of %s on search and on Entity.relationships', async (offset) => {
    const search = refused(await query('query($a: String) { search(text: "csto", after: $a) { totalCount } }', { a: cursor(offset) }), 400, 'BAD_USER_INPUT');
    expect(search).toMatchObject({ message: 'after is not a cursor this query returned', extensions: { field: 'after' } });
    const relationships = await query('query($a: String) { entity(id: "csto") { relationships(after: $a) { totalCount } } }', { a: cursor(offset) });
    // entity is nullable: the error is partial and the request as a whole answered, with the same error.
    expect(relationships.text).not.toMatch(/INTERNAL_SERVER_ERROR|overflow/i);
    expect(relationships.body.errors?.[0]).toMatchObject({ message: 'after is not a cursor this query returned', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('still pages with the cursors it gives', async () => {
    const first = await query('{ search(text: "csto", first: 1) { pageInfo { endCursor } } }');
    const after = (first.body as any).data.search.pageInfo.endCursor;
    const next = await query('query($a: String) { search(text: "csto", first: 1, after: $a) { edges { node { id } } } }', { a: after });
    expect(next.status).toBe(200);
    expect(next.body.errors).toBeUndefined();
  });
});

describe('bodies that are not a GraphQL request', () => {
  it.each([
    ['{', /not valid JSON/],
    ['null', /must be a JSON object/],
    ['123', /must be a JSON object/],
    ['{"query":"{ stats { entities } }"} garbage', /not valid JSON/],
  ])('answers %j with 400 BAD_REQUEST', async (body, message) => {
    expect(refused(await post(body), 400, 'BAD_REQUEST').message).toMatch(message);
  });

  it('answers charsets it cannot read with 4xx, and reads real UTF-16', async () => {
    const stats = '{"query":"{ stats { entities } }"}';
    expect(refused(await post(stats, { 'content-type': 'application/json; charset=utf-16' }), 400, 'BAD_REQUEST').message).toMatch(/charset it names \(utf-16\)/);
    expect(refused(await post(stats, { 'content-type': 'application/json; charset=klingon' }), 415, 'BAD_REQUEST').message).toMatch(/charset "klingon"/);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(stats, 'utf16le')]);
    const answered = await post(utf16, { 'content-type': 'application/json; charset=utf-16' });
    expect(answered.status).toBe(200);
    expect(answered.body.errors).toBeUndefined();
  });

  it('answers bodies over the limit with 413, however they come', async () => {
    const big = ' '.repeat(10 * 1024 * 1024);
    refused(await post(big), 413, 'BAD_REQUEST');
    const chunked = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode(' '.repeat(1024 * 1024)));
        controller.close();
      },
    });
    refused(await send('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: chunked, duplex: 'half' } as RequestInit), 413, 'BAD_REQUEST');
    const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(100_000);
    expect(refused(await post(bomb, { 'content-encoding': 'gzip' }), 413, 'BAD_REQUEST').message).toMatch(/larger than 2MB \(after decompression\)/);
  });

  it('answers bad compressed data and unknown encodings with 4xx', async () => {
    expect(refused(await post('not gzip at all', { 'content-encoding': 'gzip' }), 400, 'BAD_REQUEST').message).toBe('The request body is not valid gzip data.');
    expect(refused(await post('not brotli', { 'content-encoding': 'br' }), 400, 'BAD_REQUEST').message).toBe('The request body is not valid br data.');
    expect(refused(await post('{}', { 'content-encoding': 'foo' }), 415, 'BAD_REQUEST').message).toMatch(/Content-Encoding "foo" is not supported/);
  });
});

describe('paths', () => {
  it.each([['/reports/%ff.md'], ['/reports/%.md']])('answers %s with 400 BAD_REQUEST', async (path) => {
    expect(refused(await send(path), 400, 'BAD_REQUEST').message).toMatch(/not valid percent-encoded UTF-8/);
  });

  it('answers what is not served with 404 NOT_FOUND', async () => {
    refused(await send('/no/such/thing'), 404, 'NOT_FOUND');
    expect(refused(await send('/reports/atlantis.md'), 404, 'NOT_FOUND').message).toBe('No entity has the id "atlantis"');
  });
});

describe('huge values', () => {
  const huge = '9'.repeat(1024 * 1024);

  it('does not echo a 1 MB asOf or types value', async () => {
    const asOf = refused(await query('query($d: PartialDate) { neighbourhood(id: "csto", asOf: $d) { truncated } }', { d: huge }), 400, 'BAD_USER_INPUT');
    expect(asOf.message.length).toBeLessThan(400);
    expect(asOf.message).toMatch(/^asOf: "9{100}…" is not a partial ISO date/);
    const types = refused(await query('query($t: [String!]) { neighbourhood(id: "csto", types: $t) { truncated } }', { t: [huge] }), 400, 'BAD_USER_INPUT');
    expect(types.message.length).toBeLessThan(400);
    expect(types.extensions?.field).toBe('types');
    const manyTypes = refused(await query('query($t: [String!]) { neighbourhood(id: "csto", types: $t) { truncated } }', { t: Array.from({ length: 5000 }, (_, i) => `T${i}`) }), 400, 'BAD_USER_INPUT');
    expect(manyTypes.message).toMatch(/T0, T1, T2, T3, T4 and 4995 more/);
    const inline = refused(await query(`{ neighbourhood(id: "csto", asOf: "${huge}") { truncated } }`), 400, 'BAD_USER_INPUT');
    expect(inline.message.length).toBeLessThan(400);
    const report = refused(await send(`/reports/csto.md?asOf=${huge.slice(0, 10_000)}`), 400, 'BAD_USER_INPUT');
    expect(report.message.length).toBeLessThan(400);
  });
});
