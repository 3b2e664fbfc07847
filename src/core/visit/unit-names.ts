// Recognising the names of party committees and state bodies in Vietnamese text.

const UY = '(?:ủy|uỷ)';
const UY_CAP = '(?:Ủy|Uỷ)';
const BOARD = `(?:Ban Thường vụ|Ban Chấp hành|Thường trực|Ban Tuyên giáo|Ban Tổ chức|${UY_CAP} ban Kiểm tra|Ban Dân vận|Ban Nội chính|Văn phòng)`;
const BODY = [
  `Tỉnh ${UY}`,
  `Huyện ${UY}`,
  `Thành ${UY}`,
  `Thị ${UY}`,
  `Đảng ${UY}(?: (?:xã|phường|thị trấn|huyện|khối))?`,
  `${UY_CAP} ban nhân dân(?: (?:tỉnh|huyện|thành phố|thị xã|xã|phường|thị trấn))?`,
  'UBND(?: (?:tỉnh|huyện|xã|phường|thị trấn))?',
  `${UY_CAP} ban Mặt trận Tổ quốc(?: Việt Nam)?(?: (?:tỉnh|huyện|xã))?`,
  'Chi bộ',
].join('|');
const PROPER = '(?:\\s+\\p{Lu}\\p{Ll}*)*';

/** A unit name at the start of the string: "Ban Thường vụ Huyện ủy Cái Nước", "Đảng ủy xã Trần Thới". */
export const UNIT_NAME_AT_START = new RegExp(`^(?:${BOARD}\\s+)?(?:${BODY})${PROPER}`, 'u');

/**
 * Text folded for comparison: NFC, lower case, and the old tone placement ("thuỷ") brought to the new ("thủy").
 * @example foldVi('Huyện Uỷ Cái Nước') === 'huyện ủy cái nước'
 */
export function foldVi(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/uỷ/g, 'ủy')
    .replace(/oà/g, 'òa')
    .replace(/oá/g, 'óa')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Text as the readers here expect it: NFC, and no-break spaces (common in pasted articles) as plain spaces.
 * The length is kept when the input is already NFC, so spans still point into it.
 * @example cleanText('đồng chí\u00a0Phạm') === 'đồng chí Phạm'
 */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(/[\u00a0\u202f]/g, ' ');
}
