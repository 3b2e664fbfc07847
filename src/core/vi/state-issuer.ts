// Who signs a unit's report in the state format: the people's committee of the same place. Units are
// stored by their party name ("Huyện ủy Cái Nước", "Đảng ủy xã Trần Thới"); the state document of the same
// level is issued by "ỦY BAN NHÂN DÂN / HUYỆN CÁI NƯỚC" (Nghị định 30/2020/NĐ-CP, Phụ lục I, ô số 2).

export interface StateIssuer {
  /** The issuer's name as it is set, line by line, in capitals: ["ỦY BAN NHÂN DÂN", "XÃ TRẦN THỚI"]. */
  lines: [string, string];
  /** The place of issue, the place's own name: "Trần Thới". */
  place: string;
  /** The issuer inside a sentence: "Ủy ban nhân dân xã Trần Thới". */
  name: string;
}

/** Party names of a level's committee → the administrative level's word, longest first. */
const PARTY_PREFIXES: readonly [RegExp, string][] = [
  [/^(?:đảng bộ|ban chấp hành đảng bộ|tỉnh ủy|tỉnh uỷ)\s+(?:tỉnh\s+)?/iu, 'tỉnh'],
  [/^(?:thành ủy|thành uỷ|đảng bộ thành phố)\s+(?:thành phố\s+)?/iu, 'thành phố'],
  [/^(?:huyện ủy|huyện uỷ|đảng bộ huyện)\s+(?:huyện\s+)?/iu, 'huyện'],
  [/^(?:thị ủy|thị uỷ|đảng bộ thị xã)\s+(?:thị xã\s+)?/iu, 'thị xã'],
  [/^(?:đảng ủy|đảng uỷ|đảng bộ)\s+(thị trấn|phường|xã|đặc khu)\s+/iu, '$1'],
  [/^(thị trấn|phường|xã|đặc khu|huyện|tỉnh|thành phố|thị xã)\s+(?!ủy|uỷ)/iu, '$1'],
];

/**
 * The people's committee that issues a unit's state report, read from the unit's name; null when the name
 * does not say its level (the caller then asks for the issuer).
 * @example stateIssuerOf('Huyện ủy Cái Nước') → { lines: ['ỦY BAN NHÂN DÂN', 'HUYỆN CÁI NƯỚC'], place: 'Cái Nước', name: 'Ủy ban nhân dân huyện Cái Nước' }
 * @example stateIssuerOf('Đảng ủy xã Trần Thới').name === 'Ủy ban nhân dân xã Trần Thới'
 */
export function stateIssuerOf(unitName: string): StateIssuer | null {
  const name = unitName.normalize('NFC').trim().replace(/\s+/g, ' ');
  for (const [prefix, level] of PARTY_PREFIXES) {
    const match = prefix.exec(name);
    if (!match) continue;
    const place = name.slice(match[0].length).trim();
    if (place === '') return null;
    const levelWord = level.replace('$1', match[1] ?? '').toLocaleLowerCase('vi');
    return {
      lines: ['ỦY BAN NHÂN DÂN', `${levelWord} ${place}`.toLocaleUpperCase('vi')],
      place,
      name: `Ủy ban nhân dân ${levelWord} ${place}`,
    };
  }
  return null;
}
