// `tiendo db backup` / `restore`: a logical dump of every table as gzip'd JSON lines — a header with the
// migration count, then one line per row — that restores into PGlite or PostgreSQL alike. A restore goes
// only into an empty database of the same schema version, all in one transaction.
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { appliedMigrationCount, type Db, type Executor, rowsOf } from './database';

export const BACKUP_FORMAT = 'tiendo-backup/1';
const BATCH = 500;
/**
 * Tables the database fills itself — the counters per unit and year its triggers keep, the one data-version
 * row a migration makes — in the order a restore replaces their rows, after every other table: restoring
 * the figures bumps them, and the backup's values must stay.
 */
const FILLED_BY_MIGRATIONS = new Set(['unit_year_versions', 'data_version']);

/** A backup that cannot be restored here, said in words; the CLI exits 2 with it. */
export class BackupRefusal extends Error {}

interface Header {
  format: string;
  migrations: number;
  tables: Record<string, number>;
}

/** The public tables, each after the tables its foreign keys point to. */
async function tablesInOrder(ex: Executor): Promise<string[]> {
  const tables = await rowsOf<{ name: string }>(
    ex,
    sql`select table_name as name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  const edges = await rowsOf<{ child: string; parent: string }>(
    ex,
    sql`select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent
        from pg_constraint c join pg_namespace n on n.oid = c.connamespace
        where c.contype = 'f' and n.nspname = 'public'`,
  );
  const strip = (name: string) => name.replace(/^public\./, '').replaceAll('"', '');
  const ordered: string[] = [];
  const visit = (name: string, path: Set<string>) => {
    if (ordered.includes(name) || path.has(name)) return;
    path.add(name);
    for (const edge of edges) if (strip(edge.child) === name) visit(strip(edge.parent), path);
    ordered.push(name);
  };
  for (const { name } of tables) visit(name, new Set());
  return ordered;
}

const rowsOfTable = (ex: Executor, table: string) =>
  rowsOf<{ row: unknown }>(
    ex,
    sql`select row_to_json(t) as "row" from ${sql.identifier(table)} t order by row_to_json(t)::text`,
  );

/** Row counts of every public table, by name. */
export async function tableCounts(db: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await tablesInOrder(db)) {
    const [row] = await rowsOf<{ n: number }>(
      db,
      sql`select count(*)::int as n from ${sql.identifier(table)}`,
    );
    counts[table] = Number(row?.n ?? 0);
  }
  return counts;
}

/** Every row of every table, gzip'd JSON lines: the header first, then `{"t": table, "r": row}` lines. */
export async function backupDatabase(db: Db): Promise<{ bytes: Buffer; header: Header }> {
  const migrations = await appliedMigrationCount(db);
  return db.transaction(async (tx) => {
    const lines: string[] = [];
    const tables: Record<string, number> = {};
    for (const table of await tablesInOrder(tx)) {
      const rows = await rowsOfTable(tx, table);
      tables[table] = rows.length;
      for (const { row } of rows) lines.push(JSON.stringify({ t: table, r: row }));
    }
    const header = { format: BACKUP_FORMAT, migrations, tables };
    return { bytes: gzipSync(`${[JSON.stringify(header), ...lines].join('\n')}\n`), header };
  });
}

function parseBackup(bytes: Buffer): { header: Header; rows: Map<string, unknown[]> } {
  let lines: string[];
  try {
    lines = gunzipSync(bytes).toString('utf8').split('\n').filter(Boolean);
  } catch {
    throw new BackupRefusal('không phải tệp sao lưu của Tiến Độ (không giải nén gzip được)');
  }
  const parse = (line: string, n: number) => {
    try {
      return JSON.parse(line);
    } catch {
      throw new BackupRefusal(`dòng ${n}: không phải JSON`);
    }
  };
  const header = parse(lines[0] ?? '', 1) as Header;
  if (header?.format !== BACKUP_FORMAT)
    throw new BackupRefusal(`không phải tệp sao lưu ${BACKUP_FORMAT} của Tiến Độ`);
  const rows = new Map<string, unknown[]>();
  lines.slice(1).forEach((line, i) => {
    const { t, r } = parse(line, i + 2) as { t: string; r: unknown };
    const table = rows.get(t);
    if (table) table.push(r);
    else rows.set(t, [r]);
  });
  requireCountsOfHeader(header, rows);
  return { header, rows };
}

/**
 * A file cut at a line boundary still unzips and parses; only the header's row counts show that rows
 * are missing, so a restore never leaves a database with part of its data.
 */
function requireCountsOfHeader(header: Header, rows: Map<string, unknown[]>): void {
  const tables = new Set([...Object.keys(header.tables ?? {}), ...rows.keys()]);
  for (const table of tables) {
    const expected = header.tables?.[table] ?? 0;
    const found = rows.get(table)?.length ?? 0;
    if (found !== expected)
      throw new BackupRefusal(
        `tệp sao lưu bị cắt ngắn hoặc hỏng: bảng ${table} có ${found} dòng, phần đầu tệp ghi ${expected}`,
      );
  }
}

/** Brings each serial id's sequence past the restored rows, so the next insert does not collide. */
async function resetSequences(tx: Executor, table: string) {
  const columns = await rowsOf<{ name: string }>(
    tx,
    sql`select column_name as name from information_schema.columns
        where table_schema = 'public' and table_name = ${table}
          and (column_default like 'nextval%' or is_identity = 'YES')`,
  );
  for (const { name } of columns) {
    await rowsOf(
      tx,
      sql`select setval(pg_get_serial_sequence(${`public."${table}"`}, ${name}),
                 coalesce(max(${sql.identifier(name)}), 0) + 1, false)
          from ${sql.identifier(table)}`,
    );
  }
}

/** The columns a row stores (not the generated ones, which the database computes again). */
async function storedColumns(tx: Executor, table: string): Promise<string[]> {
  const columns = await rowsOf<{ name: string }>(
    tx,
    sql`select column_name as name from information_schema.columns
        where table_schema = 'public' and table_name = ${table} and is_generated = 'NEVER'
        order by ordinal_position`,
  );
  return columns.map((c) => c.name);
}

/** Restores a backup into this migrated, empty database of the same schema version; its row counts. */
export async function restoreDatabase(db: Db, bytes: Buffer): Promise<Record<string, number>> {
  const { header, rows } = parseBackup(bytes);
  const migrations = await appliedMigrationCount(db);
  if (header.migrations !== migrations)
    throw new BackupRefusal(
      `tệp sao lưu có ${header.migrations} migration, cơ sở dữ liệu có ${migrations}: hãy khôi phục vào phiên bản cùng lược đồ`,
    );
  const filled = Object.entries(await tableCounts(db)).filter(
    ([table, n]) => n > 0 && !FILLED_BY_MIGRATIONS.has(table),
  );
  if (filled.length > 0)
    throw new BackupRefusal(
      `chỉ khôi phục vào cơ sở dữ liệu trống; đã có dữ liệu ở ${filled.map(([t, n]) => `${t} (${n} dòng)`).join(', ')}`,
    );
  await db.transaction(async (tx) => {
    const tables = await tablesInOrder(tx);
    const order = [...tables.filter((t) => !FILLED_BY_MIGRATIONS.has(t)), ...FILLED_BY_MIGRATIONS];
    for (const table of order.filter((t) => tables.includes(t))) {
      const all = rows.get(table) ?? [];
      if (FILLED_BY_MIGRATIONS.has(table)) await rowsOf(tx, sql`delete from ${sql.identifier(table)}`);
      // One statement per batch: a row pointing at a later row of its own table is checked at its end.
      const columns = sql.join(
        (await storedColumns(tx, table)).map((c) => sql.identifier(c)),
        sql`, `,
      );
      for (let i = 0; i < all.length; i += BATCH) {
        const batch = JSON.stringify(all.slice(i, i + BATCH));
        await rowsOf(
          tx,
          sql`insert into ${sql.identifier(table)} (${columns})
              select ${columns} from json_populate_recordset(null::${sql.identifier(table)}, ${batch}::json)`,
        );
      }
      await resetSequences(tx, table);
    }
  });
  return tableCounts(db);
}
