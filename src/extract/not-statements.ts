// Figures a reader does not take as statements although they carry a unit: the gap to a target or to
// another unit's figure ("thấp hơn 0,8% so với chỉ tiêu", "cao hơn bình quân cả nước 1,2%") and the
// bounds of a classification ("tàu dài từ 6 đến dưới 12 m").
import { foldVietnamese } from '../core/vi/normalize';
import { readTarget } from './attributes';
import type { Draft } from './draft';
import type { Figure, SentenceContext } from './figure';
import { Lexicon } from './lexicon';
import type { Prefix } from './prefix';

const SO_VOI = new Lexicon(['so với', 'so']);

const COMPARATIVES = new Set(['cao', 'thap', 'nhieu', 'it', 'lon', 'nho']);
const BOUND_HEDGES = new Set(['duoi', 'tren']);
const RANGE_WORDS = new Set(['den', 'toi']);

function folded(ctx: SentenceContext, k: number): string {
  return foldVietnamese(ctx.toks[k]?.low ?? '');
}

/** "cao hơn", "thấp hơn", "chênh lệch" between the clause start and the figure at i. */
export function isGap(ctx: SentenceContext, from: number, i: number): boolean {
  for (let k = Math.max(from, i - 8); k < i; k++) {
    const w = folded(ctx, k);
    if (w === 'hon' && COMPARATIVES.has(folded(ctx, k - 1))) return true;
    if (w === 'chenh' && folded(ctx, k + 1) === 'lech') return true;
  }
  for (let k = Math.max(from, i - 14); k < i; k++)
    if (folded(ctx, k) === 'vuot' && exceedsTarget(ctx, k + 1, i)) return true;
  return false;
}

/**
 * "vượt chỉ tiêu so với kế hoạch của tỉnh giao 0,04%": the excess over a target, unless the figure is the
 * target itself ("vượt so với Nghị quyết đề ra là 40%").
 */
function exceedsTarget(ctx: SentenceContext, k: number, i: number): boolean {
  const named = SO_VOI.matchAt(ctx.toks, k, ctx.folded) > 0 || readTarget(ctx, k) !== null;
  return named && folded(ctx, i - 1) !== 'la';
}

/** "từ 6 đến dưới 12 m", "từ 12 m đến dưới 15 m": a bound of a class, on either side of "đến". */
export function isClassBound(ctx: SentenceContext, fig: Figure): boolean {
  const i = fig.valueStart;
  if (BOUND_HEDGES.has(folded(ctx, i - 1)) && RANGE_WORDS.has(folded(ctx, i - 2))) return true;
  return (
    folded(ctx, i - 1) === 'tu' &&
    RANGE_WORDS.has(folded(ctx, fig.unitEnd)) &&
    BOUND_HEDGES.has(folded(ctx, fig.unitEnd + 1))
  );
}

/**
 * "(tăng 0,03% so với Nghị quyết)", "gấp gần 2 lần bình quân chung cả nước": a change against a target or
 * a multiple of someone else's figure compares; it states no figure of the indicator.
 */
export function isComparison(ctx: SentenceContext, fig: Figure, pre: Prefix): boolean {
  if (pre.verb === 'times') return true;
  if (pre.verb !== 'change') return false;
  const so = SO_VOI.matchAt(ctx.toks, fig.unitEnd, ctx.folded);
  return so > 0 && readTarget(ctx, fig.unitEnd + so) !== null;
}

/**
 * "tỷ lệ bao phủ BHYT đạt 93,5%, vượt 0,3%": a bare excess right after a rate is its gap to a target that
 * goes unnamed; it states no figure of its own.
 */
export function isBareExcess(
  ctx: SentenceContext,
  fig: Figure,
  pre: Prefix,
  before: Draft | undefined,
): boolean {
  if (fig.unit !== '%' || pre.verb !== 'share' || foldVietnamese(pre.verbWord) !== 'vuot') return false;
  if (pre.phrase.length > 0 || before?.unit !== '%' || before.endTok + 1 < pre.spanStart) return false;
  const so = SO_VOI.matchAt(ctx.toks, fig.unitEnd, ctx.folded);
  return readTarget(ctx, fig.unitEnd + so) === null;
}
