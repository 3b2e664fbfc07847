// The one statement type (shared/extract-format.md): what the extractor returns, what a reviewer corrects,
// what the report import stores and turns into figures, and what the API and the web exchange.

export type Hedge = 'hơn' | 'trên' | 'gần' | 'khoảng' | 'dưới' | 'trên dưới';
export type AchievementAgainst = 'nghị quyết' | 'kế hoạch' | 'chỉ tiêu' | 'dự toán' | 'mục tiêu' | 'khác';
export type ChangeDirection = 'tăng' | 'giảm' | 'bằng';
export type ChangeAgainst = 'cùng kỳ' | 'năm trước' | 'tháng trước' | 'quý trước' | 'kỳ trước' | 'khác';

export interface Achievement {
  percent: number;
  against: AchievementAgainst;
}

export interface Change {
  direction: ChangeDirection;
  percent: number | null;
  against: ChangeAgainst;
  /** The change as an amount in the statement's unit ("giảm 3 vụ"). */
  amount?: number;
  /** The earlier level of "tăng từ 42,5% lên 45,3%". */
  from?: number;
}

/** One reported figure of one indicator, with the span of the input that states it. */
export interface Statement {
  indicator: string;
  indicatorCode?: string;
  value: number;
  /** Upper end of a range ("từ 5 đến 7%"); the lower end is `value`. */
  valueTo?: number;
  unit: string;
  approx: Hedge | null;
  estimate: boolean;
  achievement: Achievement | null;
  change: Change | null;
  /**
   * The unit the figure belongs to when the text names one other than the report's own ("đảng bộ huyện
   * phước long"), lower-cased as written; null when it is the reporting unit's. Absent on statements
   * stored before the field existed.
   */
  subject?: string | null;
  /** [start, end) in UTF-16 code units of the input as given. */
  span: [number, number];
}
