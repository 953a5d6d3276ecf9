import compression from 'compression';
import express from 'express';
import path from 'node:path';
import zlib from 'node:zlib';

/** Below this, compressing costs more than the bytes it saves. */
export const COMPRESSION_THRESHOLD = 1024;

/** Brotli's quality for answers compressed as they are sent (the compression middleware's own default). */
const BROTLI_QUALITY = 4;

export type BodyEncoding = 'br' | 'gzip';

/** The encoding a client takes for a body of `length` bytes: none below the threshold or when it accepts neither. */
export function encodingFor(req: express.Request, length: number): BodyEncoding | null {
  if (length < COMPRESSION_THRESHOLD || req.headers['accept-encoding'] === undefined) return null;
  const accepted = req.acceptsEncodings('br', 'gzip');
  return accepted === 'br' || accepted === 'gzip' ? accepted : null;
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

/**
 * The built explorer: hashed assets cached for a year, index.html (which names them) revalidated on
 * every load, so a new build is picked up at once.
 */
export function explorerAssets(dist: string): express.RequestHandler {
  return express.static(dist, {
    index: 'index.html',
    setHeaders(res, file) {
      const hashed = path.relative(dist, file).startsWith(`assets${path.sep}`);
      res.setHeader('Cache-Control', hashed ? IMMUTABLE : 'no-cache');
    },
  });
}
