// STYLE 11: the committed migrations must match the schema. drizzle-kit generates into a copy of the
// migrations folder; any new file there means someone changed a *.schema.ts without `npm run db:generate`.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER } from './database';

const ROOT = resolve(__dirname, '../..');

function sqlFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.sql'))
    .sort();
}

describe('migrations', () => {
  it('match the schema files (else run `npm run db:generate` and commit the result)', () => {
    const copy = join(mkdtempSync(join(tmpdir(), 'tiendo-drift-')), 'migrations');
    cpSync(MIGRATIONS_FOLDER, copy, { recursive: true });
    try {
      // drizzle-kit prefixes the out path with "./", so it must be relative to the working directory.
      const result = spawnSync(
        'npx',
        [
          'drizzle-kit',
          'generate',
          '--dialect',
          'postgresql',
          '--schema',
          './src/db/**/*.schema.ts',
          '--out',
          relative(ROOT, copy),
        ],
        { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 90_000 },
      );
      const added = sqlFiles(copy).filter((f) => !sqlFiles(MIGRATIONS_FOLDER).includes(f));
      const pending = added.map((f) => `${f}:\n${readFileSync(join(copy, f), 'utf8')}`).join('\n');
      const problem =
        result.status !== 0
          ? `drizzle-kit generate failed (maybe it asks about a rename; run \`npm run db:generate\`):\n${result.stderr}`
          : pending &&
            `schema changed without a migration; run \`npm run db:generate\` and commit:\n${pending}`;
      expect(problem).toBe('');
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }, 120_000);

  it('list every migration file in the journal the migrators read', () => {
    const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8')) as {
      entries: { tag: string }[];
    };
    expect(journal.entries.map((e) => `${e.tag}.sql`)).toEqual(sqlFiles(MIGRATIONS_FOLDER));
  });

  it('say why in the first line of a hand-written migration', () => {
    const text = readFileSync(join(MIGRATIONS_FOLDER, '0001_audit_append_only.sql'), 'utf8');
    expect(text.split('\n')[0]).toMatch(/^-- Hand-written .*: the audit trail must be append-only/);
  });
});
