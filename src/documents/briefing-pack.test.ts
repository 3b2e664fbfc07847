import { describe, expect, it } from 'vitest';
import { writeVisitBrief } from '../core/visit/visit-brief';
import { type BriefingPackInput, buildBriefingPack } from './briefing-pack';
import { renderPartyDocx } from './party-docx';
import { openDocx, SIGNATURE, TINH_UY_HEADER } from './party-docx.testing';
import { visitBriefDocument } from './visit-brief-docx';

function buildBriefingInput(overrides: Partial<BriefingPackInput> = {}): BriefingPackInput {
  return {
    header: TINH_UY_HEADER,
    visit: {
      date: '2023-11-17',
      leaderName: 'Phạm Thành Ngại',
      leaderTitle: 'Phó Bí thư Thường trực Tỉnh ủy',
      hostNames: ['Ban Thường vụ Huyện ủy Cái Nước'],
      topicNames: ['Xây dựng Đảng và hệ thống chính trị', 'Tài chính đảng'],
    },
    scorecard: {
      unitName: 'Huyện ủy Cái Nước',
      year: 2023,
      rows: [
        {
          indicatorName: 'Thu ngân sách nhà nước',
          measure: 'tỷ đồng',
          decimals: 2,
          target: 63,
          value: 64.77,
          achievementPercent: 102.81,
          status: 'achieved',
        },
        {
          indicatorName: 'Sản lượng tôm',
          measure: 'tấn',
          decimals: 0,
          target: 29004,
          value: 24937,
          achievementPercent: 85.98,
          status: 'off_track',
        },
        {
          indicatorName: 'Tổng sản lượng thủy sản',
          measure: 'tấn',
          decimals: 0,
          target: 48001,
          value: 40945,
          achievementPercent: 85.3,
          status: 'at_risk',
        },
      ],
    },
    checks: ['sản lượng tôm 24.937 tấn, đạt 85,98% thì chỉ tiêu là 29.004 tấn'],
    directives: [
      {
        text: 'Hoàn thành khắc phục kết quả kiểm tra năm 2022',
        source: 'Thông báo số 08-TB/TU',
        leadUnitName: 'Huyện ủy Cái Nước',
        deadline: '2023-12-31',
        status: 'open_within_deadline',
        progressPercent: 60,
      },
      {
        text: 'Rà soát quy chế làm việc',
        source: 'Kết luận số 45-KL/TU',
        leadUnitName: 'Huyện ủy Cái Nước',
        deadline: '2023-06-30',
        status: 'open_overdue',
        progressPercent: 40,
      },
    ],
    findings: [{ inspection: 'Đoàn kiểm tra 2022', text: 'Chưa thu đủ đảng phí tại 3 chi bộ' }],
    recipients: ['Đồng chí Trưởng đoàn'],
    signature: SIGNATURE,
    ...overrides,
  };
}

describe('briefing pack', async () => {
  const started = performance.now();
  const bytes = await renderPartyDocx(buildBriefingPack(buildBriefingInput()));
  const elapsed = performance.now() - started;
  const { lines } = await openDocx(bytes);

  it('opens with the Party header and the report number', () => {
    expect(lines.slice(0, 5)).toEqual([
      'TỈNH ỦY CÀ MAU',
      '*',
      'Số 12-BC/TU',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Cà Mau, ngày 17 tháng 11 năm 2023',
    ]);
    expect(lines).toContain('phục vụ buổi làm việc với Ban Thường vụ Huyện ủy Cái Nước');
  });

  it('lists lagging indicators and checks before the scorecard, in vi-VN figures', () => {
    const start = lines.indexOf('II. CHỈ TIÊU CHẬM TIẾN ĐỘ VÀ SỐ LIỆU CẦN KIỂM TRA');
    expect(lines.slice(start + 1, start + 4)).toEqual([
      'Sản lượng tôm: 24.937 tấn, đạt 85,98% (nguy cơ không đạt).',
      'Tổng sản lượng thủy sản: 40.945 tấn, đạt 85,3% (chậm).',
      'Cần kiểm tra: sản lượng tôm 24.937 tấn, đạt 85,98% thì chỉ tiêu là 29.004 tấn',
    ]);
  });

  it('sorts the scorecard with off-track rows first', () => {
    const start = lines.indexOf('III. KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2023 CỦA HUYỆN ỦY CÁI NƯỚC');
    expect(lines.slice(start + 7, start + 13)).toEqual([
      'Sản lượng tôm',
      'tấn',
      '29.004',
      '24.937',
      '85,98%',
      'Nguy cơ không đạt',
    ]);
    expect(lines).toContain('64,77');
    expect(lines).toContain('102,81%');
  });

  it('puts overdue directives first, with deadline and progress', () => {
    const start = lines.indexOf('IV. KẾT LUẬN, CHỈ ĐẠO TRƯỚC ĐÂY VÀ TÌNH HÌNH THỰC HIỆN');
    expect(lines.slice(start + 6, start + 11)).toEqual([
      'Rà soát quy chế làm việc',
      'Kết luận số 45-KL/TU',
      'Huyện ủy Cái Nước',
      '30/06/2023',
      'Chưa hoàn thành, quá hạn (40%)',
    ]);
    expect(lines).toContain('Đoàn kiểm tra 2022: Chưa thu đủ đảng phí tại 3 chi bộ');
  });

  it('says so when there is nothing to flag', () => {
    const quiet = buildBriefingInput({
      scorecard: { unitName: 'X', year: 2023, rows: [] },
      checks: [],
      directives: [],
      findings: [],
    });
    const texts = buildBriefingPack(quiet).blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    expect(texts).toEqual(
      expect.arrayContaining([
        'Không có chỉ tiêu chậm tiến độ hay số liệu cần kiểm tra.',
        'Chưa có kết luận, chỉ đạo nào được giao.',
        'Không còn kết quả kiểm tra, giám sát chưa khắc phục.',
      ]),
    );
  });

  it('is generated well within a second', () => {
    expect(elapsed).toBeLessThan(1000);
  });
});

describe('visit brief document', () => {
  it('writes the brief as a THÔNG BÁO with its figures', async () => {
    const brief = writeVisitBrief(
      {
        date: '2023-11-17',
        leader: { name: 'Phạm Thành Ngại', title: 'Phó Bí thư Thường trực Tỉnh ủy' },
        organiserName: 'Tỉnh ủy',
        hostNames: ['Ban Thường vụ Huyện ủy Cái Nước'],
        topicCodes: ['party_building'],
        directives: [],
      },
      [
        {
          name: 'Sản lượng tôm',
          value: 24937,
          measure: 'tấn',
          achievement: { percent: 85.98, against: 'Nghị quyết' },
          change: { percent: 1.25, direction: 'tăng' },
        },
      ],
    );
    const doc = visitBriefDocument(
      brief,
      { ...TINH_UY_HEADER, number: '15-TB/TU' },
      ['Các ban đảng Tỉnh ủy'],
      SIGNATURE,
    );
    const { lines } = await openDocx(await renderPartyDocx(doc));
    expect(lines).toContain('Số 15-TB/TU');
    expect(lines).toContain('THÔNG BÁO');
    expect(lines).toContain(
      'Theo báo cáo, sản lượng tôm 24.937 tấn, đạt 85,98% Nghị quyết, tăng 1,25% so với cùng kỳ.',
    );
  });
});
