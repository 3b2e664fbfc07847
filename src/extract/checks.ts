// Checks a text raises against itself: a stated share that disagrees with the target the same text
// states, a part larger than its whole, a breakdown that does not add up.
import { formatNumber } from '../core/vi/format';
import type { AchievementAgainst, Check, Statement } from './types';

/** Appends to the list at key, creating it. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A statement with its place in the text's breakdowns. */
export interface Linked {
  statement: Statement;
  sentence: number;
  /** Index (in the same array) of the whole it is a part of. */
  partOf: number | null;
  inParens: boolean;
}

const TARGET_NAME: Record<Exclude<AchievementAgainst, 'khác'>, string> = {
  'nghị quyết': 'nghị quyết',
  'kế hoạch': 'kế hoạch',
  'chỉ tiêu': 'chỉ tiêu',
  'dự toán': 'dự toán',
  'mục tiêu': 'mục tiêu',
};

function decimals(x: number): number {
  const s = String(x);
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

function quantity(s: Statement): string {
  return `${formatNumber(s.value, 3)} ${s.unit}`;
}

function findTarget(all: readonly Linked[], k: number, against: AchievementAgainst): Linked | null {
  if (against === 'khác') return null;
  const word = TARGET_NAME[against];
  const s = (all[k] as Linked).statement;
  // Targets are stated close to the share: the sentence or the one before, within a few figures.
  for (let p = k - 1; p >= 0 && p >= k - 30; p--) {
    const t = all[p] as Linked;
    if ((all[k] as Linked).sentence - t.sentence > 1) break;
    const ts = t.statement;
    if (ts.achievement === null && ts.change === null && ts.unit === s.unit && ts.indicator.includes(word))
      return t;
  }
  return null;
}

function achievementChecks(all: readonly Linked[]): Check[] {
  const checks: Check[] = [];
  all.forEach((l, k) => {
    const s = l.statement;
    if (!s.achievement || s.unit === '%' || s.approx !== null) return;
    const target = findTarget(all, k, s.achievement.against);
    if (!target || target.statement.value === 0) return;
    const computed = (s.value / target.statement.value) * 100;
    const stated = s.achievement.percent;
    // The stated share is rounded to its own decimals; anything beyond that rounding is a disagreement.
    const tolerance = 0.5 * 10 ** -decimals(stated) + 1e-9;
    const diff = Math.abs(computed - stated);
    if (diff <= tolerance) return;
    checks.push({
      kind: 'achievement_mismatch',
      message:
        `Tỷ lệ nêu ${formatNumber(stated)}% ${s.achievement.against} của "${s.indicator}" không khớp số liệu: ` +
        `${quantity(s)} ÷ ${quantity(target.statement)} ("${target.statement.indicator}") = ` +
        `${formatNumber(computed)}%, chênh ${formatNumber(diff)} điểm phần trăm`,
      span: s.span,
      relatedSpan: target.statement.span,
    });
  });
  return checks;
}

function partChecks(all: readonly Linked[]): Check[] {
  const checks: Check[] = [];
  all.forEach((l) => {
    if (l.partOf === null) return;
    const whole = (all[l.partOf] as Linked).statement;
    const part = l.statement;
    if (part.unit !== whole.unit || part.value <= whole.value || part.unit === '%') return;
    checks.push({
      kind: 'part_exceeds_whole',
      message:
        `Phần lớn hơn tổng: "${part.indicator}" ${quantity(part)} > "${whole.indicator}" ${quantity(whole)}, ` +
        `chênh ${formatNumber(part.value - whole.value, 3)} ${part.unit}`,
      span: part.span,
      relatedSpan: whole.span,
    });
  });
  return checks;
}

function sumChecks(all: readonly Linked[]): Check[] {
  const checks: Check[] = [];
  const partsOf = new Map<number, Statement[]>();
  // Pushed in place: spreading a copy per part was quadratic in a long breakdown.
  for (const p of all) if (p.partOf !== null && p.inParens) pushTo(partsOf, p.partOf, p.statement);
  all.forEach((l, w) => {
    const parts = partsOf.get(w) ?? [];
    const whole = l.statement;
    if (parts.length < 2 || whole.approx !== null || whole.unit === '%') return;
    if (!parts.every((p) => p.unit === whole.unit && p.approx === null)) return;
    const sum = parts.reduce((acc, p) => acc + p.value, 0);
    if (Math.abs(sum - whole.value) < 1e-9 * Math.max(1, whole.value)) return;
    const first = parts[0] as Statement;
    const last = parts[parts.length - 1] as Statement;
    checks.push({
      kind: 'breakdown_sum',
      message:
        `Các phần không cộng đúng tổng: ${parts.map((p) => formatNumber(p.value, 3)).join(' + ')} = ` +
        `${formatNumber(sum, 3)} ${whole.unit}, nhưng "${whole.indicator}" là ${quantity(whole)} ` +
        `(chênh ${formatNumber(Math.abs(sum - whole.value), 3)} ${whole.unit})`,
      span: [first.span[0], last.span[1]],
      relatedSpan: whole.span,
    });
  });
  return checks;
}

/**
 * Every inconsistency the statements of one text show among themselves.
 * @example plan 134,113 tỷ đồng and "đã giải ngân 109,960 tỷ đồng, đạt 82,1% kế hoạch" → one
 * achievement_mismatch (109,96 ÷ 134,113 = 81,99%, 0,11 points off)
 */
export function checkStatements(all: readonly Linked[]): Check[] {
  return [...achievementChecks(all), ...partChecks(all), ...sumChecks(all)].sort(
    (a, b) => a.span[0] - b.span[0],
  );
}
