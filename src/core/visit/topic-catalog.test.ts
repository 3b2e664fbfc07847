// The visit-topic catalog against values written out by hand from the Cái Nước article's agenda
// (fixtures/cai-nuoc-2023-11-17.txt, paragraph 3), not read back from the catalog itself.
import { describe, expect, it } from 'vitest';
import { findTopic, matchTopics, unknownTopics, VISIT_TOPICS } from './topic-catalog';
import { CAI_NUOC_TOPIC_CODES } from './topic-catalog.testing';

/** The agenda of 17/11/2023 item by item as the article words it, each with the topic it names (one names none). */
const AGENDA: [item: string, topics: string[]][] = [
  ['Công tác xây dựng Đảng, xây dựng hệ thống chính trị', ['party_building']],
  ['công tác lãnh đạo, chỉ đạo khắc phục kết quả kiểm tra năm 2022', ['inspection_followup']],
  [
    'thực hiện Quy chế làm việc của Huyện ủy và phương pháp làm việc, mối quan hệ công tác giữa Thường trực Huyện ủy với Ủy ban nhân dân huyện',
    ['working_rules'],
  ],
  ['cách giải quyết trong thẩm quyền', []],
  [
    'phân công các đồng chí Ban Thường vụ Huyện ủy, lãnh đạo các ban đảng phụ trách địa bàn',
    ['area_assignment'],
  ],
  ['công tác tổ chức cán bộ', ['cadres']],
  [
    'công tác dân vận của Đảng, thực hiện quy chế dân chủ, giám sát, phản biện xã hội, công tác dân tộc, tôn giáo',
    ['mass_mobilisation'],
  ],
  ['công tác nội chính, tiếp dân', ['internal_affairs']],
  ['công tác tài chính đảng', ['party_finance']],
];

describe('visit topic catalog', () => {
  it('holds the eight topics of the Cái Nước agenda, by code and Vietnamese name, in agenda order', () => {
    expect(VISIT_TOPICS.map((t) => [t.code, t.nameVi])).toEqual([
      ['party_building', 'Xây dựng Đảng và hệ thống chính trị'],
      ['inspection_followup', 'Khắc phục kết quả kiểm tra'],
      ['working_rules', 'Quy chế làm việc và quan hệ công tác'],
      ['area_assignment', 'Phân công phụ trách địa bàn'],
      ['cadres', 'Tổ chức cán bộ'],
      ['mass_mobilisation', 'Dân vận, quy chế dân chủ, giám sát và phản biện xã hội, dân tộc, tôn giáo'],
      ['internal_affairs', 'Nội chính, tiếp dân'],
      ['party_finance', 'Tài chính đảng'],
    ]);
  });

  it.each(AGENDA)('reads "%s" as %j', (item, topics) => {
    expect(matchTopics(item)).toEqual(topics);
  });

  it('reads the whole agenda sentence as the eight topics, in catalog order', () => {
    expect(matchTopics(AGENDA.map(([item]) => item).join('; '))).toEqual([...CAI_NUOC_TOPIC_CODES]);
    expect(matchTopics('công tác tài chính đảng; công tác tổ chức cán bộ')).toEqual([
      'cadres',
      'party_finance',
    ]);
  });

  it('matches whatever the case and however the marks are encoded', () => {
    expect(matchTopics('CÔNG TÁC NỘI CHÍNH, TIẾP DÂN')).toEqual(['internal_affairs']);
    // As a Mac or an old Word file sends it: letters and marks apart (NFD).
    expect(matchTopics('Công tác Tài chính Đảng'.normalize('NFD'))).toEqual(['party_finance']);
    expect(matchTopics('Hội nghị tổng kết năm')).toEqual([]);
  });

  it('matches against the catalog it is given', () => {
    const sports = [{ code: 'sports', nameVi: 'Thể dục thể thao', keywords: ['thể thao'] }];
    expect(matchTopics('phong trào thể dục thể thao; công tác tổ chức cán bộ', sports)).toEqual(['sports']);
  });

  it('finds a topic by its code and names the codes it does not hold', () => {
    expect(findTopic('party_finance')?.nameVi).toBe('Tài chính đảng');
    expect(findTopic('sports')).toBeUndefined();
    expect(unknownTopics(['cadres', 'sports', 'party_building', 'Cadres'])).toEqual(['sports', 'Cadres']);
    expect(unknownTopics([])).toEqual([]);
  });
});
