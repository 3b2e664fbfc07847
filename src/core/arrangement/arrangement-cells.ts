// Reading one cell of an arrangement file (the annex of a resolution like 1655/NQ-UBTVQH15) into a value,
// with the reason when it cannot be read. Vietnamese spellings sit beside the English keys.
import type { UnitKind, UnitLinkScope } from '../types';
import { UNIT_KINDS } from '../types';
import { foldVietnamese } from '../vi/normalize';
import { parseViNumber } from '../vi/parse';

export type Cell = string | number | undefined;
export type Read<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const fail = <T>(reason: string): Read<T> => ({ ok: false, reason });

const SCOPES: Record<string, UnitLinkScope> = {
  whole: 'whole',
  'toan bo': 'whole',
  part: 'part',
  'mot phan': 'part',
};

const DISSOLUTIONS = new Set(['dissolve', 'dissolution', 'giai the']);

/**
 * A row that ends a unit without a successor: scope "giải thể" (or "dissolve").
 * @example isDissolution('Giải thể') === true; isDissolution('toàn bộ') === false
 */
export function isDissolution(cell: Cell): boolean {
  return cell !== undefined && DISSOLUTIONS.has(foldVietnamese(String(cell)).trim().toLowerCase());
}

/**
 * A scope from "whole"/"part" or "toàn bộ"/"một phần".
 * @example readScope('Một phần') → { ok: true, value: 'part' }
 */
export function readScope(cell: Cell): Read<UnitLinkScope> {
  const expected = 'cần whole/part/dissolve (toàn bộ/một phần/giải thể)';
  if (cell === undefined) return fail(`bỏ trống; ${expected}`);
  const found = SCOPES[foldVietnamese(String(cell)).trim().toLowerCase()];
  return found ? ok(found) : fail(`"${cell}" không hợp lệ; ${expected}`);
}

/**
 * A unit kind by its code.
 * @example readKind('commune_party') → { ok: true, value: 'commune_party' }
 */
export function readKind(cell: Cell): Read<UnitKind> {
  const text = cell === undefined ? '' : String(cell).trim();
  return (UNIT_KINDS as readonly string[]).includes(text)
    ? ok(text as UnitKind)
    : fail(`"${text}" không hợp lệ; cần một trong ${UNIT_KINDS.join(', ')}`);
}

/**
 * A non-negative number written the Vietnamese way, or null when the cell is empty.
 * @example readAmount('19.048') → { ok: true, value: 19048 }; readAmount('25,50') → { ok: true, value: 25.5 }
 */
export function readAmount(cell: Cell): Read<number | null> {
  if (cell === undefined) return ok(null);
  const value = typeof cell === 'number' ? cell : parseViNumber(String(cell).trim());
  return value === null || value < 0 ? fail(`"${cell}" không phải số không âm`) : ok(value);
}

/**
 * A share from 0–1 or a percentage ("40%"), or null when empty; it must lie in (0, 1].
 * @example readShare('40%') → { ok: true, value: 0.4 }; readShare('0,25') → { ok: true, value: 0.25 }
 */
export function readShare(cell: Cell): Read<number | null> {
  if (cell === undefined) return ok(null);
  const text = String(cell).trim();
  const percent = text.endsWith('%');
  const amount = readAmount(percent ? text.slice(0, -1).trim() : text);
  if (!amount.ok || amount.value === null) return fail(`"${cell}" không phải tỷ lệ (0–1 hoặc %)`);
  const share = percent ? amount.value / 100 : amount.value;
  return share > 0 && share <= 1 ? ok(share) : fail(`tỷ lệ ${text} phải lớn hơn 0 và không quá 1 (100%)`);
}

/**
 * A date as 2025-07-01 or 01/07/2025, as ISO; a date that does not exist fails.
 * @example readDate('01/07/2025') → { ok: true, value: '2025-07-01' }
 */
export function readDate(cell: Cell): Read<string> {
  const text = cell === undefined ? '' : String(cell).trim();
  const vi = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const iso = vi ? `${vi[3]}-${vi[2]!.padStart(2, '0')}-${vi[1]!.padStart(2, '0')}` : text;
  const date = new Date(`${iso}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) &&
    !Number.isNaN(date.getTime()) &&
    date.toISOString().startsWith(iso)
    ? ok(iso)
    : fail(`"${text}" không phải ngày (ngày/tháng/năm, ví dụ 01/07/2025)`);
}

/**
 * The ISO day before a date: a unit that ends on an arrangement's effective date ends the day before.
 * @example dayBefore('2025-07-01') === '2025-06-30'
 */
export function dayBefore(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}
