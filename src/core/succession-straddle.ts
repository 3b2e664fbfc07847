// The year a successor came into being: its flow to date is what its predecessors reported up to the day
// before, plus what it reported itself from its first day (2025-H1 of the old communes + 2025-H2 of the new xã
// = the new xã's 2025), combined the way a roll-up sums its parts.
import { type Period, parsePeriod } from './period';
import { cumulativePeriod } from './scorecard-figures';
import type { Combined } from './succession-combine';
import type { Figure, Indicator, InheritedSource } from './types';
import { formatDate } from './vi/format';

export interface StraddleInput {
  unitId: number;
  unitName: string;
  /** The day the unit's links took effect, e.g. 2025-07-01 (a 1 January start straddles nothing). */
  startsOn: string;
  indicator: Indicator;
  /** The unit's own stored figures of the indicator. */
  own: readonly Figure[];
  /** The predecessors' combined figure for a period (succession.ts). */
  baseOf: (period: Period) => Combined;
  /** The label of the base's sources: "Kế thừa từ: xã Trần Thới, thị trấn Cái Nước". */
  labelOf: (base: Combined & { kind: 'figure' }) => { label: string; sources: InheritedSource[] };
}

function shiftDay(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

interface OwnSum {
  end: string;
  value: number;
  pieces: Figure[];
}

/** The unit's own actual flow from its first day, summed over consecutive pieces (H2; Q3 + Q4; M7 … M12). */
function ownSums(own: readonly Figure[], startsOn: string): OwnSum[] {
  const pieces = own
    .filter((f) => f.kind === 'actual')
    .map((f) => ({ f, p: parsePeriod(f.period) }))
    .filter(({ p }) => p.start >= startsOn && p.year === Number(startsOn.slice(0, 4)));
  const sums = new Map<string, OwnSum>();
  const queue: { from: string; value: number; pieces: Figure[] }[] = [
    { from: startsOn, value: 0, pieces: [] },
  ];
  const seen = new Set<string>();
  for (let step = queue.shift(); step; step = queue.shift()) {
    if (seen.has(step.from)) continue;
    seen.add(step.from);
    for (const { f, p } of pieces.filter((x) => x.p.start === step.from)) {
      const sum = { end: p.end, value: step.value + f.value, pieces: [...step.pieces, f] };
      if (!sums.has(p.end)) sums.set(p.end, sum);
      queue.push({ from: shiftDay(p.end, 1), value: sum.value, pieces: sum.pieces });
    }
  }
  return [...sums.values()].sort((a, b) => (a.end < b.end ? -1 : 1));
}

/**
 * The unit's flow to each date of its first year: the predecessors' up to the day before it began, plus its own.
 * @example straddledFigures({ startsOn: '2025-07-01', own: [2025-H2: 1.800], baseOf: () => 2025-H1 of the old communes: 1.200, … })
 *   → [{ period: '2025', value: 3000, note: 'Kế thừa từ: … đến 30/06/2025, cộng số của đơn vị từ 01/07/2025' }]
 */
export function straddledFigures(input: StraddleInput): Figure[] {
  const { startsOn, indicator, unitId } = input;
  if (indicator.nature !== 'flow' || indicator.aggregation.kind !== 'sum' || startsOn.slice(5) === '01-01')
    return [];
  const year = Number(startsOn.slice(0, 4));
  const before = shiftDay(startsOn, -1);
  const base = input.baseOf(parsePeriod(`${year}-YTD-${before}`));
  if (base.kind !== 'figure') return [];
  const { label, sources } = input.labelOf(base);
  const note = `${label} đến ${formatDate(before)}, cộng số của đơn vị từ ${formatDate(startsOn)}`;
  return ownSums(input.own, startsOn).map((sum) => {
    const ownSources: InheritedSource[] = sum.pieces.map((f) => ({
      unitId,
      unitName: input.unitName,
      indicatorId: indicator.id,
      observationId: f.id > 0 ? f.id : null,
      period: f.period,
      value: f.value,
      shares: [],
    }));
    return {
      id: 0,
      unitId,
      indicatorId: indicator.id,
      period: cumulativePeriod(year, sum.end).code,
      kind: 'actual' as const,
      value: base.value + sum.value,
      note,
      inherited: { kind: 'inherited' as const, label: note, sources: [...sources, ...ownSources] },
    };
  });
}
