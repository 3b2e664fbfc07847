// The built web app for browser tests and the bench: reused when newer than every source file, else rebuilt.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '../..');
export const WEB_ROOT = join(REPO, 'dist/web');

function newestSource(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    newest = Math.max(newest, stat.isDirectory() ? newestSource(path) : stat.mtimeMs);
  }
  return newest;
}

/** Builds dist/web unless it is already newer than src/web and src/core. */
export function ensureWebBuild(): string {
  const index = join(WEB_ROOT, 'index.html');
  const sources = Math.max(newestSource(join(REPO, 'src/web')), newestSource(join(REPO, 'src/core')));
  if (existsSync(index) && statSync(index).mtimeMs > sources) return WEB_ROOT;
  const build = spawnSync(
    'npx',
    ['vite', 'build', '--config', 'src/web/vite.config.ts', '--logLevel', 'warn'],
    {
      cwd: REPO,
      encoding: 'utf8',
    },
  );
  if (build.status !== 0) throw new Error(`web build failed:\n${build.stdout}\n${build.stderr}`);
  return WEB_ROOT;
}
