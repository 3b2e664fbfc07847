import { describe, expect, it } from 'vitest';
import { CAI_NUOC_CATALOG } from '../core/demo/cai-nuoc-catalog';
import { createCatalogMatcher } from './catalog-match';
import { CONVENTION_CASES } from './corpus/convention-cases';
import { REPORT_SENTENCES } from './corpus/report-sentences';
import { extract } from './extract';

const matcher = createCatalogMatcher(
  CAI_NUOC_CATALOG.map((c) => ({ code: c.code, name: c.nameVi, measure: c.measure, synonyms: c.synonyms })),
);

describe('catalog matching a user can trust', () => {
  it('matches surely only the same words and measure, and says so with confidence 1', () => {
    expect(matcher.match('tổng thu ngân sách trên địa bàn', 'tỷ đồng')).toBe('NS_THU');
    expect(matcher.suggest('tổng thu ngân sách trên địa bàn', 'tỷ đồng')).toEqual([
      { code: 'NS_THU', confidence: 1 },
      { code: 'NS_CHI', confidence: 0.67 },
    ]);
    // The same words in another measure are no sure match: "thu ngân sách" in % is a share of it.
    expect(matcher.match('thu ngân sách', '%')).toBeUndefined();
  });

  it('offers near misses ranked, never as sure', () => {
    expect(matcher.match('hộ cận nghèo', 'hộ')).toBeUndefined();
    expect(matcher.suggest('hộ cận nghèo', 'hộ')).toEqual([
      { code: 'HN_SOHO', confidence: 0.8 },
      { code: 'TONG_SO_HO', confidence: 0.5 },
    ]);
    expect(matcher.suggest('sản lượng lúa', 'triệu tấn')).toEqual([
      { code: 'TS_SANLUONG', confidence: 0.4 },
      { code: 'TS_TOM', confidence: 0.4 },
    ]);
    // "tỷ lệ" is shared by every rate: it alone does not make "nước sạch" look like "hộ nghèo".
    expect(matcher.suggest('tỷ lệ hộ sử dụng nước sạch', '%')).toEqual([]);
  });

  it('on both test sets, matches surely 17 indicator phrases, each checked by hand, none wrong', () => {
    const sure = new Map<string, string>();
    let statements = 0;
    for (const c of [...CONVENTION_CASES, ...REPORT_SENTENCES]) {
      for (const s of extract(c.text).statements) {
        statements++;
        const code = matcher.match(s.indicator, s.unit);
        if (code) sure.set(`${s.indicator} | ${s.unit}`, code);
      }
    }
    expect(statements).toBe(193);
    expect(Object.fromEntries([...sure].sort())).toEqual({
      'chi ngân sách | tỷ đồng': 'NS_CHI',
      'giải ngân vốn đầu tư công | tỷ đồng': 'DTC_GIAINGAN',
      'hộ nghèo | hộ': 'HN_SOHO',
      'ket nap dang vien moi | dang vien': 'DV_KETNAP',
      'kết nạp đảng viên mới | đảng viên': 'DV_KETNAP',
      'kết nạp đảng viên | đảng viên': 'DV_KETNAP',
      'số hộ nghèo | hộ': 'HN_SOHO',
      'thu ngân sách cả năm | tỷ đồng': 'NS_THU',
      'thu ngân sách nhà nước trên địa bàn | tỷ đồng': 'NS_THU',
      'thu ngân sách trên địa bàn | tỷ đồng': 'NS_THU',
      'thu ngân sách | tỷ đồng': 'NS_THU',
      'tổng chi ngân sách địa phương | tỷ đồng': 'NS_CHI',
      'tổng thu ngân sách trên địa bàn | tỷ đồng': 'NS_THU',
      'tổng thu ngân sách | tỷ đồng': 'NS_THU',
      'tỷ lệ bao phủ bảo hiểm y tế | %': 'BHYT_TYLE',
      'tỷ lệ hộ nghèo theo chuẩn đa chiều | %': 'HN_TYLE',
      'tỷ lệ hộ nghèo | %': 'HN_TYLE',
    });
  });
});
