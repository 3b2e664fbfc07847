import { describe, expect, it } from 'vitest';
import { latestDataYear, yearParam } from './unit-year';

describe('the year a screen opens on', () => {
  it('is the newest year with figures, else the newest with targets, else none', () => {
    const years = [
      { year: 2026, figures: false, targets: true },
      { year: 2023, figures: true, targets: true },
      { year: 2022, figures: true, targets: false },
    ];
    expect(latestDataYear(years)).toBe(2023);
    expect(latestDataYear([{ year: 2025, figures: false, targets: true }])).toBe(2025);
    expect(latestDataYear([])).toBeNull();
  });

  it("is the address's year, else the one chosen before, else not yet known", () => {
    expect(yearParam(new URLSearchParams('year=2021'), () => 2024)).toBe(2021);
    expect(yearParam(new URLSearchParams('year=21'), () => 2024)).toBe(2024);
    expect(yearParam(new URLSearchParams(''), () => null)).toBeNull();
  });
});
