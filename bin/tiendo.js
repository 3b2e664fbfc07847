#!/usr/bin/env node
// Runs the built CLI (dist/cli, `npm run build:cli`) when it is at least as new as every source file, so
// `tiendo` starts without compiling TypeScript; otherwise the sources through tsx, so `npx tiendo`
// works straight after a checkout or an edit.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'dist/cli/tiendo.js');

function mtime(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return Number.NaN;
  }
}

/** The newest modification time of the files the build reads: src/ and package.json. */
function newestSource() {
  let newest = mtime(join(root, 'package.json'));
  for (const entry of readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && /\.(ts|tsx|json)$/.test(entry.name))
      newest = Math.max(newest, mtime(join(entry.parentPath ?? entry.path, entry.name)));
  }
  return newest;
}

const builtAt = mtime(built);
if (builtAt >= newestSource() && process.env.TIENDO_FROM_SOURCES !== '1') {
  await import(pathToFileURL(built).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/main.ts');
}
