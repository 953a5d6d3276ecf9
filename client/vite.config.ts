import { defineConfig } from 'vite';
import path from 'node:path';
import { precompressAssets } from './precompress';

// The explorer is built into client/dist, which the server serves at /.
// `npm run dev:client` serves it with hot reload and sends API calls to `npm start`'s server.
export default defineConfig({
  root: path.resolve(__dirname),
  base: '/',
  plugins: [precompressAssets()],
  build: {
    outDir: path.resolve(__dirname, 'dist'),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: { '/graphql': 'http://127.0.0.1:4000', '/reports': 'http://127.0.0.1:4000' },
  },
});
