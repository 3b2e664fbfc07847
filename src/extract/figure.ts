// Finds the figure at a token: its value (digits or words), its unit, and whether it is a figure at
// all rather than a date, a document number, an ordinal, a phone number, a duration or an age.
import { foldVietnamese } from '../core/vi/normalize';
import { parseViNumber, parseViNumberWords } from '../core/vi/parse';
import { isBaseYear } from './aside';
import type { Lexicon } from './lexicon';
import { newTotalUnit } from './new-total';
import { REFERENCE_WORDS } from './phrases.lexicon';
import type { SentenceContext } from './sentence-context';
import type { Token } from './tokenize';

export type { SentenceContext } from './sentence-context';

import { COUNT_NOUNS, MEASURES, SCALES, TIME_UNITS } from './units.lexicon';

export type UnitKind = 'percent' | 'measure' | 'count' | 'scale';

export interface Figure {
  value: number;
  valueTo?: number;
  /** "412/530 hộ": the whole the figure is a part of. */
  of?: number;
  /** Token range of the digits (or number words). */
  valueStart: number;
  valueEnd: number;
  unit: string;
  unitKind: UnitKind;
  /** Token range of the unit. */
  unitStart: number;
  unitEnd: number;
}

/** Lower-case words from token i on, stopping at the first non-word, at most n. */
export function wordsAt(toks: readonly Token[], i: number, n = 4): string[] {
  const out: string[] = [];
  for (let k = i; k < toks.length && out.length < n; k++) {
    const t = toks[k] as Token;
    if (t.kind !== 'word') break;
    out.push(t.low);
  }
  return out;
}

/** Lexicon match of a phrase that ends at token i-1 (1 to 3 words); returns its length or 0. */
export function matchEndingAt(ctx: SentenceContext, lex: Lexicon, i: number, floor = 0): number {
  for (let n = 3; n >= 1; n--) {
    if (i - n < floor) continue;
    if (lex.matchExact(ctx.toks, i - n, n, ctx.folded)) return n;
  }
  return 0;
}

function tok(ctx: SentenceContext, i: number): Token | undefined {
  return ctx.toks[i];
}

function adjacent(ctx: SentenceContext, i: number): boolean {
  const t = tok(ctx, i);
  return t !== undefined && !t.space;
}

function digitCount(raw: string): number {
  let n = 0;
  for (let k = 0; k < raw.length; k++) if (raw.charCodeAt(k) >= 48 && raw.charCodeAt(k) <= 57) n++;
  return n;
}

/** True when the number at token i names something (date, document, ordinal, phone) rather than measures. */
function isReference(ctx: SentenceContext, i: number): boolean {
  const t = ctx.toks[i] as Token;
  const prev = tok(ctx, i - 1);
  const next = tok(ctx, i + 1);
  const named = matchEndingAt(ctx, REFERENCE_WORDS, i);
  // "ban hành kết luận 17 cuộc": a document word followed by a count counts documents, names none.
  if (named > 0)
    return !(
      (DOCUMENTS.has(ctx.toks[i - 1]?.low ?? '') && countFollows(ctx, i + 1)) ||
      isQuantityNumber(ctx, i) ||
      isAmountAfterPeriod(ctx, i) ||
      // "hoàn thành vượt mức 25 chỉ tiêu": "vượt mức" exceeds, it names no level.
      (ctx.toks[i - 1]?.low === 'mức' && ctx.toks[i - 2]?.low === 'vượt')
    );
  // Glued to letters or a dash: COVID-19, F0, Km12, 12-NQ/TU.
  if (prev && !t.space && (prev.kind === 'word' || prev.low === '-' || prev.low === '/' || prev.low === '.'))
    return true;
  if (next && !next.space && next.low === '-' && tok(ctx, i + 2)?.kind === 'word') return true;
  // "2221/QĐ-UBND", and dates "17/11/2023".
  if (next?.low === '/' && adjacent(ctx, i + 1)) {
    const after = tok(ctx, i + 2);
    if (after?.kind === 'word') return true;
    if (tok(ctx, i + 3)?.low === '/' || tok(ctx, i + 3)?.low === '.') return true;
  }
  if (t.low.startsWith('0') && digitCount(t.low) >= 9) return true;
  // "1." or "2)" opening a list item.
  if (i === 0 || (prev?.kind === 'punct' && /^[-+•*]$/.test(prev.low) && i === 1)) {
    if (next && !next.space && (next.low === '.' || next.low === ')')) return true;
  }
  return false;
}

// A date word before a number names a date, but "6 tháng đầu năm 2.453,29 tỷ đồng" reports an amount:
// no year, month or day is written with a thousands or decimal separator, nor followed by a unit.
const DATE_WORDS = new Set(['ngày', 'tháng', 'năm', 'quý', 'tuần']);

function isAmountAfterPeriod(ctx: SentenceContext, i: number): boolean {
  if (!DATE_WORDS.has(ctx.toks[i - 1]?.low ?? '')) return false;
  if (!/\d[.,]\d/.test(ctx.toks[i]?.low ?? '')) return false;
  const unit = readUnit(ctx, i + 1);
  return unit !== null && unit !== 'time';
}

