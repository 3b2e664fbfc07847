// One sentence → draft statements: each figure with its prefix, unit, descriptor and attributes,
// and the breakdowns ("trong đó", parentheses) that make some statements parts of another.
import { foldVietnamese } from '../core/vi/normalize';
import { afterAside, namesItsBase } from './aside';
import { type Attribute, type LevelKind, readAttribute, readTarget } from './attributes';
import type { Draft } from './draft';
import {
  type Figure,
  mayStartFigure,
  readFigure,
  type SentenceContext,
  type UnitKind,
  wordsAt,
} from './figure';
import { Lexicon } from './lexicon';
import { isBareExcess, isClassBound, isComparison, isGap } from './not-statements';
import { pairChanges } from './paired-changes';
import { CONNECTORS, DESCRIPTOR_STOPS, HEDGES } from './phrases.lexicon';
import { type Prefix, readPrefix } from './prefix';
import type { Token } from './tokenize';

/** A statement before its indicator is named and its span mapped back to the input. */
export type { Draft } from './draft';

const TO_LEVEL = new Lexicon(['lên', 'xuống', 'xuống còn', 'lên mức', 'lên đến', 'còn', 'lên tới']);
const WHICH_ARE = new Set(['là', 'có']);

/** "1.080 tàu có chiều dài từ 15 m trở lên": a bound follows, so "có" defines a class, not which are counted. */
function boundNear(ctx: SentenceContext, at: number): boolean {
  for (let m = at + 1; m <= at + 5; m++) if (ctx.toks[m]?.kind === 'num') return true;
  return false;
}
const SOFT_STOPS = new Set([
  'đạt',
  'tăng',
  'giảm',
  'vượt',
  'bằng',
  'gấp',
  'chiếm',
  'hơn',
  'dat',
  'tang',
  'giam',
]);
const MONEY = /đồng|usd|đô la|dong$/;

// Words that open a clause of their own after a comma, not one more item of the counted thing.
const CLAUSE_OPENERS = new Lexicon([
  'đạt',
  'tăng',
  'giảm',
  'vượt',
  'bằng',
  'chiếm',
  'gấp',
  'hoàn thành',
  'góp phần',
  'nâng',
  'đưa',
  'giúp',
  'tạo',
  'đảm bảo',
  'bảo đảm',
  'đáp ứng',
  'thấp',
  'cao',
  'còn',
  'riêng',
  'ước',
  'dự kiến',
  'bình quân',
  'toàn',
  'cả',
  'các',
  'mỗi',
  'hiện',
  'tính',
  'được',
  'đã',
  'đang',
  'sẽ',
  'cơ bản',
  'phấn đấu',
  'nhiều',
  'chủ yếu',
  'tương đương',
  'tương ứng',
  'trung bình',
  'số',
  'tổng',
  'tỷ lệ',
]);
const MAX_ITEM_WORDS = 4;

/**
 * "123/128 chi bộ thôn, làng, tổ dân phố", "274 cá nhân, tổ chức vi phạm": after the comma at k, one more
 * item of the counted thing, up to where it ends; -1 when what follows opens a clause of its own (a verb
 * of stating, a new subject, the phrase of the next figure).
 */
function listItemEnd(ctx: SentenceContext, k: number): number {
  const first = ctx.toks[k + 1];
  if (first?.kind !== 'word' || ctx.folded) return -1;
  // A capital opens a new name or sentence; an acronym ("THCS", "BHYT") is one more item.
  if (ctx.text[first.start] !== first.low[0] && !isAcronym(ctx, first)) return -1;
  if (CLAUSE_OPENERS.matchAt(ctx.toks, k + 1, false) > 0 || CONNECTORS.matchAt(ctx.toks, k + 1, false) > 0)
    return -1;
  let j = k + 1;
  while (ctx.toks[j]?.kind === 'word' && !DESCRIPTOR_STOPS.has((ctx.toks[j] as Token).low, false)) {
    if (ctx.toks[j]?.low === 'đối' && ctx.toks[j + 1]?.low === 'với') break;
    if (j - k > MAX_ITEM_WORDS) return -1;
    j++;
  }
  const next = ctx.toks[j];
  if (next === undefined || (next.kind === 'punct' && next.low !== ',')) return j;
  // "22 đơn khiếu nại, tố cáo, đã giải quyết 16 đơn": the list ends where a clause of its own opens.
  if (next.low === ',') return listItemEnd(ctx, j) >= 0 || opensClause(ctx, j + 1) ? j : -1;
  if (next.kind !== 'word') return -1;
  // "…, kiểm tra chuyên ngành đối với 2.427 cá nhân" (or "tại 371 tổ chức") ends the item; "…, toàn xã có 30 hộ" is a clause.
  if (next.low === 'đối' || next.low === 'với' || next.low === 'tại') return j;
  for (let m = j; m < j + 3; m++) if (ctx.toks[m]?.kind === 'num') return -1;
  return j;
}

