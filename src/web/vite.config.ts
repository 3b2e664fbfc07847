// Vite builds the single-page app from src/web into dist/web at the repo root, where the server serves it.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 700,
  },
  server: {
    // During `npm run dev:web` the API runs on the server's port; same-origin in production.
    proxy: { '/api': 'http://localhost:8080' },
  },
});
