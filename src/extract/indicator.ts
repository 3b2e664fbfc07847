// Names the indicator of each draft from its phrase, the way a reader would restate it: without the
// verb of stating, with the counted thing after a bare verb, and with what an elliptical clause leaves
// to the clause before ("tổng kế hoạch vốn ... là 134 tỷ; đã giải ngân 109 tỷ" → "giải ngân vốn ...").

import { pushTo } from './checks';
import type { SentenceContext } from './figure';
import { ADMIN_LEVELS, CONNECTORS, DESCRIPTOR_STOPS, HEDGES, OBJECT_VERBS } from './phrases.lexicon';
import { phraseText } from './prefix';
import type { Draft } from './sentence';
import { lowsOf, type Token } from './tokenize';
import { SCALES } from './units.lexicon';

const TARGET_NOISE = /(?<!\p{L})(tổng|kế hoạch|dự toán|chỉ tiêu|nghị quyết|năm \d{4}|cả năm|số)(?!\p{L})/gu;

const UNIT_NOUNS = new Map<string, string>();

function unitNoun(draft: Draft, ctx: SentenceContext): string {
  // Units repeat endlessly in a report: each is split once.
  const key = ctx.folded ? `~${draft.unit}` : draft.unit;
  let noun = UNIT_NOUNS.get(key);
  if (noun === undefined) {
    const words = draft.unit.split(/[ /]/);
    const scale = SCALES.match(words, ctx.folded);
    noun = words.slice(scale).join(' ').split('/')[0] ?? '';
    if (UNIT_NOUNS.size > 10_000) UNIT_NOUNS.clear();
    UNIT_NOUNS.set(key, noun);
  }
  return noun;
}

/** A character JavaScript's \s matches. */
function isJsSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** What makes a trimmed phrase need squashing: a run of spaces, a space before a comma, a space other than " ". */
function unsquashed(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (!isJsSpace(c)) continue;
    const next = text.charCodeAt(k + 1);
    if (c !== 32 || next === 44 || isJsSpace(next)) return true;
  }
  return false;
}

function squash(text: string): string {
  const trimmed = text.trim();
  if (trimmed === text) {
    if (!text.includes('  ') && !text.includes(' ,') && !text.includes('\n')) return text;
  } else if (!unsquashed(trimmed)) return trimmed;
  return text.replace(/\s+/g, ' ').replace(/ ,/g, ',').trim();
}

function dropAdminAfterArea(text: string): string {
  const marker = 'trên địa bàn ';
  const at = text.indexOf(marker);
  if (at < 0) return text;
  const rest = text.slice(at + marker.length).split(' ');
  const n = ADMIN_LEVELS.match(rest, false);
  return n > 0
    ? text.slice(0, at + marker.length - 1) + (rest.length > n ? ` ${rest.slice(n).join(' ')}` : '')
    : text;
}

// "… trên toàn Đảng bộ thị xã", "… của huyện": where the figure was counted, not what was counted.
const PLACE_TAIL =
  / (trên toàn|trong toàn|toàn|của|tại|ở) (đảng bộ|huyện|tỉnh|xã(?! hội)|thị xã|thành phố|quận|phường|thị trấn|trung tâm|bệnh viện|trạm y tế)( .*)?$/u;

// "năng suất lúa mùa cả nước", "… các địa phương phía Nam": the whole country or a region, not the indicator.
const WIDE_PLACE_TAIL =
  / (cả nước|toàn quốc|cả tỉnh|toàn tỉnh|toàn huyện|toàn xã|toàn thành phố|các địa phương( phía (bắc|nam))?)$/u;

function dropPlace(text: string): string {
  return text.replace(PLACE_TAIL, '').replace(WIDE_PLACE_TAIL, '');
}

/**
 * "…, thấp hơn 0,8% so với chỉ tiêu tỉnh giao (42%)", "đạt 97,35% (chỉ tiêu Nghị quyết là 95%)": the
 * figure in parentheses is the target of the rate before it.
 */
function isTargetAside(ctx: SentenceContext, draft: Draft, said: string): boolean {
  const open = draft.prefix.spanStart - 1;
  if (draft.unit !== '%' || ctx.toks[open]?.low !== '(') return false;
  if (/^(chỉ tiêu|kế hoạch|mục tiêu|nghị quyết)( |$)/u.test(said)) return true;
  if (said !== '') return false;
  return ctx.toks.slice(Math.max(0, open - 5), open).some((t) => TARGET_HEADS.has(t.low));
}

