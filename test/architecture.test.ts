import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The folders are the architecture: each may import only the folders listed here.
// core is pure (no I/O); extract is pure text work on top of core; the server and the CLI compose the rest.
const ALLOWED: Record<string, { folders: string[]; why: string }> = {
  core: { folders: ['core'], why: 'core does no I/O and depends on nothing' },
  extract: { folders: ['extract', 'core'], why: 'the extractor depends only on core' },
  db: { folders: ['db', 'core'], why: 'the database layer knows only the domain' },
  documents: { folders: ['documents', 'core'], why: 'documents are built from domain values only' },
  contract: {
    folders: ['contract', 'core'],
    why: 'the HTTP contract is Zod schemas over domain types, shared by server and web',
  },
  app: {
    folders: ['app', 'core', 'db', 'extract', 'documents'],
    why: 'use cases compose repositories, the extractor and documents, and know no transport',
  },
  web: {
    folders: ['web', 'core', 'contract'],
    why: 'the web app talks to the server over HTTP through the contract, never to its internals',
  },
  server: {
    folders: ['server', 'app', 'contract', 'core', 'db', 'extract', 'documents'],
    why: 'the server presents the use cases over HTTP',
  },
  cli: {
    folders: ['cli', 'app', 'contract', 'core', 'db', 'extract', 'documents', 'server'],
    why: 'the CLI presents the use cases on the command line',
  },
};
const NODE_IO =
  /^(node:)?(fs|fs\/promises|net|http|https|child_process|worker_threads|dgram|dns|tls|os|process)$/;

const SRC = resolve(__dirname, '../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(
    /(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g,
  )) {
    found.push((m[1] ?? m[2]) as string);
  }
  return found;
}

function violations(): string[] {
  const problems: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const rel = relative(SRC, file);
    const folder = rel.split(/[\\/]/)[0] as string;
    const rule = ALLOWED[folder];
    if (!rule) {
      if (rel.includes('/')) problems.push(`src/${rel}: folder src/${folder} is not in the architecture`);
      continue;
    }
    for (const spec of importsOf(file)) {
      if (spec.startsWith('.')) {
        const target = relative(SRC, resolve(dirname(file), spec)).split(/[\\/]/)[0] as string;
        if (target.startsWith('..') || !rule.folders.includes(target)) {
          problems.push(`src/${rel} imports ${spec} (src/${target}): ${rule.why}`);
        }
      } else if ((folder === 'core' || folder === 'extract') && NODE_IO.test(spec)) {
        problems.push(`src/${rel} imports ${spec}: ${rule.why}, so no I/O`);
      }
    }
  }
  return problems;
}

describe('architecture', () => {
  it('keeps every import pointing inward to core', () => {
    expect(violations()).toEqual([]);
  });

  it('finds the source files it checks', () => {
    expect(sourceFiles(SRC).some((f) => f.endsWith('core/types.ts'))).toBe(true);
  });
});