function opensClause(ctx: SentenceContext, at: number): boolean {
  return CLAUSE_OPENERS.matchAt(ctx.toks, at, false) > 0 || CONNECTORS.matchAt(ctx.toks, at, false) > 0;
}

function isAcronym(ctx: SentenceContext, t: Token): boolean {
  const written = ctx.text.slice(t.start, t.end);
  return written.length >= 2 && written === written.toUpperCase() && written !== written.toLowerCase();
}

function readDescriptor(ctx: SentenceContext, k: number, unit: string, kind: UnitKind): number {
  if (MONEY.test(unit)) return k;
  const end = descriptorEnd(ctx, k);
  // "123/128 chi bộ thôn, làng, tổ dân phố", "100% xã, thị trấn có trường mầm non": the counted thing may be a list.
  const listed = kind === 'count' || (kind === 'percent' && end > k);
  if (!listed || ctx.toks[end]?.low !== ',') return end;
  let at = end;
  for (let guard = 0; guard < 6 && ctx.toks[at]?.low === ','; guard++) {
    const item = listItemEnd(ctx, at);
    if (item < 0) break;
    at = item;
  }
  return at > end ? withWhatTheyHave(ctx, at) : at;
}

/**
 * "100% thôn, làng, tổ dân phố đã có tổ chức đảng", "100% xã, thị trấn có trường mầm non, tiểu học, THCS": after
 * a list of the counted things, what they have says which are counted.
 */
function withWhatTheyHave(ctx: SentenceContext, at: number): number {
  const has =
    ctx.toks[at]?.low === 'có' ? 1 : ctx.toks[at]?.low === 'đã' && ctx.toks[at + 1]?.low === 'có' ? 2 : 0;
  if (has === 0 || ctx.toks[at + has]?.kind !== 'word' || boundNear(ctx, at)) return at;
  let end = descriptorEnd(ctx, at + has);
  for (let guard = 0; guard < 6 && ctx.toks[end]?.low === ','; guard++) {
    const item = listItemEnd(ctx, end);
    if (item < 0) break;
    end = item;
  }
  return end;
}

// "17/21 chỉ tiêu chủ yếu đạt và vượt kế hoạch": the grade is one descriptor, "và" and all.
// Right after the unit the grade describes only what is graded: "22 chỉ tiêu", "19 tiêu chí".
const GRADED = new Set(['tiêu', 'chí']);
const GRADES = new Lexicon(['đạt và vượt', 'đạt và vượt mức', 'hoàn thành và hoàn thành vượt mức']);

// "đảng bộ trực thuộc", "chỉ tiêu đề ra": a stop word that ends a compound begun by the word before it.
const COMPOUNDS = new Set(['trực thuộc', 'phụ thuộc', 'đề ra', 'đặt ra']);

function closesCompound(ctx: SentenceContext, k: number): boolean {
  return COMPOUNDS.has(`${ctx.toks[k - 1]?.low} ${ctx.toks[k]?.low}`);
}

function descriptorEnd(ctx: SentenceContext, k: number): number {
  let end = k;
  for (let n = 0; n < 8; n++) {
    const t = ctx.toks[end];
    const grade = GRADES.matchAt(ctx.toks, end, ctx.folded);
    if (grade > 0 && (end > k || GRADED.has(ctx.toks[k - 1]?.low ?? ''))) {
      end += grade;
      continue;
    }
    if (t?.kind !== 'word' || CONNECTORS.matchAt(ctx.toks, end, ctx.folded) === 2) break;
    if (DESCRIPTOR_STOPS.has(t.low, ctx.folded) && !closesCompound(ctx, end)) {
      // "xã đạt chuẩn" describes; "đạt 85%" starts an attribute.
      const next = ctx.toks[end + 1];
      // "289.101 đảng viên là cấp ủy viên", "630 tổ chức đảng có vi phạm": right after the unit, "là" and
      // "có" say which of them are counted.
      const soft =
        (SOFT_STOPS.has(t.low) || (WHICH_ARE.has(t.low) && end === k && !boundNear(ctx, end))) &&
        next?.kind === 'word' &&
        next.low !== 'và' &&
        !HEDGES.has(next.low, ctx.folded);
      if (!soft) break;
    }
    end++;
  }
  return end;
}

