// What stands before a figure in its clause: connectors, the indicator phrase, estimate markers, the
// verb that says how the figure relates ("tăng", "giảm còn", "đạt") and the hedge ("hơn").
import { foldVietnamese } from '../core/vi/normalize';
import { ACHIEVE_VERBS, CHANGE_VERBS } from './attributes';
import { matchEndingAt, type SentenceContext, wordsAt } from './figure';
import { Lexicon } from './lexicon';
import { isNewTotal } from './new-total';
import {
  CONNECTORS,
  ESTIMATES,
  HEDGE_ALIAS_LEX,
  HEDGE_ALIASES,
  HEDGES,
  LEADING_FILLER,
  NOT_ESTIMATE_BEFORE,
  OBJECT_VERBS,
  PERIOD_LEADS,
  SUBJECTS,
  TARGET_FRAMES,
  TRAILING_FILLER,
  YEAR_END,
} from './phrases.lexicon';
import { namedSubject, opensNamedSubject, subjectEnd } from './subject';
import { lowsOf, type Token } from './tokenize';
import type { Hedge } from './types';
import { COUNT_NOUNS } from './units.lexicon';

const UP_TO = new Lexicon([
  'tăng lên',
  'lên',
  'nâng lên',
  'tăng lên đến',
  'lên đến',
  'lên tới',
  'tăng lên mức',
]);
const DOWN_TO = new Lexicon([
  'giảm còn',
  'giảm xuống',
  'giảm xuống còn',
  'xuống còn',
  'xuống',
  'hạ xuống còn',
]);
const CLAUSE_MARKS = new Set([',', ';', ':', '(', ')', '[', ']', '"', '.', '!', '?', '…']);
const BULLETS = new Set(['-', '+', '•', '*', '–', '>', '/']);

export type VerbRole = 'change' | 'share' | 'up_to' | 'down_to' | 'times' | null;

export interface Prefix {
  /** First token of the statement's span (after connectors). */
  spanStart: number;
  /** Tokens of the indicator phrase, estimate words removed. */
  phrase: Token[];
  approx: Hedge | null;
  estimate: boolean;
  /** "ước cuối năm", "ước cả năm": the figure covers the whole year. */
  yearEnd: boolean;
  verb: VerbRole;
  verbWord: string;
  /** Token where the verb starts (the figure itself when there is none). */
  verbStart: number;
  /** The clause opens with "và": it may share the verb of the clause before. */
  and: boolean;
  /** The phrase ended in "cho": the figure counts beneficiaries ("việc làm cho 2.000 lao động"). */
  forWhom: boolean;
  /** Clause opened by "trong đó". */
  partOf: boolean;
  /** The clause starts right after ":" ("Sản lượng lúa: 1.234 tấn"). */
  afterColon: boolean;
  /** The word before the hedge is "từ": the start of "từ A lên B" or "từ A đến B". */
  fromWord: boolean;
  /** A threshold inside a definition ("hộ có thu nhập dưới 50 triệu đồng"): not a statement. */
  threshold: boolean;
  /** The unit the clause names as doing it ("đảng bộ huyện phước long"), or null. */
  subject: string | null;
}

function clauseStart(ctx: SentenceContext, i: number, floor: number): number {
  let k = i - 1;
  while (k >= floor) {
    const low = (ctx.toks[k] as Token).low;
    if (low === ')') {
      // "(GRDP)" names the indicator; a group holding figures ends the clause.
      const open = openParen(ctx, k, floor);
      if (open < 0) break;
      k = open - 1;
      continue;
    }
    if (low === ',' && (isListComma(ctx, k) || isHeadedListComma(ctx, k, floor))) {
      k--;
      continue;
    }
    if (CLAUSE_MARKS.has(low)) break;
    k--;
  }
  return k + 1;
}

// "sử dụng nước sạch, hợp vệ sinh": a second quality of the same thing after a comma.
const QUALITY_PAIRS = new Lexicon(['hợp vệ sinh', 'hợp chuẩn', 'an toàn']);

/**
 * A comma inside a list of one-word items ("nông, lâm, thủy sản") or between two verbs of one action
 * ("được đánh giá, xếp loại từ hoàn thành tốt nhiệm vụ trở lên") does not end the clause.
 */
