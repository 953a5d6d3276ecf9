import compression from 'compression';
import express from 'express';
import fs from 'node:fs';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';

/** Below this, compressing costs more than the bytes it saves. */
export const COMPRESSION_THRESHOLD = 1024;

/** Brotli's quality for answers compressed as they are sent (the compression middleware's own default). */
const BROTLI_QUALITY = 4;

export type BodyEncoding = 'br' | 'gzip';

/** The encoding each Accept-Encoding value chose: clients send a handful of distinct ones. */
const negotiated = new Map<string, BodyEncoding | null>();
/** A bound on the remembered values: a client sending many more costs only the negotiation again. */
const MAX_NEGOTIATED = 64;

/** The encoding a client takes for a body of `length` bytes: none below the threshold or when it accepts neither. */
export function encodingFor(req: IncomingMessage, length: number): BodyEncoding | null {
  const accepted = req.headers['accept-encoding'];
  if (length < COMPRESSION_THRESHOLD || accepted === undefined) return null;
  let encoding = negotiated.get(accepted);
  if (encoding === undefined) {
    // Express's negotiation, called on the request as it is (the front answers before Express sees it).
    const accepts = (name: BodyEncoding) => express.request.acceptsEncodings.call(req as express.Request, name) === name;
    // Brotli whenever it is acceptable at all, as the compression middleware prefers it: it is the smaller.
    encoding = accepts('br') ? 'br' : accepts('gzip') ? 'gzip' : null;
    if (negotiated.size >= MAX_NEGOTIATED) negotiated.clear();
    negotiated.set(accepted, encoding);
  }
  return encoding;
}

/** A body compressed once, to be sent many times (a cached answer), as the middleware would have compressed it. */
export function encodeBody(body: string, encoding: BodyEncoding): Buffer {
  return encoding === 'br' ? zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } }) : zlib.gzipSync(body);
}

/** gzip or brotli (quality 4: fast enough per response) for every answer over the threshold, when the client accepts it. */
export function compressed(): express.RequestHandler {
  return compression({ threshold: COMPRESSION_THRESHOLD, brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } } });
}

/** A year: Vite names the files under assets/ after a hash of their content, so a name never changes meaning. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The file beside an asset holding it compressed, as client/precompress.ts writes it at build time. */
const PRECOMPRESSED: Record<BodyEncoding, string> = { br: '.br', gzip: '.gz' };

/**
 * Sends a hashed asset's precompressed copy (`.br`, `.gz`) to a client that accepts it, typed as the
 * asset itself; anything else (no copy, an asset under the threshold, an older build) falls through to
 * the static files, which the compression middleware compresses as it sends them.
 */
function precompressedAssets(dist: string): express.RequestHandler {
  const assets = path.join(dist, 'assets') + path.sep;
  return (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.path.startsWith('/assets/')) return next();
    let file: string;
    try {
      file = path.join(dist, decodeURIComponent(req.path));
    } catch {
      return next(); // not percent-encoded UTF-8: the static files refuse it
    }
    const encoding = file.startsWith(assets) ? encodingFor(req, COMPRESSION_THRESHOLD) : null;
    if (!encoding) return next();
    const copy = file + PRECOMPRESSED[encoding];
    fs.stat(copy, (error, stats) => {
      if (error || !stats.isFile()) return next();
      res.vary('Accept-Encoding');
      res.type(path.extname(file));
      res.setHeader('Content-Encoding', encoding);
      res.sendFile(copy, { headers: { 'Cache-Control': IMMUTABLE }, cacheControl: false }, (sendError) => {
        if (sendError && !res.headersSent) next(sendError);
      });
    });
  };
}

/**
 * The built explorer: hashed assets cached for a year (their compressed copies sent when the client
 * takes them), index.html (which names them) revalidated on every load, so a new build is picked up at once.
 */
export function explorerAssets(dist: string): express.RequestHandler[] {
  return [
    precompressedAssets(dist),
    express.static(dist, {
      index: 'index.html',
      setHeaders(res, file) {
        const hashed = path.relative(dist, file).startsWith(`assets${path.sep}`);
        res.setHeader('Cache-Control', hashed ? IMMUTABLE : 'no-cache');
      },
    }),
  ];
}