function levelKind(draft: Draft): LevelKind {
  if (draft.unit === '%') return 'percent';
  return draft.figure.of === undefined ? 'amount' : 'fraction';
}

function isOtherCount(draft: Draft, amountUnit: string | undefined): boolean {
  // A measure may change in another scale ("27 nghìn tấn, tăng 2.000 tấn"); a count or a rate may not.
  const kind = draft.figure.unitKind;
  if (amountUnit === undefined || amountUnit === draft.unit) return false;
  // "17,5 tiêu chí/xã, tăng 0,5 tiêu chí": the rate changes in its own counted thing.
  if (draft.unit.startsWith(`${amountUnit}/`)) return false;
  // A rate changes in points: "94,1%, tăng 1,2 điểm phần trăm".
  if (kind === 'percent') return !amountUnit.startsWith('điểm');
  // "235.600 con, tăng 3,2% so với cùng kỳ": a count changes by a percentage of itself.
  return kind === 'count' && amountUnit !== '%';
}

const EQUIVALENT = new Lexicon(['tương đương', 'tương ứng', 'tương đương với', 'tuong duong', 'tuong ung']);

/**
 * "tăng 3,89 tạ/ha so với năm 2020, tương đương 7,6%": the percent the change amount comes to, and where
 * it ends; null when no such equivalent follows at k.
 */
function equivalentPercent(ctx: SentenceContext, k: number): { percent: number; end: number } | null {
  let j = k;
  if (ctx.toks[j]?.low === ',') j++;
  const n = EQUIVALENT.matchAt(ctx.toks, j, ctx.folded);
  if (n === 0) return null;
  j += n;
  const fig = readFigure(ctx, j);
  return fig && fig.unit === '%' ? { percent: fig.value, end: fig.unitEnd } : null;
}

function attributeLoop(ctx: SentenceContext, draft: Draft): void {
  let k = draft.endTok;
  for (let guard = 0; guard < 4; guard++) {
    let j = k;
    while (ctx.toks[j]?.low === ',' || ctx.toks[j]?.low === '(') j++;
    let attr: Attribute | null = readAttribute(ctx, j, levelKind(draft));
    if (!attr) {
      const aside = afterAside(ctx, k);
      if (aside.at < 0) break;
      attr = readAttribute(ctx, aside.at, levelKind(draft));
      if (!attr || (aside.clause && !namesItsBase(attr))) break;
      j = aside.at;
    }
    // "28 đảng bộ (tăng 12 chi bộ, ...)": an amount of another thing is not this figure's change.
    if (attr.kind === 'change' && isOtherCount(draft, attr.amountUnit)) break;
    if (attr.kind === 'achievement') {
      if (draft.achievement) break;
      draft.achievement = attr.achievement;
    } else {
      if (draft.change) break;
      draft.change = attr.change;
    }
    k = attr.end;
    const equivalent = draft.change?.amount !== undefined && draft.change.percent === null;
    const percent = equivalent ? equivalentPercent(ctx, k) : null;
    if (percent && draft.change) {
      draft.change.percent = percent.percent;
      k = percent.end;
    }
    if (ctx.toks[k]?.low === ')' && ctx.toks.slice(draft.endTok, j).some((t) => t.low === '(')) k++;
    draft.endTok = k;
  }
}

/** "tăng từ 42,5% năm 2019 lên 45,3%": the later level, looked for a few tokens after the first. */
function readToLevel(ctx: SentenceContext, from: Figure): { figure: Figure; down: boolean } | null {
  for (let k = from.unitEnd; k < from.unitEnd + 6 && k < ctx.toks.length; k++) {
    const n = TO_LEVEL.matchAt(ctx.toks, k, ctx.folded);
    if (n === 0) continue;
    const at = k + n + HEDGES.matchAt(ctx.toks, k + n, ctx.folded);
    const figure = readFigure(ctx, at);
    const word = foldVietnamese(wordsAt(ctx.toks, k, 1)[0] ?? '');
    return figure ? { figure, down: word === 'xuong' || word === 'con' } : null;
  }
  return null;
}

function verbAttribute(ctx: SentenceContext, pre: Prefix, fig: Figure): Attribute | null {
  if (pre.verb === 'change' || pre.verb === 'share' || pre.verb === 'times') {
    return readAttribute(ctx, pre.verbStart, pre.verb === 'share' && fig.unit === '%' ? 'percent' : 'amount');
  }
  return null;
}

