// The extractor's output contract (../shared/extract-format.md): statements and checks.

export type {
  Achievement,
  AchievementAgainst,
  Change,
  ChangeAgainst,
  ChangeDirection,
  Hedge,
  Statement,
} from '../core/statement';

import type { Statement } from '../core/statement';

export type CheckKind = 'achievement_mismatch' | 'part_exceeds_whole' | 'breakdown_sum';

/** A problem the text raises against itself. */
export interface Check {
  kind: CheckKind;
  message: string;
  /** The statement at fault. */
  span: [number, number];
  /** The statement it disagrees with (the target, the whole). */
  relatedSpan: [number, number];
}

/** A catalog indicator the extractor may attach by code. */
export interface CatalogIndicator {
  code: string;
  name: string;
  measure: string;
  synonyms?: readonly string[];
}

export interface ExtractOptions {
  catalog?: readonly CatalogIndicator[];
}

export interface ExtractResult {
  statements: Statement[];
  checks: Check[];
}
