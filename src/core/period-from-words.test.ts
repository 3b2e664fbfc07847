import { describe, expect, it } from 'vitest';
import { parsePeriodWords } from './period-from-words';
import { periodName, reportingPeriods } from './period-words';

const code = (text: string) => parsePeriodWords(text)?.code ?? null;

describe('parsePeriodWords', () => {
  it('reads back every period name it writes, in Vietnamese and English', () => {
    const codes = [...reportingPeriods(2023), '2023-YTD-2023-11-17'];
    expect(codes.filter((c) => code(periodName(c)) !== c)).toEqual([]);
    expect(codes.filter((c) => code(periodName(c, 'en')) !== c)).toEqual([]);
  });

  it('reads periods as people type them', () => {
    const typed = [
      '6 tháng đầu năm 2024',
      '6 thang dau nam 2024',
      'Quý 3/2023',
      'quý III năm 2023',
      'Tháng 08/2023',
      'tháng 8 năm 2023',
      '9 tháng đầu năm 2023',
      '3 tháng đầu năm 2023',
      '11 tháng 2023',
      'Cả năm 2023',
      'Lũy kế đến 17/11/2023',
      '2023-M08',
      '8 tháng đầu năm 2024',
      '8 THÁNG ĐẦU NĂM 2024',
      '11 tháng đầu năm 2024',
      '2 tháng đầu năm 2024',
      'Năm 2024',
      'quý I/2024',
      'tháng 3/2024',
      '2024-8M',
      '1 tháng đầu năm 2024',
      '12 tháng năm 2024',
      '8 months of 2024',
    ];
    expect(typed.map(code)).toEqual([
      '2024-H1',
      '2024-H1',
      '2023-Q3',
      '2023-Q3',
      '2023-M8',
      '2023-M8',
      '2023-9M',
      '2023-Q1',
      '2023-11M',
      '2023',
      '2023-YTD-2023-11-17',
      '2023-M8',
      '2024-8M',
      '2024-8M',
      '2024-11M',
      '2024-2M',
      '2024',
      '2024-Q1',
      '2024-M3',
      '2024-8M',
      '2024-M1',
      '2024',
      '2024-8M',
    ]);
  });

  it('answers null for what is no period', () => {
    const bad = [
      'tháng 13/2023',
      'quý V/2023',
      'từ 05/01/2023 đến 17/11/2023',
      'năm ngoái',
      '13 tháng 2023',
      '',
    ];
    expect(bad.map(code)).toEqual([null, null, null, null, null, null]);
  });
});
