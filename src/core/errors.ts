// The domain's one error vocabulary: a stable code for machines, a message naming the field for people.
// The server maps codes to HTTP statuses and the CLI to exit code 2; core knows nothing of either.
import type { Indicator } from './types';
import { formatNumber } from './vi/format';

export type DomainErrorCode =
  | 'invalid_period'
  | 'out_of_range'
  | 'unknown_unit'
  | 'unknown_indicator'
  | 'unknown_target'
  | 'unknown_observation'
  | 'unknown_report'
  | 'unknown_user'
  | 'not_found'
  | 'duplicate'
  | 'stale_version'
  | 'locked'
  | 'in_use'
  | 'forbidden'
  | 'unauthenticated'
  | 'invalid_rows'
  | 'statement_not_in_text'
  | 'too_large_unpacked'
  | 'invalid_input';

export class DomainError extends Error {
  override readonly name = 'DomainError';

  /**
   * A domain failure with a stable code; the message starts with the field it is about.
   * @example new DomainError('invalid_period', 'period', "'2023-Q5' is not a period code").message
   *   === "period: '2023-Q5' is not a period code"
   */
  constructor(
    readonly code: DomainErrorCode,
    readonly field: string | null,
    detail: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(field ? `${field}: ${detail}` : detail);
  }
}

/**
 * Whether a thrown value is a DomainError (works across module copies, unlike instanceof alone).
 * @example isDomainError(new DomainError('duplicate', 'period', 'already exists')) === true
 */
export function isDomainError(error: unknown): error is DomainError {
  return (
    error instanceof DomainError ||
    (error instanceof Error &&
      error.name === 'DomainError' &&
      typeof (error as DomainError).code === 'string')
  );
}

type ValueRange = Pick<Indicator, 'code' | 'measure' | 'decimals' | 'minValue' | 'maxValue'>;

/**
 * No figure or target is larger in magnitude, whatever its indicator: a province's yearly budget in đồng is
 * about 10^13, so 1e308 or 10^16 can only be a slip of the keyboard or a probe (issue 16).
 */
export const FIGURE_MAGNITUDE_MAX = 1e15;
export const FIGURE_MAGNITUDE_REASON = `vượt quá độ lớn cho phép (tối đa ±${formatNumber(FIGURE_MAGNITUDE_MAX, 0)})`;

/**
 * Rejects a value its indicator cannot take (negative output, coverage above 100%) or no figure can (beyond
 * ±10^15); returns it otherwise.
 * Unusual but possible values are Checks, not errors (STYLE rule 5).
 * @example validateValue({ code: 'BHYT_TYLE', measure: '%', decimals: 2, minValue: 0, maxValue: 100 }, 92.58) === 92.58
 */
export function validateValue(indicator: ValueRange, value: number, field = 'value'): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new DomainError('invalid_input', field, `${String(value)} is not a finite number`);
  }
  if (Math.abs(value) > FIGURE_MAGNITUDE_MAX)
    throw new DomainError('invalid_input', field, FIGURE_MAGNITUDE_REASON);
  const shown = (n: number) => formatNumber(n, Math.max(indicator.decimals, 3));
  if (indicator.minValue !== null && value < indicator.minValue) {
    throw new DomainError(
      'out_of_range',
      field,
      `${shown(value)} ${indicator.measure} is below the minimum ${shown(indicator.minValue)} of ${indicator.code}`,
      { min: indicator.minValue, max: indicator.maxValue, value },
    );
  }
  if (indicator.maxValue !== null && value > indicator.maxValue) {
    throw new DomainError(
      'out_of_range',
      field,
      `${shown(value)} ${indicator.measure} is above the maximum ${shown(indicator.maxValue)} of ${indicator.code}`,
      { min: indicator.minValue, max: indicator.maxValue, value },
    );
  }
  return value;
}