// The last word of the document names that a number may count rather than name.
const DOCUMENTS = new Set(['luận', 'báo', 'định', 'quyết', 'thị']);

/** "với tổng số 376.430 tỷ đồng", "đạt con số 12.900 tỷ đồng": "số" here is an amount, not "No.". */
const AMOUNT_BEFORE_SO = new Set(['tong', 'con']);

function isQuantityNumber(ctx: SentenceContext, i: number): boolean {
  const so = ctx.toks[i - 1];
  if (!so || foldVietnamese(so.low) !== 'so') return false;
  return AMOUNT_BEFORE_SO.has(foldVietnamese(ctx.toks[i - 2]?.low ?? ''));
}

function countFollows(ctx: SentenceContext, k: number): boolean {
  return COUNT_NOUNS.matchAt(ctx.toks, k, ctx.folded) > 0 && ctx.toks[k - 1]?.space !== false;
}

function unitText(ctx: SentenceContext, from: number, to: number): string {
  const first = ctx.toks[from] as Token;
  // Most units are one word, already lower-case in its token.
  if (to === from + 1 && first.kind === 'word') return first.low;
  const last = ctx.toks[to - 1] as Token;
  return ctx.text.slice(first.start, last.end).toLowerCase().replace(/\s+/g, ' ');
}

/** The unit starting at token k, or null; 'time' when it is a duration or an age. */
export function readUnit(
  ctx: SentenceContext,
  k: number,
): { unit: string; kind: UnitKind; end: number } | 'time' | null {
  const t = tok(ctx, k);
  if (!t) return null;
  if (t.low === '%' || t.low === '‰') return { unit: t.low, kind: 'percent', end: k + 1 };
  if (t.kind !== 'word') return null;
  if (t.low === 'phần' && ctx.toks[k + 1]?.low === 'trăm') return { unit: '%', kind: 'percent', end: k + 2 };
  const scale = SCALES.matchAt(ctx.toks, k, ctx.folded);
  if (scale === 0 && TIME_UNITS.matchAt(ctx.toks, k, ctx.folded) > 0) return 'time';
  // The longer reading wins: "đồng chí" is people, not money.
  const measureLen = MEASURES.matchAt(ctx.toks, k + scale, ctx.folded);
  const countLen = COUNT_NOUNS.matchAt(ctx.toks, k + scale, ctx.folded);
  const measure = measureLen >= countLen ? measureLen : 0;
  const count = measure > 0 ? 0 : countLen;
  const n = scale + measure + count;
  if (n === 0) return null;
  let end = k + n;
  // "giường bệnh/vạn dân", "m² sàn/người", "tấn nhân/ha": one word of the thing before the rate's "/".
  const w = tok(ctx, end);
  const slash = tok(ctx, end + 1);
  if (
    w?.kind === 'word' &&
    w.space &&
    slash?.low === '/' &&
    !slash.space &&
    tok(ctx, end + 2)?.kind === 'word'
  )
    end++;
  // Rates per something: "triệu đồng/người/năm", "tấn/ha", "giường/vạn dân".
  while (tok(ctx, end)?.low === '/' && tok(ctx, end + 1)?.kind === 'word') {
    end +=
      2 + (SCALES.matchAt(ctx.toks, end + 1, ctx.folded) > 0 && tok(ctx, end + 2)?.kind === 'word' ? 1 : 0);
  }
  const kind: UnitKind = measure > 0 ? 'measure' : count > 0 ? 'count' : 'scale';
  return { unit: unitText(ctx, k, end), kind, end };
}

const NUMBER_STARTERS = new Set([
  'một',
  'hai',
  'ba',
  'bốn',
  'năm',
  'sáu',
  'bảy',
  'bẩy',
  'tám',
  'chín',
  'mười',
]);

// The words that can follow "năm" or "một" in a count ("năm mươi", "một trăm", "năm nghìn").
const NUMBER_GOES_ON = new Set(['mươi', 'trăm', 'nghìn', 'ngàn', 'triệu']);

/** A figure can start at the token: digits, or a word a count in words starts with (checked first, as most words are none). */
export function mayStartFigure(t: Token): boolean {
  return t.kind === 'num' || (t.kind === 'word' && NUMBER_STARTERS.has(t.low));
}

function numberWordsAt(ctx: SentenceContext, i: number): { value: number; length: number } | null {
  const low = (ctx.toks[i] as Token).low;
  if (ctx.folded || !NUMBER_STARTERS.has(low)) return null;
  // "năm 2023", "một số": settled without reading further, as most are.
  if ((low === 'năm' || low === 'một') && !NUMBER_GOES_ON.has(ctx.toks[i + 1]?.low ?? '')) return null;
  const words = wordsAt(ctx.toks, i, 8);
  const parsed = parseViNumberWords(words);
  // A lone "một" is "a/one" ("một số xã"); a lone "năm" is far more often "year" than "five".
  if (!parsed || (parsed.length === 1 && (words[0] === 'một' || words[0] === 'năm'))) return null;
  const prev = tok(ctx, i - 1);
  if (prev && (REFERENCE_WORDS.has(prev.low, false) || prev.low === 'thứ')) return null;
  return parsed;
}

