// Vietnamese numbers in report text: the one place digits become numbers. Vietnamese writes "."
// for thousands and "," for decimals; some documents use the English convention instead, so the
// caller passes the convention the document itself shows (see detectNumberConvention).

/** Which separator a document uses for decimals: "vi" writes 85,3; "en" writes 85.3. */
export type NumberConvention = 'vi' | 'en';

export interface ParseNumberOptions {
  convention?: NumberConvention;
  /** The figure counts whole things (hộ, người) with no scale word, so "1,250" cannot be 1.25. */
  whole?: boolean;
}

// Doubles hold integers exactly only up to 2^53: longer digit strings are not figures.
const MAX_DIGITS = 15;

function digitsValue(digits: string): number | null {
  if (digits.length === 0) return null;
  let value = 0;
  let significant = 0;
  for (let i = 0; i < digits.length; i++) {
    const d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return null;
    if (value > 0 || d > 0) significant++;
    if (significant > MAX_DIGITS) return null;
    value = value * 10 + d;
  }
  return value;
}

function compose(intDigits: string, fracDigits: string): number | null {
  if (intDigits.length + fracDigits.length === 0) return null;
  const whole = digitsValue(intDigits + fracDigits);
  if (whole === null) return null;
  // Dividing two exact integers rounds once, exactly like reading the decimal literal.
  return fracDigits.length === 0 ? whole : whole / 10 ** fracDigits.length;
}

function isGrouped(groups: string[]): boolean {
  const [first, ...rest] = groups;
  return first !== undefined && first.length >= 1 && first.length <= 3 && rest.every((g) => g.length === 3);
}

function parseOneSeparator(raw: string, sep: '.' | ',', options: ParseNumberOptions): number | null {
  const groups = raw.split(sep);
  if (groups.some((g) => g.length === 0)) return null;
  if (groups.length > 2) return isGrouped(groups) ? compose(groups.join(''), '') : null;
  const [int = '', frac = ''] = groups;
  const decimalSep = (options.convention ?? 'vi') === 'vi' ? ',' : '.';
  // Three digits after the separator read as thousands unless this separator is the decimal one
  // and the figure may be fractional ("134,113 tỷ đồng" is 134.113; "1.250 hộ" is 1250).
  const thousands = frac.length === 3 && int.length <= 3 && (sep !== decimalSep || options.whole === true);
  return thousands ? compose(int + frac, '') : compose(int, frac);
}

/**
 * Reads a number written with Vietnamese (or, when told, English) separators; null if it is not one.
 * @example parseViNumber('40.945') === 40945; parseViNumber('85,3') === 85.3; parseViNumber('08') === 8
 */
export function parseViNumber(raw: string, options: ParseNumberOptions = {}): number | null {
  const dot = raw.lastIndexOf('.');
  const comma = raw.lastIndexOf(',');
  if (dot < 0 && comma < 0) return digitsValue(raw);
  if (dot >= 0 && comma >= 0) {
    // Both present: the last one is the decimal separator, the other groups thousands.
    const decimal = dot > comma ? '.' : ',';
    const thousandsSep = decimal === '.' ? ',' : '.';
    const cut = Math.max(dot, comma);
    const int = raw.slice(0, cut);
    const frac = raw.slice(cut + 1);
    if (int.includes(decimal) || frac.length === 0 || frac.includes(thousandsSep)) return null;
    const groups = int.split(thousandsSep);
    return isGrouped(groups) ? compose(groups.join(''), frac) : null;
  }
  return parseOneSeparator(raw, dot >= 0 ? '.' : ',', options);
}

/**
 * Decides from the document's own unambiguous numbers whether it writes decimals with "," or ".".
 * @example detectNumberConvention('40.945 tấn, đạt 85,3%') === 'vi'; detectNumberConvention('1,250,000 and 85.3%') === 'en'
 */
export function detectNumberConvention(text: string): NumberConvention {
  let vi = 0;
  let en = 0;
  // Each pattern is a fixed sequence of bounded runs: no nested quantifiers, no backtracking blow-up.
  for (const _ of text.matchAll(/\d,\d{1,2}(?!\d)|\d\.\d{3}\.\d{3}(?!\d)|\d\.\d{3},\d/g)) vi++;
  for (const _ of text.matchAll(/\d\.\d{1,2}(?![\d.])|\d,\d{3},\d{3}(?!\d)|\d,\d{3}\.\d/g)) en++;
  return en > vi ? 'en' : 'vi';
}

const DIGIT_WORDS: Record<string, number> = {
  một: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  bẩy: 7,
  tám: 8,
  chín: 9,
};
// Forms that only occur after "mươi"/"mười": hai mươi mốt, hai mươi tư, mười lăm.
const AFTER_TENS: Record<string, number> = { mốt: 1, tư: 4, lăm: 5, nhăm: 5 };
const MULTIPLIERS: Record<string, number> = { nghìn: 1000, ngàn: 1000, triệu: 1_000_000 };

/**
 * Reads a count written in words from the start of `words` (lower-case); null when none starts there.
 * @example parseViNumberWords(['hai', 'mươi', 'lăm', 'xã']) → { value: 25, length: 3 }
 */
export function parseViNumberWords(words: readonly string[]): { value: number; length: number } | null {
  let total = 0;
  let current = 0;
  let pending: number | null = null;
  let afterTens = false;
  let used = 0;
  for (const word of words) {
    const digit = DIGIT_WORDS[word] ?? (afterTens ? AFTER_TENS[word] : undefined);
    if (digit !== undefined) {
      if (pending !== null) break;
      pending = digit;
    } else if (word === 'mười' && pending === null) {
      current += 10;
    } else if (word === 'mươi' && pending !== null && pending >= 2) {
      current += pending * 10;
      pending = null;
    } else if (word === 'trăm' && pending !== null) {
      current += pending * 100;
      pending = null;
    } else if ((word === 'linh' || word === 'lẻ') && used > 0 && pending === null) {
      // "một trăm linh năm" = 105: the tens place is empty.
    } else if (MULTIPLIERS[word] !== undefined && (pending !== null || current > 0)) {
      total += (current + (pending ?? 0)) * (MULTIPLIERS[word] as number);
      current = 0;
      pending = null;
    } else break;
    afterTens = word === 'mươi' || word === 'mười';
    used++;
  }
  const value = total + current + (pending ?? 0);
  return used > 0 && value > 0 ? { value, length: used } : null;
}
