import { describe, expect, it } from 'vitest';
import { writeVisitBrief } from '../core/visit/visit-brief';
import { type BriefingHostSection, type BriefingPackSections, buildBriefingPack } from './briefing-pack';
import { renderPartyDocx } from './party-docx';
import { CAI_NUOC_VISIT, openDocx, SIGNATURE, TINH_UY_HEADER } from './party-docx.testing';
import { visitBriefDocument } from './visit-brief-docx';

const DISTRICT: BriefingHostSection = {
  unitName: 'Huyện ủy Cái Nước',
  year: 2023,
  rows: [
    {
      indicatorName: 'Thu ngân sách nhà nước',
      measure: 'tỷ đồng',
      decimals: 2,
      target: 63,
      value: 64.77,
      // The district's own estimate for the year: never shown as if it were the official figure.
      valueNote: 'ước',
      achievement: { kind: 'ok', percent: 102.81 },
      status: 'achieved',
    },
    {
      indicatorName: 'Sản lượng tôm',
      measure: 'tấn',
      decimals: 0,
      target: 29004,
      value: 24937,
      achievement: { kind: 'ok', percent: 85.98 },
      status: 'off_track',
    },
    {
      indicatorName: 'Tổng sản lượng thủy sản',
      measure: 'tấn',
      decimals: 0,
      target: 48001,
      value: 40945,
      achievement: { kind: 'ok', percent: 85.3 },
      status: 'at_risk',
    },
  ],
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
};

/** The commune met the same morning: no figures entered yet, one directive, nothing left from inspections. */
const COMMUNE: BriefingHostSection = {
  unitName: 'Đảng ủy xã Trần Thới',
  year: 2023,
  rows: [],
  checks: [],
  directives: [
    {
      text: 'Nâng chất lượng sinh hoạt chi bộ',
      source: 'Đoàn công tác',
      leadUnitName: 'Đảng ủy xã Trần Thới',
      deadline: '2023-12-31',
      status: 'done_on_time',
      progressPercent: 100,
    },
  ],
  findings: [],
};

function buildBriefingInput(overrides: Partial<BriefingPackSections> = {}): BriefingPackSections {
  return {
    header: TINH_UY_HEADER,
    visit: CAI_NUOC_VISIT,
    hosts: [DISTRICT, COMMUNE],
    recipients: ['Đồng chí Trưởng đoàn'],
    signature: SIGNATURE,
    ...overrides,
  };
}

