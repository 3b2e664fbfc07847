// Change against the same period of the previous year (so với cùng kỳ).

export type Change =
  | { kind: 'ok'; percent: number; amount: number; prior: number }
  | { kind: 'no_prior' }
  | { kind: 'zero_prior'; amount: number; prior: 0 };

/**
 * Relative (percent) and absolute change of a figure against its prior value.
 * @example computeChange(24937, 24937 / 1.0125) → { kind: 'ok', percent: 1.25, amount: 307.86…, prior: 24629.13… }
 */
export function computeChange(current: number, prior: number | null | undefined): Change {
  if (prior === null || prior === undefined) return { kind: 'no_prior' };
  const amount = current - prior;
  if (prior === 0) return { kind: 'zero_prior', amount, prior: 0 };
  return { kind: 'ok', percent: (amount / Math.abs(prior)) * 100, amount, prior };
}

/** A change as reports state it (shared/extract-format.md): tăng/giảm by a percent or an amount, or from a level. */
export interface StatedChange {
  direction: 'tăng' | 'giảm' | 'bằng' | string;
  percent: number | null;
  amount?: number | null;
  from?: number | null;
}

/**
 * The prior value a stated change implies; null when it implies none.
 * "tăng 1,25%" divides by 1.0125; "giảm 3 vụ" adds 3; "bằng 105%" divides by 1.05; "tăng từ 42,5%" is 42.5.
 * @example derivePriorFromChange(24937, { direction: 'tăng', percent: 1.25 }) === 24937 / 1.0125 // 24629.1358…
 */
export function derivePriorFromChange(value: number, change: StatedChange): number | null {
  if (typeof change.from === 'number' && Number.isFinite(change.from)) return change.from;
  const sign = change.direction === 'tăng' ? 1 : change.direction === 'giảm' ? -1 : 0;
  if (typeof change.percent === 'number' && Number.isFinite(change.percent)) {
    // "bằng 105% so với cùng kỳ" states a ratio to the prior value, not a change.
    const ratio = change.direction === 'bằng' ? change.percent / 100 : 1 + (sign * change.percent) / 100;
    return ratio > 0 ? value / ratio : null;
  }
  if (typeof change.amount === 'number' && Number.isFinite(change.amount) && sign !== 0) {
    return value - sign * change.amount;
  }
  return null;
}