function isListComma(ctx: SentenceContext, k: number): boolean {
  const word = (at: number) => ctx.toks[at]?.kind === 'word';
  return (
    (word(k + 1) && ctx.toks[k + 2]?.low === ',') ||
    (word(k - 1) && ctx.toks[k - 2]?.low === ',' && word(k + 1)) ||
    (matchEndingAt(ctx, OBJECT_VERBS, k) > 0 &&
      OBJECT_VERBS.matchAt(ctx.toks, k + 1, ctx.folded) > 0 &&
      !afterQua(ctx, k)) ||
    QUALITY_PAIRS.matchAt(ctx.toks, k + 1, ctx.folded) > 0
  );
}

/** "Qua kiểm tra, kết luận …": the first verb is the means, its comma ends a clause. */
function afterQua(ctx: SentenceContext, k: number): boolean {
  const n = matchEndingAt(ctx, OBJECT_VERBS, k);
  return ctx.toks[k - n - 1]?.low === 'qua';
}

/** Words that open an indicator phrase whose object may be a list ("tỷ lệ trưởng thôn, khu phố ..."). */
const LIST_HEADS = new Lexicon([
  'tỷ lệ',
  'tổng số',
  'tổng diện tích',
  'diện tích',
  'số lượng',
  'năng suất',
  'sản lượng',
  'tổng lượt',
  'số lượt',
  'lượt',
  'tổng giá trị',
  'giá trị',
  'kim ngạch',
  'tổng kim ngạch',
  'tổng vốn',
  'tổng sản lượng',
  'doanh thu',
  'tổng doanh thu',
  'tổng mức bán lẻ',
]);

/**
 * A comma between two items of an indicator's object ("tổng diện tích dồn điền đổi thửa, tích tụ"): the
 * clause before it opens with an indicator head and holds no figure, so it is the same noun phrase.
 */
function isHeadedListComma(ctx: SentenceContext, k: number, floor: number): boolean {
  let s = k - 1;
  while (s >= floor && k - s <= 12) {
    const t = ctx.toks[s] as Token;
    if (t.kind === 'num' || t.low === ')') return false;
    if (CLAUSE_MARKS.has(t.low)) break;
    s--;
  }
  if (s >= floor && !CLAUSE_MARKS.has((ctx.toks[s] as Token).low)) return false;
  // The head may follow a subject and a verb: "Đảng bộ huyện phấn đấu nâng tỷ lệ trưởng thôn, khu phố".
  for (let h = s + 1; h < k && h <= s + 8; h++)
    if (LIST_HEADS.matchAt(ctx.toks, h, ctx.folded) > 0) return true;
  return false;
}

function openParen(ctx: SentenceContext, close: number, floor: number): number {
  for (let k = close - 1; k >= floor && k > close - 12; k--) {
    const t = ctx.toks[k] as Token;
    // Years and base periods may sit in it ("giá so sánh 2010"); shares and lists may not.
    if (t.low === '%' || t.low === ')' || t.low === ';' || t.low === ',') return -1;
    if (t.low === '(') return k;
  }
  return -1;
}

function standsAloneBefore(ctx: SentenceContext, start: number): boolean {
  if (start < 3 || ctx.toks[start - 1]?.low !== ',') return false;
  const two = foldVietnamese(wordsAt(ctx.toks, start - 3, 2).join(' '));
  const opener = ctx.toks[start - 4]?.low;
  return two === 'trong do' && (opener === undefined || opener === ';' || opener === ',' || opener === ':');
}

function stripConnectors(
  ctx: SentenceContext,
  s: number,
  end: number,
): { s: number; partOf: boolean; and: boolean } {
  let partOf = false;
  let and = false;
  for (let guard = 0; guard < 6 && s < end; guard++) {
    const t = ctx.toks[s] as Token;
    if (t.kind === 'punct' && BULLETS.has(t.low)) {
      s++;
      continue;
    }
    const n = CONNECTORS.matchAt(ctx.toks, s, ctx.folded);
    if (n === 0 || s + n > end) break;
    const phrase = foldVietnamese(wordsAt(ctx.toks, s, n).join(' '));
    if (
      phrase.startsWith('trong so') ||
      phrase === 'trong do' ||
      phrase.startsWith('gom') ||
      phrase === 'bao gom'
    )
      partOf = true;
    if (phrase === 'va') and = true;
    s += n;
  }
  return { s, partOf, and };
}

function hedgeBefore(ctx: SentenceContext, e: number): { approx: Hedge | null; n: number } {
  const n = matchEndingAt(ctx, HEDGES, e);
  if (n > 0) {
    const words = wordsAt(ctx.toks, e - n, n).join(' ');
    const approx = (ctx.folded ? unfoldHedge(words) : words) as Hedge;
    return { approx, n };
  }
  const alias = matchEndingAt(ctx, HEDGE_ALIAS_LEX, e);
  if (alias > 0) {
    const words = wordsAt(ctx.toks, e - alias, alias).join(' ');
    return { approx: (HEDGE_ALIASES[words] ?? 'khoảng') as Hedge, n: alias };
  }
  return { approx: null, n: 0 };
}