const TARGET_HEADS = new Set(['tiêu', 'hoạch', 'quyết', 'giao', 'ra', 'toán']);

const NOUN_ENDS = new Set(['đã', 'tăng', 'giảm', 'đạt', 'được', 'là', 'có', 'ước', 'vẫn', 'tiếp', 'còn']);

/** "tổng sản lượng lương thực cả năm đã tăng …, ước đạt 39 vạn tấn": the noun the sentence opened with. */
function leadingNoun(ctx: SentenceContext, draft: Draft): string {
  if (draft.prefix.spanStart === 0) return '';
  let s = 0;
  for (let k = 0; k < draft.prefix.spanStart; k++) if (ctx.toks[k]?.low === ',' && k < 4) s = k + 1;
  s += CONNECTORS.matchAt(ctx.toks, s, ctx.folded);
  const words: Token[] = [];
  for (let k = s; k < draft.prefix.spanStart && words.length < 10; k++) {
    const t = ctx.toks[k] as Token;
    if (t.kind !== 'word' || NOUN_ENDS.has(t.low)) break;
    words.push(t);
  }
  return phraseText(words);
}

const CLAUSE_BREAKS = new Set([';', ':', '(', ')', '.', '\n']);
// A clause opening with these dates or frames the figure ("Trong năm qua, đạt …"); it does not name it.
const FRAME_OPENERS = new Set([
  'trong',
  'năm',
  'tháng',
  'quý',
  'đến',
  'tính',
  'theo',
  'cụ',
  'qua',
  'sau',
  'từ',
  'tại',
  'về',
]);
const MAX_CLAUSE_WORDS = 24;

/**
 * "tỷ lệ thu gom và xử lý chất thải rắn sinh hoạt khu dân cư tập trung, đạt khoảng 95%": a figure whose
 * own clause names nothing is named by the whole clause before the comma, when no figure stands there.
 */
function clauseBeforeComma(ctx: SentenceContext, drafts: readonly Draft[], k: number): string {
  const comma = (drafts[k] as Draft).prefix.spanStart - 1;
  if (ctx.toks[comma]?.low !== ',') return '';
  let s = comma;
  while (s > 0 && !CLAUSE_BREAKS.has(ctx.toks[s - 1]?.low ?? '')) s--;
  if ((drafts[k - 1]?.endTok ?? -1) >= s) return '';
  s += CONNECTORS.matchAt(ctx.toks, s, ctx.folded);
  const words = ctx.toks.slice(s, comma);
  if (words.length < 2 || words.length > MAX_CLAUSE_WORDS || words.some((t) => t.kind !== 'word')) return '';
  if (FRAME_OPENERS.has(words[0]?.low ?? '') || NOUN_ENDS.has(words[0]?.low ?? '')) return '';
  return phraseText(words);
}

// "thu hút đầu tư … đạt kết quả cao, đạt hơn 194.000 tỷ đồng": the clause judges the indicator before the figure.
const JUDGED_TAIL = / (đã )?(đạt được|đạt|có) (kết quả|bước|chuyển biến)( .*)?$/u;

/** A bare "vốn" takes the qualifier the sentence gave it earlier ("nguồn vốn đầu tư công"). */
function qualifyCapital(text: string, ctx: SentenceContext, before: number): string {
  if (!text.includes('vốn')) return text;
  const words = text.split(' ');
  const at = words.indexOf('vốn');
  if (at < 0 || (words[at + 1] !== undefined && !/^năm$|^\d/.test(words[at + 1] as string))) return text;
  for (let k = before - 1; k >= 0; k--) {
    if ((ctx.toks[k] as Token).low !== 'vốn') continue;
    const qualifier: string[] = [];
    for (let m = k + 1; m < before && qualifier.length < 4; m++) {
      const t = ctx.toks[m] as Token;
      if (t.kind !== 'word' || DESCRIPTOR_STOPS.has(t.low, ctx.folded) || t.low === 'đạt') break;
      qualifier.push(t.low);
    }
    if (qualifier.length === 0) return text;
    words.splice(at + 1, 0, ...qualifier);
    return words.join(' ');
  }
  return text;
}

