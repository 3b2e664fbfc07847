// "nâng tổng số đảng viên lên 6.210" (also "… là 6.210"): a new total is a level, not a change against an
// earlier period; and where the figure is written bare, the counted thing is the one the total names.
import { foldVietnamese } from '../core/vi/normalize';
import type { SentenceContext } from './sentence-context';
import { COUNT_NOUNS } from './units.lexicon';

const LOOK_BACK = 14;
const TOTAL_VERBS = new Set(['nang', 'dua']);

/** Index of "tổng" in "nâng tổng số …" within [s, e), or -1. */
function totalAt(ctx: SentenceContext, s: number, e: number): number {
  for (let k = Math.max(s, e - LOOK_BACK); k + 1 < e; k++) {
    if (!TOTAL_VERBS.has(foldVietnamese(ctx.toks[k]?.low ?? ''))) continue;
    const next = ctx.toks[k + 1]?.low;
    // "nâng tỷ lệ trưởng thôn là đảng viên lên trên 50%" states the new level of a rate, as of a total.
    if (next === 'tổng' || (next === 'tỷ' && ctx.toks[k + 2]?.low === 'lệ')) return k + 1;
  }
  return -1;
}

/** The clause [s, e) raises a total ("nâng tổng số đảng viên lên"). */
export function isNewTotal(ctx: SentenceContext, s: number, e: number): boolean {
  return totalAt(ctx, s, e) >= 0;
}

/**
 * The counted thing of "nâng tổng số đảng viên lên 6.210", for the bare number at token i; null elsewhere.
 * @example on "nâng tổng số đảng viên lên 6.210", newTotalUnit(ctx, 6) → 'đảng viên'
 */
export function newTotalUnit(ctx: SentenceContext, i: number): string | null {
  const before = ctx.toks[i - 1]?.low;
  if (before !== 'lên' && before !== 'là') return null;
  const total = totalAt(ctx, 0, i);
  if (total < 0 || ctx.toks[total + 1]?.low !== 'số') return null;
  const n = COUNT_NOUNS.matchAt(ctx.toks, total + 2, ctx.folded);
  if (n === 0) return null;
  return ctx.toks
    .slice(total + 2, total + 2 + n)
    .map((t) => t.low)
    .join(' ');
}
