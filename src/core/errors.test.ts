import { describe, expect, it } from 'vitest';
import { type DomainError, isDomainError, validateValue } from './errors';

const coverage = { code: 'BHYT_TYLE', measure: '%', decimals: 2, minValue: 0, maxValue: 100 };
const shrimp = { code: 'TS_TOM', measure: 'tấn', decimals: 0, minValue: 0, maxValue: null };

function thrown(f: () => unknown): DomainError {
  try {
    f();
  } catch (e) {
    if (isDomainError(e)) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

describe('validateValue', () => {
  it('accepts values in range', () => {
    expect(validateValue(coverage, 92.58)).toBe(92.58);
    expect(validateValue(shrimp, 24937)).toBe(24937);
  });

  it('rejects coverage above 100% naming the field and the bound', () => {
    const e = thrown(() => validateValue(coverage, 100.08, 'rows[2].value'));
    expect(e.code).toBe('out_of_range');
    expect(e.field).toBe('rows[2].value');
    expect(e.message).toBe('rows[2].value: 100,08 % is above the maximum 100 of BHYT_TYLE');
  });

  it('rejects negative output and non-numbers', () => {
    expect(thrown(() => validateValue(shrimp, -5)).message).toBe(
      'value: -5 tấn is below the minimum 0 of TS_TOM',
    );
    expect(thrown(() => validateValue(shrimp, Number.NaN)).code).toBe('invalid_input');
  });
});
