// Vietnamese formats for display: the one place numbers and dates are turned into text.

const numberFormats = new Map<number, Intl.NumberFormat>();

function numberFormat(decimals: number): Intl.NumberFormat {
  let f = numberFormats.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: decimals, minimumFractionDigits: 0 });
    numberFormats.set(decimals, f);
  }
  return f;
}

/**
 * A number rounded as it is shown with `decimals` fraction digits, for cells that must stay numbers.
 * @example roundToDecimals(48001.172, 0) === 48001; roundToDecimals(85.98347, 2) === 85.98
 */
export function roundToDecimals(value: number, decimals: number): number {
  return Number(value.toFixed(decimals));
}

/**
 * A number in vi-VN form, up to `decimals` fraction digits.
 * @example formatNumber(40945) === '40.945'; formatNumber(134.113, 3) === '134,113'
 */
export function formatNumber(value: number, decimals = 2): string {
  return numberFormat(decimals).format(value);
}

/**
 * A percentage in vi-VN form.
 * @example formatPercent(85.98) === '85,98%'
 */
export function formatPercent(percent: number, decimals = 2): string {
  return `${formatNumber(percent, decimals)}%`;
}

/**
 * A change in percent with its sign, as "so với cùng kỳ" columns write it.
 * @example formatSignedPercent(1.25) === '+1,25%'; formatSignedPercent(-3.2) === '-3,2%'; formatSignedPercent(0) === '0%'
 */
export function formatSignedPercent(percent: number, decimals = 2): string {
  return `${percent > 0 ? '+' : ''}${formatPercent(percent, decimals)}`;
}

/**
 * A figure with its measure.
 * @example formatQuantity(40945, 'tấn') === '40.945 tấn'; formatQuantity(92.58, '%') === '92,58%'
 */
export function formatQuantity(value: number, measure: string, decimals = 3): string {
  return measure === '%' ? formatPercent(value, decimals) : `${formatNumber(value, decimals)} ${measure}`;
}

const dateFormat = new Intl.DateTimeFormat('vi-VN', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'UTC',
});

function toUtcDate(date: string | Date): Date {
  return typeof date === 'string' ? new Date(`${date.slice(0, 10)}T00:00:00Z`) : date;
}

/**
 * A short date as officials write it.
 * @example formatDate('2023-11-17') === '17/11/2023'
 */
export function formatDate(date: string | Date): string {
  return dateFormat.format(toUtcDate(date));
}

const dateTimeFormat = new Intl.DateTimeFormat('vi-VN', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'Asia/Ho_Chi_Minh',
});

/**
 * A moment as read in Việt Nam (UTC+7), time first as vi-VN writes it: when an audit entry was written.
 * @example formatDateTime('2023-11-17T03:05:00Z') === '10:05 17/11/2023'
 */
export function formatDateTime(at: string | Date): string {
  return dateTimeFormat.format(typeof at === 'string' ? new Date(at) : at);
}

/**
 * The official long date of documents (Intl's long form is not it). Days under 10 and the months 1 and 2
 * take a leading zero, as Nghị định 30/2020/NĐ-CP (Phụ lục I) and Hướng dẫn 36-HD/VPTW require, so that
 * no one can turn "ngày 5" into "ngày 15" or "tháng 1" into "tháng 11" with a pen.
 * @example formatLongDate('2023-11-17') === 'ngày 17 tháng 11 năm 2023'
 * @example formatLongDate('2024-02-05') === 'ngày 05 tháng 02 năm 2024'
 */
export function formatLongDate(date: string | Date): string {
  const d = toUtcDate(date);
  const day = d.getUTCDate();
  const month = d.getUTCMonth() + 1;
  const dd = day < 10 ? `0${day}` : `${day}`;
  const mm = month < 3 ? `0${month}` : `${month}`;
  return `ngày ${dd} tháng ${mm} năm ${d.getUTCFullYear()}`;
}
