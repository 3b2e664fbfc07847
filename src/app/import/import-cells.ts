// Reading one import cell into a domain value, with the reason when it cannot be read.

import type { ObservationKind, TargetSource } from '../../core/types';
import { parseViNumber } from '../../core/vi/parse';
import { headingKey } from '../../documents/import-columns';
import type { ImportCell } from '../../documents/import-rows';

export type Read<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const fail = <T>(reason: string): Read<T> => ({ ok: false, reason });

const RECORDS: Record<string, 'target' | 'observation'> = {
  chi_tieu: 'target',
  target: 'target',
  so_lieu: 'observation',
  observation: 'observation',
};

const KINDS: Record<string, ObservationKind> = {
  thuc_hien: 'actual',
  actual: 'actual',
  uoc: 'estimate',
  so_uoc: 'estimate',
  uoc_thuc_hien: 'estimate',
  estimate: 'estimate',
};

const SOURCES: Record<string, TargetSource> = {
  nghi_quyet: 'resolution',
  resolution: 'resolution',
  cap_tren_giao: 'assigned',
  giao: 'assigned',
  assigned: 'assigned',
  ke_hoach: 'plan',
  plan: 'plan',
  du_toan: 'budget',
  budget: 'budget',
  muc_tieu: 'goal',
  goal: 'goal',
};

// A file repeats the same few words in a column a million times: fold each distinct spelling once.
const folded = new Map<string, string>();

function foldOnce(text: string): string {
  let key = folded.get(text);
  if (key === undefined) {
    key = headingKey(text);
    if (folded.size < 10_000) folded.set(text, key);
  }
  return key;
}

function choice<T>(table: Record<string, T>, cell: ImportCell | undefined, expected: string): Read<T> {
  if (cell === undefined) return fail(`bỏ trống; cần ${expected}`);
  const found = table[foldOnce(String(cell))];
  return found === undefined ? fail(`"${cell}" không hợp lệ; cần ${expected}`) : ok(found);
}

export const readRecord = (cell: ImportCell | undefined) =>
  choice(RECORDS, cell, '"chỉ tiêu" hoặc "số liệu"');
export const readSource = (cell: ImportCell | undefined) =>
  choice(SOURCES, cell, 'nghị quyết, cấp trên giao, kế hoạch, dự toán hoặc mục tiêu');

export function readKind(cell: ImportCell | undefined): Read<ObservationKind> {
  return cell === undefined ? ok('actual') : choice(KINDS, cell, '"thực hiện" hoặc "ước"');
}

export function readText(cell: ImportCell | undefined): Read<string> {
  return cell === undefined ? fail('bỏ trống') : ok(String(cell).trim());
}

/**
 * A number from a spreadsheet cell (already a number) or text written the Vietnamese way.
 * `whole` says the indicator has no decimals, so "1,250" is 1250 and not 1.25.
 */
export function readNumber(cell: ImportCell | undefined, whole: boolean): Read<number> {
  if (cell === undefined) return fail('bỏ trống');
  if (typeof cell === 'number') return Number.isFinite(cell) ? ok(cell) : fail('không phải số');
  const text = cell.replace(/[\s\u00a0]/g, '');
  const negative = /^[-−]/.test(text);
  const parsed = parseViNumber(negative ? text.slice(1) : text, { whole });
  if (parsed === null) return fail(`"${cell}" không phải số (viết 24.937 hoặc 85,98)`);
  return ok(negative ? -parsed : parsed);
}

export function readYear(cell: ImportCell | undefined): Read<number> {
  const read = readNumber(cell, true);
  if (!read.ok) return read;
  return Number.isInteger(read.value) && read.value >= 1900 && read.value <= 2999
    ? read
    : fail(`${cell} không phải năm (1900–2999)`);
}
