import compression from 'compression';
import express from 'express';
import path from 'node:path';

/** Below this, compressing costs more than the bytes it saves. */
export const COMPRESSION_THRESHOLD = 1024;

/** gzip or brotli (quality 4: fast enough per response) for every answer over the threshold, when the client accepts it. */
export function compressed(): express.RequestHandler {
  return compression({ threshold: COMPRESSION_THRESHOLD });
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
