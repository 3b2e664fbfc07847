// Scores the extractor on a test set: figures found with the right value and unit (precision, recall,
// F1), and how many of the attributes of the figures found are right.
import { extract } from '../extract';
import type { Statement } from '../types';
import type { CorpusCase, ExpectedStatement } from './report-sentences';

export interface Score {
  expected: number;
  found: number;
  matched: number;
  f1: number;
  /** F1 counting a figure found only when every annotated attribute is right too. */
  fullF1: number;
  attributesRight: number;
  attributesChecked: number;
  /** Per attribute, how many figures found with the right value and unit got it wrong. */
  attributeErrors: Record<(typeof ATTRIBUTES)[number], number>;
}

export const ATTRIBUTES = [
  'indicator',
  'approx',
  'estimate',
  'achievement',
  'change',
  'valueTo',
  'subject',
] as const;

function sameFigure(a: Statement, e: ExpectedStatement): boolean {
  return a.value === e.value && a.unit === e.unit;
}

/**
 * Value-and-unit F1 and attribute accuracy over the cases.
 * @example scoreCorpus(REPORT_SENTENCES).f1 → 1 when every figure is found with its value and unit
 */
export function scoreCorpus(cases: readonly Pick<CorpusCase, 'text' | 'statements'>[]): Score {
  const score: Score = {
    expected: 0,
    found: 0,
    matched: 0,
    f1: 0,
    fullF1: 0,
    attributesRight: 0,
    attributesChecked: 0,
    attributeErrors: Object.fromEntries(ATTRIBUTES.map((a) => [a, 0])) as Score['attributeErrors'],
  };
  let fullyRight = 0;
  for (const c of cases) {
    const actual = extract(c.text).statements;
    score.expected += c.statements.length;
    score.found += actual.length;
    const used = new Set<number>();
    for (const e of c.statements) {
      const k = actual.findIndex((a, idx) => !used.has(idx) && sameFigure(a, e));
      if (k < 0) continue;
      used.add(k);
      score.matched++;
      let right = true;
      for (const key of ATTRIBUTES) {
        if (!(key in e)) continue;
        score.attributesChecked++;
        if (JSON.stringify(actual[k]?.[key]) === JSON.stringify(e[key])) score.attributesRight++;
        else {
          right = false;
          score.attributeErrors[key]++;
        }
      }
      if (right) fullyRight++;
    }
  }
  score.f1 = f1(score.matched, score.found, score.expected);
  score.fullF1 = f1(fullyRight, score.found, score.expected);
  return score;
}

/**
 * A score in one line, the way the corpus tests pin it and the bench prints it.
 * @example scoreLine(scoreCorpus(FROZEN_SET)) → '266/279 found (281 statements), value F1 0.9500, full F1 0.7750; …'
 */
export function scoreLine(s: Score): string {
  const wrong = ATTRIBUTES.filter((a) => s.attributeErrors[a] > 0).map((a) => `${a} ${s.attributeErrors[a]}`);
  return (
    `${s.matched}/${s.expected} found (${s.found} statements), value F1 ${s.f1.toFixed(4)}, ` +
    `full F1 ${s.fullF1.toFixed(4)}; attributes ${s.attributesRight}/${s.attributesChecked} right; ` +
    `wrong: ${wrong.join(', ') || 'none'}`
  );
}

function f1(matched: number, found: number, expected: number): number {
  const precision = found === 0 ? 1 : matched / found;
  const recall = expected === 0 ? 1 : matched / expected;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}
