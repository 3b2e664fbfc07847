// Turns the rows of an import file into targets and figures to write, or the list of every bad row with
// its number and reason. Nothing is written here: the route writes all rows in one transaction or none.
import { isDomainError, validateValue } from '../../core/errors';
import { normalizePeriodCode } from '../../core/period';
import { parsePeriodWords } from '../../core/period-from-words';
import type { Indicator, Unit } from '../../core/types';
import type { ObservationInput } from '../../db/observation.repository';
import type { TargetInput } from '../../db/target.repository';
import type { ImportProblem, ImportRow } from '../../documents/import-rows';
import { type Read, readKind, readNumber, readRecord, readSource, readText, readYear } from './import-cells';

export interface ImportLookups {
  fileName: string;
  userId: number | null;
  unitsByCode: ReadonlyMap<string, Unit>;
  indicatorsByCode: ReadonlyMap<string, Indicator>;
  /** Whether the user may change this unit's data. */
  mayWrite(unit: Unit): boolean;
}

export interface ImportPlan {
  targets: TargetInput[];
  observations: ObservationInput[];
}

export type ImportValidation =
  | { kind: 'ok'; plan: ImportPlan }
  | { kind: 'invalid'; problems: ImportProblem[] };

export const observationKey = (o: Pick<ObservationInput, 'unitId' | 'indicatorId' | 'period' | 'kind'>) =>
  `${o.unitId}|${o.indicatorId}|${o.period}|${o.kind}`;

/** Collects problems of one row, so each row reports every bad cell and not just the first. */
class RowReader {
  readonly problems: ImportProblem[] = [];
  constructor(readonly row: number) {}

  take<T>(field: string, read: Read<T>): T | undefined {
    if (read.ok) return read.value;
    this.problems.push({ row: this.row, field, reason: read.reason });
    return undefined;
  }

  refuse(field: string, reason: string): undefined {
    this.problems.push({ row: this.row, field, reason });
    return undefined;
  }
}

function readUnitAndIndicator(r: RowReader, row: ImportRow, lookups: ImportLookups) {
  const unitCode = r.take('unitCode', readText(row.cells.unitCode));
  const indicatorCode = r.take('indicatorCode', readText(row.cells.indicatorCode));
  let unit = unitCode === undefined ? undefined : lookups.unitsByCode.get(unitCode);
  if (unitCode !== undefined && !unit) r.refuse('unitCode', `không có đơn vị mã "${unitCode}"`);
  if (unit && !lookups.mayWrite(unit))
    unit = r.refuse('unitCode', `đơn vị "${unit.name}" nằm ngoài phạm vi của bạn`);
  const indicator = indicatorCode === undefined ? undefined : lookups.indicatorsByCode.get(indicatorCode);
  if (indicatorCode !== undefined && !indicator)
    r.refuse('indicatorCode', `không có chỉ tiêu mã "${indicatorCode}"`);
  return { unit, indicator };
}

function readValue(r: RowReader, row: ImportRow, indicator: Indicator | undefined): number | undefined {
  const value = r.take('value', readNumber(row.cells.value, indicator?.decimals === 0));
  if (value === undefined || !indicator) return undefined;
  try {
    return validateValue(indicator, value);
  } catch (error) {
    if (isDomainError(error)) return r.refuse('value', error.message.replace(/^value: /, ''));
    throw error;
  }
}

function readPeriod(r: RowReader, row: ImportRow): string | undefined {
  const text = r.take('period', readText(row.cells.period));
  if (text === undefined) return undefined;
  // People write the period as reports name it ("6 tháng đầu năm 2024"), or as its code.
  const named = parsePeriodWords(text);
  if (named) return named.code;
  try {
    return normalizePeriodCode(text);
  } catch (error) {
    if (isDomainError(error)) return r.refuse('period', error.message.replace(/^period: /, ''));
    throw error;
  }
}

function readTargetRow(
  r: RowReader,
  row: ImportRow,
  unit: Unit,
  indicator: Indicator,
  value: number,
): TargetInput | undefined {
  const fromYear = r.take('fromYear', readYear(row.cells.fromYear));
  const toYear = row.cells.toYear === undefined ? fromYear : r.take('toYear', readYear(row.cells.toYear));
  const source = r.take('source', readSource(row.cells.source));
  if (fromYear === undefined || toYear === undefined || source === undefined) return undefined;
  if (toYear < fromYear) return r.refuse('toYear', `${toYear} trước năm bắt đầu ${fromYear}`);
  const document = row.cells.document === undefined ? null : String(row.cells.document);
  return {
    unitId: unit.id,
    indicatorId: indicator.id,
    fromYear,
    toYear,
    value,
    source,
    document,
    derivedFrom: null,
  };
}

function readObservationRow(
  r: RowReader,
  row: ImportRow,
  unit: Unit,
  indicator: Indicator,
  value: number,
  lookups: ImportLookups,
): ObservationInput | undefined {
  const period = readPeriod(r, row);
  const kind = r.take('kind', readKind(row.cells.kind));
  if (period === undefined || kind === undefined) return undefined;
  const provenance = {
    kind: 'imported' as const,
    file: lookups.fileName,
    row: row.row,
    userId: lookups.userId,
  };
  const note = row.cells.note === undefined ? null : String(row.cells.note);
  return { unitId: unit.id, indicatorId: indicator.id, period, kind, value, note, provenance };
}

/**
 * Validates every row; the plan only when no row is bad.
 * @example validateImportRows([{ row: 2, cells: { record: 'số liệu', unitCode: 'HU_CAINUOC',
 *   indicatorCode: 'TS_TOM', period: '2023', value: '24.937' } }], lookups)
 *   → { kind: 'ok', plan: { targets: [], observations: [{ …, period: '2023', value: 24937 }] } }
 */
export function validateImportRows(rows: readonly ImportRow[], lookups: ImportLookups): ImportValidation {
  const plan: ImportPlan = { targets: [], observations: [] };
  const problems: ImportProblem[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const r = new RowReader(row.row);
    const record = r.take('record', readRecord(row.cells.record));
    const { unit, indicator } = readUnitAndIndicator(r, row, lookups);
    const value = readValue(r, row, indicator);
    if (record && unit && indicator && value !== undefined) {
      if (record === 'target') {
        const target = readTargetRow(r, row, unit, indicator, value);
        if (target) plan.targets.push(target);
      } else {
        const observation = readObservationRow(r, row, unit, indicator, value, lookups);
        if (observation) {
          const key = observationKey(observation);
          const earlier = seen.get(key);
          if (earlier !== undefined) r.refuse('period', `trùng số liệu với dòng ${earlier}`);
          else {
            seen.set(key, row.row);
            plan.observations.push(observation);
          }
        }
      }
    }
    problems.push(...r.problems);
  }
  return problems.length > 0 ? { kind: 'invalid', problems } : { kind: 'ok', plan };
}

/** Rows whose figure is already stored (same unit, indicator, period and kind), by their positions in the plan. */
export function storedDuplicates(plan: ImportPlan, storedPositions: readonly number[]): ImportProblem[] {
  return storedPositions.flatMap((at) => {
    const o = plan.observations[at];
    return o?.provenance.kind === 'imported'
      ? [
          {
            row: o.provenance.row,
            field: 'period',
            reason: 'đã có số liệu này trong hệ thống; sửa trực tiếp thay vì nhập lại',
          },
        ]
      : [];
  });
}
