// What an early warning reads of one indicator for a unit and a regime period: the year's target, the
// latest actual up to the period's end and the unit's own year-end estimate, picked from its stored rows.
import type { WarningIndicator } from './early-warning';
import { isCumulative, type Period, tryParsePeriod } from './period';
import { type Indicator, type Observation, TARGET_SOURCES, type Target } from './types';

type Figure = Pick<Observation, 'indicatorId' | 'period' | 'kind' | 'value'>;
type YearTarget = Pick<Target, 'indicatorId' | 'fromYear' | 'toYear' | 'value' | 'source'>;

/** The year target in the order sources bind a unit: the resolution first, then what was assigned… */
function yearTarget(targets: readonly YearTarget[], indicatorId: number, year: number): number | null {
  const own = targets.filter(
    (t) => t.indicatorId === indicatorId && t.fromYear === year && t.toYear === year,
  );
  for (const source of TARGET_SOURCES) {
    const found = own.find((t) => t.source === source);
    if (found) return found.value;
  }
  return null;
}

/** A flow's figure only counts toward the year when it runs from 1 January; a stock's level always does. */
function latestActual(
  figures: readonly Figure[],
  indicator: Pick<Indicator, 'id' | 'nature'>,
  period: Period,
): { value: number; period: string } | null {
  let latest: { value: number; period: Period } | null = null;
  for (const f of figures) {
    const p = f.indicatorId === indicator.id && f.kind === 'actual' ? tryParsePeriod(f.period) : null;
    if (!p || p.year !== period.year || p.end > period.end) continue;
    if (indicator.nature === 'flow' && !isCumulative(p)) continue;
    if (!latest || p.end > latest.period.end) latest = { value: f.value, period: p };
  }
  return latest && { value: latest.value, period: latest.period.code };
}

/**
 * One indicator as earlyWarnings reads it for a unit and a regime period.
 * @example warningIndicator(shrimp, parsePeriod('2024-M3'), [{ indicatorId: 1, period: '2024-3M', kind: 'actual', value: 20 }],
 *   [{ indicatorId: 1, fromYear: 2024, toYear: 2024, value: 100, source: 'resolution' }])
 *   → { indicatorId: 1, code: 'TS_TOM', …, target: 100, actual: { value: 20, period: '2024-Q1' }, reportedEstimate: null }
 */
export function warningIndicator(
  indicator: Pick<Indicator, 'id' | 'code' | 'measure' | 'nature' | 'polarity'>,
  period: Period,
  figures: readonly Figure[],
  targets: readonly YearTarget[],
): WarningIndicator {
  const estimate = figures.find(
    (f) => f.indicatorId === indicator.id && f.kind === 'estimate' && f.period === String(period.year),
  );
  return {
    indicatorId: indicator.id,
    code: indicator.code,
    measure: indicator.measure,
    nature: indicator.nature,
    polarity: indicator.polarity,
    target: yearTarget(targets, indicator.id, period.year),
    actual: latestActual(figures, indicator, period),
    reportedEstimate: estimate?.value ?? null,
  };
}
