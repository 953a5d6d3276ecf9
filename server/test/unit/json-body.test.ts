import express from 'express';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { directLength, jsonBody } from '../../src/http/json-body';

const LIMIT = 1024;

/** What a route saw of a body: the value read, or the error with the fields the error handler reads. */
type Outcome = { body: unknown } | { error: { type: unknown; status: unknown; message: string; body: unknown } };

/** A local app reading each body twice over: /general with express.json, /direct with jsonBody. */
async function serve() {
  const app = express();
  const report: express.RequestHandler = (req, res) => void res.json({ body: req.body as unknown });
  app.post('/general', express.json({ limit: LIMIT }), report);
  app.post('/direct', jsonBody(LIMIT), report);
  app.use(((error, _req, res, _next) => {
    const { type, status, message, body } = error as { type?: string; status?: number; message: string; body?: unknown };
    res.status(200).json({ error: { type: type ?? null, status: status ?? null, message, body: body ?? null } });
  }) as express.ErrorRequestHandler);
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const send = (path: string, body: Buffer, headers: http.OutgoingHttpHeaders) =>
    new Promise<Outcome>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, path, method: 'POST', headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk)).on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Outcome));
      });
      req.on('error', reject);
      req.end(body);
    });
  const close = () => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return { send, close };
}

const json = { 'content-type': 'application/json' };
const BODIES: Array<[string, Buffer, http.OutgoingHttpHeaders]> = [
  ['a query', Buffer.from('{"query":"{ entity(id: \\"csto\\") { name } }","variables":{"a":[1,2]}}'), json],
  ['a batch', Buffer.from('[{"query":"{ stats { entities } }"}]'), json],
  ['leading whitespace', Buffer.from(' \n\t{"query":"x"}'), json],
  ['Cyrillic text', Buffer.from('{"query":"ОДКБ"}'), { 'content-type': 'application/json; charset=utf-8' }],
  ['a quoted charset in capitals', Buffer.from('{"query":"x"}'), { 'content-type': 'Application/JSON; charset="UTF-8"' }],
  ['a byte order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"query":"x"}')]), json],
  ['an empty body', Buffer.alloc(0), json],
  ['invalid UTF-8', Buffer.concat([Buffer.from('{"query":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]), json],
  ['broken JSON', Buffer.from('{"query": "x",'), json],
  ['a number', Buffer.from('123'), json],
  ['a string', Buffer.from('"{ stats }"'), json],
  ['a form feed first', Buffer.from('\f{"query":"x"}'), json],
  ['text', Buffer.from('query={stats}'), json],
  ['a body at the limit', Buffer.from(`{"query":"${'x'.repeat(LIMIT - 12)}"}`), json],
  ['a body over the limit', Buffer.from(`{"query":"${'x'.repeat(LIMIT)}"}`), json],
  ['gzip', zlib.gzipSync('{"query":"x"}'), { ...json, 'content-encoding': 'gzip' }],
  ['an unknown encoding', Buffer.from('{"query":"x"}'), { ...json, 'content-encoding': 'foo' }],
  ['UTF-16', Buffer.from('{"query":"x"}', 'utf16le'), { 'content-type': 'application/json; charset=utf-16le' }],
  ['latin-1', Buffer.from('{"query":"x"}'), { 'content-type': 'application/json; charset=latin1' }],
  ['chunked', Buffer.from('{"query":"x"}'), { ...json, 'transfer-encoding': 'chunked' }],
  ['another type', Buffer.from('{"query":"x"}'), { 'content-type': 'text/plain' }],
];

describe('reading JSON bodies (jsonBody)', () => {
  it.each(BODIES)('reads %s as express.json does, value or error', async (_name, body, headers) => {
    const server = await serve();
    try {
      const withLength = headers['transfer-encoding'] ? headers : { ...headers, 'content-length': body.length };
      const general = await server.send('/general', body, withLength);
      const direct = await server.send('/direct', body, withLength);
      expect(direct).toEqual(general);
    } finally {
      await server.close();
    }
  });

  it('reads plain JSON in UTF-8 within the limit itself, and leaves the rest to express.json', () => {
    expect(directLength({ 'content-type': 'application/json', 'content-length': '42' }, LIMIT)).toBe(42);
    expect(directLength({ 'content-type': 'application/json; charset=utf-8', 'content-length': '0' }, LIMIT)).toBe(0);
    expect(directLength({ 'content-type': 'application/json', 'content-length': String(LIMIT) }, LIMIT)).toBe(LIMIT);
    expect(directLength({ 'content-type': 'application/json', 'content-length': String(LIMIT + 1) }, LIMIT)).toBeNull();
    expect(directLength({ 'content-type': 'application/json' }, LIMIT)).toBeNull();
    expect(directLength({ 'content-type': 'application/json', 'content-length': '42', 'content-encoding': 'gzip' }, LIMIT)).toBeNull();
    expect(directLength({ 'content-type': 'application/json; charset=utf-16', 'content-length': '42' }, LIMIT)).toBeNull();
    expect(directLength({ 'content-type': 'application/graphql-response+json', 'content-length': '42' }, LIMIT)).toBeNull();
  });
});
