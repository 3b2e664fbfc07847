// The app server as the HTTP benches run it: `tiendo serve` in a child process on a free port, signed in to as
// the bench's admin, its memory read from /proc, its event loop measured by a probe loaded into it.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

export const BENCH_PASSWORD = 'bench-password';

export interface Session {
  cookie: string;
  csrfToken: string;
}

export interface LoopDelay {
  p99: number;
  max: number;
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

/**
 * Starts the server; with `probeLoop` it loads bench/loop-probe.mjs, which answers `loopDelay(child)` over IPC
 * so the stall is measured inside the server, not guessed from response times.
 */
export async function startServer(
  databaseUrl: string,
  port: number,
  options: { probeLoop?: boolean } = {},
): Promise<ChildProcess> {
  const probe = options.probeLoop ? ['--import', new URL('./loop-probe.mjs', import.meta.url).href] : [];
  const child = spawn(process.execPath, [...probe, 'bin/tiendo.js', 'serve'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit', ...(options.probeLoop ? (['ipc'] as const) : [])],
  });
  for (let i = 0; i < 1200; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return child;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error('the server did not answer /api/health within 120 s');
}

/** The server's event-loop delay since the last ask (the probe resets its histogram on each answer). */
export function loopDelay(child: ChildProcess): Promise<LoopDelay> {
  return new Promise((resolve) => {
    child.once('message', (m) => resolve(m as LoopDelay));
    child.send('loop-delay');
  });
}

export async function login(port: number, username = 'bench'): Promise<Session> {
  const res = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: BENCH_PASSWORD }),
  });
  if (!res.ok) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

export function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}
