// The words of a visit's and a directive's status in Vietnamese and English: the CLI and the web's
// visit screens read them here rather than each keeping a list.
import type { Language } from '../words';
import { DIRECTIVE_STATUS_LABELS, type DirectiveStatus } from './directive-status';
import type { VisitStatus } from './visit.types';

export const VISIT_STATUS_WORDS: Record<Language, Record<VisitStatus, string>> = {
  vi: { planned: 'Dự kiến', held: 'Đã làm việc', concluded: 'Đã kết luận' },
  en: { planned: 'Planned', held: 'Held', concluded: 'Concluded' },
};

export const DIRECTIVE_STATUS_WORDS: Record<Language, Record<DirectiveStatus, string>> = {
  vi: DIRECTIVE_STATUS_LABELS,
  en: {
    done_on_time: 'Done on time',
    done_late: 'Done late',
    open_within_deadline: 'Open, within deadline',
    open_overdue: 'Open, overdue',
  },
};
