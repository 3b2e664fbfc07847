// How many decimals a new indicator gets by its unit of measure: people, members and households are counted
// whole; tonnes, percentages and money in billions carry one or two.
import { foldVietnamese } from './normalize';

/** Counted things: a fraction of a person or a household is never a figure anyone reports. */
const WHOLE = [
  'nguoi',
  'dang vien',
  'ho',
  'luot',
  'doan',
  'xa',
  'chi bo',
  'to chuc',
  'tieu chi',
  'con',
  'cai',
  'chiec',
  'lop',
  'truong',
  'vu',
  'hoc sinh',
  'lao dong',
];
/** Measured quantities: one decimal for tonnes and hectares; %, money (tỷ đồng) and the rest get two. */
const ONE = ['tan', 'ha', 'km', 'm2', 'm3', 'kg', 'ta'];

/**
 * The default number of decimals for an indicator measured in `measure` (2 when the measure is unknown).
 * @example defaultDecimals('đảng viên') → 0; defaultDecimals('tấn') → 1; defaultDecimals('tỷ đồng') → 2
 */
export function defaultDecimals(measure: string): number {
  const key = foldVietnamese(measure.normalize('NFC')).toLowerCase().trim().replace(/\s+/g, ' ');
  if (WHOLE.includes(key)) return 0;
  if (ONE.includes(key)) return 1;
  return 2;
}
