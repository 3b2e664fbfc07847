import { describe, expect, it } from 'vitest';
import { cutoffWindow } from './cutoff-window';
import { DomainError } from './errors';
import { parsePeriod } from './period';
import {
  checkDeadline,
  currentRegimePeriod,
  type DeadlineRule,
  dueOn,
  regimePeriod,
  regimePeriodsOfYear,
  regimeReporters,
} from './regime';
import { buildUnit } from './testing/factories';

const day18: DeadlineRule = { kind: 'day_of_month', day: 18, monthsAfter: 0 };

describe('dueOn', () => {
  it('puts the 18th after each NĐ 09 window and N days after a calendar one', () => {
    const nd09 = ['2024-M1', '2024-M12', '2024-Q1', '2024-H1', '2024-9M', '2024'].map((c) =>
      dueOn(day18, cutoffWindow(parsePeriod(c), 'nd09')),
    );
    expect(nd09).toEqual([
      '2024-01-18',
      '2024-12-18',
      '2024-03-18',
      '2024-06-18',
      '2024-09-18',
      '2024-12-18',
    ]);
    const tenDays: DeadlineRule = { kind: 'days_after', days: 10 };
    expect(dueOn(tenDays, cutoffWindow(parsePeriod('2024-M2'), 'calendar'))).toBe('2024-03-10');
    expect(dueOn(tenDays, cutoffWindow(parsePeriod('2024-M12'), 'calendar'))).toBe('2025-01-10');
    const monthAfter: DeadlineRule = { kind: 'day_of_month', day: 31, monthsAfter: 1 };
    expect(dueOn(monthAfter, cutoffWindow(parsePeriod('2024-M1'), 'calendar'))).toBe('2024-02-29');
    expect(dueOn(monthAfter, cutoffWindow(parsePeriod('2024-M12'), 'calendar'))).toBe('2025-01-31');
  });
});

describe('checkDeadline', () => {
  it('accepts a deadline after the cut-off', () => {
    expect(() =>
      checkDeadline({ code: 'KTXH', frequency: 'month', cutoff: 'nd09', deadline: day18 }),
    ).not.toThrow();
  });

  it.each([
    [
      { kind: 'day_of_month', day: 10, monthsAfter: 0 },
      'nd09',
      'due on 10/01/2024, not after the cut-off ends on 14/01/2024',
    ],
    [
      { kind: 'day_of_month', day: 14, monthsAfter: 0 },
      'nd09',
      'due on 14/01/2024, not after the cut-off ends on 14/01/2024',
    ],
    [
      { kind: 'day_of_month', day: 18, monthsAfter: 0 },
      'calendar',
      'due on 18/01/2024, not after the cut-off ends on 31/01/2024',
    ],
    [
      { kind: 'days_after', days: 0 },
      'calendar',
      'due on 31/01/2024, not after the cut-off ends on 31/01/2024',
    ],
  ] as const)('refuses %o under %s, naming the deadline', (deadline, cutoff, why) => {
    const attempt = () => checkDeadline({ code: 'KTXH', frequency: 'month', cutoff, deadline });
    expect(attempt).toThrow(DomainError);
    expect(attempt).toThrow(`deadline: the report would be ${why}`);
  });
});

describe('regimePeriod', () => {
  it('takes the periods of its frequency and refuses the others', () => {
    const monthly = { code: 'KTXH_THANG', frequency: 'month' } as const;
    expect(regimePeriod(monthly, '2024-m03').code).toBe('2024-M3');
    expect(regimePeriod({ code: 'X', frequency: '9M' }, '2024-9M').code).toBe('2024-9M');
    expect(() => regimePeriod(monthly, '2024-Q1')).toThrow(
      "period: '2024-Q1' is not a period of regime KTXH_THANG, which reports by month",
    );
    expect(() => regimePeriod({ code: 'X', frequency: '9M' }, '2024-8M')).toThrow('which reports by 9M');
    expect(() => regimePeriod(monthly, '2024-M13')).toThrow('month must be 1–12');
  });
});

describe('regimeReporters', () => {
  it('follows the arrangement: the communes valid at each period end, at any depth', () => {
    const province = buildUnit({ id: 1, kind: 'province_party', parentId: null });
    const district = buildUnit({ id: 2, kind: 'district_party', parentId: 1, validTo: '2025-06-30' });
    const oldA = buildUnit({ id: 3, kind: 'commune_party', parentId: 2, validTo: '2025-06-30' });
    const oldB = buildUnit({ id: 4, kind: 'commune_party', parentId: 2, validTo: '2025-06-30' });
    const merged = buildUnit({ id: 5, kind: 'commune_party', parentId: 1, validFrom: '2025-07-01' });
    const other = buildUnit({ id: 6, kind: 'commune_party', parentId: null });
    const units = [province, district, oldA, oldB, merged, other];
    const regime = { reportingRootUnitId: 1, reportingUnitKind: 'commune_party' } as const;
    const ids = (code: string) => regimeReporters(units, regime, parsePeriod(code)).map((u) => u.id);
    expect(ids('2025-M6')).toEqual([3, 4]);
    expect(ids('2025-M7')).toEqual([5]);
    expect(
      regimeReporters(
        units,
        { reportingRootUnitId: 1, reportingUnitKind: 'province_party' },
        parsePeriod('2025'),
      ).map((u) => u.id),
    ).toEqual([1]);
  });
});

describe('regimePeriodsOfYear', () => {
  it('lists the periods of each frequency in order', () => {
    expect(regimePeriodsOfYear('month', 2024)).toHaveLength(12);
    expect(regimePeriodsOfYear('month', 2024).slice(-2)).toEqual(['2024-M11', '2024-M12']);
    expect(regimePeriodsOfYear('half', 2024)).toEqual(['2024-H1', '2024-H2']);
    expect(regimePeriodsOfYear('9M', 2024)).toEqual(['2024-9M']);
    expect(regimePeriodsOfYear('year', 2024)).toEqual(['2024']);
  });
});

describe('currentRegimePeriod', () => {
  const current = (frequency: 'month' | 'quarter' | 'year', cutoff: 'nd09' | 'calendar', today: string) =>
    currentRegimePeriod({ frequency, cutoff }, today).code;

  it('is the latest period whose cut-off window has closed', () => {
    expect(current('month', 'nd09', '2024-03-14')).toBe('2024-M2');
    expect(current('month', 'nd09', '2024-03-15')).toBe('2024-M3');
    expect(current('month', 'nd09', '2024-01-10')).toBe('2023-M12');
    expect(current('month', 'calendar', '2024-03-16')).toBe('2024-M2');
    expect(current('quarter', 'nd09', '2024-12-04')).toBe('2024-Q3');
    expect(current('year', 'nd09', '2024-12-15')).toBe('2024');
    expect(current('year', 'calendar', '2024-12-15')).toBe('2023');
  });
});