const FOLDED_HEDGES: Record<string, Hedge> = {
  hon: 'hơn',
  tren: 'trên',
  gan: 'gần',
  khoang: 'khoảng',
  duoi: 'dưới',
  'tren duoi': 'trên dưới',
};
function unfoldHedge(words: string): Hedge {
  return FOLDED_HEDGES[foldVietnamese(words)] ?? 'khoảng';
}

const VERB_ROLES: [Lexicon, VerbRole][] = [
  [DOWN_TO, 'down_to'],
  [UP_TO, 'up_to'],
  [CHANGE_VERBS, 'change'],
  [ACHIEVE_VERBS, 'share'],
];

function verbBefore(ctx: SentenceContext, e: number): { verb: VerbRole; n: number; word: string } {
  for (const [lex, verb] of VERB_ROLES) {
    const n = matchEndingAt(ctx, lex, e);
    if (n > 0) return { verb, n, word: wordsAt(ctx.toks, e - n, n).join(' ') };
  }
  if (foldVietnamese(ctx.toks[e - 1]?.low ?? '') === 'gap') return { verb: 'times', n: 1, word: 'gấp' };
  return { verb: null, n: 0, word: '' };
}

/** Marks estimate words in [s, e) and tells whether they say "the whole year". */
function findEstimates(ctx: SentenceContext, s: number, e: number): { skip: Set<number>; yearEnd: boolean } {
  const skip = new Set<number>();
  let yearEnd = false;
  for (let k = s; k < e; k++) {
    const n = ESTIMATES.matchAt(ctx.toks, k, ctx.folded);
    if (n === 0 || NOT_ESTIMATE_BEFORE.has(ctx.toks[k - 1]?.low ?? '')) continue;
    for (let m = 0; m < n; m++) skip.add(k + m);
    const phrase = foldVietnamese(wordsAt(ctx.toks, k, n).join(' '));
    if (phrase.endsWith('ca nam') || phrase.endsWith('cuoi nam')) yearEnd = true;
    const ye = YEAR_END.matchAt(ctx.toks, k + n, ctx.folded);
    for (let m = 0; m < ye; m++) skip.add(k + n + m);
    if (ye > 0) yearEnd = true;
    k += n - 1;
  }
  return { skip, yearEnd };
}

// "nhiệm kỳ 2020-2025", "nhiệm kỳ (2015-2020)", "tháng 6/2025".
const PERIOD_MARKS = new Set(['-', '–', '/', '(', ')']);

/**
 * Where the phrase starts after a target frame in it ("Nghị quyết … đề ra mục tiêu mỗi năm kết nạp"), and
 * the unit named before the frame; s and no subject when there is no frame.
 */
const FRAME_REACH = 24;

function afterTargetFrame(ctx: SentenceContext, s: number, e: number): { s: number; subject: string | null } {
  // A frame stands a few words before its figure; looking further would make a long clause quadratic.
  for (let k = e - 1; k >= s && k >= e - FRAME_REACH; k--) {
    const n = TARGET_FRAMES.matchAt(ctx.toks, k, ctx.folded);
    if (n === 0 || k + n >= e) continue;
    const opensUnit = SUBJECTS.matchAt(ctx.toks, s, ctx.folded) > 0 || opensNamedSubject(ctx, s);
    return { s: k + n, subject: opensUnit && k > s ? namedSubject(ctx, s, k) : null };
  }
  return { s, subject: null };
}

/** Length of a period adverbial at s: "năm 2023", "nhiệm kỳ 2020-2025", "6 tháng đầu năm". */
// Periods complete without a number: "năm nay đã hỗ trợ …", "quý này kết nạp …".
const PERIODS_ALONE = new Lexicon([
  'năm nay',
  'năm qua',
  'trong năm qua',
  'năm vừa qua',
  'trong năm nay',
  'quý này',
  'tháng này',
  'kỳ này',
  'thời gian qua',
  'trong thời gian qua',
  'năm học vừa qua',
  'năm học này',
]);

