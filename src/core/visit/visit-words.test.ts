import { describe, expect, it } from 'vitest';
import { DIRECTIVE_STATUSES } from './directive-status';
import { VISIT_STATUSES } from './visit.types';
import { DIRECTIVE_STATUS_WORDS, VISIT_STATUS_WORDS } from './visit-words';

describe('visit words', () => {
  it('names every visit and directive status in both languages', () => {
    expect(VISIT_STATUSES.map((s) => [VISIT_STATUS_WORDS.vi[s], VISIT_STATUS_WORDS.en[s]])).toEqual([
      ['Dự kiến', 'Planned'],
      ['Đã làm việc', 'Held'],
      ['Đã kết luận', 'Concluded'],
    ]);
    expect(DIRECTIVE_STATUSES.map((s) => DIRECTIVE_STATUS_WORDS.en[s])).toEqual([
      'Done on time',
      'Done late',
      'Open, within deadline',
      'Open, overdue',
    ]);
    expect(DIRECTIVE_STATUS_WORDS.vi.open_overdue).toBe('Chưa hoàn thành, quá hạn');
  });
});