function buildDraft(ctx: SentenceContext, i: number, fig: Figure, pre: Prefix): Draft {
  const draft: Draft = {
    figure: fig,
    prefix: pre,
    value: fig.value,
    unit: fig.unit,
    achievement: null,
    change: null,
    estimate: pre.estimate,
    descriptor: [],
    startTok: pre.phrase.length > 0 || pre.spanStart < i ? pre.spanStart : i,
    endTok: fig.unitEnd,
    partOf: null,
    inParens: false,
  };
  if (fig.valueTo !== undefined) draft.valueTo = fig.valueTo;
  if (pre.fromWord) {
    const to = readToLevel(ctx, fig);
    if (to) {
      const direction = to.down || foldVietnamese(pre.verbWord).includes('giam') ? 'giảm' : 'tăng';
      draft.figure = to.figure;
      draft.value = to.figure.value;
      draft.unit = to.figure.unit;
      draft.change = { direction, percent: null, against: 'khác', from: fig.value };
      draft.endTok = to.figure.unitEnd;
    }
  } else if (pre.verb === 'up_to' || pre.verb === 'down_to') {
    draft.change = { direction: pre.verb === 'up_to' ? 'tăng' : 'giảm', percent: null, against: 'khác' };
  } else {
    const attr = verbAttribute(ctx, pre, fig);
    if (attr?.kind === 'achievement') draft.achievement = attr.achievement;
    if (attr?.kind === 'change') draft.change = attr.change;
    if (attr) draft.endTok = Math.max(draft.endTok, attr.end);
  }
  if (!draft.achievement && !draft.change && draft.unit === '%') {
    // "đạt 85,4% dự toán Trung ương giao và 80,2% dự toán HĐND tỉnh giao": the second share stands alone.
    const target = readTarget(ctx, draft.endTok);
    if (target) {
      draft.achievement = { percent: draft.value, against: target.against };
      draft.endTok = target.end;
    }
  }
  if (draft.endTok === draft.figure.unitEnd) {
    const d = readDescriptor(ctx, draft.endTok, draft.unit, draft.figure.unitKind);
    // "đã có": the auxiliary says when, not which.
    draft.descriptor = ctx.toks
      .slice(draft.endTok, d)
      .filter((t, n, all) => !(t.low === 'đã' && all[n + 1]?.low === 'có'));
    draft.endTok = d;
  }
  attributeLoop(ctx, draft);
  // "tăng trưởng kinh tế đạt 8,1% so với cùng kỳ" states growth, not a ratio to the earlier period.
  if (
    draft.change?.direction === 'bằng' &&
    pre.phrase.some((t, k) => t.low === 'trưởng' && pre.phrase[k - 1]?.low === 'tăng')
  )
    draft.change.direction = 'tăng';
  return draft;
}

/**
 * "tỷ lệ hộ cận nghèo giảm 0,86% so với cùng kỳ, tương đương giảm 918 hộ": the equivalent change is
 * against the base of the change it restates.
 */
function inheritEquivalentBase(ctx: SentenceContext, draft: Draft, before: Draft | undefined): void {
  if (draft.change?.against !== 'khác' || !before?.change || draft.change.from !== undefined) return;
  const phrase = draft.prefix.phrase;
  if (phrase.length === 0 || EQUIVALENT.matchAt(phrase, 0, ctx.folded) !== phrase.length) return;
  draft.change.against = before.change.against;
}

function matchingParen(toks: readonly Token[], open: number): number {
  let depth = 0;
  for (let k = open; k < toks.length; k++) {
    const low = (toks[k] as Token).low;
    if (low === '(') depth++;
    else if (low === ')' && --depth === 0) return k;
  }
  return toks.length;
}

const BREAKDOWN_HEADS = new Lexicon(['hình thức', 'với hình thức', 'hình thức kỷ luật', 'gồm', 'bao gồm']);

/**
 * "kỷ luật 29 tổ chức Đảng, với hình thức: Khiển trách 26, cảnh cáo 03": after the colon, bare numbers
 * count what the figure before counted, up to the end of the clause.
 */
function breakdownAfterColon(ctx: SentenceContext, colon: number, drafts: readonly Draft[]): Draft | null {
  const last = drafts[drafts.length - 1];
  if (last?.figure.unitKind !== 'count') return null;
  for (let n = 3; n >= 1; n--)
    if (colon - n > last.endTok - 1 && BREAKDOWN_HEADS.matchAt(ctx.toks, colon - n, ctx.folded) === n)
      return last;
  return null;
}

/** A bare "đạt 58% kế hoạch" after an amount: one more share of that amount, not a figure of its own kind. */
function isSecondShare(draft: Draft, before: Draft | undefined): boolean {
  return (
    draft.unit === '%' &&
    draft.achievement !== null &&
    draft.prefix.phrase.length === 0 &&
    before !== undefined &&
    before.unit !== '%'
  );
}

