// A statement while its sentence is still being read: its own module because the sentence reader makes
// it and the change pairing amends it.
import type { Figure } from './figure';
import type { Prefix } from './prefix';
import type { Token } from './tokenize';
import type { Achievement, Change } from './types';

/** A statement being read: its figure, attributes and where it lies in the sentence. */
export interface Draft {
  figure: Figure;
  prefix: Prefix;
  value: number;
  valueTo?: number;
  unit: string;
  achievement: Achievement | null;
  change: Change | null;
  estimate: boolean;
  /** Words after the unit that say what is counted ("đoàn kiểm tra" → "kiểm tra"). */
  descriptor: Token[];
  /** Token range of the statement's span. */
  startTok: number;
  endTok: number;
  /** Index (within the sentence) of the whole this statement is a part of. */
  partOf: number | null;
  inParens: boolean;
}
