/**
 * Build of the admin console (issue 16): Preact + TypeScript bundled by vite into
 * dist/web/console, served by the server at /console (src/http/routes/console.ts). No CDN:
 * every script, style and font ships in the bundle. The SDK is taken from its sources.
 */
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: '/console/',
  plugins: [preact()],
  resolve: { alias: { '@parley/client': here('../../packages/client/src/index.ts') } },
  build: {
    outDir: here('../../dist/web/console'),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 400,
  },
  logLevel: 'warn',
});