/**
 * "trong đó công nghiệp 1.521 tỷ đồng, đạt 56%; thương mại 730,54 tỷ đồng; …": an item after a semicolon
 * goes on the breakdown when it has no verb of its own, the whole's unit, and still fits in the whole.
 */
function continuesBreakdown(whole: Draft, partsSoFar: number, item: Draft): boolean {
  if (item.unit !== whole.unit || item.prefix.verbWord !== '' || item.unit === '%') return false;
  return partsSoFar + item.value <= whole.value * (1 + 1e-9);
}

/**
 * Every statement of one sentence, in order, with breakdown links between them.
 * @example "thành lập 08 đoàn kiểm tra (04 đoàn kiểm tra, 04 đoàn giám sát)" → 3 drafts, the last two parts of the first
 */
export function extractSentence(ctx: SentenceContext): Draft[] {
  const drafts: Draft[] = [];
  let floor = 0;
  let listWhole: number | null = null;
  let paren: { whole: number; close: number } | null = null;
  let lastWholeIdx = 0;
  let colonWhole: Draft | null = null;
  let afterSemicolon: number | null = null;
  const partSums = new Map<number, number>();
  for (let i = 0; i < ctx.toks.length; i++) {
    const t = ctx.toks[i] as Token;
    if (t.low === ';') {
      afterSemicolon = listWhole;
      listWhole = null;
      colonWhole = null;
    }
    if (t.low === ':') colonWhole = breakdownAfterColon(ctx, i, drafts);
    if (paren && i > paren.close) paren = null;
    if (!mayStartFigure(t)) continue;
    const whole = paren ? drafts[paren.whole] : colonWhole;
    const fig = readFigure(ctx, i, whole ? { unit: whole.unit, kind: whole.figure.unitKind } : undefined);
    if (!fig) continue;
    const pre = readPrefix(ctx, i, floor);
    // "trên 1 ha", "mỗi 1 ha" say "per hectare"; a threshold inside a definition is no figure either.
    const notStatement =
      isGap(ctx, pre.spanStart, i) ||
      isClassBound(ctx, fig) ||
      isComparison(ctx, fig, pre) ||
      isBareExcess(ctx, fig, pre, drafts[drafts.length - 1]);
    if (pre.threshold || notStatement || (fig.value === 1 && pre.approx === 'trên')) {
      i = fig.unitEnd - 1;
      continue;
    }
    // "659 cuộc … đối với 2.427 cá nhân, tổ chức (giảm 21 cuộc …)": the change belongs to the figure of its unit.
    const open = pre.spanStart - 1;
    if (pre.verb === 'change' && !paren && ctx.toks[open]?.low === '(' && drafts.length > 0) {
      const after = pairChanges(ctx, drafts, open);
      if (after >= 0) {
        floor = after;
        i = after - 1;
        continue;
      }
    }
    const draft = buildDraft(ctx, i, fig, pre);
    inheritEquivalentBase(ctx, draft, drafts[drafts.length - 1]);
    if (paren) {
      draft.partOf = paren.whole;
      draft.inParens = true;
    } else if (pre.partOf && drafts.length > 0) {
      listWhole = listWhole ?? lastWholeIdx;
      draft.partOf = listWhole;
    } else if (listWhole !== null) draft.partOf = listWhole;
    else if (
      afterSemicolon !== null &&
      continuesBreakdown(drafts[afterSemicolon] as Draft, partSums.get(afterSemicolon) ?? 0, draft)
    ) {
      listWhole = afterSemicolon;
      draft.partOf = listWhole;
    }
    afterSemicolon = null;
    drafts.push(draft);
    if (draft.partOf !== null && !draft.inParens)
      partSums.set(draft.partOf, (partSums.get(draft.partOf) ?? 0) + draft.value);
    // "285,3 tỷ đồng, đạt 60% kế hoạch tỉnh giao, đạt 58% kế hoạch huyện giao; trong đó …": the parts
    // that follow are of the amount, not of its second share.
    if (draft.partOf === null && !isSecondShare(draft, drafts[drafts.length - 2]))
      lastWholeIdx = drafts.length - 1;
    if (ctx.toks[draft.endTok]?.low === '(' && !paren) {
      const after = pairChanges(ctx, drafts, draft.endTok);
      if (after >= 0) {
        floor = after;
        i = after - 1;
        continue;
      }
      paren = { whole: drafts.length - 1, close: matchingParen(ctx.toks, draft.endTok) };
    }
    floor = draft.endTok;
    i = draft.endTok - 1;
  }
  return drafts;
}
