// Vite builds the single-page app from src/web into dist/web at the repo root, where the server serves it.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const CHARTS = /node_modules[\\/](echarts|zrender|tslib)[\\/]/;

/**
 * The entry module imports nothing up front, so that it runs at once and starts the first screen's
 * requests (api/early.ts); the libraries and the app it then imports are fetched from the start instead.
 */
function preloadApp(): Plugin {
  return {
    name: 'tiendo-preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const chunks = Object.values(context.bundle ?? {}).filter(
          (c) => c.type === 'chunk' && (c.name === 'vendor' || c.name === 'start'),
        );
        return chunks.map((c) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `/${c.fileName}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

export default defineConfig(({ command }) => {
  // A build is for production even when a test run starts it: vitest sets NODE_ENV=test, which made
  // Vite bundle React's development build (jsxDEV, owner stacks), twice as slow to render the overview.
  if (command === 'build') process.env.NODE_ENV = 'production';
  return {
    root,
    base: '/',
    plugins: [react(), preloadApp()],
    build: {
      outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
      emptyOutDir: true,
      sourcemap: false,
      chunkSizeWarningLimit: 700,
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              // React, Mantine, TanStack Query and i18next in one file instead of twenty small ones the
              // browser fetched six at a time; ECharts stays in the chart's own chunk, loaded on demand,
              // and stylesheets stay with the entry, which must not wait for this file to run.
              {
                name: 'vendor',
                test: (id: string) => /node_modules/.test(id) && !CHARTS.test(id) && !/\.css$/.test(id),
              },
            ],
          },
        },
      },
    },
    server: {
      // During `npm run dev:web` the API runs on the server's port; same-origin in production.
      proxy: { '/api': 'http://localhost:8080' },
    },
  };
});
