#!/usr/bin/env node
// `npm run build:cli`: the `tiendo` command as built JavaScript in dist/cli, so that it starts without
// compiling TypeScript (bin/tiendo.js runs it when it is newer than src/, and tsx otherwise). One chunk
// per subcommand: `tiendo extract` loads the extractor, not the database, server or documents code.
import { readFile, rm } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
// esbuild comes with tsx (a dependency), which compiles with it.
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// `--outdir DIR` builds elsewhere (the CLI's build test does, to leave dist/ alone).
const at = process.argv.indexOf('--outdir');
const outdir = at > 0 && process.argv[at + 1] ? resolve(process.argv[at + 1]) : join(root, 'dist/cli');

// Modules find their files from import.meta.url (migrations, the web build, the demo report): each is
// pointed at its own source file, so those relative URLs resolve as they do under tsx.
const sourceUrls = {
  name: 'source-urls',
  setup(b) {
    b.onLoad({ filter: /[/\\]src[/\\].*\.ts$/ }, async (args) => {
      const contents = await readFile(args.path, 'utf8');
      if (!contents.includes('import.meta.url')) return { contents, loader: 'ts' };
      const own = JSON.stringify(relative(outdir, args.path).split('\\').join('/'));
      return {
        contents: contents.replaceAll('import.meta.url', `new URL(${own}, import.meta.url).href`),
        loader: 'ts',
      };
    });
  },
};

// Chunk names carry a hash: files of an earlier build would pile up beside the new ones.
await rm(outdir, { recursive: true, force: true });
await build({
  entryPoints: { tiendo: join(root, 'src/main.ts') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  // Flat: every chunk sits in outdir, where the source URLs above are relative to.
  chunkNames: '[name]-[hash]',
  plugins: [sourceUrls],
  logLevel: 'warning',
});