/** The phrase is one or more verbs and nothing else ("kết nạp", "hỗ trợ xây dựng"). */
// "thành lập mới 44 doanh nghiệp", "trồng thêm 20 ha": the verb's adverb leaves it a verb.
const VERB_ADVERBS = new Set(['mới', 'thêm', 'được']);

function isVerbOnly(phrase: Token[], ctx: SentenceContext): boolean {
  let k = 0;
  while (k < phrase.length) {
    const n = OBJECT_VERBS.matchAt(phrase, k, ctx.folded);
    // "kiểm tra, giám sát 239 lượt tổ chức đảng": two verbs of one action.
    // "tiếp nhận và giải quyết 4.807 hồ sơ": joined by "và" as well.
    const joins =
      k > 0 && (VERB_ADVERBS.has(phrase[k]?.low ?? '') || phrase[k]?.low === ',' || phrase[k]?.low === 'và');
    if (n === 0 && !joins) return false;
    k += Math.max(n, 1);
  }
  return phrase.length > 0;
}

/** The phrase's verb when it names only an action, with or without "<who> đã" before it; null otherwise. */
function verbOf(phrase: Token[], ctx: SentenceContext): Token[] | null {
  if (isVerbOnly(phrase, ctx)) return phrase;
  const at = subjectBeforeDone(phrase, ctx);
  return at > 0 ? phrase.slice(at) : null;
}

/** Where the verb starts after "<who> đã" when only a verb follows; 0 when the phrase is not of that shape. */
function subjectBeforeDone(phrase: Token[], ctx: SentenceContext): number {
  const done = phrase.findIndex((t, k) => k > 0 && t.low === 'đã');
  return done > 0 && done < phrase.length - 1 && isVerbOnly(phrase.slice(done + 1), ctx) ? done + 1 : 0;
}

// Descriptors that say which of the counted things are meant: "xã đạt chuẩn", "hộ được hỗ trợ".
const DESCRIBING_OPENERS = new Set(['đạt', 'được', 'có', 'đã']);

// "hoàn thành 25/25 chỉ tiêu", "thực hiện 659 cuộc thanh tra": before a count these verbs name the action
// counted; before an amount ("ước thực hiện 2.453 tỷ đồng", "hoàn thành 105% kế hoạch") they only state it.
const COUNTING_VERBS = ['hoàn thành vượt mức', 'hoàn thành', 'thực hiện'];

function countingVerb(ctx: SentenceContext, draft: Draft): string {
  if (draft.figure.unitKind !== 'count') return '';
  const stated =
    draft.prefix.verbWord ||
    lowsOf(ctx.toks, Math.max(0, draft.prefix.verbStart - 3), draft.prefix.verbStart);
  return COUNTING_VERBS.find((v) => stated === v || stated.endsWith(` ${v}`)) ?? '';
}

/** "... được nâng cấp với tổng mức đầu tư 1.200 tỷ đồng": the figure measures what follows "với". */
function afterWith(phrase: Token[]): Token[] {
  for (let k = phrase.length - 2; k > 0; k--) {
    if (phrase[k]?.low === 'với' && phrase[k - 1]?.low !== 'so') return phrase.slice(k + 1);
  }
  return phrase;
}

/** "… kiểm tra chuyên ngành tại 371 tổ chức, cá nhân": a preposition alone names nothing. */
function onlyPlacing(phrase: Token[]): boolean {
  if (phrase.length === 0 || phrase.length > 2) return false;
  const words = lowsOf(phrase, 0, phrase.length);
  return words === 'tại' || words === 'đối với' || words === 'ở';
}

/** "tỉnh có 12 huyện với 165 xã": the figure after "với" is counted on its own. */
function withObject(ctx: SentenceContext, draft: Draft): boolean {
  let k = draft.figure.valueStart - 1;
  while (k > 0 && HEDGES.has(ctx.toks[k]?.low ?? '', ctx.folded)) k--;
  return ctx.toks[k]?.low === 'với' && draft.figure.unitKind === 'count';
}

