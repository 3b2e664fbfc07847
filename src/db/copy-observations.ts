// Bulk insert of figures by COPY FROM STDIN on a PostgreSQL server: the rows stream as COPY text while
// the server writes them, so a million-row import runs close to COPY's own speed instead of the ~55% that
// chunked INSERT … SELECT unnest(…) reaches. PGlite has no STDIN stream: it keeps the unnest path.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Executor } from './database';
import type { ObservationInput } from './observation-input';

/**
 * The connection a drizzle transaction runs on, when it is a PostgreSQL server's. drizzle keeps it as
 * `tx.session.client`, not public API: any other shape (PGlite, a pool, a future drizzle) gives null, and
 * the import takes the unnest path.
 */
export function serverClientOf(tx: Executor): pg.ClientBase | null {
  const client = (tx as unknown as { session?: { client?: unknown } }).session?.client;
  return client instanceof pg.Client ? client : null;
}

/** COPY's text format: backslash, tab, newline and carriage return escaped; null as \N. */
export function copyText(value: string | null | undefined): string {
  if (value === null || value === undefined) return '\\N';
  return value.replace(/[\\\t\n\r]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
  );
}

/** One COPY line of a figure, in the column order of COPY_OBSERVATIONS. */
export function copyLineOf(row: ObservationInput, createdBy: string): string {
  return `${row.unitId}\t${row.indicatorId}\t${copyText(row.period)}\t${row.kind}\t${row.value}\t${copyText(
    row.note,
  )}\t${copyText(JSON.stringify(row.provenance))}\t${createdBy}\n`;
}

const COPY_OBSERVATIONS =
  'copy observations (unit_id, indicator_id, period, kind, value, note, provenance, created_by) from stdin';
/** Lines per chunk written to the socket: large enough to keep the server busy, small enough to stay lean. */
const LINES_PER_CHUNK = 2000;

type RowMap = (row: ObservationInput) => ObservationInput;

function* chunksOf(rows: readonly ObservationInput[], createdBy: string, map: RowMap): Generator<string> {
  for (let start = 0; start < rows.length; start += LINES_PER_CHUNK) {
    let chunk = '';
    const end = Math.min(rows.length, start + LINES_PER_CHUNK);
    for (let i = start; i < end; i += 1) chunk += copyLineOf(map(rows[i]!), createdBy);
    yield chunk;
  }
}

/**
 * Streams the rows into observations on the transaction's connection, each through `map` as it is
 * written (no second million-row array); resolves with how many rows the server wrote.
 */
export async function copyObservations(
  client: pg.ClientBase,
  rows: readonly ObservationInput[],
  userId: number | null,
  map: RowMap = (row) => row,
): Promise<number> {
  const stream = client.query(copyFrom(COPY_OBSERVATIONS));
  const createdBy = userId === null ? '\\N' : String(userId);
  await pipeline(Readable.from(chunksOf(rows, createdBy, map)), stream);
  return Number(stream.rowCount ?? rows.length);
}

/** The row of the input that a COPY error names ("COPY observations, line 12"), counted from 1. */
export function copyLineOfError(error: unknown): number | null {
  const where = (error as { where?: unknown }).where;
  const match = typeof where === 'string' ? /COPY observations, line (\d+)/.exec(where) : null;
  return match ? Number(match[1]) : null;
}
