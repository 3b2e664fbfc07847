import { describe, expect, it } from 'vitest';
import { daysUntilDeadline, directiveStatus, dueWithinDays } from './directive-status';
import { summarizeDirectives, summaryShare } from './directive-summary';

const TODAY = '2024-01-15';

describe('directiveStatus', () => {
  it.each([
    ['done on the deadline day', '2023-12-31', '2023-12-31', 'done_on_time'],
    ['done a day late', '2023-12-31', '2024-01-01', 'done_late'],
    ['done early', '2023-12-31', '2023-11-20', 'done_on_time'],
    ['open on the deadline day', TODAY, null, 'open_within_deadline'],
    ['open a day after the deadline', '2024-01-14', null, 'open_overdue'],
    ['open, no deadline', null, null, 'open_within_deadline'],
    ['done, no deadline', null, '2024-01-10', 'done_on_time'],
  ] as const)('%s → %s', (_label, deadline, completedOn, expected) => {
    expect(directiveStatus({ deadline, completedOn }, TODAY)).toBe(expected);
  });

  it('a late completion stays late whatever today is', () => {
    const d = { deadline: '2023-12-31', completedOn: '2024-01-05' };
    expect(directiveStatus(d, '2024-01-05')).toBe('done_late');
    expect(directiveStatus(d, '2030-06-01')).toBe('done_late');
  });

  it('names the field of a malformed date', () => {
    expect(() => directiveStatus({ deadline: '31/12/2023', completedOn: null }, TODAY)).toThrow(
      'deadline: "31/12/2023" is not an ISO date (YYYY-MM-DD)',
    );
  });
});

describe('due within N days', () => {
  it('counts whole days to the deadline across a month end', () => {
    expect(daysUntilDeadline({ deadline: '2024-02-01', completedOn: null }, TODAY)).toBe(17);
    expect(daysUntilDeadline({ deadline: '2024-01-10', completedOn: null }, TODAY)).toBe(-5);
    expect(daysUntilDeadline({ deadline: '2024-02-01', completedOn: '2024-01-02' }, TODAY)).toBeNull();
  });

  it('includes today and the last day of the window, not overdue ones', () => {
    expect(dueWithinDays({ deadline: TODAY, completedOn: null }, TODAY, 7)).toBe(true);
    expect(dueWithinDays({ deadline: '2024-01-22', completedOn: null }, TODAY, 7)).toBe(true);
    expect(dueWithinDays({ deadline: '2024-01-23', completedOn: null }, TODAY, 7)).toBe(false);
    expect(dueWithinDays({ deadline: '2024-01-14', completedOn: null }, TODAY, 7)).toBe(false);
  });
});

describe('summarizeDirectives', () => {
  const directives = [
    { leadUnitId: 12, deadline: '2023-12-31', completedOn: '2023-12-20' },
    { leadUnitId: 12, deadline: '2023-12-31', completedOn: '2024-01-03' },
    { leadUnitId: 12, deadline: '2024-01-20', completedOn: null },
    { leadUnitId: 12, deadline: '2024-01-10', completedOn: null },
    { leadUnitId: 7, deadline: '2024-06-30', completedOn: null },
  ];

  it('splits each unit four ways, with totals', () => {
    const s = summarizeDirectives(directives, TODAY);
    expect(s.rows).toEqual([
      {
        unitId: 7,
        done_on_time: 0,
        done_late: 0,
        open_within_deadline: 1,
        open_overdue: 0,
        total: 1,
        dueSoon: 0,
      },
      {
        unitId: 12,
        done_on_time: 1,
        done_late: 1,
        open_within_deadline: 1,
        open_overdue: 1,
        total: 4,
        dueSoon: 1,
      },
    ]);
    expect(s.totals).toEqual({
      done_on_time: 1,
      done_late: 1,
      open_within_deadline: 2,
      open_overdue: 1,
      total: 5,
      dueSoon: 1,
    });
  });

  it('gives shares of a row, and none for an empty row', () => {
    const row = summarizeDirectives(directives, TODAY).rows[1]!;
    expect(summaryShare(row, 'open_overdue')).toBe(25);
    expect(summaryShare({ ...row, done_on_time: 1, total: 3 }, 'done_on_time')).toBe(33.33);
    expect(summaryShare(summarizeDirectives([], TODAY).totals, 'done_late')).toBeNull();
  });
});
