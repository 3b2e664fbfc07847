// What the readers of one sentence share, and what they hand each other: its own module because the
// figure, attribute, aside and pairing readers all take it, and none may import another in a ring.
import type { NumberConvention } from '../core/vi/parse';
import type { Token } from './tokenize';
import type { Achievement, AchievementAgainst, Change } from './types';

/** Facts of the whole text: a search of a 10 MB report per figure would make the time quadratic. */
export interface TextFacts {
  newCountryside?: boolean;
}

export interface SentenceContext {
  text: string;
  toks: Token[];
  /** The sentence has no diacritics at all (a caption typed without them). */
  folded: boolean;
  convention: NumberConvention;
  /** What is known of the whole text, shared by its sentences and found out at most once. */
  facts: TextFacts;
  /** The base the sentence's first share named ("đạt 110% chỉ tiêu"), for a later bare "đạt 64%". */
  listAgainst?: AchievementAgainst;
}

/** A share or a change read after a figure, and the token where it ends. */
export type Attribute =
  | { kind: 'achievement'; achievement: Achievement; end: number }
  | { kind: 'change'; change: Change; end: number; amountUnit?: string };
