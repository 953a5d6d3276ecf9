import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Plugin } from 'vite';

/** Text formats worth compressing (images and fonts are compressed already; source maps are for devtools alone, and slow to compress). */
const COMPRESSIBLE = /\.(js|mjs|css|svg|json|txt|wasm)$/;

/** Below this, the server sends a file as it is (its own compression threshold). */
const THRESHOLD = 1024;

/**
 * Writes `<file>.br` (brotli, best quality) and `<file>.gz` (gzip, level 9) beside each hashed asset,
 * once at build time, for the server to send as they are (server/src/http/compression.ts): no
 * compression per request, and smaller than what a server can afford to compress on the fly.
 */
export function precompressAssets(): Plugin {
  let outDir = '';
  return {
    name: 'orgraph-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    writeBundle(_options, bundle) {
      for (const name of Object.keys(bundle)) {
        if (!name.startsWith('assets/') || !COMPRESSIBLE.test(name)) continue;
        const file = path.join(outDir, name);
        const content = fs.readFileSync(file);
        if (content.length < THRESHOLD) continue;
        const brotli = zlib.brotliCompressSync(content, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.length } });
        const gzip = zlib.gzipSync(content, { level: zlib.constants.Z_BEST_COMPRESSION });
        if (brotli.length < content.length) fs.writeFileSync(`${file}.br`, brotli);
        if (gzip.length < content.length) fs.writeFileSync(`${file}.gz`, gzip);
      }
    },
  };
}
