import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { postJson } from '../../../bench/http-client';

/** A local server whose handler sees each request with the number of requests its connection has carried. */
async function serve(handle: (req: http.IncomingMessage, res: http.ServerResponse, nthOnConnection: number) => void) {
  const counts = new WeakMap<object, number>();
  const server = http.createServer((req, res) => {
    const n = (counts.get(req.socket) ?? 0) + 1;
    counts.set(req.socket, n);
    req.resume();
    req.on('end', () => handle(req, res, n));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const close = () => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return { url, close };
}

describe('the benchmarks\' HTTP client', () => {
  it('asks for compression as fetch does and inflates brotli and gzip answers', async () => {
    const body = JSON.stringify({ data: { entity: { name: 'Организация Договора о коллективной безопасности' } } });
    const seen: string[] = [];
    const server = await serve((req, res) => {
      seen.push(req.headers['accept-encoding'] ?? '');
      const encoding = req.url?.endsWith('br') ? 'br' : 'gzip';
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': encoding });
      res.end(encoding === 'br' ? zlib.brotliCompressSync(body) : zlib.gzipSync(body));
    });
    try {
      expect(await postJson(`${server.url}?br`, '{}')).toEqual({ status: 200, text: body });
      expect(await postJson(`${server.url}?gzip`, '{}')).toEqual({ status: 200, text: body });
      expect(seen).toEqual(['gzip, deflate, br', 'gzip, deflate, br']);
    } finally {
      await server.close();
    }
  });

  it('sends a request again on a new connection when a kept-alive one is closed as it is reused, and only then', async () => {
    let connections = 0;
    const server = await serve((_req, res, nthOnConnection) => {
      if (nthOnConnection === 1) connections += 1;
      // The second request of a connection finds it closed, as when the server's keep-alive timeout ends it.
      if (nthOnConnection === 2) return void res.socket?.destroy();
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(`{"n":${nthOnConnection}}`);
    });
    try {
      expect((await postJson(server.url, '{}')).text).toBe('{"n":1}');
      expect((await postJson(server.url, '{}')).text).toBe('{"n":1}');
      expect(connections).toBe(2);
    } finally {
      await server.close();
    }
    // A connection that fails on its first request is not a reused one: the error is the caller's.
    const failing = await serve((_req, res) => void res.socket?.destroy());
    try {
      await expect(postJson(failing.url, '{}')).rejects.toThrow(/socket hang up|ECONNRESET/);
    } finally {
      await failing.close();
    }
  });
});
