import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../extract/extract';

const ROOT = resolve(__dirname, '../..');
const FIXTURE = join(ROOT, 'fixtures/cai-nuoc-2023-11-17.txt');
// Inside the checkout (dist/ is ignored by git), where the packages the build leaves external resolve.
mkdirSync(join(ROOT, 'dist'), { recursive: true });
const out = mkdtempSync(join(ROOT, 'dist/cli-test-'));

/** Every module a built chunk reaches through its imports, static and dynamic, and the packages among them. */
function reach(entry: string): { chunks: Set<string>; packages: Set<string> } {
  const chunks = new Set<string>();
  const packages = new Set<string>();
  const walk = (file: string) => {
    if (chunks.has(file)) return;
    chunks.add(file);
    const source = readFileSync(join(out, file), 'utf8');
    for (const m of source.matchAll(/(?:import|from)\s*\(?\s*"([^"]+)"/g)) {
      const spec = m[1] as string;
      if (spec.startsWith('./')) walk(spec.slice(2));
      else packages.add(spec);
    }
  };
  walk(entry);
  return { chunks, packages };
}

beforeAll(() => {
  execFileSync(process.execPath, [join(ROOT, 'bin/build-cli.js'), '--outdir', out]);
}, 60_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the built tiendo command (npm run build:cli)', () => {
  it('extracts the Cái Nước example exactly as the sources do', () => {
    const printed = execFileSync(process.execPath, [join(out, 'tiendo.js'), 'extract', '--json', FIXTURE], {
      encoding: 'utf8',
    });
    const result = JSON.parse(printed);
    expect(result.statements).toHaveLength(13);
    expect(result).toEqual(JSON.parse(JSON.stringify(extract(readFileSync(FIXTURE, 'utf8')))));
  });

  it('loads no database, server or spreadsheet package for tiendo extract', () => {
    const entry = readdirSync(out).find((f) => f.startsWith('extract.command-') && f.endsWith('.js'));
    expect(entry).toBeDefined();
    const { packages } = reach(entry as string);
    expect([...packages].sort()).toEqual(['mammoth', 'node:fs/promises', 'node:zlib', 'unpdf']);
  });

  it('finds the files its modules name from their own place (migrations, web build, demo report)', () => {
    const urls = readdirSync(out)
      .filter((f) => f.endsWith('.js'))
      .flatMap((f) => [
        ...readFileSync(join(out, f), 'utf8').matchAll(/new URL\("([^"]+)", import\.meta\.url\)/g),
      ])
      .map((m) => resolve(out, m[1] as string).slice(ROOT.length + 1))
      .sort();
    expect(urls).toEqual([
      'src/app/demo/demo-transition.ts',
      'src/app/demo/load-demo.ts',
      'src/db/database.ts',
      'src/server/web/web-app.plugin.ts',
    ]);
  });
});
