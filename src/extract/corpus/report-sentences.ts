// A test set in the style of provincial reports and news: every pattern of the contract, and the
// figures that are not statements. Each case lists the statements expected, in order; fields left out
// of an expected statement are not asserted (indicators are given wherever a reader would agree).
// The cases are data, in report-sentences.json beside the tuning and frozen sets.
import type { CheckKind, Statement } from '../types';
import data from './report-sentences.json';

export interface ExpectedStatement extends Partial<Omit<Statement, 'span'>> {
  /** The input text the span must cover exactly. */
  spanText?: string;
}

export interface CorpusCase {
  name: string;
  text: string;
  statements: ExpectedStatement[];
  checks?: CheckKind[];
}

export const REPORT_SENTENCES = data.cases as CorpusCase[];
