// CLI test kit: run a command and keep what it printed, with its exit code.
import { vi } from 'vitest';

/** Runs a command with console.log and console.error captured. */
export async function capture(work: () => Promise<number>) {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')));
  try {
    const code = await work();
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}
