// How the benches time their work: wall-clock milliseconds of runs one after the other, never in parallel.

/** The milliseconds of each of `runs` runs of work. */
export async function timings(runs: number, work: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return times;
}

/** The middle value (the upper one of an even count); 0 for none. */
export function middle(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
}

/** The median milliseconds of `runs` runs of work. */
export async function median(runs: number, work: () => Promise<unknown>): Promise<number> {
  return middle(await timings(runs, work));
}

/** What one run of work gives, and its milliseconds. */
export async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
}
