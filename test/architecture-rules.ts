// The architecture's rules as pure functions over a map of source files (path → text), so that each rule
// can be shown failing on a small made-up tree (architecture.test.ts) before it is run on src/.
import { dirname, join, normalize } from 'node:path/posix';

/** Source files by path relative to the repository root (src/core/types.ts), non-test files only. */
export type SourceTree = ReadonlyMap<string, string>;

interface FolderRule {
  /** Folders of src/ this folder may import from. */
  folders: readonly string[];
  /** Packages it may import (by name or prefix); undefined: any package. */
  packages?: readonly string[];
  why: string;
}

// The folders are the architecture: each may import only the folders listed here.
export const FOLDERS: Readonly<Record<string, FolderRule>> = {
  core: { folders: ['core'], packages: [], why: 'core is pure domain code and depends on nothing' },
  extract: {
    folders: ['extract', 'core'],
    packages: [],
    why: 'the extractor is pure text work on top of core',
  },
  contract: {
    folders: ['contract', 'core'],
    packages: ['zod'],
    why: 'the HTTP contract is Zod schemas over domain types, shared by server and web',
  },
  db: { folders: ['db', 'core'], why: 'the database layer knows only the domain' },
  documents: { folders: ['documents', 'core'], why: 'documents are built from domain values only' },
  app: {
    folders: ['app', 'core', 'db', 'extract', 'documents'],
    why: 'use cases compose repositories, the extractor and documents, and know no transport',
  },
  server: {
    folders: ['server', 'app', 'contract', 'core', 'db', 'extract', 'documents'],
    why: 'the server presents the use cases over HTTP',
  },
  cli: {
    folders: ['cli', 'app', 'contract', 'core', 'db', 'extract', 'documents'],
    why: 'the CLI presents the use cases on the command line, without the HTTP layer',
  },
  web: {
    folders: ['web', 'core', 'contract'],
    packages: [
      'react',
      'react-dom',
      '@mantine/',
      '@tanstack/react-query',
      'echarts',
      'i18next',
      'react-i18next',
      'vite',
      '@vitejs/plugin-react',
      'node:url',
      // The contract's schemas, whose types the web infers (z.output) and which a form may run.
      'zod',
    ],
    why: 'the web app runs in a browser and talks to the server over HTTP through the contract',
  },
};

/** Files directly in src/ that compose everything (the `tiendo` entry); any other is out of place. */
export const COMPOSITION_ROOTS: readonly string[] = ['src/main.ts'];

