// Words between a figure and its attribute that belong to neither: a parenthesis without figures, a
// clause between commas, a "và" ("thu 1.250 tỷ đồng (gồm thu nội địa và thu xuất nhập khẩu), đạt 104%
// dự toán"). The attribute still belongs to the figure (../shared/extract-format.md, hard cases).
import type { Attribute, SentenceContext } from './sentence-context';
import type { Token } from './tokenize';

const MAX_ASIDE = 14;
const YEAR = /^(19|20)\d\d$/;

/** A number that is no figure: the base year of "(theo giá so sánh 2010)". */
export function isBaseYear(toks: readonly Token[], m: number): boolean {
  const t = toks[m] as Token;
  return YEAR.test(t.low) && (toks[m - 1]?.low === 'sánh' || toks[m - 1]?.low === 'năm');
}

/** End (exclusive) of a parenthesised group opening at k that holds no figure, or -1. */
function plainParenEnd(toks: readonly Token[], k: number): number {
  for (let m = k + 1; m < toks.length && m <= k + MAX_ASIDE; m++) {
    const t = toks[m] as Token;
    if ((t.kind === 'num' && !isBaseYear(toks, m)) || t.low === '(') return -1;
    if (t.low === ')') return m + 1;
  }
  return -1;
}

/** End (exclusive) of ", clause," from the comma at k when the clause holds no figure, or -1. */
function plainClauseEnd(toks: readonly Token[], k: number): number {
  for (let m = k + 1; m < toks.length && m <= k + MAX_ASIDE; m++) {
    const t = toks[m] as Token;
    if (t.kind === 'num' || t.low === '(' || t.low === ';' || t.low === ':') return -1;
    if (t.low === ',') return m > k + 1 ? m + 1 : -1;
  }
  return -1;
}

function skipCommas(toks: readonly Token[], k: number): number {
  while (toks[k]?.low === ',') k++;
  return k;
}

/** Where an attribute may start after an aside at token k, or -1 when there is no aside there. */
export function afterAside(ctx: SentenceContext, k: number): { at: number; clause: boolean } {
  const t = ctx.toks[k];
  if (t?.low === '(') {
    const end = plainParenEnd(ctx.toks, k);
    return { at: end < 0 ? -1 : skipCommas(ctx.toks, end), clause: false };
  }
  if (t?.low === 'và') return { at: k + 1, clause: false };
  if (t?.low === ',') return { at: plainClauseEnd(ctx.toks, k), clause: true };
  return { at: -1, clause: false };
}

/** A clause in between may hide the attribute's own subject: only a named base is sure to be ours. */
export function namesItsBase(attr: Attribute): boolean {
  return attr.kind === 'achievement' ? attr.achievement.against !== 'khác' : attr.change.against !== 'khác';
}
