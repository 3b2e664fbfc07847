// The scorecard as the CLI prints it: the JSON of `tiendo scorecard --json`, and a Vietnamese table.
import { SOURCE_LABEL } from './checks';
import { type FigureOrigin, figureOrigin } from './figure-origin';
import type { Scorecard, ScorecardRow, ScorecardStatus } from './scorecard.types';
import { formatNumber, formatSignedPercent } from './vi/format';
import { achievementText, STATUS_WORDS } from './words';

export interface ScorecardJsonRow {
  indicator: { code: string; name: string; measure: string };
  targets: { source: string; value: number; document: string | null; derivedFrom: string | null }[];
  /** `origin` says whether the unit reported it, inherited it from units before an arrangement, or it was summed. */
  actual: { value: number; period: string; origin: FigureOrigin['kind']; note: string | null } | null;
  estimate: { value: number; period: string } | null;
  /** The named outcome (ADR 0003) with its words, so a script need not guess why a percent is null. */
  achievement: { source: string; kind: string; words: string; percent: number | null }[];
  change: { percent: number | null } | null;
  status: ScorecardStatus;
  projection: { value: number; method: string } | null;
  rollup: { value: number | null; reporting: number; expected: number } | null;
  checks: { kind: string; message: string }[];
}

export interface ScorecardJson {
  unit: { id: number; code: string; name: string };
  year: number;
  rows: ScorecardJsonRow[];
}

/** A figure nobody reported is marked in the table, as on screen. */
const ORIGIN_MARK: Record<FigureOrigin['kind'], string> = {
  stored: '',
  inherited: ' (kế thừa)',
  computed: ' (cộng dồn)',
};

/** Percentages keep 10 decimals: enough for any stated rounding, without float noise (1,2499999999999982). */
function cleanPercent(percent: number | null): number | null {
  return percent === null ? null : Math.round(percent * 1e10) / 1e10;
}

function jsonRow(r: ScorecardRow): ScorecardJsonRow {
  return {
    indicator: { code: r.indicator.code, name: r.indicator.name, measure: r.indicator.measure },
    targets: r.targets.map((t) => ({
      source: t.source,
      value: t.value,
      document: t.document,
      derivedFrom: t.derivedFrom,
    })),
    actual: r.actual && {
      value: r.actual.value,
      period: r.actual.period,
      origin: figureOrigin(r.actual).kind,
      note: r.actual.inherited?.label ?? r.actual.note,
    },
    estimate: r.estimate && { value: r.estimate.value, period: r.estimate.period },
    achievement: r.achievement.map((a) => ({
      source: a.source,
      kind: a.kind,
      words: achievementText(a),
      percent: cleanPercent(a.percent),
    })),
    change: r.change && { percent: cleanPercent(r.change.percent) },
    status: r.status,
    projection: r.projection && { value: r.projection.value, method: r.projection.method },
    rollup: r.rollup && { value: r.rollup.value, reporting: r.rollup.reporting, expected: r.rollup.expected },
    checks: r.checks.map((c) => ({ kind: c.kind, message: c.message })),
  };
}

/**
 * The JSON `tiendo scorecard UNIT --year Y --json` prints (issue 2, item 8).
 * @example scorecardToJson(sc).rows[1] → { indicator: { code: 'TS_TOM', name: 'Sản lượng tôm', measure: 'tấn' }, actual: { value: 24937, period: '2023-YTD-2023-11-17' }, achievement: [{ source: 'resolution', kind: 'ok', words: '85,98%', percent: 85.98 }], … }
 */
export function scorecardToJson(sc: Scorecard): ScorecardJson {
  return { unit: sc.unit, year: sc.year, rows: sc.rows.map(jsonRow) };
}

const HEADINGS = [
  'Mã',
  'Chỉ tiêu',
  'ĐVT',
  'Chỉ tiêu năm',
  'Thực hiện',
  'Tỷ lệ đạt',
  'So cùng kỳ',
  'Tiến độ',
  'Ước cả năm',
];

function cells(r: ScorecardRow): string[] {
  const num = (v: number | null | undefined) => (v == null ? '' : formatNumber(v, r.indicator.decimals));
  const target = r.targets[0];
  const achieved = r.achievement[0];
  return [
    r.indicator.code,
    r.indicator.name,
    r.indicator.measure,
    target
      ? `${num(target.value)} (${SOURCE_LABEL[target.source]}${target.derivedFrom ? ', suy ra' : ''})`
      : '',
    `${num(r.actual?.value)}${r.actual ? ORIGIN_MARK[figureOrigin(r.actual).kind] : ''}`,
    achieved ? achievementText(achieved) : '',
    r.change?.percent == null ? '' : formatSignedPercent(r.change.percent),
    STATUS_WORDS.vi[r.status],
    num(r.projection?.value),
  ];
}

/**
 * The scorecard as a Vietnamese text table, followed by the checks it raises.
 * @example scorecardTable(sc).split('\n')[0] === 'Bảng chỉ tiêu năm 2023: Huyện ủy Cái Nước'
 */
export function scorecardTable(sc: Scorecard): string {
  const rows = [HEADINGS, ...sc.rows.map(cells)];
  const widths = HEADINGS.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) =>
    r
      .map((cell, c) => (c >= 3 && c !== 7 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
      .join('  ')
      .trimEnd();
  const out = [
    `Bảng chỉ tiêu năm ${sc.year}: ${sc.unit.name}`,
    '',
    line(HEADINGS),
    ...sc.rows.map((r) => line(cells(r))),
  ];
  const checks = sc.rows.flatMap((r) => r.checks);
  if (checks.length > 0) out.push('', 'Kiểm tra chéo:', ...checks.map((c) => `- ${c.message}`));
  const periods = [...new Set(sc.rows.flatMap((r) => (r.actual ? [r.actual.periodLabel] : [])))];
  if (periods.length > 0) out.push('', `Kỳ số liệu: ${periods.join('; ')}`);
  return out.join('\n');
}
