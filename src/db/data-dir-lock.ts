// An embedded database can be open in one process at a time: a lock file holding the owner's pid says
// who has it, and a lock whose pid is dead is stale (the owner crashed) and is taken over.
import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { DbError } from './errors';

export const LOCK_FILE = 'tiendo.lock';
export const HELD_MESSAGE =
  'Cơ sở dữ liệu nhúng ở DATA_DIR đang được một tiến trình khác (máy chủ?) sử dụng; dừng nó hoặc đặt DATABASE_URL';

const heldHere = new Set<string>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else, so it is alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function ownerOf(path: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function tryCreate(path: string): boolean {
  try {
    const fd = openSync(path, 'wx');
    writeSync(fd, `${process.pid}\n`);
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * Takes the lock of a data directory, or throws DbError('database_locked') when a live process holds it.
 * @example const release = lockDataDir('./data'); release();
 */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    if (tryCreate(path)) {
      heldHere.add(path);
      return () => release(path);
    }
    const owner = ownerOf(path);
    const heldByUs = owner === process.pid && heldHere.has(path);
    if (heldByUs || (owner !== null && owner !== process.pid && isAlive(owner))) {
      throw new DbError('database_locked', HELD_MESSAGE, { dataDir, pid: owner });
    }
    // Stale (dead owner, or unreadable while half-written): remove and retry.
    try {
      unlinkSync(path);
    } catch {
      // Another process removed it first; the next attempt decides.
    }
  }
  throw new DbError('database_locked', HELD_MESSAGE, { dataDir });
}

function release(path: string): void {
  if (!heldHere.delete(path)) return;
  try {
    if (ownerOf(path) === process.pid) unlinkSync(path);
  } catch {
    // Already gone: nothing to release.
  }
}

// A process that exits without closing its database must not leave a lock that looks alive to itself.
process.once('exit', () => {
  for (const path of [...heldHere]) release(path);
});
