import express from 'express';
import { COMPRESSION_THRESHOLD, compressed } from './compression';

/** A string body's Content-Type with `charset=utf-8`, as Express's res.send sets it. */
export function utf8(type: string): string {
  return /;\s*charset=/i.test(type) ? type.replace(/;\s*charset=[^;]*/i, '; charset=utf-8') : `${type}; charset=utf-8`;
}

/**
 * `res.send` for the answers to POST /graphql (GraphQL's, the response cache's and the error handler's),
 * doing only what a POST answer can use. Express's own send hashes every body into an ETag and checks
 * its freshness, which a POST never uses (only GET and HEAD are revalidated), and the compression
 * middleware wraps every response's write and end to decide at the end that an answer under its
 * threshold stays as it is: together 3-4 % of a small read's CPU (bench/README.md, round 10). Here an
 * answer's size is known before it is sent: under the threshold it is written as it is, with the
 * `Vary: Accept-Encoding` the middleware would have added; at or over it the middleware (`compress`)
 * is put in front of the write only then, so it compresses exactly as before.
 */
function postAnswers(compress: express.RequestHandler): express.RequestHandler {
  function send(this: express.Response, body?: unknown): express.Response {
    if (typeof body !== 'string' && !Buffer.isBuffer(body)) return express.response.send.call(this, body);
    const type = this.getHeader('Content-Type');
    if (typeof body === 'string') this.setHeader('Content-Type', typeof type === 'string' ? utf8(type) : 'text/html; charset=utf-8');
    else if (type === undefined) this.setHeader('Content-Type', 'application/octet-stream');
    const length = typeof body === 'string' ? Buffer.byteLength(body) : body.length;
    this.setHeader('Content-Length', length);
    if (length >= COMPRESSION_THRESHOLD && this.getHeader('Content-Encoding') === undefined) {
      compress(this.req, this, () => this.end(body));
      return this;
    }
    this.vary('Accept-Encoding');
    this.end(body);
    return this;
  }
  return (_req, res, next) => {
    res.send = send;
    next();
  };
}

/** Compression for every response (the middleware), but through `postAnswers` for POST /graphql. */
export function answerEncoding(): express.RequestHandler {
  const compress = compressed();
  const posts = postAnswers(compress);
  return (req, res, next) => (req.method === 'POST' && req.path === '/graphql' ? posts(req, res, next) : compress(req, res, next));
}
