// Attributes that follow a figure: its share of a target ("đạt 85,3% Nghị quyết") and its change
// against an earlier period ("tăng 1,25% so với cùng kỳ"), and the period and target phrases themselves.
import { foldVietnamese } from '../core/vi/normalize';
import { parseViNumber } from '../core/vi/parse';
import { readUnit, wordsAt } from './figure';
import { Lexicon } from './lexicon';
import { HEDGES, PERIODS, POPULATION_BASES, TARGET_QUALIFIERS, TARGET_WORDS } from './phrases.lexicon';
import type { Attribute, SentenceContext } from './sentence-context';
import type { AchievementAgainst, Change, ChangeAgainst } from './types';

export const ACHIEVE_VERBS = new Lexicon([
  'đạt',
  'bằng',
  'vượt',
  'hoàn thành',
  'ước đạt',
  'đạt tỷ lệ',
  'chiếm',
  'chiếm tỷ lệ',
]);
// A rate verb states a share of some whole: an achievement only when a target is named after it.
const RATE_VERBS = new Set(['dat ty le', 'chiem', 'chiem ty le']);

/** What the figure before an attribute is: a share of a target needs a named target after a % or a fraction. */
export type LevelKind = 'amount' | 'percent' | 'fraction';
export const CHANGE_VERBS = new Lexicon(['tăng', 'giảm', 'tăng thêm', 'giảm đi', 'ước tăng', 'ước giảm']);
const SO_VOI = new Lexicon(['so với', 'so', 'với']);

export type { Attribute } from './sentence-context';

/** A period phrase at token k ("cùng kỳ năm 2022"): what it is measured against and where it ends. */
export function readPeriod(ctx: SentenceContext, k: number): { against: ChangeAgainst; end: number } | null {
  const n = PERIODS.matchAt(ctx.toks, k, ctx.folded);
  if (n === 0) return null;
  const words = wordsAt(ctx.toks, k, n);
  let end = k + n;
  const last = foldVietnamese(words[n - 1] as string);
  if (ctx.toks[end]?.kind === 'num' && (last === 'nam' || last === 'thang' || last === 'quy')) end++;
  const phrase = foldVietnamese(words.slice(0, n).join(' '));
  const against: ChangeAgainst = phrase.startsWith('cung ky')
    ? 'cùng kỳ'
    : phrase === 'nam truoc' || phrase === 'nam ngoai'
      ? 'năm trước'
      : phrase === 'thang truoc'
        ? 'tháng trước'
        : phrase === 'quy truoc'
          ? 'quý trước'
          : phrase === 'ky truoc' || phrase === 'nhiem ky truoc'
            ? 'kỳ trước'
            : 'khác';
  // A bare "năm"/"tháng" is a period only when a number follows ("so với năm 2022").
  if (n === 1 && end === k + 1 && ['nam', 'thang', 'quy', 'ky'].includes(phrase)) return null;
  return { against, end };
}

const AGAINST: Record<string, AchievementAgainst> = {
  'nghi quyet': 'nghị quyết',
  nq: 'nghị quyết',
  'ke hoach': 'kế hoạch',
  kh: 'kế hoạch',
  'chi tieu': 'chỉ tiêu',
  'du toan': 'dự toán',
  'muc tieu': 'mục tiêu',
};

/**
 * What a target phrase names: a resolution anywhere wins; "chỉ tiêu dự toán", "chỉ tiêu kế hoạch" are the
 * estimate and the plan, said as targets.
 */
function againstOf(found: readonly string[]): AchievementAgainst {
  if (found.includes('nghi quyet')) return 'nghị quyết';
  const first = found[0] as string;
  const named =
    first === 'chi tieu' ? found.slice(1).find((f) => f === 'du toan' || f === 'ke hoach') : undefined;
  return AGAINST[named ?? first] ?? 'khác';
}

/** A target phrase at token k ("chỉ tiêu tỉnh giao"); a resolution named anywhere in it wins. */
export function readTarget(
  ctx: SentenceContext,
  k: number,
): { against: AchievementAgainst; end: number } | null {
  const first = TARGET_WORDS.matchAt(ctx.toks, k, ctx.folded);
  if (first === 0) return null;
  const found = [foldVietnamese(wordsAt(ctx.toks, k, first).join(' '))];
  let end = k + first;
  for (let guard = 0; guard < 6; guard++) {
    const q = TARGET_QUALIFIERS.matchAt(ctx.toks, end, ctx.folded);
    if (q > 0) {
      found.push(foldVietnamese(wordsAt(ctx.toks, end, q).join(' ')));
      end += q;
    } else if (ctx.toks[end]?.kind === 'num' && found[found.length - 1] === 'nam') end++;
    else if (ctx.toks[end]?.low === 'và' && TARGET_WORDS.matchAt(ctx.toks, end + 1, ctx.folded) > 0)
      // "đạt 65,1% so với dự toán tỉnh giao và dự toán HĐND thị xã giao": one share of two equal targets.
      end += 1 + TARGET_WORDS.matchAt(ctx.toks, end + 1, ctx.folded);
    else break;
  }
  return { against: againstOf(found), end };
}

function skipSoVoi(ctx: SentenceContext, k: number): number {
  return k + SO_VOI.matchAt(ctx.toks, k, ctx.folded);
}