/** Packages that reach the database: only src/db may use them. */
const DATABASE_PACKAGES = /^(drizzle-orm|pg|pg-copy-streams|@electric-sql\/pglite)(\/|$)/;
/** SQL written as text: a statement keyword pair, in upper or lower case. */
const SQL_TEXT =
  /\b(select\s+[\w*"(][^;]*?\sfrom\s+\w+|insert\s+into\s+\w+|update\s+\w+\s+set\s|delete\s+from\s+\w+|create\s+(table|index)\s)/i;

/** Each import of a file: the module it names, and whether only types are imported. */
export function importsOf(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(
    /(?:^|\n)\s*(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g,
  )) {
    found.push((m[1] ?? m[2] ?? m[3]) as string);
  }
  return found;
}

const EXTENSIONS = ['.ts', '.tsx', '/index.ts'];

/** The tree path a relative import resolves to, or null when it names no file of the tree. */
export function resolveImport(tree: SourceTree, from: string, spec: string): string | null {
  const base = normalize(join(dirname(from), spec));
  if (tree.has(base)) return base;
  const stripped = base.replace(/\.(js|ts|tsx)$/, '');
  for (const ext of EXTENSIONS) if (tree.has(stripped + ext)) return stripped + ext;
  return null;
}

/** The folder of src/ a file lies in; null for a file directly in src/ or outside it. */
const folderOf = (path: string): string | null => {
  const parts = path.split('/');
  return parts[0] === 'src' && parts.length > 2 ? (parts[1] as string) : null;
};

/** The folder of src/ an import reaches: a file in it, or the folder itself (its index). */
const importedFolderOf = (target: string): string | null => {
  const parts = target.split('/');
  return parts[0] === 'src' && parts.length >= 2 ? (parts[1] as string).replace(/\.tsx?$/, '') : null;
};

const packageAllowed = (spec: string, allowed: readonly string[]) =>
  allowed.some((p) => (p.endsWith('/') ? spec.startsWith(p) : spec === p || spec.startsWith(`${p}/`)));

/** Imports that point outward, or at a package the folder may not use. */
export function layerViolations(tree: SourceTree): string[] {
  const problems: string[] = [];
  for (const [path, text] of tree) {
    if (!path.startsWith('src/')) continue;
    const folder = folderOf(path);
    if (folder === null) {
      if (!COMPOSITION_ROOTS.includes(path)) {
        problems.push(`${path}: only ${COMPOSITION_ROOTS.join(', ')} may stand directly in src/`);
      }
      continue;
    }
    const rule = FOLDERS[folder];
    if (!rule) {
      problems.push(`${path}: folder src/${folder} is not in the architecture`);
      continue;
    }
    for (const spec of importsOf(text)) {
      if (spec.startsWith('.')) {
        const target = normalize(join(dirname(path), spec));
        const targetFolder = importedFolderOf(target);
        if (targetFolder === null || !rule.folders.includes(targetFolder)) {
          problems.push(`${path} imports ${spec} (src/${targetFolder ?? '?'}): ${rule.why}`);
        }
      } else if (rule.packages && !packageAllowed(spec, rule.packages)) {
        problems.push(`${path} imports the package ${spec}: ${rule.why}`);
      }
    }
  }
  return problems;
}

/** Database packages or SQL text outside src/db. */
export function sqlViolations(tree: SourceTree): string[] {
  const problems: string[] = [];
  for (const [path, text] of tree) {
    if (path.startsWith('src/db/')) continue;
    for (const spec of importsOf(text)) {
      if (DATABASE_PACKAGES.test(spec)) {
        problems.push(`${path} imports ${spec}: SQL and database drivers live only in src/db`);
      }
    }
    const sql = SQL_TEXT.exec(text.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, ''));
    if (sql) problems.push(`${path} writes SQL ("${sql[0].slice(0, 40)}"): SQL lives only in src/db`);
  }
  return problems;
}

/** Every cycle of relative imports, each named once by its files in import order. */
export function importCycles(tree: SourceTree): string[][] {
  const edges = new Map<string, string[]>();
  for (const [path, text] of tree) {
    const targets = importsOf(text)
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => resolveImport(tree, path, spec))
      .filter((t): t is string => t !== null);
    edges.set(path, targets);
  }
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push(stack.slice(stack.indexOf(next)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...edges.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles;
}

/**
 * Server files that are the HTTP plumbing itself and keep their repositories: sessions, login limits,
 * idempotency keys, the per-data-version scope memo and the test kit. No route belongs here.
 */
export const SERVER_PLUMBING: readonly string[] = [
  'src/server/auth/auth-store.ts',
  'src/server/auth/login-limit.ts',
  'src/server/shared/create-once.ts',
  'src/server/shared/versioned-unit-lookups.ts',
  'src/server/testing.ts',
];

/** Route files that still build repositories instead of calling a use case. This list may only shrink. */
export const SERVER_REPOSITORY_ALLOW_LIST: readonly string[] = [];

const REPOSITORY_MODULE = /^src\/db\/[^/]+\.repository(\.ts)?$/;

/**
 * Server files importing a src/db repository without being plumbing or on the allow-list, and allow-list
 * entries that no longer do (or no longer exist): a moved route must leave the list, so it only shrinks.
 */
export function serverRepositoryViolations(
  tree: SourceTree,
  allowed: readonly string[] = SERVER_REPOSITORY_ALLOW_LIST,
  plumbing: readonly string[] = SERVER_PLUMBING,
): string[] {
  const problems: string[] = [];
  const importing = new Set<string>();
  for (const [path, text] of tree) {
    if (!path.startsWith('src/server/')) continue;
    for (const spec of importsOf(text)) {
      if (!spec.startsWith('.') || !REPOSITORY_MODULE.test(normalize(join(dirname(path), spec)))) continue;
      importing.add(path);
      if (!allowed.includes(path) && !plumbing.includes(path)) {
        problems.push(
          `${path} imports ${spec}: routes call the use cases in src/app, which own the repositories`,
        );
      }
    }
  }
  for (const path of allowed) {
    if (!importing.has(path)) {
      problems.push(`${path} imports no repository any more: take it off the allow-list, which only shrinks`);
    }
  }
  return problems;
}
