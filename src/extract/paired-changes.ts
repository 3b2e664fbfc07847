// "320 chi bộ và 28 đảng bộ (tăng 12 chi bộ, giảm 4 đảng bộ so với năm 2022)": a parenthesis of changes
// that pairs several figures gives each amount to the figure of its own unit, not to the last figure.

import { foldVietnamese } from '../core/vi/normalize';
import { parseViNumber } from '../core/vi/parse';
import { CHANGE_VERBS, readPeriod } from './attributes';
import type { Draft } from './draft';
import { readUnit, type SentenceContext } from './figure';
import { Lexicon } from './lexicon';
import type { Change, ChangeAgainst } from './types';

const SO_VOI = new Lexicon(['so với', 'so']);
const ITEM_SEPARATORS = new Set([',', ';', 'và']);

interface Item {
  unit: string;
  direction: 'tăng' | 'giảm';
  amount: number;
  against: ChangeAgainst | null;
}

function readItem(ctx: SentenceContext, k: number): { item: Item; end: number } | null {
  const verb = CHANGE_VERBS.matchAt(ctx.toks, k, ctx.folded);
  const num = ctx.toks[k + verb];
  if (verb === 0 || num?.kind !== 'num') return null;
  const amount = parseViNumber(num.low, { convention: ctx.convention, whole: true });
  const unit = readUnit(ctx, k + verb + 1);
  if (amount === null || !unit || unit === 'time' || unit.kind === 'percent') return null;
  let end = unit.end;
  const so = SO_VOI.matchAt(ctx.toks, end, ctx.folded);
  const period = so > 0 ? readPeriod(ctx, end + so) : null;
  if (period) end = period.end;
  const direction = foldVietnamese(ctx.toks[k]?.low ?? '') === 'giam' ? 'giảm' : 'tăng';
  return { item: { unit: unit.unit, direction, amount, against: period?.against ?? null }, end };
}

function readItems(ctx: SentenceContext, open: number): { items: Item[]; close: number } | null {
  const items: Item[] = [];
  let k = open + 1;
  for (let guard = 0; guard < 8; guard++) {
    const read = readItem(ctx, k);
    if (!read) return null;
    items.push(read.item);
    k = read.end;
    if (ctx.toks[k]?.low === ')') return { items, close: k };
    if (!ITEM_SEPARATORS.has(ctx.toks[k]?.low ?? '')) return null;
    k++;
  }
  return null;
}

/**
 * Gives each change of the parenthesis at `open` to the latest figure of its unit; the token after the
 * parenthesis, or -1 when it does not pair figures (one change of the figure before it, a breakdown).
 * @example "320 chi bộ và 28 đảng bộ (tăng 12 chi bộ, giảm 4 đảng bộ ...)" → 320 chi bộ tăng 12, 28 đảng bộ giảm 4
 */
export function pairChanges(ctx: SentenceContext, drafts: readonly Draft[], open: number): number {
  const read = readItems(ctx, open);
  if (!read) return -1;
  const last = drafts[drafts.length - 1];
  if (read.items.length < 2 && read.items[0]?.unit === last?.unit) return -1;
  const owners = read.items.map((item) => findOwner(drafts, item.unit));
  if (owners.some((o) => o === undefined)) return -1;
  // The base is usually said once, after the last item.
  const against = read.items.findLast((item) => item.against !== null)?.against ?? 'khác';
  read.items.forEach((item, n) => {
    const owner = owners[n] as Draft;
    const change: Change = { direction: item.direction, percent: null, against: item.against ?? against };
    change.amount = item.amount;
    owner.change = change;
    owner.endTok = Math.max(owner.endTok, read.close + 1);
  });
  return read.close + 1;
}

// The figures a parenthesis pairs stand just before it; looking further back would be quadratic.
const OWNER_REACH = 8;

function findOwner(drafts: readonly Draft[], unit: string): Draft | undefined {
  for (let k = drafts.length - 1; k >= 0 && k >= drafts.length - OWNER_REACH; k--) {
    const d = drafts[k] as Draft;
    if (d.unit === unit && d.change === null) return d;
  }
  return undefined;
}
