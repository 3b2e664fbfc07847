import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalTones, foldVietnamese, normalizeText, toOriginalSpan } from './normalize';

describe('normalizeText', () => {
  it('composes decomposed text and maps spans back into it', () => {
    const input = 'Thu\u0309y sa\u0309n 40.945 tấn';
    const n = normalizeText(input);
    expect(n.text).toBe('Thủy sản 40.945 tấn');
    const at = n.text.indexOf('40.945');
    expect(toOriginalSpan(n, at, at + 6)).toEqual([11, 17]);
    expect(input.slice(11, 17)).toBe('40.945');
  });
  it('drops zero-width characters and unifies spaces, dashes, quotes and Đ', () => {
    const n = normalizeText('\u00D0ảng\u200B viên\u00A0–\u201Cmới\u201D');
    expect(n.text).toBe('Đảng viên -"mới"');
    expect(toOriginalSpan(n, 0, 4)).toEqual([0, 4]);
    expect(toOriginalSpan(n, 5, 9)).toEqual([6, 10]);
  });
  it('maps every character of decomposed text with zero-width marks back to its cluster', () => {
    const input = 'Sa\u0309n\u200B lu\u031Bo\u031B\u0323ng';
    const n = normalizeText(input);
    expect(n.text).toBe('Sản lượng');
    expect(toOriginalSpan(n, 0, 3)).toEqual([0, 4]);
    expect(input.slice(...toOriginalSpan(n, 4, 9)).normalize('NFC')).toBe('lượng');
  });
  it('keeps every mapped span inside the input, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (s) => {
        const input = s.normalize('NFD');
        const n = normalizeText(input);
        for (let k = 0; k < n.text.length; k++) {
          const [a, b] = toOriginalSpan(n, k, k + 1);
          expect(a).toBeGreaterThanOrEqual(0);
          expect(b).toBeLessThanOrEqual(input.length);
          expect(a).toBeLessThan(b);
        }
      }),
    );
  });
  it('keeps offsets unchanged when nothing changes length', () => {
    const n = normalizeText('Sản lượng tôm 24.937 tấn');
    expect(n.starts).toBeNull();
    expect(toOriginalSpan(n, 14, 20)).toEqual([14, 20]);
  });
});

describe('canonicalTones', () => {
  it('writes one tone placement for oa, oe, uy and after qu', () => {
    expect(canonicalTones('Thuỷ sản, hoà giải, khoẻ, qúy, quý, tỉ lệ')).toBe(
      'Thủy sản, hòa giải, khỏe, quý, quý, tỷ lệ',
    );
    expect(canonicalTones('hoàn thành, thuyền, quỷ')).toBe('hoàn thành, thuyền, quỷ');
  });
});

describe('foldVietnamese', () => {
  it('strips diacritics for text typed without them', () => {
    expect(foldVietnamese('KẾT NẠP GẦN 640 ĐẢNG VIÊN')).toBe('ket nap gan 640 dang vien');
  });
});
