import { describe, expect, it } from 'vitest';
import { buildScorecard } from './scorecard';
import { scorecardTable } from './scorecard-output';
import {
  buildIndicator,
  buildObservation,
  buildPovertyRate,
  buildTarget,
  buildUnit,
} from './testing/factories';
import { achievementText, languageOf, STATUS_WORDS } from './words';

const unit = buildUnit({ id: 2 });
const poverty = buildPovertyRate({ id: 31 });
const growth = buildIndicator({
  id: 32,
  code: 'TT_KINHTE',
  nameVi: 'Tốc độ tăng trưởng kinh tế',
  measure: '%',
  nature: 'stock',
  decimals: 2,
  minValue: null,
});

function scorecard() {
  return buildScorecard({
    unit,
    year: 2023,
    indicators: [poverty, growth],
    targets: [
      buildTarget({ unitId: 2, indicatorId: 31, value: 2.5 }),
      buildTarget({ unitId: 2, indicatorId: 32, value: 7 }),
    ],
    observations: [
      buildObservation({ unitId: 2, indicatorId: 31, period: '2023', value: 0 }),
      buildObservation({ unitId: 2, indicatorId: 32, period: '2023', value: -1.5 }),
    ],
  });
}

describe('achievement outcomes through the scorecard', () => {
  it('carries zero_actual and not_comparable to the row, with no percent', () => {
    const [ngheo, tangTruong] = scorecard().rows;
    expect(ngheo?.achievement).toEqual([
      { source: 'resolution', targetId: expect.any(Number), kind: 'zero_actual', percent: null },
    ]);
    expect(ngheo?.status).toBe('achieved');
    expect(tangTruong?.achievement.map((a) => [a.kind, a.percent])).toEqual([['not_comparable', null]]);
    expect(tangTruong?.status).toBe('off_track');
  });

  it('writes them in words, in both languages', () => {
    const rows = scorecard().rows;
    expect(rows.flatMap((r) => r.achievement.map((a) => achievementText(a)))).toEqual([
      'Đạt',
      'Không so sánh được',
    ]);
    expect(rows.flatMap((r) => r.achievement.map((a) => achievementText(a, 'en')))).toEqual([
      'Achieved',
      'Not comparable',
    ]);
    expect(achievementText({ kind: 'ok', percent: 85.98 })).toBe('85,98%');
    expect(achievementText({ kind: 'no_target', percent: null })).toBe('Chưa có chỉ tiêu');
    expect(achievementText({ kind: 'zero_target', percent: null }, 'en')).toBe('Target is zero');
  });

  it('prints them in the CLI table where a percent would stand', () => {
    const lines = scorecardTable(scorecard()).split('\n');
    expect(lines[3]).toContain('Đạt');
    expect(lines[4]).toContain('Không so sánh được');
  });
});

describe('words', () => {
  it('spells each status once, in Vietnamese and English', () => {
    expect(STATUS_WORDS.vi.at_risk).toBe('Chậm tiến độ');
    expect(STATUS_WORDS.en.at_risk).toBe('Behind schedule');
    expect([languageOf('en-GB'), languageOf('vi'), languageOf('fr')]).toEqual(['en', 'vi', 'vi']);
  });
});
