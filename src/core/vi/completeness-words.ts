// How completeness is said: "42/64 xã đã báo cáo", by the level of the units expected.
import type { UnitKind } from '../types';
import { formatNumber } from './format';

const LEVEL_WORDS: Record<UnitKind, string> = {
  province_party: 'tỉnh',
  province_state: 'tỉnh',
  district_party: 'huyện',
  district_state: 'huyện',
  commune_party: 'xã',
  commune_state: 'xã',
  front: 'đơn vị',
  mass_org: 'đơn vị',
  other: 'đơn vị',
};

/**
 * Reporting of expected units, per level word, in the order the levels first appear.
 * @example completenessWords([{ kind: 'commune_party', reported: true }, { kind: 'commune_party', reported: false }])
 *   === '1/2 xã đã báo cáo'
 */
export function completenessWords(expected: readonly { kind: UnitKind; reported: boolean }[]): string {
  const counts = new Map<string, { reporting: number; expected: number }>();
  for (const u of expected) {
    const word = LEVEL_WORDS[u.kind];
    const c = counts.get(word) ?? { reporting: 0, expected: 0 };
    c.expected += 1;
    if (u.reported) c.reporting += 1;
    counts.set(word, c);
  }
  if (counts.size === 0) return 'không có đơn vị nào phải báo cáo';
  const parts = [...counts].map(
    ([word, c]) => `${formatNumber(c.reporting)}/${formatNumber(c.expected)} ${word}`,
  );
  return `${parts.join(', ')} đã báo cáo`;
}
