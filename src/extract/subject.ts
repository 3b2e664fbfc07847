// Who a figure belongs to when the clause opens with a unit: "Đảng bộ huyện Phước Long kết nạp 37 đảng
// viên", "Tiền Giang đã thu ngân sách 120 tỷ đồng". The subject leaves the indicator phrase; it is
// reported as `subject` only when it names a unit (a proper name), not the report's own "toàn tỉnh".
import { foldVietnamese } from '../core/vi/normalize';
import type { SentenceContext } from './figure';
import {
  ADMIN_LEVELS,
  LEADING_FILLER,
  OBJECT_VERBS,
  RANK_LEADS,
  SUBJECTS,
  TRAILING_FILLER,
} from './phrases.lexicon';
import type { Token } from './tokenize';

const AFTER_VERB = new Set(['được', 'mới', 'thêm']);
const AUXILIARIES = new Set(['da', 'uoc']);
const MAX_SUBJECT = 8;

function isCapitalised(ctx: SentenceContext, t: Token | undefined): boolean {
  if (t?.kind !== 'word') return false;
  const c = ctx.text[t.start] as string;
  return c !== c.toLowerCase();
}

/** A capitalised word that names a place or body; "Đảng" is capitalised wherever it stands. */
function isName(ctx: SentenceContext, t: Token | undefined): boolean {
  return isCapitalised(ctx, t) && t?.low !== 'đảng';
}

/** The verb at k closes the phrase [.., e): "kết nạp", "kết nạp được". */
function verbClosesAt(ctx: SentenceContext, k: number, e: number): boolean {
  const n = OBJECT_VERBS.matchAt(ctx.toks, k, ctx.folded);
  if (n === 0) return false;
  for (let m = k + n; m < e; m++) if (!AFTER_VERB.has(ctx.toks[m]?.low ?? '')) return false;
  return true;
}

/** A run of capitalised words from s (a place written as a name), its end, or s. */
function nameRun(ctx: SentenceContext, s: number, e: number): number {
  let k = s;
  while (k < e && k < s + MAX_SUBJECT && isCapitalised(ctx, ctx.toks[k])) k++;
  return k;
}

function endAtVerb(ctx: SentenceContext, from: number, s: number, e: number): number {
  for (let k = from; k < e && k < s + MAX_SUBJECT; k++) {
    if (foldVietnamese(ctx.toks[k]?.low ?? '') === 'da') return k + 1;
    if (verbClosesAt(ctx, k, e)) return k;
  }
  return s;
}

/** "… (tiếp tục) dẫn đầu cả nước về" follows the name at k. */
function ranksNext(ctx: SentenceContext, k: number): boolean {
  if (RANK_LEADS.matchAt(ctx.toks, k, ctx.folded) > 0) return true;
  const lead = LEADING_FILLER.matchAt(ctx.toks, k, ctx.folded);
  return lead > 0 && RANK_LEADS.matchAt(ctx.toks, k + lead, ctx.folded) > 0;
}

/**
 * End of the subject opening the phrase [s, e), or s when there is none: it ends at "đã" or where the
 * closing verb starts, or spans the whole phrase when that is a unit and its name ("Xã Tân Hưng đạt ...").
 * @example on "Đảng bộ huyện Phước Long kết nạp", subjectEnd → the index of "kết"
 */
export function subjectEnd(ctx: SentenceContext, s: number, e: number): number {
  const lead = SUBJECTS.matchAt(ctx.toks, s, ctx.folded);
  if (lead === 0) {
    // "Tiền Giang đã thu ...": two or more capitalised words before "đã" or the verb.
    const run = nameRun(ctx, s, e);
    if (run - s < 2 || ctx.folded) return s;
    if (ranksNext(ctx, run)) return run;
    // "Sông Mã có 37 trường học đạt chuẩn quốc gia": the place has the figure.
    if (endsPhrase(ctx, run, e) && run < e) return run;
    const end = endAtVerb(ctx, run, s, e);
    return end === run || end === run + 1 ? end : s;
  }
  const end = endAtVerb(ctx, s + 1, s, e);
  if (end > s) return end;
  const admin = ADMIN_LEVELS.matchAt(ctx.toks, s + lead, ctx.folded);
  // "Đảng bộ tỉnh có 25 đảng bộ trực thuộc": the whole phrase is the body that has the figure.
  if (admin > 0 && endsPhrase(ctx, s + lead + admin, e)) return s + lead + admin;
  const run = nameRun(ctx, s + lead + admin, e);
  // "Phường Tĩnh Gia có 17/21 chỉ tiêu …": the name is the body.
  return run > s + lead + admin && endsPhrase(ctx, run, e) ? run : s;
}

/** Nothing but a verb of stating ("có", "thực hiện"), trimmed later, stands between k and the phrase end e. */
function endsPhrase(ctx: SentenceContext, k: number, e: number): boolean {
  return k === e || TRAILING_FILLER.matchAt(ctx.toks, k, ctx.folded) === e - k;
}

/**
 * The subject of tokens [s, end) as written, lower-case, when it names a unit; null otherwise.
 * @example "Đảng bộ huyện Phước Long" → 'đảng bộ huyện phước long'; "Đảng bộ tỉnh đã" → null
 */
export function namedSubject(ctx: SentenceContext, s: number, end: number): string | null {
  let e = end;
  // "Huyện Cái Nước đã thu", "Huyện Cái Nước ước thu": the auxiliary is not part of the name.
  if (AUXILIARIES.has(foldVietnamese(ctx.toks[e - 1]?.low ?? ''))) e--;
  if (e <= s || ctx.folded) return null;
  let named = false;
  for (let k = s + 1; k < e; k++) if (isName(ctx, ctx.toks[k])) named = true;
  if (!named) return null;
  const first = ctx.toks[s] as Token;
  const last = ctx.toks[e - 1] as Token;
  return ctx.text.slice(first.start, last.end).toLowerCase().replace(/\s+/g, ' ');
}

/** "Huyện Phú Quý kết nạp …": a unit word followed by a name opens a subject, though "huyện" alone is filler. */
export function opensNamedSubject(ctx: SentenceContext, s: number): boolean {
  const lead = ADMIN_LEVELS.matchAt(ctx.toks, s, ctx.folded);
  return lead > 0 && !ctx.folded && isName(ctx, ctx.toks[s + lead]);
}
