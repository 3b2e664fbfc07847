import { describe, expect, it } from 'vitest';
import { CATEGORY_NAMES_VI } from '../../core/indicator-category';
import { STATUS_WORDS } from '../../core/words';
import { TRANSLATIONS } from './domain-words';
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

  it("takes the words of statuses and sources from core, beside the screens' own", () => {
    expect(TRANSLATIONS.vi.status).toEqual({ ...STATUS_WORDS.vi, unknown: 'Chưa đánh giá' });
    expect(TRANSLATIONS.vi.status.at_risk).toBe('Chậm tiến độ');
    expect(TRANSLATIONS.en.status.on_track).toBe('On track');
    expect(TRANSLATIONS.vi.source.assigned).toBe('Cấp trên giao');
    expect(TRANSLATIONS.vi.targetHeading.resolution).toBe('Chỉ tiêu Nghị quyết');
  });

  it("names every category of core's one list, in core's Vietnamese words", () => {
    expect(vi.category).toEqual(CATEGORY_NAMES_VI);
    expect(Object.keys(en.category).sort()).toEqual(Object.keys(CATEGORY_NAMES_VI).sort());
  });
});
