// The state-format report (Nghị định 30/2020/NĐ-CP, Phụ lục I) checked from its .docx XML: the header's
// words, sizes and rules, the margins, and the figures of the Cái Nước table with what each of them is.
import { describe, expect, it } from 'vitest';
import { buildScorecard } from '../core/scorecard';
import { buildIndicator, buildObservation, buildTarget, buildUnit } from '../core/testing/factories';
import { openDocx } from './party-docx.testing';
import { officialNumber } from './state-docx';
import { buildStateReportDocx, stateReportTable } from './state-report';

const unit = buildUnit({ id: 2 });
const tom = buildIndicator({ id: 7, code: 'TS_TOM', nameVi: 'Sản lượng tôm', measure: 'tấn' });
const lua = buildIndicator({ id: 8, code: 'NN_LUA', nameVi: 'Sản lượng lúa', measure: 'tấn' });
const thu = buildIndicator({
  id: 9,
  code: 'NS_THU',
  nameVi: 'Thu ngân sách nhà nước',
  measure: 'tỷ đồng',
  decimals: 2,
});
const scorecard = buildScorecard({
  unit,
  year: 2023,
  asOf: '2023-11-17',
  indicators: [tom, lua, thu],
  targets: [
    buildTarget({ unitId: 2, indicatorId: 7, value: 29_004, source: 'plan' }),
    // No plan for rice: the resolution's target stands in, derived from a stated achievement.
    buildTarget({
      unitId: 2,
      indicatorId: 8,
      value: 50_000,
      source: 'resolution',
      derivedFrom: 'suy ra từ: đạt 80% Nghị quyết',
    }),
  ],
  observations: [
    buildObservation({ unitId: 2, indicatorId: 7, period: '2023-9M', value: 24_937 }),
    buildObservation({ unitId: 2, indicatorId: 7, period: '2022-9M', value: 24_629 }),
    buildObservation({ unitId: 2, indicatorId: 8, period: '2023-9M', value: 40_000 }),
    buildObservation({ unitId: 2, indicatorId: 9, period: '2023', kind: 'estimate', value: 312.5 }),
  ],
});

const header = {
  parentBody: null,
  issuingBody: ['ỦY BAN NHÂN DÂN', 'HUYỆN CÁI NƯỚC'],
  number: '5/BC-UBND',
  place: 'Cái Nước',
  date: '2023-02-03',
};
const input = {
  scorecard,
  header,
  issuerName: 'Ủy ban nhân dân huyện Cái Nước',
  signature: { capacity: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'Nguyễn Văn A' },
  recipients: ['UBND tỉnh Cà Mau', 'Sở Kế hoạch và Đầu tư'],
};

