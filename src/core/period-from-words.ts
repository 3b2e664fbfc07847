// Periods as people type them ("6 tháng đầu năm 2024", "Quý III/2023", "tháng 08/2023"), read back
// into core's period codes: the inverse of periodName, for imports and pickers that take free text.
import { type Period, tryParsePeriod } from './period';
import { foldVietnamese } from './vi/normalize';

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const YEAR = '(\\d{4})';
const DATE = '(\\d{1,2})/(\\d{1,2})/(\\d{4})';

function iso(day: string, month: string, year: string): string {
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** N months from 1 January under its code (8 → 2024-8M; parsePeriod makes 3 → Q1, 6 → H1, 12 → the year). */
function monthsFromJanuary(months: number, year: string): string | null {
  return months >= 1 && months <= 12 ? `${year}-${months}M` : null;
}

function quarter(q: string): number | undefined {
  return /^\d$/.test(q) ? Number(q) : ROMAN[q];
}

type Reader = [RegExp, (m: RegExpExecArray) => string | null];

// Folded text: no diacritics, lower case, single spaces; "năm" is optional wherever people drop it.
const READERS: Reader[] = [
  [new RegExp(`^(?:thang|month) (\\d{1,2})(?:/| nam | of )${YEAR}$`), (m) => `${m[2]}-M${Number(m[1])}`],
  [
    new RegExp(`^(?:quy|quarter|q) (i{1,3}|iv|[1-4])(?:/| nam | of )${YEAR}$`),
    (m) => `${m[2]}-Q${quarter(m[1]!)}`,
  ],
  [new RegExp(`^(?:6 thang dau nam|first half of) ${YEAR}$`), (m) => `${m[1]}-H1`],
  [new RegExp(`^(?:6 thang cuoi nam|second half of) ${YEAR}$`), (m) => `${m[1]}-H2`],
  [new RegExp(`^nine months of ${YEAR}$`), (m) => `${m[1]}-9M`],
  [
    new RegExp(`^(\\d{1,2}) (?:thang(?: dau)?(?: nam)?|months of) ${YEAR}$`),
    (m) => monthsFromJanuary(Number(m[1]), m[2]!),
  ],
  [new RegExp(`^(?:(?:ca )?nam|year) ${YEAR}$`), (m) => m[1]!],
  [
    new RegExp(`^tu ${DATE} den ${DATE}$`),
    (m) => (iso(m[1]!, m[2]!, m[3]!) === `${m[3]}-01-01` ? `${m[6]}-YTD-${iso(m[4]!, m[5]!, m[6]!)}` : null),
  ],
  [new RegExp(`^(?:luy ke den|year to) ${DATE}$`), (m) => `${m[3]}-YTD-${iso(m[1]!, m[2]!, m[3]!)}`],
];

/**
 * A period from its code or its words, Vietnamese (with or without diacritics) or English; null when
 * the text names no period core knows.
 * @example parsePeriodWords('6 tháng đầu năm 2024')?.code === '2024-H1'
 * @example parsePeriodWords('Quý III/2023')?.code === '2023-Q3'; parsePeriodWords('8 tháng đầu năm 2024')?.code === '2024-8M'
 */
export function parsePeriodWords(text: string): Period | null {
  const code = tryParsePeriod(text);
  if (code) return code;
  const folded = foldVietnamese(text.normalize('NFC')).replace(/\s+/g, ' ').trim();
  for (const [pattern, toCode] of READERS) {
    const m = pattern.exec(folded);
    const found = m ? toCode(m) : null;
    if (found) return tryParsePeriod(found);
  }
  return null;
}
