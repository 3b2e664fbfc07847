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

/** A catalog indicator offered for a statement, with how sure the match is (0–1). */
export interface CatalogSuggestion {
  code: string;
  /** 1 only for a sure match: the same words once filler is set aside, and the same measure. */
  confidence: number;
}

export interface CatalogMatcher {
  /** The code of a sure match, or undefined: a statement is never given a code it might not have. */
  match(indicator: string, unit: string): string | undefined;
  /** Up to `limit` catalog indicators, most likely first, for a reviewer to choose from. */
  suggest(indicator: string, unit: string, limit?: number): CatalogSuggestion[];
}

interface Entry {
  code: string;
  measure: string;
  words: Set<string>;
}

const WORTH_OFFERING = 0.35;

/** Dice overlap of two word sets: 1 for the same words, 0 for none shared. */
function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size + b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** A statement's unit against an indicator's measure: the same, the same thing in another scale, or other. */
function measureFit(unit: string, measure: string): number {
  if (unit === measure) return 1;
  return unit.endsWith(` ${measure}`) || measure.endsWith(` ${unit}`) ? 0.6 : 0.3;
}

// Words nearly every rate or count shares: they would make "tỷ lệ hộ sử dụng nước sạch" look like "tỷ lệ hộ nghèo".
const GENERIC = new Set(['ty', 'le', 'ti']);

function contentWords(key: string): Set<string> {
  return new Set(key.split(' ').filter((w) => w.length > 0 && !GENERIC.has(w)));
}

function rank(
  entries: readonly Entry[],
  indicator: string,
  unit: string,
  limit: number,
): CatalogSuggestion[] {
  const words = contentWords(indicatorKey(indicator));
  const best = new Map<string, number>();
  for (const e of entries) {
    // Below 1: only an exact key and measure are sure, however close the words.
    const score = Math.min(0.95, overlap(words, e.words) * measureFit(unit, e.measure));
    if (score >= WORTH_OFFERING && score > (best.get(e.code) ?? 0)) best.set(e.code, score);
  }
  return [...best]
    .map(([code, confidence]) => ({ code, confidence: Math.round(confidence * 100) / 100 }))
    .sort((a, b) => b.confidence - a.confidence || a.code.localeCompare(b.code))
    .slice(0, limit);
}

/**
 * A matcher over a catalog; a key shared by two codes is ambiguous and matches neither, but both are
 * suggested.
 * @example createCatalogMatcher([{ code: 'TS_TOM', name: 'Sản lượng tôm', measure: 'tấn' }]).match('sản lượng tôm', 'tấn') === 'TS_TOM'
 */
export function createCatalogMatcher(catalog: readonly CatalogIndicator[]): CatalogMatcher {
  const byKey = new Map<string, { code: string; measure: string } | null>();
  const entries: Entry[] = [];
  for (const entry of catalog) {
    const measure = foldVietnamese(entry.measure.trim());
    for (const phrase of [entry.name, ...(entry.synonyms ?? [])]) {
      const key = indicatorKey(phrase);
      if (!key) continue;
      entries.push({ code: entry.code, measure, words: contentWords(key) });
      const seen = byKey.get(key);
      if (seen === undefined) byKey.set(key, { code: entry.code, measure });
      else if (seen && seen.code !== entry.code) byKey.set(key, null);
    }
  }
  const sure = (indicator: string, unit: string) => {
    const hit = byKey.get(indicatorKey(indicator));
    return hit && hit.measure === foldVietnamese(unit.trim()) ? hit.code : undefined;
  };
  return {
    match: sure,
    suggest(indicator, unit, limit = 3) {
      const code = sure(indicator, unit);
      const others = rank(entries, indicator, foldVietnamese(unit.trim()), limit).filter(
        (s) => s.code !== code,
      );
      return code ? [{ code, confidence: 1 }, ...others].slice(0, limit) : others;
    },
  };
}
