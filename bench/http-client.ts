import http from 'node:http';
import zlib from 'node:zlib';

/**
 * The benchmarks' HTTP client: a POST over node:http with a keep-alive agent. The load generator runs
 * in the same process as the servers it measures (bench:api, bench:peer), so its own CPU per request
 * is taken from theirs: Node's fetch (undici) cost about 2 ms of CPU per small request on the
 * project's machine, this about 0.7 ms (bench/README.md, "Entity with aliases and citations"). It
 * asks for compression as fetch and browsers do (`accept-encoding`), so the servers do the same work
 * as for a real client, and inflates the answer as fetch would.
 */
// Idle sockets are closed after 4 s, before the servers' 5 s (Node's keepAliveTimeout) closes them.
const agent = new http.Agent({ keepAlive: true, maxSockets: 256, timeout: 4_000 });

const ACCEPT_ENCODING = 'gzip, deflate, br';

function inflate(body: Buffer, encoding: string | undefined): Buffer {
  if (encoding === 'br') return zlib.brotliDecompressSync(body);
  if (encoding === 'gzip') return zlib.gunzipSync(body);
  if (encoding === 'deflate') return zlib.inflateSync(body);
  return body;
}

/**
 * POSTs `body` as JSON to `url` and resolves with the response's status and text. A kept-alive socket
 * the server closed just as it was reused fails at once (ECONNRESET); the request is sent again on a
 * new one, as Node's documentation advises (the benchmarks send reads only).
 */
export async function postJson(url: string, body: string): Promise<{ status: number; text: string }> {
  try {
    return await postOnce(url, body);
  } catch (error) {
    if ((error as { reusedSocket?: boolean }).reusedSocket) return postOnce(url, body);
    throw error;
  }
}

function postOnce(url: string, body: string): Promise<{ status: number; text: string }> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'accept-encoding': ACCEPT_ENCODING },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          try {
            resolve({ status: response.statusCode ?? 0, text: inflate(Buffer.concat(chunks), response.headers['content-encoding']).toString('utf8') });
          } catch (error) {
            reject(error);
          }
        });
      },
    );
    request.on('error', (error: NodeJS.ErrnoException) => {
      reject(Object.assign(error, { reusedSocket: request.reusedSocket && (error.code === 'ECONNRESET' || error.code === 'EPIPE') }));
    });
    request.end(body);
  });
}
