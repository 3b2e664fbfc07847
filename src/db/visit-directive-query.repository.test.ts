// The SQL of the directive summary and filters, so a change to the most-used queries shows in review.
import { PgDialect } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { filterSql, summarySql } from './visit-directive-query.repository';

const dialect = new PgDialect();

describe('directive query SQL', () => {
  it('counts the four buckets in one grouped pass over the province', () => {
    const q = dialect.sqlToQuery(summarySql({ scopeUnitIds: null, today: '2024-01-15', dueSoonDays: 7 }));
    expect(q.sql).toMatchSnapshot();
    expect(q.params).toEqual(['2024-01-15', '2024-01-15', '2024-01-15', '2024-01-15', 7]);
  });

  it('limits a subtree to directives led, issued or coordinated there, and filters by bucket', () => {
    const q = dialect.sqlToQuery(
      filterSql({ scopeUnitIds: [2, 5], today: '2024-01-15', status: 'open_overdue' })!,
    );
    expect(q.sql).toMatchSnapshot();
    expect(q.params).toEqual([2, 5, 2, 5, 2, 5, '2024-01-15', 'open_overdue']);
  });
});