function numberAt(ctx: SentenceContext, k: number): { value: number; end: number } | null {
  const hedge = HEDGES.matchAt(ctx.toks, k, ctx.folded);
  const t = ctx.toks[k + hedge];
  if (t?.kind !== 'num') return null;
  const value = parseViNumber(t.low, { convention: ctx.convention });
  return value === null ? null : { value, end: k + hedge + 1 };
}

function readShare(ctx: SentenceContext, k: number, verb: string, level: LevelKind): Attribute | null {
  const num = numberAt(ctx, k);
  if (!num || ctx.toks[num.end]?.low !== '%') return null;
  // "đạt 18,4% lực lượng lao động", "chiếm 4,1% dân số": a share of a population is a rate of its own.
  if (POPULATION_BASES.matchAt(ctx.toks, num.end + 1, ctx.folded) > 0) return null;
  const after = skipSoVoi(ctx, num.end + 1);
  const target = readTarget(ctx, after);
  const folded = foldVietnamese(verb);
  const exceeds = folded === 'vuot';
  if (target) {
    const percent = exceeds ? round(100 + num.value) : num.value;
    ctx.listAgainst = target.against;
    return { kind: 'achievement', achievement: { percent, against: target.against }, end: target.end };
  }
  if (RATE_VERBS.has(folded)) return null;
  const period = readPeriod(ctx, after);
  if (period) {
    const change: Change = exceeds
      ? { direction: 'tăng', percent: num.value, against: period.against }
      : { direction: 'bằng', percent: num.value, against: period.against };
    return { kind: 'change', change, end: period.end };
  }
  if (level !== 'amount') return null;
  const percent = exceeds ? round(100 + num.value) : num.value;
  // A later list item's bare "đạt 64%" keeps the base its first item named.
  const against = ctx.listAgainst ?? 'khác';
  return { kind: 'achievement', achievement: { percent, against }, end: num.end + 1 };
}

function readDelta(ctx: SentenceContext, k: number, verb: string): Attribute | null {
  const num = numberAt(ctx, k);
  if (!num) return null;
  const unit = readUnit(ctx, num.end);
  if (!unit || unit === 'time') return null;
  const direction = foldVietnamese(verb).includes('tang') ? 'tăng' : 'giảm';
  // "tăng 1,5 lần" multiplies: a change with no amount, as "gấp 1,5 lần".
  const times = foldVietnamese(unit.unit) === 'lan';
  const aside = unit.kind === 'percent' ? null : percentAside(ctx, unit.end);
  const after = aside?.end ?? unit.end;
  // "tăng 0,03% so với Nghị quyết" is a gap to the target, not a change against an earlier period.
  if (readTarget(ctx, skipSoVoi(ctx, after))) return null;
  const period = readPeriod(ctx, skipSoVoi(ctx, after));
  // "giảm 0,3‰": points of a per-mille rate, an amount, not a percentage.
  const change: Change =
    unit.kind === 'percent' && unit.unit === '%'
      ? { direction, percent: num.value, against: period?.against ?? 'khác' }
      : times
        ? { direction, percent: null, against: period?.against ?? 'khác' }
        : {
            direction,
            percent: aside?.percent ?? null,
            against: period?.against ?? 'khác',
            amount: num.value,
          };
  return { kind: 'change', change, end: period?.end ?? after, amountUnit: unit.unit };
}

/** "tăng 234,5 tỷ đồng (+5,4%)": the same change as a percentage, in parentheses. */
function percentAside(ctx: SentenceContext, k: number): { percent: number; end: number } | null {
  if (ctx.toks[k]?.low !== '(') return null;
  const sign = ctx.toks[k + 1]?.low === '+' || ctx.toks[k + 1]?.low === '-' ? 1 : 0;
  const num = numberAt(ctx, k + 1 + sign);
  if (!num || ctx.toks[num.end]?.low !== '%' || ctx.toks[num.end + 1]?.low !== ')') return null;
  return { percent: num.value, end: num.end + 2 };
}

function readTimes(ctx: SentenceContext, k: number): Attribute | null {
  const num = numberAt(ctx, k);
  if (!num || foldVietnamese(ctx.toks[num.end]?.low ?? '') !== 'lan') return null;
  const period = readPeriod(ctx, skipSoVoi(ctx, num.end + 1));
  if (!period) return null;
  return {
    kind: 'change',
    change: { direction: 'tăng', percent: null, against: period.against },
    end: period.end,
  };
}

/**
 * The achievement or change stated at token k, or null.
 * @example on "đạt 85,3% Nghị quyết" → { kind: 'achievement', achievement: { percent: 85.3, against: 'nghị quyết' } }
 */
export function readAttribute(ctx: SentenceContext, k: number, level: LevelKind): Attribute | null {
  const first = ctx.toks[k];
  if (first?.kind !== 'word') return null;
  const share = ACHIEVE_VERBS.matchAt(ctx.toks, k, ctx.folded);
  if (share > 0) return readShare(ctx, k + share, wordsAt(ctx.toks, k, share).join(' '), level);
  const delta = CHANGE_VERBS.matchAt(ctx.toks, k, ctx.folded);
  if (delta > 0) return readDelta(ctx, k + delta, wordsAt(ctx.toks, k, delta).join(' '));
  if (first.low === 'gấp' || first.low === 'gap') return readTimes(ctx, k + 1);
  return null;
}

/** Rounds away binary noise from 100 + 0,89. */
export function round(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}
