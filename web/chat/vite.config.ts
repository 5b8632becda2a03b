import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

// The hosted chat page: built to dist/web/chat/, served at GET /chat/{orgSlug} (index.html with the
// organization's branding filled in) and /chat/assets/* (hashed scripts and styles).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/chat/',
  plugins: [preact()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/web/chat', import.meta.url)),
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
  },
});