/** "mới"/"chỉ" before "đạt" as "only"; but "đảng viên mới" is new party members. */
function saysOnly(ctx: SentenceContext, k: number): boolean {
  const low = ctx.toks[k]?.low;
  if (low === 'chỉ') return true;
  return low === 'mới' && matchEndingAt(ctx, COUNT_NOUNS, k) === 0;
}
const DURATION_OPENERS = new Set(['trong', 'sau', 'qua', 'hết']);

function periodLead(ctx: SentenceContext, s: number, e: number): number {
  const alone = PERIODS_ALONE.matchAt(ctx.toks, s, ctx.folded);
  if (alone > 0 && s + alone < e) return alone;
  // "trong 9 tháng đầu năm Đảng bộ đã kết nạp …": a duration opened by "trong", no comma after it.
  let k = DURATION_OPENERS.has(ctx.toks[s]?.low ?? '') && ctx.toks[s + 1]?.kind === 'num' ? s + 1 : s;
  while (k < e && ctx.toks[k]?.kind === 'num') k++;
  const n = PERIOD_LEADS.matchAt(ctx.toks, k, ctx.folded);
  if (n === 0) return 0;
  k += n;
  const before = k;
  while (k < e && (ctx.toks[k]?.kind === 'num' || PERIOD_MARKS.has(ctx.toks[k]?.low ?? ''))) k++;
  const tail = wordsAt(ctx.toks, k, 2).map((w) => foldVietnamese(w));
  if (tail[0] === 'dau' && tail[1] === 'nam') k += 2;
  return k > before || s < before - n ? k - s : 0;
}

const DURATION_TAILS = new Set(['đầu năm', 'cuối năm', 'đầu năm nay', 'năm nay', 'qua', 'vừa qua']);
const NOW = new Set(['hiện', 'hiện nay', 'hiện tại', 'đến nay', 'tính đến nay']);
const HIEN_COMPOUNDS = new Set(['phát', 'thực', 'thể', 'xuất', 'biểu', 'hiển']);
const AS_OF = new Set(['đến', 'tính đến', 'tới', 'đến ngày', 'tính đến ngày']);

/**
 * Length of a period or date that closes the phrase [s, e): "thu nội địa 9 tháng", "… 6 tháng đầu năm 2025",
 * "nợ xấu đến 30/9", "tổng đàn heo hiện". It dates the figure; it does not name it. A running total keeps
 * its months ("lũy kế 10 tháng"), and a named period ("tháng 9", "quý III/2025", "năm 2025") stays.
 */
function periodTail(ctx: SentenceContext, s: number, e: number): number {
  const low = (k: number) => (k >= s && k < e ? (ctx.toks[k] as Token).low : '');
  const words = (a: number, b: number) => lowsOf(ctx.toks, a, b);
  let k = e;
  for (let n = 1; n <= 3; n++) {
    // "phát hiện", "thực hiện" are verbs, not "now".
    if (NOW.has(words(e - n, e)) && e - n > s && !HIEN_COMPOUNDS.has(low(e - n - 1))) return n;
  }
  // A date: "đến 30/9", "đến ngày 30/9/2025".
  while (k > s && (ctx.toks[k - 1]?.kind === 'num' || low(k - 1) === '/')) k--;
  if (k < e && low(k) !== '/') {
    for (let n = 2; n >= 1; n--) if (AS_OF.has(words(k - n, k)) && k - n > s) return e - (k - n);
  }
  // A duration: "9 tháng", "6 tháng đầu năm 2025", "9 tháng năm 2025".
  k = e;
  if (ctx.toks[k - 1]?.kind === 'num') {
    k--;
    if (low(k - 1) === 'năm' && !DURATION_TAILS.has(words(k - 2, k))) k--;
  }
  for (let n = 3; n >= 1; n--) {
    if (k - n > s && DURATION_TAILS.has(words(k - n, k))) {
      k -= n;
      break;
    }
  }
  if (low(k - 1) !== 'tháng' || ctx.toks[k - 2]?.kind !== 'num' || k - 2 <= s) return 0;
  if (low(k - 3) === 'kế' || low(k - 3) === 'quân') return 0;
  return e - (k - 2);
}

function isGradeFloor(ctx: SentenceContext, e: number): boolean {
  return ctx.toks[e - 1]?.low === 'lên' && ctx.toks[e - 2]?.low === 'trở';
}

