// Normalising Vietnamese text while remembering where every character came from, so that spans
// found in the normalised text point back into the text exactly as the user gave it.

/** Normalised text plus, when lengths changed, the original [start, end) of each code unit. */
export interface NormalizedText {
  text: string;
  /** Original start of each normalised code unit; null when offsets are unchanged. */
  starts: Int32Array | null;
  /** Original end of each normalised code unit; null when offsets are unchanged. */
  ends: Int32Array | null;
}

// Zero-width characters carry nothing a reader sees; they are dropped (the offset map keeps spans true).
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
const COMBINING = /[\p{M}\u1160-\u11FF]/u;

// Same-length replacements: one code unit in, one code unit out, so offsets do not move.
const SAME_LENGTH: Record<string, string> = {
  '\u00D0': 'Đ', // Icelandic Eth typed for Đ
  '\u0189': 'Đ',
  '\u00F0': 'đ',
  '\u00A0': ' ',
  '\u202F': ' ',
  '\u205F': ' ',
  '\u3000': ' ',
  '\t': ' ',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
};
for (let c = 0x2000; c <= 0x200a; c++) SAME_LENGTH[String.fromCharCode(c)] = ' ';
const ANY_SAME_LENGTH = new RegExp(`[${Object.keys(SAME_LENGTH).join('')}]`);
const EVERY_SAME_LENGTH = new RegExp(ANY_SAME_LENGTH.source, 'g');
const sameLength = (c: string) => SAME_LENGTH[c] as string;

/**
 * One pass with a lookup per match: a 10 MB report holds ~84.000 no-break spaces besides dashes and quotes,
 * and one regex pass per replacement built six new 10 MB strings.
 */
function replaceSameLength(text: string): string {
  if (!ANY_SAME_LENGTH.test(text)) return text;
  return text.replace(EVERY_SAME_LENGTH, sameLength);
}

const TONES = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const TONED = (base: string) => TONES.map((t) => (base + t).normalize('NFC')).join('');
const TONED_AE = TONED('a') + TONED('e') + TONED('A') + TONED('E');
const TONED_Y = TONED('y') + TONED('Y');
const TONED_U = TONED('u') + TONED('U');

function moveTone(from: string, to: string): [string, string] {
  const tone = from.normalize('NFD').slice(1);
  return [from.normalize('NFD').slice(0, 1), (to + tone).normalize('NFC')];
}

// Old and new tone placement ("hoà"/"hòa", "thuỷ"/"thủy") spell one word; this project writes the tone
// on the first vowel of a final oa/oe/uy, as the Cái Nước report does. After "q" the u is a consonant,
// so "qúy" becomes "quý".
const OLD_PLACEMENT = new RegExp(
  `([oO])([${TONED_AE}])(?!\\p{L})|(?<![qQ])([uU])([${TONED_Y}])(?!\\p{L})`,
  'gu',
);
const Q_TONE = new RegExp(`([qQ])([${TONED_U}])([yYaAeE])(?!\\p{L})`, 'gu');

/**
 * Puts every final oa/oe/uy tone mark on the first vowel and "tỉ" as "tỷ", without changing lengths.
 * @example canonicalTones('Thuỷ sản, hoà giải, tỉ lệ') === 'Thủy sản, hòa giải, tỷ lệ'
 */
export function canonicalTones(text: string): string {
  return text
    .replace(OLD_PLACEMENT, (m, o?: string, a?: string, u?: string, y?: string) => {
      const first = o ?? u;
      const toned = a ?? y;
      return first && toned ? fixPair(first, toned) : m;
    })
    .replace(Q_TONE, (_m, q: string, u: string, v: string) => {
      const [plainU, tonedV] = moveTone(u, v);
      return q + plainU + tonedV;
    })
    .replace(/(?<!\p{L})([tT])ỉ(?!\p{L})/gu, '$1ỷ');
}

function fixPair(first: string, toned: string): string {
  const [plain, moved] = moveTone(toned, first);
  return moved + plain;
}

function isZeroWidth(c: number): boolean {
  return (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0x00ad;
}

function isCombining(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x300) return false;
  if (c <= 0x36f) return true;
  return c >= 0x483 && COMBINING.test(text[i] as string);
}

class OffsetMap {
  starts: Int32Array;
  ends: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }
  push(start: number, end: number): void {
    if (this.length === this.starts.length) {
      // NFC can lengthen a cluster in rare scripts; grow instead of failing.
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2 + 16);
        b.set(a);
        return b;
      };
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
    }
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }
}

