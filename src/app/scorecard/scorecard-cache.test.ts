import { describe, expect, it } from 'vitest';
import { createScorecardCache, type VersionedScorecard } from './scorecard-cache';

const card = (year: number, asOfVersion = 41): VersionedScorecard => ({
  unit: { id: 2, code: 'HU_CAINUOC', name: 'Huyện ủy Cái Nước' },
  year,
  asOf: null,
  rows: [],
  asOfVersion,
  computedAt: '2023-11-17T08:00:00.000Z',
});

describe('scorecard cache', () => {
  it('gives the last scorecard of a key with the token it was computed at', () => {
    const cache = createScorecardCache();
    cache.set('2|2023|', '4.17', card(2023));
    expect(cache.get('2|2023|')?.token).toBe('4.17');
    expect(cache.get('2|2023|')?.scorecard.year).toBe(2023);
    expect(cache.get('2|2022|')).toBeNull();
  });

  it('keeps the later data version when an older recompute finishes last', () => {
    const cache = createScorecardCache();
    cache.set('2|2023|', '4.18', card(2023, 42));
    cache.set('2|2023|', '4.17', card(2023, 41));
    expect(cache.get('2|2023|')?.token).toBe('4.18');
  });

  it('forgets the least recently used scorecard beyond its size', () => {
    const cache = createScorecardCache(2);
    cache.set('a', '1.0', card(2021));
    cache.set('b', '1.0', card(2022));
    cache.get('a');
    cache.set('c', '1.0', card(2023));
    expect(cache.size).toBe(2);
    expect(cache.get('b')).toBeNull();
    expect(cache.get('a')?.scorecard.year).toBe(2021);
    expect(cache.get('c')?.scorecard.year).toBe(2023);
  });
});