describe('briefing pack', async () => {
  // Its speed is measured in bench/visits.bench.ts (benchBriefingPack), not here: a wall-clock bound in a
  // test fails on a loaded CI machine without saying anything about the code.
  const bytes = await renderPartyDocx(buildBriefingPack(buildBriefingInput()));
  const { lines } = await openDocx(bytes);
  const district = lines.indexOf('II. HUYỆN ỦY CÁI NƯỚC');
  const commune = lines.indexOf('III. ĐẢNG ỦY XÃ TRẦN THỚI');

  it('opens with the Party header and the report number', () => {
    expect(lines.slice(0, 5)).toEqual([
      'TỈNH ỦY CÀ MAU',
      '*',
      'Số 12-BC/TU',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Cà Mau, ngày 17 tháng 11 năm 2023',
    ]);
    expect(lines).toContain(
      'phục vụ buổi làm việc với Ban Thường vụ Huyện ủy Cái Nước và Đảng ủy xã Trần Thới',
    );
  });

  it('gives each host unit its own section, in the order of the meetings', () => {
    expect(lines.filter((l) => /^[IVX]+\. /.test(l))).toEqual([
      'I. THÔNG TIN CHUNG',
      'II. HUYỆN ỦY CÁI NƯỚC',
      'III. ĐẢNG ỦY XÃ TRẦN THỚI',
    ]);
    expect(lines.slice(lines.indexOf('I. THÔNG TIN CHUNG') + 1, district)).toEqual([
      'Ngày 17/11/2023, đồng chí Phạm Thành Ngại, Phó Bí thư Thường trực Tỉnh ủy làm việc với ' +
        'Ban Thường vụ Huyện ủy Cái Nước và Đảng ủy xã Trần Thới.',
      'Nội dung: Xây dựng Đảng và hệ thống chính trị; Tài chính đảng.',
    ]);
  });

  it("lists the district's lagging indicators and checks before its scorecard, in vi-VN figures", () => {
    expect(lines.slice(district + 1, district + 6)).toEqual([
      '1. Chỉ tiêu chậm tiến độ và số liệu cần kiểm tra',
      'Sản lượng tôm: 24.937 tấn, đạt 85,98% (nguy cơ không đạt).',
      'Tổng sản lượng thủy sản: 40.945 tấn, đạt 85,3% (chậm tiến độ).',
      'Cần kiểm tra: sản lượng tôm 24.937 tấn, đạt 85,98% thì chỉ tiêu là 29.004 tấn',
      '2. Kết quả thực hiện chỉ tiêu năm 2023',
    ]);
  });

  it("sorts the district's scorecard with off-track rows first", () => {
    const start = lines.indexOf('2. Kết quả thực hiện chỉ tiêu năm 2023', district);
    expect(lines.slice(start + 1, start + 25)).toEqual([
      ...['Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu giao', 'Thực hiện', 'Tỷ lệ đạt', 'Tiến độ'],
      ...['Sản lượng tôm', 'tấn', '29.004', '24.937', '85,98%', 'Nguy cơ không đạt'],
      ...['Tổng sản lượng thủy sản', 'tấn', '48.001', '40.945', '85,3%', 'Chậm tiến độ'],
      ...['Thu ngân sách nhà nước', 'tỷ đồng', '63', '64,77 (ước)', '102,81%', 'Đã đạt'],
    ]);
  });

  it("puts the district's overdue directives first, with deadline and progress, then its open findings", () => {
    const start = lines.indexOf('3. Kết luận, chỉ đạo trước đây và tình hình thực hiện', district);
    expect(lines.slice(start + 6, commune)).toEqual([
      ...['Rà soát quy chế làm việc', 'Kết luận số 45-KL/TU', 'Huyện ủy Cái Nước', '30/06/2023'],
      'Chưa hoàn thành, quá hạn (40%)',
      ...['Hoàn thành khắc phục kết quả kiểm tra năm 2022', 'Thông báo số 08-TB/TU', 'Huyện ủy Cái Nước'],
      ...['31/12/2023', 'Đang thực hiện trong hạn (60%)'],
      '4. Kết quả kiểm tra, giám sát chưa khắc phục',
      'Đoàn kiểm tra 2022: Chưa thu đủ đảng phí tại 3 chi bộ',
    ]);
  });

  it("gives the commune's section in full, saying what it has not", () => {
    expect(lines.slice(commune, lines.indexOf('Nơi nhận:'))).toEqual([
      'III. ĐẢNG ỦY XÃ TRẦN THỚI',
      '1. Chỉ tiêu chậm tiến độ và số liệu cần kiểm tra',
      'Không có chỉ tiêu chậm tiến độ hay số liệu cần kiểm tra.',
      '2. Kết quả thực hiện chỉ tiêu năm 2023',
      'Chưa có chỉ tiêu, số liệu năm 2023.',
      '3. Kết luận, chỉ đạo trước đây và tình hình thực hiện',
      ...['Nội dung', 'Nguồn', 'Đơn vị chủ trì', 'Thời hạn', 'Tình trạng'],
      ...['Nâng chất lượng sinh hoạt chi bộ', 'Đoàn công tác', 'Đảng ủy xã Trần Thới', '31/12/2023'],
      'Hoàn thành đúng hạn (100%)',
      '4. Kết quả kiểm tra, giám sát chưa khắc phục',
      'Không còn kết quả kiểm tra, giám sát chưa khắc phục.',
    ]);
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
          hostName: 'Huyện ủy Cái Nước',
          figures: [
            {
              name: 'Sản lượng tôm',
              value: 24937,
              measure: 'tấn',
              achievement: { percent: 85.98, against: 'Nghị quyết' },
              change: { percent: 1.25, direction: 'tăng' },
            },
          ],
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

describe('briefing pack: outcomes without a ratio', async () => {
  const host: BriefingHostSection = {
    ...COMMUNE,
    directives: [],
    rows: [
      {
        indicatorName: 'Tỷ lệ hộ nghèo',
        measure: '%',
        decimals: 2,
        target: 2.5,
        value: 0,
        achievement: { kind: 'zero_actual', percent: null },
        status: 'achieved',
      },
      {
        indicatorName: 'Tốc độ tăng trưởng kinh tế',
        measure: '%',
        decimals: 2,
        target: 7,
        value: -1.5,
        achievement: { kind: 'not_comparable', percent: null },
        status: 'off_track',
      },
      {
        indicatorName: 'Kết nạp đảng viên',
        measure: 'đảng viên',
        decimals: 0,
        target: null,
        value: 12,
        achievement: null,
        status: 'no_target',
      },
    ],
  };
  const { lines } = await openDocx(
    await renderPartyDocx(buildBriefingPack(buildBriefingInput({ hosts: [host] }))),
  );

  it('writes each outcome in words, and a figure without a target says so, not "Chưa có số liệu"', () => {
    const start = lines.indexOf('2. Kết quả thực hiện chỉ tiêu năm 2023');
    expect(lines.slice(start + 7, start + 25)).toEqual([
      ...['Tốc độ tăng trưởng kinh tế', '%', '7', '-1,5', 'Không so sánh được', 'Nguy cơ không đạt'],
      ...['Tỷ lệ hộ nghèo', '%', '2,5', '0', 'Đạt', 'Đã đạt'],
      ...['Kết nạp đảng viên', 'đảng viên', '—', '12', '—', 'Chưa có chỉ tiêu'],
    ]);
    expect(lines).toContain('Tốc độ tăng trưởng kinh tế: -1,5%, không so sánh được (nguy cơ không đạt).');
  });
});
