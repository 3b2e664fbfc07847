// Optimistic locking for the records people edit side by side (targets, indicators, units, visits,
// directives), as figures have it: an update or delete that names the version it read fails when the
// row has moved on, rather than silently overwriting someone else's change.
import type { Versioned } from '../core/types';
import { DbError } from './errors';

export type { Versioned };

/** What a caller may add to a change: the version it read; without one, nothing is checked. */
export interface VersionRead {
  version?: number | undefined;
}

/**
 * Refuses with `stale_version` (and the current record, for the client to show) when the row the caller
 * read is no longer the one in the database.
 */
export const WHAT_VI = {
  unit: 'Đơn vị',
  indicator: 'Chỉ tiêu',
  target: 'Chỉ tiêu giao',
  observation: 'Số liệu',
  visit: 'Đoàn công tác',
  directive: 'Kết luận',
};

/** The refusal's words: Vietnamese, since the web shows them to the official as they come. */
export function staleMessage(what: keyof typeof WHAT_VI, id: number, current: number, read: number): string {
  return `version: ${WHAT_VI[what]} #${id} đã được người khác sửa (phiên bản ${current}, bạn đã đọc phiên bản ${read}); hãy tải lại để xem thay đổi`;
}

export function checkVersion<T extends { version: number }>(
  what: keyof typeof WHAT_VI,
  id: number,
  current: T,
  read: number | undefined,
): T {
  if (read !== undefined && current.version !== read) {
    throw new DbError('stale_version', staleMessage(what, id, current.version, read), { current });
  }
  return current;
}

/** Splits the version read off a change and gives the values to set, with the counter bumped. */
export function bumped<P extends VersionRead>(
  change: P,
  current: { version: number },
): Omit<P, 'version'> & { version: number } {
  const { version: _read, ...values } = change;
  return { ...values, version: current.version + 1 };
}