function rangeEnd(ctx: SentenceContext, i: number): { to: number; end: number } | null {
  const sep = tok(ctx, i + 1);
  const second = tok(ctx, i + 2);
  if (!sep || second?.kind !== 'num') return null;
  const fromWord = tok(ctx, i - 1)?.low === 'từ' || tok(ctx, i - 2)?.low === 'từ';
  if (!(sep.low === '-' || ((sep.low === 'đến' || sep.low === 'tới') && fromWord))) return null;
  const to = parseViNumber(second.low, { convention: ctx.convention });
  return to === null ? null : { to, end: i + 3 };
}

const RANGE_SEPARATORS = new Set(['-', '–', 'đến', 'tới']);

/** "1.250 hộ" counts whole things; "1,284 triệu đảng viên" has a scale word, so its comma is a decimal one. */
function countsWholeThings(unit: { unit: string; kind: UnitKind }): boolean {
  return unit.kind === 'count' && SCALES.match(unit.unit.split(' '), false) === 0;
}

/** "từ 7,5% đến 8%", "5 tỷ đồng - 7 tỷ đồng": the upper bound written with its own unit. */
function repeatedUnitRange(ctx: SentenceContext, figure: Figure): void {
  const sep = tok(ctx, figure.unitEnd);
  const second = tok(ctx, figure.unitEnd + 1);
  if (!sep || !RANGE_SEPARATORS.has(sep.low) || second?.kind !== 'num') return;
  if (sep.kind === 'word' && tok(ctx, figure.valueStart - 1)?.low !== 'từ') return;
  const unit = readUnit(ctx, figure.unitEnd + 2);
  if (!unit || unit === 'time' || unit.unit !== figure.unit) return;
  const to = parseViNumber(second.low, { convention: ctx.convention, whole: countsWholeThings(unit) });
  if (to === null || to < figure.value) return;
  figure.valueTo = to;
  figure.unitEnd = unit.end;
}

/**
 * The figure whose value starts at token i, or null when there is none (no unit, a reference, a duration).
 * @example on the tokens of "đạt 15 tiêu chí", readFigure(ctx, 1) → { value: 15, unit: 'tiêu chí', ... }
 */
export function readFigure(ctx: SentenceContext, i: number, inherited?: InheritedUnit): Figure | null {
  // A look-ahead ("lên" at the end of a sentence) may ask past the last token.
  const t = ctx.toks[i];
  if (!t) return null;
  if (t.kind === 'word') {
    const words = numberWordsAt(ctx, i);
    if (!words) return null;
    const unit = readUnit(ctx, i + words.length);
    if (!unit || unit === 'time' || unit.kind === 'scale' || unit.kind === 'percent') return null;
    return {
      value: words.value,
      valueStart: i,
      valueEnd: i + words.length,
      ...unitFields(unit, i + words.length),
    };
  }
  if (t.kind !== 'num' || isReference(ctx, i)) return null;
  let valueEnd = i + 1;
  // "242/258 đơn" is 242 of 258: the figure is 242.
  const fraction = tok(ctx, i + 1)?.low === '/' && tok(ctx, i + 2)?.kind === 'num' && adjacent(ctx, i + 1);
  if (fraction) valueEnd = i + 3;
  const range = valueEnd === i + 1 ? rangeEnd(ctx, i) : null;
  if (range) valueEnd = range.end;
  let unit = readUnit(ctx, valueEnd);
  // Inside "78 đảng viên (khiển trách 50, cảnh cáo 20, ...)" a bare number counts the whole's unit.
  if (!unit && inherited && isBareItem(ctx, valueEnd) && !isBaseYear(ctx.toks, i))
    unit = { ...inherited, end: valueEnd };
  const total = unit ? null : newTotalUnit(ctx, i);
  if (total) unit = { unit: total, kind: 'count', end: valueEnd };
  if (!unit || unit === 'time') return null;
  const whole = countsWholeThings(unit);
  const value = parseViNumber(t.low, { convention: ctx.convention, whole });
  if (value === null) return null;
  const figure: Figure = { value, valueStart: i, valueEnd, ...unitFields(unit, valueEnd) };
  if (range) figure.valueTo = range.to;
  else if (!fraction) repeatedUnitRange(ctx, figure);
  if (fraction) {
    const of = parseViNumber((tok(ctx, i + 2) as Token).low, { convention: ctx.convention, whole });
    if (of !== null) figure.of = of;
  }
  return figure;
}

/** The unit of the whole a parenthesised breakdown belongs to. */
export interface InheritedUnit {
  unit: string;
  kind: UnitKind;
}

function isBareItem(ctx: SentenceContext, k: number): boolean {
  const next = ctx.toks[k]?.low;
  return next === ',' || next === ')' || next === ';';
}

function unitFields(unit: { unit: string; kind: UnitKind; end: number }, start: number) {
  return { unit: unit.unit, unitKind: unit.kind, unitStart: start, unitEnd: unit.end };
}
