// The convention test set: hand-annotated statements per hard convention of ../shared/extract-format.md,
// kept as data in conventions.json (sources named there).
import type { Statement } from '../types';
import data from './conventions.json';

export type Convention =
  | 'attributes across an aside'
  | 'glued words'
  | 'misspelt ước'
  | 'ước stays in its clause'
  | 'rate after a fraction'
  | 'share of a population'
  | 'second share'
  | 'list keeps its base'
  | 'paired changes'
  | 'abbreviations and symbols'
  | 'ranges'
  | 'new total'
  | 'not statements'
  | 'subject';

/** A statement as annotated: every field but the span, which `spanText` gives as text where it matters. */
export type Expected = Omit<Statement, 'span' | 'indicatorCode'> & { spanText?: string };

export interface ConventionCase {
  convention: Convention;
  /** Where the sentence was published, or "format" / "constructed". */
  source: string;
  text: string;
  statements: Expected[];
}

export const CONVENTION_CASES = data.cases as ConventionCase[];