describe('the state-format report', async () => {
  const doc = await openDocx(await buildStateReportDocx(input));

  it('sets the national title in 13 pt bold and the motto in 14 pt bold, each on its own line', () => {
    expect(doc.lines).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(doc.lines).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(doc.runFor('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')?.props).toMatch(/<w:b\/>.*<w:sz w:val="26"\/>/);
    expect(doc.runFor('Độc lập - Tự do - Hạnh phúc')?.props).toMatch(/<w:b\/>.*<w:sz w:val="28"\/>/);
  });

  it('puts the issuer in bold capitals over a rule, and the number with its colon and zero', () => {
    expect(doc.lines.slice(0, 3)).toEqual(['ỦY BAN NHÂN DÂN', 'HUYỆN CÁI NƯỚC', 'Số: 05/BC-UBND']);
    expect(doc.runFor('HUYỆN CÁI NƯỚC')?.props).toContain('<w:b/>');
    // Two rules in the header (under the issuer, under the motto), one under the summary line, one in the annex.
    expect(doc.xml.match(/<w:pBdr><w:top w:val="single"/g)).toHaveLength(4);
  });

  it('writes place and official date in italics, with the zeros of a day under 10 and of February', () => {
    expect(doc.lines).toContain('Cái Nước, ngày 03 tháng 02 năm 2023');
    expect(doc.runFor('Cái Nước, ngày 03 tháng 02 năm 2023')?.props).toContain('<w:i/>');
  });

  it('sets Times New Roman 14 on A4 with margins of 20, 20, 30 and 15 mm', () => {
    expect(doc.styles).toMatch(/<w:rFonts w:ascii="Times New Roman"[^>]*\/><w:sz w:val="28"\/>/);
    expect(doc.xml).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(doc.xml).toContain('<w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701"');
  });

  it('ends with "Nơi nhận:" in bold italics, its list closed by "Lưu: VT.", and the signature', () => {
    const props = doc.runFor('Nơi nhận:')?.props ?? '';
    expect([
      props.includes('<w:b/>'),
      props.includes('<w:i/>'),
      props.includes('<w:sz w:val="24"/>'),
    ]).toEqual([true, true, true]);
    expect(doc.lines).toContain('- UBND tỉnh Cà Mau;');
    expect(doc.lines).toContain('- Lưu: VT.');
    const signed = doc.lines.indexOf('TM. ỦY BAN NHÂN DÂN');
    expect(doc.lines.slice(signed, signed + 3)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn A']);
  });

  it('puts the table in an annex on landscape pages, saying which report it goes with', () => {
    expect(doc.xml).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    const annex = doc.lines.indexOf('Phụ lục');
    expect(doc.lines.slice(annex, annex + 3)).toEqual([
      'Phụ lục',
      'BIỂU KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2023',
      '(Kèm theo Báo cáo số 05/BC-UBND ngày 03/02/2023 của Ủy ban nhân dân huyện Cái Nước)',
    ]);
    expect(annex).toBeGreaterThan(doc.lines.indexOf('Nguyễn Văn A'));
  });
});

describe('the state report table', () => {
  const table = stateReportTable(scorecard).find((b) => b.kind === 'table');
  const rows = table?.kind === 'table' ? table.rows : [];

  it('heads the plan and last year columns with their years', () => {
    expect(table?.kind === 'table' && table.columns.slice(3, 9)).toEqual([
      'Kế hoạch năm 2023',
      'Thực hiện',
      'Kỳ số liệu',
      'Cùng kỳ năm 2022',
      'So với cùng kỳ (%)',
      'So với kế hoạch (%)',
    ]);
  });

  it('gives shrimp at 85,98% of its plan and 101,25% of the same nine months of 2022', () => {
    // 24.937 ÷ 29.004 = 85,98%; 24.937 ÷ 24.629 = 101,25%.
    expect(rows[0]).toEqual([
      '1',
      'Sản lượng tôm',
      'tấn',
      '29.004',
      '24.937',
      '9 tháng đầu năm 2023',
      '24.629',
      '101,25',
      '85,98',
      '',
    ]);
  });

  it('says where a target was carried over from the units before the arrangement', () => {
    const inherited = buildScorecard({
      unit,
      year: 2023,
      indicators: [tom],
      targets: [
        buildTarget({
          unitId: 2,
          indicatorId: 7,
          value: 3_300,
          source: 'plan',
          derivedFrom: 'Kế thừa từ: xã Trần Thới',
        }),
      ],
      observations: [],
    });
    const table = stateReportTable(inherited)[0];
    expect(table?.kind === 'table' && table.rows[0]?.[9]).toBe('chỉ tiêu kế thừa từ: xã Trần Thới');
  });

  it('says where rice has no plan and its target was derived', () => {
    expect(rows[1]?.slice(3, 5)).toEqual(['50.000', '40.000']);
    expect(rows[1]?.[8]).toBe('80');
    expect(rows[1]?.[9]).toBe('Chỉ tiêu Nghị quyết; chỉ tiêu suy ra từ: đạt 80% Nghị quyết');
  });

  it('marks the revenue as an estimate, never as an official figure', () => {
    expect(rows[2]?.slice(3, 6)).toEqual(['', '312,5', 'năm 2023']);
    expect(rows[2]?.[9]).toBe('số ước');
  });
});

describe('officialNumber', () => {
  it.each([
    ['5/BC-UBND', '05/BC-UBND'],
    ['12/BC-UBND', '12/BC-UBND'],
    ['105/BC-UBND', '105/BC-UBND'],
    [' 7/BC-UBND ', '07/BC-UBND'],
  ])('%s is written %s', (given, written) => {
    expect(officialNumber(given)).toBe(written);
  });
});
