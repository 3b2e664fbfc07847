import { describe, expect, it } from 'vitest';
import en from './en.json';
import vi from './vi.json';

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe('translations', () => {
  it('has every Vietnamese key in English and no extra ones', () => {
    const missing = keys(vi).filter((k) => !keys(en).includes(k));
    const extra = keys(en).filter((k) => !keys(vi).includes(k));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it('keeps the words officials use for status', () => {
    expect(vi.status.on_track).toBe('Đúng tiến độ');
    expect(en.status.on_track).toBe('On track');
  });
});
