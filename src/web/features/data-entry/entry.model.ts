// What a typed figure means for one indicator: a value, an error to fix now, or warnings to confirm.
import { roundToDecimals } from '../../../core/vi/format';
import { parseViNumber } from '../../../core/vi/parse';
import type { Indicator } from '../../api/types';

export type Limits = Pick<Indicator, 'minValue' | 'maxValue' | 'decimals'>;

export type EntryError =
  | { kind: 'error'; code: 'required' | 'not_number' }
  | { kind: 'error'; code: 'below_min' | 'above_max'; limit: number }
  /** More decimals than the indicator keeps: the figure would be shown rounded to `rounded`. */
  | { kind: 'error'; code: 'too_many_decimals'; decimals: number; rounded: number }
  /** "40,945" in a whole-number field: 40,945 by the Vietnamese comma, most likely 40.945 meant. */
  | { kind: 'error'; code: 'decimal_comma'; suggestion: number };

export type Parsed = { kind: 'empty' } | { kind: 'ok'; value: number } | EntryError;

/** A figure with more decimals than its indicator shows is refused with what it would become. */
function decimalsError(text: string, value: number, decimals: number): EntryError | null {
  if (roundToDecimals(value, decimals) === value) return null;
  const grouped = decimals === 0 ? parseViNumber(text, { whole: true }) : null;
  if (grouped !== null && grouped !== Math.abs(value)) {
    return { kind: 'error', code: 'decimal_comma', suggestion: Math.sign(value) * grouped };
  }
  return { kind: 'error', code: 'too_many_decimals', decimals, rounded: roundToDecimals(value, decimals) };
}

/**
 * Reads what was typed in vi-VN form ("24.937", "85,98"); `required` when a saved figure would be blanked,
 * and a refusal when the indicator's decimals would round the figure away.
 */
export function parseEntry(raw: string, limits: Limits, required: boolean): Parsed {
  const text = raw.trim();
  if (text === '') return required ? { kind: 'error', code: 'required' } : { kind: 'empty' };
  // The core reader takes digits only; a leading minus is the one sign a figure may carry.
  const negative = text.startsWith('-');
  const digits = negative ? text.slice(1).trim() : text;
  const magnitude = parseViNumber(digits);
  if (magnitude === null) return { kind: 'error', code: 'not_number' };
  const value = negative ? -magnitude : magnitude;
  const rounding = decimalsError(digits, value, limits.decimals);
  if (rounding) return rounding;
  if (limits.minValue !== null && value < limits.minValue) {
    return { kind: 'error', code: 'below_min', limit: limits.minValue };
  }
  if (limits.maxValue !== null && value > limits.maxValue) {
    return { kind: 'error', code: 'above_max', limit: limits.maxValue };
  }
  return { kind: 'ok', value };
}

export type Warning =
  | { kind: 'jump'; previous: number; ratio: number }
  | { kind: 'part_exceeds_whole'; whole: number; wholeName: string };

export interface WarningContext {
  /** The same period last year, when known. */
  previous: number | null;
  /** The indicator this one is part of (shrimp within aquaculture), with its figure this period. */
  whole: { value: number; name: string } | null;
}

/** Unusual but possible values: the user sees them and confirms, they are not rejected. */
export function warningsFor(value: number, context: WarningContext): Warning[] {
  const warnings: Warning[] = [];
  const { previous, whole } = context;
  if (previous !== null && previous > 0 && value > 0) {
    const ratio = value / previous;
    if (ratio >= 3 || ratio <= 1 / 3) warnings.push({ kind: 'jump', previous, ratio });
  }
  if (whole && value > whole.value) {
    warnings.push({ kind: 'part_exceeds_whole', whole: whole.value, wholeName: whole.name });
  }
  return warnings;
}
