import { describe, expect, it } from 'vitest';
import { testDatabases } from './testing';

describe('testDatabases', () => {
  it('runs on PGlite alone locally, and adds PostgreSQL when DATABASE_URL is set', () => {
    expect(testDatabases({}).map((d) => d.name)).toEqual(['pglite']);
    expect(
      testDatabases({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres', CI: 'true' }).map(
        (d) => d.name,
      ),
    ).toEqual(['pglite', 'postgres']);
  });

  it('fails in CI when the PostgreSQL run would silently not happen', () => {
    expect(() => testDatabases({ CI: 'true' })).toThrow(
      'CI is set but DATABASE_URL is not: the PostgreSQL half of the database tests would not run',
    );
  });
});
