// The report extractor: every figure of a Vietnamese report as a statement with its span, plus the
// checks the text raises against itself. Pure: text in, statements out (../shared/extract-format.md).
import { type NormalizedText, normalizeText, toOriginalSpan } from '../core/vi/normalize';
import { detectNumberConvention, type NumberConvention } from '../core/vi/parse';
import { createCatalogMatcher } from './catalog-match';
import { checkStatements, type Linked } from './checks';
import type { SentenceContext } from './figure';
import { nameIndicators } from './indicator';
import { ESTIMATES } from './phrases.lexicon';
import { type Draft, extractSentence } from './sentence';
import type { TextFacts } from './sentence-context';
import { sentenceSpans, type Token, tokenize } from './tokenize';
import type { ExtractOptions, ExtractResult, Statement } from './types';

// Where a count written in words may start; one pass over the text, no look-behind, no backtracking.
// The word is looked for alone and its start checked after: a leading "(?:^|[\s(])" made the engine try
// every space of the text.
const NUMBER_WORD = /(?:[Hh]ai|[Bb]a|[Bb]ốn|[Ss]áu|[Bb][ảẩ]y|[Tt]ám|[Cc]hín|[Mm]ười|mươi|trăm) /g;
const WORD_START = /[\s(]/;

function numberWordStarts(text: string): number[] {
  const starts: number[] = [];
  for (const m of text.matchAll(NUMBER_WORD)) {
    if (m.index === 0 || WORD_START.test(text[m.index - 1] as string)) starts.push(m.index);
  }
  return starts;
}

/** Tells, sentence by sentence in order, whether a sentence has digits or a number word. */
function figureFilter(text: string): (s: number, e: number) => boolean {
  const wordAt = numberWordStarts(text);
  const digits = /[0-9]/g;
  let nextWord = 0;
  // The next digit at or after the last position asked about: each stretch of text is searched once.
  let nextDigit = -1;
  return (s, e) => {
    while (nextWord < wordAt.length && (wordAt[nextWord] as number) < s) nextWord++;
    if (nextWord < wordAt.length && (wordAt[nextWord] as number) < e) return true;
    if (nextDigit < s && nextDigit !== Number.POSITIVE_INFINITY) {
      digits.lastIndex = s;
      nextDigit = digits.exec(text)?.index ?? Number.POSITIVE_INFINITY;
    }
    return nextDigit < e;
  };
}

function isAscii(text: string, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (text.charCodeAt(k) > 127) return false;
  return true;
}

/** "Ước cả năm, ..." puts every figure of the sentence under the estimate. */
function sentenceIsEstimate(ctx: SentenceContext, drafts: readonly Draft[]): boolean {
  if (ESTIMATES.matchAt(ctx.toks, 0, ctx.folded) === 0) return false;
  const first = drafts[0];
  return first !== undefined && ctx.toks.slice(0, first.prefix.spanStart).some((t) => t.low === ',');
}

/** "Huyện ủy Xuân Lộc kết nạp 358 đảng viên, đạt tỷ lệ 7,61%": a clause with no phrase keeps the subject. */
function inheritSubjects(drafts: readonly Draft[]): void {
  for (let k = 1; k < drafts.length; k++) {
    const d = drafts[k] as Draft;
    if (d.prefix.subject === null && d.prefix.phrase.length === 0)
      d.prefix.subject = (drafts[k - 1] as Draft).prefix.subject;
  }
}

function toStatement(norm: NormalizedText, ctx: SentenceContext, d: Draft, indicator: string): Statement {
  const start = (ctx.toks[d.startTok] as Token).start;
  const end = (ctx.toks[d.endTok - 1] as Token).end;
  const s: Statement = { indicator, value: d.value, unit: d.unit } as Statement;
  if (d.valueTo !== undefined) s.valueTo = d.valueTo;
  s.approx = d.prefix.approx;
  s.estimate = d.estimate;
  s.achievement = d.achievement;
  s.change = d.change;
  s.subject = d.prefix.subject;
  s.span = toOriginalSpan(norm, start, end);
  return s;
}

function sentenceStatements(
  norm: NormalizedText,
  span: [number, number],
  convention: NumberConvention,
  prev: string,
  facts: TextFacts,
): { drafts: Draft[]; statements: Statement[] } {
  const [s, e] = span;
  const ctx: SentenceContext = {
    text: norm.text,
    toks: tokenize(norm.text, s, e),
    folded: isAscii(norm.text, s, e),
    convention,
    facts,
  };
  const drafts = extractSentence(ctx);
  if (drafts.length === 0) return { drafts, statements: [] };
  const names = nameIndicators(ctx, drafts, prev);
  const allEstimate = sentenceIsEstimate(ctx, drafts);
  for (const d of drafts) {
    const whole = d.partOf === null ? null : drafts[d.partOf];
    // A part without a verb of its own inherits the whole's "ước".
    if (allEstimate || (whole?.estimate && d.prefix.verb === null && !d.prefix.estimate)) d.estimate = true;
  }
  inheritSubjects(drafts);
  return { drafts, statements: drafts.map((d, k) => toStatement(norm, ctx, d, names[k] ?? '')) };
}

/**
 * Every figure the text states, with target, change and span, and the checks it raises.
 * @example extract('Sản lượng tôm 24.937 tấn, đạt 85,98% Nghị quyết').statements[0].value === 24937
 */
export function extract(input: string, options: ExtractOptions = {}): ExtractResult {
  const norm = normalizeText(input);
  const convention = detectNumberConvention(norm.text);
  const linked: Linked[] = [];
  let prev = '';
  const mayHoldFigure = figureFilter(norm.text);
  const facts: TextFacts = {};
  sentenceSpans(norm.text).forEach((span, sentence) => {
    if (!mayHoldFigure(span[0], span[1])) return;
    const { drafts, statements } = sentenceStatements(norm, span, convention, prev, facts);
    const base = linked.length;
    statements.forEach((statement, k) => {
      const d = drafts[k] as Draft;
      linked.push({
        statement,
        sentence,
        partOf: d.partOf === null ? null : base + d.partOf,
        inParens: d.inParens,
      });
    });
    prev = statements[statements.length - 1]?.indicator ?? prev;
  });
  if (options.catalog && options.catalog.length > 0) {
    const matcher = createCatalogMatcher(options.catalog);
    for (const l of linked) {
      const code = matcher.match(l.statement.indicator, l.statement.unit);
      // Rebuilt so that indicatorCode sits right after indicator, as the contract shows it.
      if (!code) continue;
      const { indicator, ...rest } = l.statement;
      l.statement = { indicator, indicatorCode: code, ...rest };
    }
  }
  return { statements: linked.map((l) => l.statement), checks: checkStatements(linked) };
}
