import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../core/vi/format';
import { extract } from './extract';

const WORDS = [
  'sản lượng',
  'tôm',
  'đạt',
  'tăng',
  'giảm',
  'so với cùng kỳ',
  'Nghị quyết',
  'kế hoạch',
  'trong đó',
  'hơn',
  'khoảng',
  'ước',
  'tấn',
  'tỷ đồng',
  'hộ',
  '%',
  '(',
  ')',
  ',',
  ';',
  '.',
  '/',
  '-',
  'năm',
  'thuỷ sản',
  'hoà',
  'Đảng viên',
  'từ',
  'lên',
  'còn',
  'gấp',
  'lần',
  ':',
  '\n',
];
const reportish = fc
  .array(
    fc.oneof(
      fc.constantFrom(...WORDS),
      fc.integer({ min: 0, max: 10 ** 9 }).map((n) => formatNumber(n / 100, 2)),
      fc.stringMatching(/^[0-9.,]{1,12}$/),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(' '));

function digitsOf(text: string): string {
  return text.replace(/[^0-9]/g, '');
}

describe('extract on any input', () => {
  it('never throws, on arbitrary strings and on report-like ones', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => void extract(s)));
    fc.assert(fc.property(reportish, (s) => void extract(s)));
  });

  it('keeps every span inside the input, holding the digits of its value', () => {
    fc.assert(
      fc.property(reportish, (text) => {
        for (const s of extract(text).statements) {
          expect(s.span[0]).toBeGreaterThanOrEqual(0);
          expect(s.span[1]).toBeLessThanOrEqual(text.length);
          expect(s.span[0]).toBeLessThan(s.span[1]);
          const spanDigits = digitsOf(text.slice(s.span[0], s.span[1]));
          // The value's significant digits appear in the span as written ("08" holds 8, "85,30" holds 85.3).
          expect(spanDigits).toContain(digitsOf(String(s.value)).replace(/^0+/, '') || '0');
        }
      }),
    );
  });

  it('gives the same statements for the NFC and NFD forms of a text', () => {
    fc.assert(
      fc.property(reportish, (text) => {
        const strip = (r: ReturnType<typeof extract>) => r.statements.map(({ span: _span, ...rest }) => rest);
        expect(strip(extract(text.normalize('NFD')))).toEqual(strip(extract(text.normalize('NFC'))));
      }),
    );
  });
});

describe('adversarial inputs stay linear', () => {
  const cases: [string, string][] = [
    ['100k digits', '9'.repeat(100_000)],
    ['100k dots and commas', '.,'.repeat(50_000)],
    ['digits separated by dots', '1.'.repeat(50_000)],
    ['a long sentence without punctuation', 'sản lượng tôm đạt 12 tấn tăng '.repeat(4_000)],
    ['spaces and line breaks', ' \n'.repeat(50_000)],
    ['an open parenthesis never closed', `(${'5 tấn '.repeat(20_000)}`],
  ];
  for (const [name, text] of cases) {
    // A guard against runaway backtracking, which takes minutes on inputs like these; it runs in tens of
    // milliseconds, and its speed is measured in the bench, so the bound is wide enough for a loaded CI machine.
    it(`${name} finishes without running away`, () => {
      const t0 = performance.now();
      extract(text);
      expect(performance.now() - t0).toBeLessThan(10_000);
    });
  }
});