function trimPhrase(
  ctx: SentenceContext,
  s: number,
  e: number,
  skip: Set<number>,
): { s: number; e: number; forWhom: boolean; subject: string | null } {
  const framed = afterTargetFrame(ctx, s, e);
  s = framed.s;
  let subjectName: string | null = framed.subject;
  for (let guard = 0; guard < 8 && s < e; guard++) {
    if (skip.has(s)) {
      s++;
      continue;
    }
    // "Huyện ủy Xuân Lộc" is a subject, though "huyện" alone is filler.
    const filler = LEADING_FILLER.matchAt(ctx.toks, s, ctx.folded);
    const longerSubject = SUBJECTS.matchAt(ctx.toks, s, ctx.folded) > filler || opensNamedSubject(ctx, s);
    const n = longerSubject ? 0 : filler || periodLead(ctx, s, e);
    const subject = n === 0 ? subjectEnd(ctx, s, e) - s : 0;
    if (n + subject === 0 || s + n + subject > e) break;
    if (subject > 0) subjectName = namedSubject(ctx, s, s + subject) ?? subjectName;
    s += n + subject;
  }
  let forWhom = false;
  for (let guard = 0; guard < 8 && e > s; guard++) {
    if (skip.has(e - 1)) {
      e--;
      continue;
    }
    const n = matchEndingAt(ctx, TRAILING_FILLER, e, s) || periodTail(ctx, s, e);
    // "xếp loại từ hoàn thành tốt nhiệm vụ trở lên": "lên" closes the grade, not a verb of stating.
    if (n === 0 || (n === 1 && isGradeFloor(ctx, e))) break;
    if (n === 1 && ctx.toks[e - 1]?.low === 'cho') forWhom = true;
    e -= n;
  }
  return { s, e, forWhom, subject: subjectName };
}

function isThreshold(ctx: SentenceContext, s: number, bound: number, bounded: boolean): boolean {
  if (!bounded) return false;
  // "có thu nhập dưới 50 triệu": "có", then a noun, then the bound — a few words before it, not the "có" of
  // "cơ quan có thẩm quyền xem xét, xử lý hơn 3,4 nghìn tỷ đồng" far back in the clause.
  for (let k = bound - 2; k >= s && k >= bound - 5; k--)
    if (foldVietnamese(ctx.toks[k]?.low ?? '') === 'co') return true;
  return false;
}

/**
 * Reads the clause before the figure at token i, not looking before token `floor`.
 * @example before "đã giải ngân 109,960 tỷ đồng", the phrase is "giải ngân" and spanStart is at "đã"
 */
export function readPrefix(ctx: SentenceContext, i: number, floor: number): Prefix {
  const start = clauseStart(ctx, i, floor);
  const { s, partOf: opensPart, and } = stripConnectors(ctx, start, i);
  // "; trong đó, thu trên địa bàn 24 tỷ đồng": the connector stands alone before the comma.
  const partOf = opensPart || standsAloneBefore(ctx, start);
  const hedge = hedgeBefore(ctx, i);
  let e = i - hedge.n;
  const fromWord = ctx.toks[e - 1]?.low === 'từ' && e - 1 >= s;
  if (fromWord) e--;
  const verb = verbBefore(ctx, e);
  if (verb.verb === 'up_to' && isNewTotal(ctx, s, e)) verb.verb = null;
  // A bound after a verb ("đạt trên 90%") is a figure; after "có" and a noun it defines a group.
  const threshold = verb.verb === null && isThreshold(ctx, s, e, hedge.approx !== null || fromWord);
  e -= verb.n;
  // "tỷ lệ bao phủ BHYT mới đạt 86,25%", "chỉ đạt 40%": "only" qualifies the verb, not the indicator.
  if (verb.verb === 'share') while (e > s && saysOnly(ctx, e - 1)) e--;
  const est = findEstimates(ctx, s, i);
  const { s: ps, e: pe, forWhom, subject } = trimPhrase(ctx, s, Math.max(s, e), est.skip);
  const phrase: Token[] = [];
  for (let k = ps; k < pe; k++) if (!est.skip.has(k)) phrase.push(ctx.toks[k] as Token);
  return {
    spanStart: s,
    phrase,
    approx: hedge.approx,
    estimate: est.skip.size > 0,
    yearEnd: est.yearEnd,
    verb: verb.verb,
    verbWord: verb.word,
    verbStart: e,
    partOf,
    and,
    forWhom,
    afterColon: ctx.toks[start - 1]?.low === ':',
    fromWord,
    threshold,
    subject,
  };
}

/** Phrase tokens as text, lower-case, spaced as written. */
export function phraseText(tokens: readonly Token[]): string {
  let out = '';
  for (const t of tokens) out += out && t.space ? ` ${t.low}` : t.low;
  return out;
}
