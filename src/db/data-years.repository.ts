// Which years a unit and its subtree hold targets or figures for: what the first screen opens on.
import { sql } from 'drizzle-orm';
import { type Executor, rowsOf } from './database';
import { subtreeSql } from './unit.repository';

export interface DataYear {
  year: number;
  /** Some unit of the subtree has a figure (actual or estimate) of a period in this year. */
  figures: boolean;
  /** Some unit of the subtree has a target applying to this year (a term target counts for each of its years). */
  targets: boolean;
}

export function createDataYearsRepository(db: Executor) {
  return {
    /** Years with data under a unit, newest first, in one query over the subtree. */
    async findForSubtree(rootUnitId: number, ex: Executor = db): Promise<DataYear[]> {
      const rows = await rowsOf<{ year: number; figures: boolean; targets: boolean }>(
        ex,
        sql`
        ${subtreeSql(rootUnitId)},
        figure_years as (
          select distinct period_year as year from observations
          where unit_id in (select id from subtree) and period_year is not null
        ),
        target_years as (
          select distinct generate_series(from_year, to_year) as year from targets
          where unit_id in (select id from subtree)
        )
        select coalesce(f.year, t.year) as year, f.year is not null as figures, t.year is not null as targets
        from figure_years f full join target_years t on f.year = t.year
        order by 1 desc`,
      );
      return rows.map((r) => ({
        year: Number(r.year),
        figures: Boolean(r.figures),
        targets: Boolean(r.targets),
      }));
    },
  };
}

export type DataYearsRepository = ReturnType<typeof createDataYearsRepository>;
