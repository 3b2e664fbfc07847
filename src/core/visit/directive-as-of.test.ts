import { describe, expect, it } from 'vitest';
import { directiveAsOf } from './directive-as-of';

const given = { id: 7, createdOn: '2023-06-01', completedOn: '2024-01-05', progressPercent: 100 };
const updates = [
  { reportedOn: '2024-01-05', percent: 100 },
  { reportedOn: '2023-10-01', percent: 40 },
  { reportedOn: '2023-08-01', percent: 10 },
];

describe('directiveAsOf', () => {
  it('reports the progress of the day, not what was done since', () => {
    expect(directiveAsOf(given, updates, '2023-11-17')).toEqual({
      id: 7,
      createdOn: '2023-06-01',
      completedOn: null,
      progressPercent: 40,
    });
  });

  it('keeps a completion that came before the day', () => {
    expect(directiveAsOf(given, updates, '2024-02-01')).toBe(given);
  });

  it('has no progress before the first report, and no directive before it was given', () => {
    expect(directiveAsOf(given, updates, '2023-07-01')?.progressPercent).toBe(0);
    expect(directiveAsOf(given, updates, '2023-05-31')).toBeNull();
  });
});