/**
 * The offset map built by walking the input and its whole-text NFC side by side: a cluster (a base and its
 * marks) becomes its base, composed, plus whatever marks did not compose. Null if the walk loses step
 * (a rare singleton mapping), so the caller composes cluster by cluster instead.
 */
function walkClusters(input: string, nfc: string): NormalizedText | null {
  const map = new OffsetMap(nfc.length);
  let o = 0;
  let i = 0;
  while (i < input.length) {
    if (isZeroWidth(input.charCodeAt(i))) {
      if (nfc.charCodeAt(o) !== input.charCodeAt(i)) return null;
      i++;
      o++;
      continue;
    }
    let j = i + 1;
    while (j < input.length && isCombining(input, j)) j++;
    let end = o + 1;
    while (end < nfc.length && isCombining(nfc, end)) end++;
    if (end - o > j - i) return null;
    for (let k = o; k < end; k++) map.push(i, j);
    o = end;
    i = j;
  }
  if (o !== nfc.length) return null;
  return {
    text: nfc.replace(ZERO_WIDTH_ALL, ''),
    starts: map.starts.subarray(0, map.length),
    ends: map.ends.subarray(0, map.length),
  };
}

const ZERO_WIDTH_ALL = new RegExp(ZERO_WIDTH.source, 'g');

function composeClusters(input: string): NormalizedText {
  const map = new OffsetMap(input.length);
  const parts: string[] = [];
  let run = 0;
  const flush = (to: number) => {
    if (to > run) parts.push(input.slice(run, to));
    for (let k = run; k < to; k++) map.push(k, k + 1);
  };
  let i = 0;
  while (i < input.length) {
    if (isZeroWidth(input.charCodeAt(i))) {
      flush(i);
      run = ++i;
      continue;
    }
    let j = i + 1;
    while (j < input.length && isCombining(input, j)) j++;
    if (j - i > 1) {
      flush(i);
      const cluster = input.slice(i, j).normalize('NFC');
      parts.push(cluster);
      for (let k = 0; k < cluster.length; k++) map.push(i, j);
      run = j;
    }
    i = j;
  }
  flush(input.length);
  return {
    text: parts.join(''),
    starts: map.starts.subarray(0, map.length),
    ends: map.ends.subarray(0, map.length),
  };
}

/**
 * NFC, one tone placement, "Ð"→"Đ", plain spaces, dashes and quotes, zero-width characters dropped.
 * @example normalizeText('Thuy\u0309 sa\u0309n 40.945\u00A0tấn').text === 'Thủy sản 40.945 tấn'
 */
export function normalizeText(input: string): NormalizedText {
  const nfc = input.normalize('NFC');
  const needsMap = nfc !== input || ZERO_WIDTH.test(input);
  const base: NormalizedText = needsMap
    ? (walkClusters(input, nfc) ?? composeClusters(input))
    : { text: input, starts: null, ends: null };
  const text = canonicalTones(replaceSameLength(base.text));
  return { ...base, text };
}

/**
 * Maps a [start, end) span of the normalised text back to the original input.
 * @example toOriginalSpan(normalizeText('a\u200Bb 12'), 2, 4) → [3, 5]
 */
export function toOriginalSpan(n: NormalizedText, start: number, end: number): [number, number] {
  if (!n.starts || !n.ends) return [start, end];
  if (end <= start) {
    const at = start < n.starts.length ? (n.starts[start] as number) : (n.ends[n.ends.length - 1] ?? 0);
    return [at, at];
  }
  return [n.starts[start] as number, n.ends[end - 1] as number];
}

const FOLD_EXTRA: Record<string, string> = { đ: 'd', Đ: 'D' };

/**
 * Lower-cases and strips every diacritic, for matching text written without them.
 * @example foldVietnamese('Sản lượng THỦY SẢN, Đảng viên') === 'san luong thuy san, dang vien'
 */
export function foldVietnamese(text: string): string {
  // Report words repeat endlessly: remember the short ones.
  if (text.length > 40) return fold(text);
  let folded = FOLD_CACHE.get(text);
  if (folded === undefined) {
    if (FOLD_CACHE.size > 50_000) FOLD_CACHE.clear();
    folded = fold(text);
    FOLD_CACHE.set(text, folded);
  }
  return folded;
}

const FOLD_CACHE = new Map<string, string>();

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, (c) => FOLD_EXTRA[c] ?? c)
    .toLowerCase();
}
