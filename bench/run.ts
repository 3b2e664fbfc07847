// `npm run bench`: runs every bench/*.bench.ts (or those named on the command line) and prints their figures.
// Each file exports one or more `bench…` functions that print ratios against a baseline measured in the same run.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensurePostgres } from './pg-cluster';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
  .sort();

await ensurePostgres();
for (const file of files) {
  console.log(`\n### ${file}`);
  const module: Record<string, unknown> = await import(pathToFileURL(join(here, file)).href);
  for (const [name, fn] of Object.entries(module)) {
    if (name.startsWith('bench') && typeof fn === 'function') await (fn as () => Promise<void>)();
  }
}