/** The words between the phrase and the figure ("chiếm tỷ lệ"), which trimming removed. */
function rateTail(ctx: SentenceContext, draft: Draft): string {
  const words = ` ${lowsOf(ctx.toks, Math.max(0, draft.figure.valueStart - 3), draft.figure.valueStart)}`;
  // Most figures have no "tỷ lệ" before them: the pattern runs only where it can match.
  return words.endsWith(' tỷ lệ') ? words.replace(/.*?((chiếm|đạt|với) tỷ lệ)$/u, ' $1') : words;
}

/** "Số hộ nghèo còn 4.215 hộ, chiếm 1,15% tổng số hộ": the share is the rate of the clause before. */
function shareOfPrevious(ctx: SentenceContext, draft: Draft, before: string): string | null {
  if (draft.unit !== '%' || ctx.toks[draft.figure.valueStart - 1]?.low !== 'chiếm' || !before) return null;
  return `tỷ lệ ${before.replace(/^(tổng số|số) /u, '')}`;
}

/** Whether the text mentions "nông thôn mới", searched once per text, not once per figure. */
function mentionsNewCountryside(ctx: SentenceContext): boolean {
  ctx.facts.newCountryside ??= ctx.text.includes('nông thôn mới');
  return ctx.facts.newCountryside;
}

function averagePerUnit(text: string, noun: string, draft: Draft, ctx: SentenceContext): string | null {
  const m = /^(bình quân|trung bình) (mỗi|một) (.+)$/.exec(text);
  if (!m) return null;
  let topic = phraseText(draft.descriptor);
  if (!topic && noun === 'tiêu chí' && mentionsNewCountryside(ctx)) topic = 'nông thôn mới';
  return squash(`${m[1]} ${noun} ${topic} ${m[2]} ${m[3]}`);
}

/**
 * "kiến nghị thu hồi 9,19 tỷ đồng, đã thu hồi 8 tỷ đồng": an earlier name that is itself an action is no
 * object to carry over; only a noun is ("tổng kế hoạch vốn …; đã giải ngân …").
 */
function namesAnAction(name: string, ctx: SentenceContext): boolean {
  return name.startsWith('kiến nghị ') || OBJECT_VERBS.match(name.split(' '), ctx.folded) > 0;
}

function elidedObject(
  ctx: SentenceContext,
  drafts: readonly Draft[],
  names: readonly string[],
  k: number,
): string {
  for (let p = k - 1; p >= 0 && p >= k - 20; p--) {
    if ((drafts[p] as Draft).unit !== (drafts[k] as Draft).unit) continue;
    const name = names[p] ?? '';
    return namesAnAction(name, ctx) ? '' : squash(name.replace(TARGET_NOISE, ' '));
  }
  return '';
}

function colonPhrase(ctx: SentenceContext, draft: Draft): Token[] {
  const colon = draft.prefix.spanStart - 1;
  let s = colon - 1;
  while (s >= 0 && (ctx.toks[s] as Token).kind !== 'punct') s--;
  s++;
  s += CONNECTORS.match(
    ctx.toks.slice(s, s + 5).map((t) => t.low),
    ctx.folded,
  );
  draft.startTok = s;
  return ctx.toks.slice(s, colon);
}

