// The catalog of visit topics ("nội dung làm việc"), seeded with the agenda of the Cái Nước visit.
import type { VisitTopic } from './visit.types';

export const VISIT_TOPICS: readonly VisitTopic[] = [
  {
    code: 'party_building',
    nameVi: 'Xây dựng Đảng và hệ thống chính trị',
    keywords: ['xây dựng đảng', 'hệ thống chính trị'],
  },
  {
    code: 'inspection_followup',
    nameVi: 'Khắc phục kết quả kiểm tra',
    keywords: ['khắc phục kết quả kiểm tra', 'khắc phục hạn chế sau kiểm tra'],
  },
  {
    code: 'working_rules',
    nameVi: 'Quy chế làm việc và quan hệ công tác',
    keywords: ['quy chế làm việc', 'quan hệ công tác'],
  },
  {
    code: 'area_assignment',
    nameVi: 'Phân công phụ trách địa bàn',
    keywords: ['phụ trách địa bàn'],
  },
  { code: 'cadres', nameVi: 'Tổ chức cán bộ', keywords: ['tổ chức cán bộ', 'công tác cán bộ'] },
  {
    code: 'mass_mobilisation',
    nameVi: 'Dân vận, quy chế dân chủ, giám sát và phản biện xã hội, dân tộc, tôn giáo',
    keywords: ['dân vận', 'quy chế dân chủ', 'phản biện xã hội', 'dân tộc, tôn giáo'],
  },
  { code: 'internal_affairs', nameVi: 'Nội chính, tiếp dân', keywords: ['nội chính', 'tiếp dân'] },
  { code: 'party_finance', nameVi: 'Tài chính đảng', keywords: ['tài chính đảng'] },
];

const BY_CODE = new Map(VISIT_TOPICS.map((t) => [t.code, t]));

/**
 * The catalog entry with this code, or undefined.
 * @example findTopic('party_finance')?.nameVi === 'Tài chính đảng'
 */
export function findTopic(code: string): VisitTopic | undefined {
  return BY_CODE.get(code);
}

/**
 * Codes of the catalog topics a text mentions, in catalog order.
 * @example matchTopics('công tác nội chính, tiếp dân; công tác tài chính đảng') → ['internal_affairs', 'party_finance']
 */
export function matchTopics(text: string, catalog: readonly VisitTopic[] = VISIT_TOPICS): string[] {
  const haystack = text.normalize('NFC').toLocaleLowerCase('vi');
  return catalog.filter((t) => t.keywords.some((k) => haystack.includes(k))).map((t) => t.code);
}

/**
 * Codes not in the catalog, so that a caller can name them in an error.
 * @example unknownTopics(['cadres', 'sports']) → ['sports']
 */
export function unknownTopics(codes: readonly string[]): string[] {
  return codes.filter((c) => !BY_CODE.has(c));
}
