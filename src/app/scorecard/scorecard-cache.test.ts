import { describe, expect, it } from 'vitest';
import type { Scorecard } from '../../core/scorecard';
import { createScorecardCache } from './scorecard-cache';

const card = (year: number): Scorecard => ({
  unit: { id: 2, code: 'HU_CAINUOC', name: 'Huyện ủy Cái Nước' },
  year,
  asOf: null,
  rows: [],
});

describe('scorecard cache', () => {
  it('answers only for the data version the scorecard was computed at', () => {
    const cache = createScorecardCache();
    cache.set('2|2023|', 41, card(2023));
    expect(cache.get('2|2023|', 41)?.year).toBe(2023);
    expect(cache.get('2|2023|', 42)).toBeNull();
    expect(cache.get('2|2022|', 41)).toBeNull();
  });

  it('forgets the least recently used scorecard beyond its size', () => {
    const cache = createScorecardCache(2);
    cache.set('a', 1, card(2021));
    cache.set('b', 1, card(2022));
    cache.get('a', 1);
    cache.set('c', 1, card(2023));
    expect(cache.size).toBe(2);
    expect(cache.get('b', 1)).toBeNull();
    expect(cache.get('a', 1)?.year).toBe(2021);
    expect(cache.get('c', 1)?.year).toBe(2023);
  });
});
