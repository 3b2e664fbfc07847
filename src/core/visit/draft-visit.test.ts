import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftVisitFromText } from './draft-visit';
import { proposeDirectives } from './propose-directives';
import { CAI_NUOC_TOPIC_CODES } from './topic-catalog.testing';

const TEXT = readFileSync(resolve(__dirname, '../../../fixtures/cai-nuoc-2023-11-17.txt'), 'utf8');

describe('draftVisitFromText on the Cái Nước article', () => {
  const draft = draftVisitFromText(TEXT);

  it('reads date, leader, organiser and members', () => {
    expect(draft.date).toBe('2023-11-17');
    expect(draft.leader).toEqual({ name: 'Phạm Thành Ngại', title: 'Phó Bí thư Thường trực Tỉnh ủy' });
    expect(draft.organiserName).toBe('Tỉnh ủy');
    expect(draft.members).toEqual([
      'lãnh đạo các ban đảng Tỉnh ủy',
      'cán bộ chuyên môn thuộc các ban đảng Tỉnh ủy',
    ]);
    expect(draft.warnings).toEqual([]);
  });

  it('finds both meetings of the day, in order', () => {
    expect(draft.hostNames).toEqual(['Ban Thường vụ Huyện ủy Cái Nước', 'Đảng ủy xã Trần Thới']);
  });

  it('finds the eight agenda topics of the catalog', () => {
    expect(draft.topicCodes).toEqual([...CAI_NUOC_TOPIC_CODES]);
  });

  it('proposes 14 directives to the district and 4 to the commune', () => {
    const to = (name: string) => draft.directives.filter((d) => d.addressee === name).length;
    expect(to('Ban Thường vụ Huyện ủy Cái Nước')).toBe(14);
    expect(to('Đảng ủy xã Trần Thới')).toBe(4);
    expect(draft.directives.length).toBe(18);
    expect(draft.directives[0]?.text).toBe(
      'Chỉ đạo nâng cao chất lượng công tác triển khai, quán triệt học tập các nghị quyết, quy định của Đảng',
    );
    expect(draft.directives[13]?.text).toMatch(/^Phát huy tinh thần đoàn kết, thống nhất/);
    // "đồng thời," is a connector, not part of the task.
    expect(draft.directives[15]?.text).toMatch(/^Hướng dẫn người dân tự sản xuất như trồng rau màu/);
  });

  it('gives spans that point back into the text', () => {
    const d = draft.directives[1]!;
    expect(TEXT.normalize('NFC').slice(...d.span)).toBe(
      'thường xuyên nắm thông tin dư luận, tư tưởng trong cán bộ, đảng viên và nhân dân',
    );
  });

  it('does not read "đạt yêu cầu" or "chỉ tiêu tỉnh giao" in the results as directives', () => {
    const results = TEXT.split(/\n\s*\n/)[3]!;
    expect(results).toContain('đạt yêu cầu');
    expect(results).toContain('chỉ tiêu tỉnh giao');
    expect(proposeDirectives(results)).toEqual([]);
  });
});

describe('draftVisitFromText on other texts', () => {
  it('reads a long date and says what it could not find', () => {
    const d = draftVisitFromText('Sáng ngày 5 tháng 3 năm 2024, đoàn đến thăm.');
    expect(d.date).toBe('2024-03-05');
    expect(d.warnings).toEqual([
      'leader: không tìm thấy "do đồng chí …, … làm Trưởng đoàn"',
      'hostNames: không tìm thấy "làm việc với <đơn vị>"',
      'directives: không có câu "đề nghị/yêu cầu/giao …"',
    ]);
  });

  it('rejects an impossible date instead of rolling it over', () => {
    expect(draftVisitFromText('Ngày 31/02/2024, họp.').date).toBeNull();
  });

  it('splits "giao" directives and keeps an addressee given with "các"', () => {
    const r = proposeDirectives(
      'Hội nghị giao UBND huyện Cái Nước hoàn thành giải ngân trước 31/12; báo cáo kết quả.',
    );
    expect(r.map((d) => [d.addressee, d.text])).toEqual([
      ['UBND huyện Cái Nước', 'Hoàn thành giải ngân trước 31/12'],
      ['UBND huyện Cái Nước', 'Báo cáo kết quả'],
    ]);
    expect(proposeDirectives('Đề nghị các xã rà soát hộ nghèo; lập danh sách.')[0]).toMatchObject({
      addressee: null,
      text: 'Các xã rà soát hộ nghèo',
    });
  });
});