function nameOne(
  ctx: SentenceContext,
  drafts: readonly Draft[],
  names: string[],
  k: number,
  prev: string,
): string {
  const draft = drafts[k] as Draft;
  let phrase =
    withObject(ctx, draft) || onlyPlacing(draft.prefix.phrase) ? [] : afterWith(draft.prefix.phrase);
  const said = phraseText(phrase);
  // "tương đương 3.520 USD" restates the figure before in another unit.
  // "tỷ lệ hộ nghèo giảm 2,02%, tương đương giảm 2.893 hộ": the count is of households, not a rate.
  if ((said === 'tương đương' || said === 'tương ứng') && k > 0) {
    const restated = names[k - 1] ?? '';
    return drafts[k - 1]?.unit === '%' && draft.unit !== '%' ? restated.replace(/^tỷ lệ /u, '') : restated;
  }
  const afterFraction = said === '' && drafts[k - 1]?.figure.of !== undefined;
  if (
    draft.unit === '%' &&
    (afterFraction || /(chiếm|đạt|với) tỷ lệ$/u.test(phraseText(draft.prefix.phrase) + rateTail(ctx, draft)))
  ) {
    // "412/530 hộ ..., đạt tỷ lệ 77,7%": a rate with no phrase of its own is the rate of the clause before.
    const of = said || (k > 0 ? (names[k - 1] ?? '') : prev);
    return squash(`tỷ lệ ${of.replace(/^(tổng số|số) /u, '')}`);
  }
  if (isTargetAside(ctx, draft, said) && k > 0) return squash(`chỉ tiêu ${names[k - 1] ?? ''}`);
  if (phrase.length === 0 && draft.prefix.afterColon) phrase = colonPhrase(ctx, draft);
  const share = phrase.length === 0 ? shareOfPrevious(ctx, draft, k > 0 ? (names[k - 1] ?? '') : prev) : null;
  if (share) return share;
  const noun = unitNoun(draft, ctx);
  const desc = phraseText(draft.descriptor);
  const counted = draft.figure.unitKind === 'count';
  let text = phraseText(phrase);
  if (phrase.length === 0) {
    const before = drafts[k - 1];
    // "kiểm tra 125 tổ chức đảng và 342 đảng viên": the verb carries over to the next object.
    // So does a comma between two objects counted alike ("giám sát 239 lượt tổ chức đảng, 61 lượt đảng viên").
    const listed =
      draft.prefix.and || (before?.unit === draft.unit && ctx.toks[draft.prefix.spanStart - 1]?.low === ',');
    // "…, toàn xã có 30 hộ cận nghèo" states its own figure: a verb of its own keeps the earlier one out.
    const ownVerb = draft.prefix.verbWord !== '' || ctx.toks[draft.figure.valueStart - 1]?.low === 'có';
    const sharedVerb =
      before && listed && !ownVerb && !draft.inParens ? verbOf(before.prefix.phrase, ctx) : null;
    const verb = sharedVerb ? phraseText(sharedVerb) : countingVerb(ctx, draft);
    // "đến nay giảm 320 hộ, còn 930 hộ": a change or what remains is of the indicator before.
    const continues =
      k > 0 && (draft.prefix.verb !== null || ctx.toks[draft.figure.valueStart - 1]?.low === 'còn');
    // "Xây dựng nông thôn mới đến cuối quý I, có 43/82 xã đạt chuẩn nông thôn mới": a count that says
    // what it counts is named by that, not by the heading clause before the comma.
    const describedCount = counted && desc !== '' && DESCRIBING_OPENERS.has(draft.descriptor[0]?.low ?? '');
    // "… phát triển mạnh với hơn 1.000 doanh nghiệp": a count after "với" is named by what it counts.
    const clause =
      draft.inParens || describedCount || withObject(ctx, draft) ? '' : clauseBeforeComma(ctx, drafts, k);
    if (clause) text = clause.replace(JUDGED_TAIL, '');
    else if (continues && !draft.inParens) text = names[k - 1] ?? '';
    else if (counted || desc) text = `${verb} ${counted ? `${noun} ${desc}` : desc}`;
    else text = k > 0 ? (names[k - 1] ?? '') : leadingNoun(ctx, draft) || prev;
  } else if (subjectBeforeDone(phrase, ctx) > 0 && !draft.prefix.forWhom) {
    // "Bộ Chính trị, Ban Bí thư và cấp ủy các cấp đã kiểm tra 232.401 tổ chức đảng": who did it, then "đã".
    const verb = phrase.slice(subjectBeforeDone(phrase, ctx));
    text = `${phraseText(verb)} ${counted ? `${noun} ${desc}` : desc || elidedObject(ctx, drafts, names, k)}`;
  } else if (isVerbOnly(phrase, ctx) && !draft.prefix.forWhom) {
    text += ` ${counted ? `${noun} ${desc}` : desc || elidedObject(ctx, drafts, names, k)}`;
  }
  // "đến ngày 30/9/2024", "tính đến nay" date the figure; they do not name it.
  text = text.replace(/ (tính )?(đến|tới) (ngày|hết|cuối|nay|thời điểm)( .*)?$/u, '');
  // "tổng đàn lợn tại thời điểm 1/4/2016", "năng suất lúa … năm nay": when, not what.
  text = text.replace(/ (tại )?thời điểm( .*)?$/u, '').replace(/(?<!\d) (năm nay|năm qua|vừa qua)$/u, '');
  text = dropPlace(text).replace(CHANGED_MEASURE, '');
  text = averagePerUnit(squash(text), noun, draft, ctx) ?? text;
  text = qualifyCapital(dropAdminAfterArea(squash(text)), ctx, draft.startTok);
  if (draft.prefix.yearEnd && !/cả năm|cuối năm/.test(text)) text += ' cả năm';
  return dropStutter(withHeadOf(squash(text), draft, drafts[k - 1], names[k - 1]));
}

