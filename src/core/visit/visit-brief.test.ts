import { describe, expect, it } from 'vitest';
import { countInspections, describeInspectionCounts } from './inspection-counts';
import { findTopic, matchTopics, unknownTopics } from './topic-catalog';
import { foldVi } from './unit-names';
import { type BriefFigure, describeFigure, writeVisitBrief } from './visit-brief';

const FIGURES: BriefFigure[] = [
  {
    name: 'Tổng sản lượng thủy sản',
    value: 40945,
    measure: 'tấn',
    achievement: { percent: (40945 / 48001.17) * 100, against: 'Nghị quyết' },
    change: null,
  },
  {
    name: 'Sản lượng tôm',
    value: 24937,
    measure: 'tấn',
    achievement: { percent: 85.98, against: 'Nghị quyết' },
    change: { percent: 1.25, direction: 'tăng' },
  },
  { name: 'Tỷ lệ tham gia bảo hiểm y tế', value: 92.58, measure: '%', achievement: null, change: null },
  { name: 'Giải ngân vốn đầu tư công', value: 109.96, measure: 'tỷ đồng', achievement: null, change: null },
];

describe('writeVisitBrief', () => {
  const brief = writeVisitBrief(
    {
      date: '2023-11-17',
      leader: { name: 'Phạm Thành Ngại', title: 'Phó Bí thư Thường trực Tỉnh ủy' },
      organiserName: 'Tỉnh ủy',
      hostNames: ['Ban Thường vụ Huyện ủy Cái Nước', 'Đảng ủy xã Trần Thới'],
      topicCodes: ['party_building', 'party_finance'],
      directives: [
        {
          text: 'Chỉ đạo nâng cao chất lượng công tác quán triệt.',
          leadUnitName: 'Ban Thường vụ Huyện ủy Cái Nước',
        },
        { text: 'Thường xuyên nắm thông tin dư luận', leadUnitName: 'Ban Thường vụ Huyện ủy Cái Nước' },
        { text: 'Tập trung chỉ đạo nuôi trồng thủy sản', leadUnitName: 'Đảng ủy xã Trần Thới' },
      ],
    },
    [
      { hostName: 'Huyện ủy Cái Nước', figures: FIGURES },
      { hostName: 'Đảng ủy xã Trần Thới', figures: [] },
    ],
  );

  it('writes who, when, with whom and on what', () => {
    expect(brief.title).toBe(
      'Đoàn công tác của Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy Cái Nước và Đảng ủy xã Trần Thới',
    );
    expect(brief.paragraphs[0]).toBe(
      'Ngày 17/11/2023, Đoàn công tác của Tỉnh ủy do đồng chí Phạm Thành Ngại, Phó Bí thư Thường trực Tỉnh ủy ' +
        'làm Trưởng đoàn đã có buổi làm việc với Ban Thường vụ Huyện ủy Cái Nước và Đảng ủy xã Trần Thới.',
    );
    expect(brief.paragraphs[1]).toBe(
      'Nội dung làm việc gồm: xây dựng Đảng và hệ thống chính trị; tài chính đảng.',
    );
  });

  it('states the figures in vi-VN form', () => {
    expect(brief.paragraphs[2]).toBe(
      'Theo báo cáo của Huyện ủy Cái Nước, tổng sản lượng thủy sản 40.945 tấn, đạt 85,3% Nghị quyết; ' +
        'sản lượng tôm 24.937 tấn, đạt 85,98% Nghị quyết, tăng 1,25% so với cùng kỳ; ' +
        'tỷ lệ tham gia bảo hiểm y tế 92,58%; giải ngân vốn đầu tư công 109,96 tỷ đồng.',
    );
  });

  it('names each host whose report gave figures, and says only "theo báo cáo" for a single host', () => {
    const visit = {
      date: '2023-11-17',
      leader: { name: 'Phạm Thành Ngại', title: 'Phó Bí thư Thường trực Tỉnh ủy' },
      organiserName: 'Tỉnh ủy',
      topicCodes: [],
      directives: [],
    };
    const tom = FIGURES[1]!;
    const bhyt = FIGURES[2]!;
    const two = writeVisitBrief({ ...visit, hostNames: ['Huyện ủy Cái Nước', 'Đảng ủy xã Trần Thới'] }, [
      { hostName: 'Huyện ủy Cái Nước', figures: [tom] },
      { hostName: 'Đảng ủy xã Trần Thới', figures: [bhyt] },
    ]);
    expect(two.paragraphs.slice(1)).toEqual([
      'Theo báo cáo của Huyện ủy Cái Nước, sản lượng tôm 24.937 tấn, đạt 85,98% Nghị quyết, tăng 1,25% so với cùng kỳ.',
      'Theo báo cáo của Đảng ủy xã Trần Thới, tỷ lệ tham gia bảo hiểm y tế 92,58%.',
    ]);
    const one = writeVisitBrief({ ...visit, hostNames: ['Huyện ủy Cái Nước'] }, [
      { hostName: 'Huyện ủy Cái Nước', figures: [tom] },
    ]);
    expect(one.paragraphs[1]).toBe(
      'Theo báo cáo, sản lượng tôm 24.937 tấn, đạt 85,98% Nghị quyết, tăng 1,25% so với cùng kỳ.',
    );
  });

  it('groups the directives by the unit that leads them', () => {
    expect(brief.paragraphs.slice(3)).toEqual([
      'Đồng chí Phạm Thành Ngại đề nghị Ban Thường vụ Huyện ủy Cái Nước: chỉ đạo nâng cao chất lượng công tác ' +
        'quán triệt; thường xuyên nắm thông tin dư luận.',
      'Đồng chí Phạm Thành Ngại đề nghị Đảng ủy xã Trần Thới: tập trung chỉ đạo nuôi trồng thủy sản.',
    ]);
  });

  it('keeps acronyms in capitals', () => {
    expect(
      describeFigure({
        name: 'UBND cấp xã đạt chuẩn',
        value: 9,
        measure: 'xã',
        achievement: null,
        change: null,
      }),
    ).toBe('UBND cấp xã đạt chuẩn 9 xã');
  });
});

describe('topic catalog and inspection counts', () => {
  it('matches topics whatever the tone placement', () => {
    expect(matchTopics('Công tác NỘI CHÍNH, tiếp dân')).toEqual(['internal_affairs']);
    expect(foldVi('Huyện  Uỷ Cái Nước')).toBe('huyện ủy cái nước');
    expect(findTopic('cadres')?.nameVi).toBe('Tổ chức cán bộ');
    expect(unknownTopics(['cadres', 'sports'])).toEqual(['sports']);
  });

  it('counts the 2023 programme as the report states it', () => {
    const teams = [
      ...Array.from({ length: 4 }, () => ({ year: 2023, kind: 'inspection' as const, organiserUnitId: 2 })),
      ...Array.from({ length: 4 }, () => ({ year: 2023, kind: 'supervision' as const, organiserUnitId: 2 })),
      { year: 2022, kind: 'inspection' as const, organiserUnitId: 2 },
      { year: 2023, kind: 'inspection' as const, organiserUnitId: 3 },
    ];
    const counts = countInspections(teams, 2023, 2);
    expect(counts).toEqual({ total: 8, inspection: 4, supervision: 4 });
    expect(describeInspectionCounts(counts)).toBe('08 đoàn (04 kiểm tra, 04 giám sát)');
  });
});
