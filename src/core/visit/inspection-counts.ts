// Counts of inspection and supervision teams, as reports state them: "08 đoàn (04 kiểm tra, 04 giám sát)".
import type { Inspection } from './visit.types';

export interface InspectionCounts {
  total: number;
  inspection: number;
  supervision: number;
}

/**
 * Teams of one year's programme organised by one unit, split by kind.
 * @example countInspections(programme2023, 2023, 2) → { total: 8, inspection: 4, supervision: 4 }
 */
export function countInspections(
  inspections: readonly Pick<Inspection, 'year' | 'kind' | 'organiserUnitId'>[],
  year: number,
  organiserUnitId: number,
): InspectionCounts {
  const counts: InspectionCounts = { total: 0, inspection: 0, supervision: 0 };
  for (const i of inspections) {
    if (i.year !== year || i.organiserUnitId !== organiserUnitId) continue;
    counts.total += 1;
    counts[i.kind] += 1;
  }
  return counts;
}

const two = (n: number): string => String(n).padStart(2, '0');

/**
 * The counts in the words of party reports, numbers written with two digits.
 * @example describeInspectionCounts({ total: 8, inspection: 4, supervision: 4 }) === '08 đoàn (04 kiểm tra, 04 giám sát)'
 */
export function describeInspectionCounts(c: InspectionCounts): string {
  return `${two(c.total)} đoàn (${two(c.inspection)} kiểm tra, ${two(c.supervision)} giám sát)`;
}
