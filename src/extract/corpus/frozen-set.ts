// The frozen evaluation set: report passages annotated by hand before the extractor ran on them, kept as
// data in frozen-set.json. Never tuned on; frozen-set.test.ts asserts today's scores exactly.
import type { Expected } from './convention-cases';
import data from './frozen-set.json';

export interface FrozenPassage {
  id: string;
  /** The province whose reports the passage imitates (as named at the passage's period). */
  province: string;
  topic: string;
  /** Before or after the arrangement of 1/7/2025 (districts gone, communes under the province). */
  period: 'before' | 'after';
  text: string;
  /** The page a real passage was trimmed from (p157 on); the earlier passages imitate pages named in the file's about. */
  source?: string;
  /** Attributes a reader could not decide are left out and not scored. */
  statements: (Omit<Expected, 'indicator'> & { indicator?: string })[];
}

export const FROZEN_SET = data.passages as FrozenPassage[];
