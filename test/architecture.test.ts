import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  importCycles,
  importsOf,
  layerViolations,
  type SourceTree,
  serverRepositoryViolations,
  sqlViolations,
} from './architecture-rules';

const ROOT = resolve(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The non-test sources of src/, keyed as the rules name them (src/core/types.ts). */
function srcTree(): SourceTree {
  return new Map(
    sourceFiles(join(ROOT, 'src')).map((f) => [
      relative(ROOT, f).split('\\').join('/'),
      readFileSync(f, 'utf8'),
    ]),
  );
}

const tree = (files: Record<string, string>): SourceTree => new Map(Object.entries(files));

describe('the architecture of src/', () => {
  const src = srcTree();

  it('reads the source files it checks', () => {
    expect(src.has('src/core/types.ts')).toBe(true);
    expect(src.has('src/app/application.ts')).toBe(true);
    expect([...src.keys()].some((f) => f.endsWith('.test.ts'))).toBe(false);
  });

  it('keeps every import pointing inward, each folder to the packages it may use', () => {
    expect(layerViolations(src)).toEqual([]);
  });

  it('keeps SQL and database drivers in src/db', () => {
    expect(sqlViolations(src)).toEqual([]);
  });

  it('has no import cycles', () => {
    expect(importCycles(src).map((cycle) => cycle.join(' → '))).toEqual([]);
  });

  it('lets server routes reach repositories only through the use cases, bar an allow-list that shrinks', () => {
    expect(serverRepositoryViolations(src)).toEqual([]);
  });

  it('lets no CLI module reach the HTTP layer', () => {
    const cliToServer = [...src].filter(
      ([path, text]) => path.startsWith('src/cli/') && importsOf(text).some((s) => s.includes('server/')),
    );
    expect(cliToServer.map(([path]) => path)).toEqual([]);
  });
});

// Each rule fails on a small tree that breaks it, so a rule that stopped checking would be seen.
describe('each architecture rule, on a tree that breaks it', () => {
  it('layers: core importing db, the CLI importing the server, the web importing the app', () => {
    expect(
      layerViolations(
        tree({
          'src/core/a.ts': "import { x } from '../db/x';",
          'src/cli/b.ts': "import { buildApp } from '../server/app';",
          'src/web/c.tsx': "import { createApplication } from '../app/application';",
          'src/app/d.ts': "import { z } from '../contract/units';",
        }),
      ),
    ).toEqual([
      'src/core/a.ts imports ../db/x (src/db): core is pure domain code and depends on nothing',
      'src/cli/b.ts imports ../server/app (src/server): the CLI presents the use cases on the command line, without the HTTP layer',
      'src/web/c.tsx imports ../app/application (src/app): the web app runs in a browser and talks to the server over HTTP through the contract',
      'src/app/d.ts imports ../contract/units (src/contract): use cases compose repositories, the extractor and documents, and know no transport',
    ]);
  });

  it('packages: I/O in core and extract, a server library in the web, an unknown folder, a stray root file', () => {
    expect(
      layerViolations(
        tree({
          'src/core/a.ts': "import { readFileSync } from 'node:fs';",
          'src/extract/b.ts': "import ExcelJS from 'exceljs';",
          'src/contract/c.ts': "import Fastify from 'fastify';",
          'src/web/d.tsx': "import pg from 'pg';",
          'src/misc/e.ts': 'export {};',
          'src/stray.ts': 'export {};',
          'src/main.ts': "import { runTiendo } from './cli/main';",
        }),
      ),
    ).toEqual([
      'src/core/a.ts imports the package node:fs: core is pure domain code and depends on nothing',
      'src/extract/b.ts imports the package exceljs: the extractor is pure text work on top of core',
      'src/contract/c.ts imports the package fastify: the HTTP contract is Zod schemas over domain types, shared by server and web',
      'src/web/d.tsx imports the package pg: the web app runs in a browser and talks to the server over HTTP through the contract',
      'src/misc/e.ts: folder src/misc is not in the architecture',
      'src/stray.ts: only src/main.ts may stand directly in src/',
    ]);
  });

  it('SQL: a driver or a query outside src/db, not inside it', () => {
    expect(
      sqlViolations(
        tree({
          'src/cli/a.ts': "import { sql } from 'drizzle-orm';",
          'src/server/b.ts': 'const q = `SELECT id FROM units WHERE code = $1`;',
          'src/app/c.ts': "await client.query('delete from observations where id = $1');",
          'src/app/d.ts':
            '// select the units from the tree, in words only\nexport const words = "chọn đơn vị";',
          'src/db/e.ts': "import { sql } from 'drizzle-orm';\nconst q = sql`select * from units`;",
        }),
      ),
    ).toEqual([
      'src/cli/a.ts imports drizzle-orm: SQL and database drivers live only in src/db',
      'src/server/b.ts writes SQL ("SELECT id FROM units"): SQL lives only in src/db',
      'src/app/c.ts writes SQL ("delete from observations"): SQL lives only in src/db',
    ]);
  });

  it('cycles: two files importing each other, and a longer ring, each named once', () => {
    expect(
      importCycles(
        tree({
          'src/db/copy.ts': "import { a } from './repo';",
          'src/db/repo.ts': "import type { b } from './copy';",
          'src/core/x.ts': "import { y } from './y';",
          'src/core/y.ts': "import { z } from './z';",
          'src/core/z.ts': "export { x } from './x';",
          'src/core/leaf.ts': "import { x } from './x';",
        }),
      ),
    ).toEqual([
      ['src/core/x.ts', 'src/core/y.ts', 'src/core/z.ts'],
      ['src/db/copy.ts', 'src/db/repo.ts'],
    ]);
  });

  it('server repositories: a route importing one, a type import too, plumbing and a stale allow-list entry', () => {
    expect(
      serverRepositoryViolations(
        tree({
          'src/server/units/unit.routes.ts':
            "import { createUnitRepository } from '../../db/unit.repository';",
          'src/server/observations/cursor.ts':
            "import type { ObservationKey } from '../../db/observation.repository';",
          'src/server/auth/auth-store.ts':
            "import { createSessionRepository } from '../../db/session.repository';",
          'src/server/visits/visit.routes.ts':
            "import { createVisitRepository } from '../../db/visit.repository';",
          'src/server/indicators/indicator.routes.ts': "import { currentUser } from '../auth/auth.plugin';",
          'src/server/context.ts': "import type { Db } from '../db/database';",
          'src/app/units/unit.use-cases.ts':
            "import { createUnitRepository } from '../../db/unit.repository';",
        }),
        ['src/server/visits/visit.routes.ts', 'src/server/indicators/indicator.routes.ts'],
        ['src/server/auth/auth-store.ts'],
      ),
    ).toEqual([
      'src/server/units/unit.routes.ts imports ../../db/unit.repository: routes call the use cases in src/app, which own the repositories',
      'src/server/observations/cursor.ts imports ../../db/observation.repository: routes call the use cases in src/app, which own the repositories',
      'src/server/indicators/indicator.routes.ts imports no repository any more: take it off the allow-list, which only shrinks',
    ]);
  });
});