// "nâng tỷ lệ trưởng thôn là đảng viên lên 50%", "giảm tỷ lệ hộ nghèo còn 2%": the verb says how the
// measure moved (the statement's change or target); the indicator is the measure it names.
const CHANGED_MEASURE =
  /^(nâng|đưa|tăng|giảm|hạ|kéo giảm|duy trì|giữ vững|giữ) (?=(tỷ lệ|tổng|số lượng|sản lượng|diện tích|giá trị|kim ngạch|thu nhập|năng suất|mức) )/u;

// Words that open a qualifier of an indicator rather than an indicator: "vụ hè thu", "khu vực nông thôn".
const QUALIFIER_OPENERS = ['vụ ', 'khu vực ', 'ngành ', 'khối ', 'mùa ', 'loại '];

/**
 * "Năng suất lúa vụ xuân đạt 55,99 tạ/ha; vụ hè thu đạt 50,27 tạ/ha": a list item that names only its
 * qualifier takes the head of the item before, measured in the same unit.
 */
function withHeadOf(
  text: string,
  draft: Draft,
  before: Draft | undefined,
  beforeName: string | undefined,
): string {
  if (!beforeName || before?.unit !== draft.unit) return text;
  const opener = QUALIFIER_OPENERS.find((o) => text.startsWith(o));
  if (!opener) return text;
  const at = beforeName.indexOf(` ${opener}`);
  return at > 0 ? `${beforeName.slice(0, at)} ${text}` : text;
}

// Two to three words typed twice ("đã kết nạp kết nạp được 86 đảng viên"); one repeated word is often
// Vietnamese reduplication and stays.
const STUTTER = /(^| )(\p{L}+ \p{L}+(?: \p{L}+)?) \2(?= |$)/u;

function dropStutter(text: string): string {
  return mayStutter(text) && STUTTER.test(text) ? text.replace(STUTTER, '$1$2') : text;
}

/**
 * A stutter needs a word equal to the word two or three on: without one, the backtracking pattern (a
 * sixth of the naming time on a report) need not run.
 */
function mayStutter(text: string): boolean {
  const words = text.split(' ');
  for (let k = 0; k + 2 < words.length; k++) {
    if (words[k] === words[k + 2] || words[k] === words[k + 3]) return true;
  }
  return false;
}

/** A whole broken down in parentheses is named by its parts: "đoàn kiểm tra, giám sát thành lập". */
function nameWholeByParts(ctx: SentenceContext, drafts: readonly Draft[], names: string[]): void {
  const partsOf = new Map<number, Draft[]>();
  // Pushed in place: spreading a copy per part was quadratic in a long breakdown.
  for (const d of drafts) if (d.partOf !== null && d.inParens) pushTo(partsOf, d.partOf, d);
  for (const [w, parts] of partsOf) {
    const whole = drafts[w] as Draft;
    if (parts.length < 2 || !isVerbOnly(whole.prefix.phrase, ctx)) continue;
    if (!parts.every((p) => p.unit === whole.unit && p.descriptor.length > 0)) continue;
    const descs = [...new Set(parts.map((p) => phraseText(p.descriptor)))];
    // Only when the whole was named after one of its parts ("08 đoàn kiểm tra" for kiểm tra + giám sát).
    if (whole.descriptor.length > 0 && !descs.includes(phraseText(whole.descriptor))) continue;
    names[w] = squash(`${unitNoun(whole, ctx)} ${descs.join(', ')} ${phraseText(whole.prefix.phrase)}`);
  }
}

/**
 * The indicator of each draft of one sentence; `prev` is the last indicator of the sentence before.
 * @example "đã kết nạp 130 đảng viên" → ['kết nạp đảng viên']
 */
export function nameIndicators(ctx: SentenceContext, drafts: readonly Draft[], prev: string): string[] {
  const names: string[] = [];
  for (let k = 0; k < drafts.length; k++) names.push(nameOne(ctx, drafts, names, k, prev));
  nameWholeByParts(ctx, drafts, names);
  return names;
}
