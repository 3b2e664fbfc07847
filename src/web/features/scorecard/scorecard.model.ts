// Sorting and filtering of scorecard rows, kept pure so the table only renders.
import type { ScorecardRow, TargetSource } from '../../api/types';
import { primaryAchievement } from '../overview/overview.model';

export type SortKey = 'name' | 'actual' | 'achievement' | 'change' | 'status';
export interface Sort {
  key: SortKey;
  direction: 'asc' | 'desc';
}

/** A header clicked: its column ascending, or the other way round when it already sorts ascending. */
export function toggleSort(sort: Sort, key: SortKey): Sort {
  return { key, direction: sort.key === key && sort.direction === 'asc' ? 'desc' : 'asc' };
}

export interface Filter {
  category: string | null;
  status: string | null;
}

// Worst first when sorting by status ascending: what needs attention comes to the top.
const STATUS_ORDER = ['off_track', 'at_risk', 'on_track', 'achieved'];

function sortValue(
  row: ScorecardRow,
  key: SortKey,
  name: (r: ScorecardRow) => string,
): string | number | null {
  switch (key) {
    case 'name':
      return name(row);
    case 'actual':
      return row.actual?.value ?? null;
    case 'achievement':
      // A lower-is-better 0 has no ratio but is the best result there is (ADR 0003).
      if (row.achievement.some((a) => a.kind === 'zero_actual')) return Number.POSITIVE_INFINITY;
      return primaryAchievement(row)?.percent ?? null;
    case 'change':
      return row.change?.percent ?? null;
    case 'status': {
      const i = STATUS_ORDER.indexOf(row.status);
      return i === -1 ? STATUS_ORDER.length : i;
    }
  }
}

/** Rows in the chosen order; rows without a value go last whichever the direction. */
export function sortRows(
  rows: ScorecardRow[],
  sort: Sort,
  name: (r: ScorecardRow) => string,
): ScorecardRow[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, sort.key, name);
    const y = sortValue(b, sort.key, name);
    if (x === y) return 0;
    if (x === null || y === null) return x === null ? 1 : -1;
    if (typeof x === 'string' && typeof y === 'string') return sign * x.localeCompare(y, 'vi');
    return sign * ((x as number) - (y as number));
  });
}

export function filterRows(rows: ScorecardRow[], filter: Filter): ScorecardRow[] {
  return rows.filter(
    (r) =>
      (filter.category === null || r.indicator.category === filter.category) &&
      (filter.status === null || r.status === filter.status),
  );
}

/** The target sources present in any row, in the glossary's order, one column each. */
export function sourcesIn(rows: ScorecardRow[]): TargetSource[] {
  const order: TargetSource[] = ['resolution', 'assigned', 'plan', 'budget', 'goal'];
  const present = new Set(rows.flatMap((r) => r.targets.map((t) => t.source)));
  return order.filter((s) => present.has(s));
}

export type ShownFigure = NonNullable<ScorecardRow['actual']>;
