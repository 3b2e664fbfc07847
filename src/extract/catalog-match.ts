// Attaches catalog codes to statements only when the match is certain: the same words once filler is
// set aside (any order, any diacritics or tone placement) and the same measure. A near miss such as
// "sản lượng tôm" against "sản lượng thủy sản" stays unmatched.
import { canonicalTones, foldVietnamese } from '../core/vi/normalize';
import type { CatalogIndicator } from './types';

// Words that place or total a figure without changing what is measured.
const FILLER =
  /(?<!\p{L})(trên địa bàn( huyện| tỉnh| xã| thành phố| thị xã)?|toàn (huyện|tỉnh|xã)|tổng số|tổng|số|đã|được|của|cả năm|cuối năm|năm \d{4}|năm|huyện|tỉnh)(?!\p{L})/gu;

/**
 * The words of a phrase that identify an indicator, folded and sorted.
 * @example indicatorKey('Tổng sản lượng thuỷ sản năm 2023') === 'luong san san thuy'
 */
export function indicatorKey(phrase: string): string {
  const words = foldVietnamese(canonicalTones(phrase.toLowerCase()).replace(FILLER, ' '))
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
  return words.sort().join(' ');
}

export interface CatalogMatcher {
  match(indicator: string, unit: string): string | undefined;
}

/**
 * A matcher over a catalog; a key shared by two codes is ambiguous and matches neither.
 * @example createCatalogMatcher([{ code: 'TS_TOM', name: 'Sản lượng tôm', measure: 'tấn' }]).match('sản lượng tôm', 'tấn') === 'TS_TOM'
 */
export function createCatalogMatcher(catalog: readonly CatalogIndicator[]): CatalogMatcher {
  const byKey = new Map<string, { code: string; measure: string } | null>();
  for (const entry of catalog) {
    const measure = foldVietnamese(entry.measure.trim());
    for (const phrase of [entry.name, ...(entry.synonyms ?? [])]) {
      const key = indicatorKey(phrase);
      if (!key) continue;
      const seen = byKey.get(key);
      if (seen === undefined) byKey.set(key, { code: entry.code, measure });
      else if (seen && seen.code !== entry.code) byKey.set(key, null);
    }
  }
  return {
    match(indicator, unit) {
      const hit = byKey.get(indicatorKey(indicator));
      return hit && hit.measure === foldVietnamese(unit.trim()) ? hit.code : undefined;
    },
  };
}
