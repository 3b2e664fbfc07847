// The tuning set: real passages from published provincial news and reports, each with its source page,
// annotated by hand before the extractor ran on them. The extractor is tuned on this set, never on the frozen one.
import type { FrozenPassage } from './frozen-set';
import data from './tuning-set.json';

export interface TuningPassage extends FrozenPassage {
  /** The page the passage was taken from. */
  source: string;
}

export const TUNING_SET = data.passages as TuningPassage[];
