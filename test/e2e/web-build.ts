// The built web app for browser tests and the bench: reused when newer than every source file, else rebuilt.
// Test files run in parallel processes: on a clean clone each would start its own build into the same folder
// and serve half-written assets, so one build at a time runs under a lock and the others wait for it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '../..');
export const WEB_ROOT = join(REPO, 'dist/web');
const LOCK = join(REPO, 'dist/.web-build.lock');
/** What the web bundle is built from: its own code and what it imports. */
const SOURCES = ['src/web', 'src/core', 'src/contract'];

function newestSource(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    newest = Math.max(newest, stat.isDirectory() ? newestSource(path) : stat.mtimeMs);
  }
  return newest;
}

function isFresh(): boolean {
  const index = join(WEB_ROOT, 'index.html');
  const sources = Math.max(...SOURCES.map((dir) => newestSource(join(REPO, dir))));
  return existsSync(index) && statSync(index).mtimeMs > sources;
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Takes the lock, waiting while a live process holds it; a lock left by a dead one is taken over. */
function lock(): void {
  mkdirSync(join(REPO, 'dist'), { recursive: true });
  const deadline = Date.now() + 300_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      return;
    } catch {
      const holder = Number(readFileSafe(join(LOCK, 'pid')));
      if (holder > 0 && !isAlive(holder)) rmSync(LOCK, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`web build: ${LOCK} held for 5 minutes by ${holder}`);
      else sleepSync(200);
    }
  }
}

function readFileSafe(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** Builds dist/web unless it is already newer than its sources. */
export function ensureWebBuild(): string {
  if (isFresh()) return WEB_ROOT;
  lock();
  try {
    // Another process may have built it while this one waited.
    if (isFresh()) return WEB_ROOT;
    const build = spawnSync(
      'npx',
      ['vite', 'build', '--config', 'src/web/vite.config.ts', '--logLevel', 'warn'],
      { cwd: REPO, encoding: 'utf8' },
    );
    if (build.status !== 0) throw new Error(`web build failed:\n${build.stdout}\n${build.stderr}`);
    return WEB_ROOT;
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
