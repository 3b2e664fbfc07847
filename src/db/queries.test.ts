// STYLE 12: the SQL of the important queries is kept in src/db/queries/*.sql, so a change to a query
// shows as a diff a reviewer can read. Update with `npx vitest run src/db/queries -u`.
import { PgDialect } from 'drizzle-orm/pg-core';
import { drizzle } from 'drizzle-orm/pglite';
import { describe, expect, it } from 'vitest';
import type { Db } from './database';
import { columnsOf, insertManySql, scorecardQuery, totalsQuery } from './observation.repository';

const db = drizzle.mock() as unknown as Db;
const dialect = new PgDialect();

function fileOf(query: string, params: unknown[]): string {
  const text = query.replace(/\n\s*/g, '\n  ').trim();
  return `${text}\n-- params: ${JSON.stringify(params)}\n`;
}

describe('SQL of the important queries', () => {
  it('scorecard: own, children and prior years in one query by (unit_id, period_year)', async () => {
    const { sql, params } = scorecardQuery(db, { unitIds: [2, 3, 4], fromYear: 2022, toYear: 2023 }).toSQL();
    expect(params).toEqual([[2, 3, 4], 2022, 2023]);
    await expect(fileOf(sql, params)).toMatchFileSnapshot('./queries/scorecard.sql');
  });

  it("children's totals per period, grouped in SQL", async () => {
    const { sql, params } = dialect.sqlToQuery(
      totalsQuery({ unitIds: [3, 4], periods: ['2023-M10', '2022-M10'] }),
    );
    expect(params).toEqual([
      ['2023-M10', '2022-M10'],
      [3, 4],
    ]);
    await expect(fileOf(sql, params)).toMatchFileSnapshot('./queries/children-totals.sql');
  });

  it('bulk insert: one statement per chunk, eight parameters whatever the chunk size', async () => {
    const rows = [
      {
        unitId: 2,
        indicatorId: 1,
        period: '2023-M10',
        kind: 'actual' as const,
        value: 24937,
        note: null,
        provenance: { kind: 'derived' as const, from: 'x' },
      },
    ];
    const { sql, params } = dialect.sqlToQuery(insertManySql(columnsOf(rows), 7, true));
    expect(params.length).toBe(8);
    expect(params.slice(0, 5)).toEqual([7, [2], [1], ['2023-M10'], ['actual']]);
    await expect(fileOf(sql, [])).toMatchFileSnapshot('./queries/observations-insert-many.sql');
  });
});
