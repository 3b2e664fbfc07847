// Splits normalised report text into sentences and sentences into tokens with a single forward scan:
// no regular expression runs over unbounded input, so time stays linear on any text.

export type TokenKind = 'word' | 'num' | 'punct';

export interface Token {
  kind: TokenKind;
  /** [start, end) in the normalised text. */
  start: number;
  end: number;
  /** Lower-case text. */
  low: string;
  /** Whitespace precedes the token. */
  space: boolean;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const LETTER = /[\p{L}\p{M}]/u;

function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 0xc0) return false;
  // Vietnamese letters live in Latin-1, Latin Extended-A/B and Latin Extended Additional.
  if ((c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1ea0 && c <= 0x1ef9)) return true;
  return LETTER.test(text[i] as string);
}

/** Superscript two and three: "m²", "m³". */
function isSuperscript(c: number): boolean {
  return c === 0xb2 || c === 0xb3;
}

// Web pages glue a verb to its figure ("đạt97,2%", "giảm3,1%", "tăng2.000 tấn"): these words are split off
// the digits and read as if spaced; any other word keeps its digits ("m2", "F0", "Km12").
const GLUED_BEFORE_DIGITS = new Set(
  'đạt tăng giảm vượt bằng gấp chiếm còn lên khoảng hơn trên gần dưới được là có ước uớc thêm với từ đến và dat tang giam'.split(
    ' ',
  ),
);

/** "uớc" is a common misspelling of "ước". */
function lowerWord(raw: string): string {
  const low = raw.toLowerCase();
  return low === 'uớc' ? 'ước' : low;
}

// The lower-case letters of Vietnamese outside Latin-1 and Latin Extended Additional.
const LOWER_EXTENDED = new Set([0x103, 0x111, 0x129, 0x169, 0x1a1, 0x1b0]);

/** The code unit may be an upper-case letter: false only where it surely is not, so most words skip toLowerCase. */
function mayBeUpper(c: number): boolean {
  if (c < 0x80) return c >= 65 && c <= 90;
  if (c < 0x100) return c >= 0xc0 && c <= 0xde;
  // Latin Extended Additional alternates upper (even) and lower (odd); combining marks have no case.
  if (c >= 0x1ea0 && c <= 0x1ef9) return (c & 1) === 0;
  if (c >= 0x300 && c <= 0x36f) return false;
  return !LOWER_EXTENDED.has(c);
}

/** Lower-case text of the word text[i, j), its case known from the scan. */
function wordLow(text: string, i: number, j: number, upper: boolean): string {
  if (upper) return lowerWord(text.slice(i, j));
  // Only a three-letter word starting with "u" can be the misspelt "uớc".
  return j - i === 3 && text.charCodeAt(i) === 117 ? lowerWord(text.slice(i, j)) : text.slice(i, j);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 11 || c === 12;
}

/**
 * Tokens of text[start, end): words (letters, then any digits: "m2"), numbers with inner "." and ",",
 * and single punctuation marks.
 * @example tokenize('đạt 85,3%', 0, 9).map((t) => t.low) → ['đạt', '85,3', '%']
 */
export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  let i = start;
  let space = true;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      space = true;
      i++;
      continue;
    }
    let j = i + 1;
    let kind: TokenKind = 'punct';
    if (isDigit(c)) {
      kind = 'num';
      while (j < end) {
        const d = text.charCodeAt(j);
        if (isDigit(d)) j++;
        else if ((d === 46 || d === 44) && j + 1 < end && isDigit(text.charCodeAt(j + 1))) j += 2;
        else break;
      }
      tokens.push({ kind, start: i, end: j, low: text.slice(i, j), space });
    } else if (isLetter(text, i)) {
      kind = 'word';
      let upper = mayBeUpper(c);
      while (j < end && isLetter(text, j)) {
        if (!upper) upper = mayBeUpper(text.charCodeAt(j));
        j++;
      }
      const letters = j;
      while (j < end) {
        const d = text.charCodeAt(j);
        if (!(isDigit(d) || isSuperscript(d) || isLetter(text, j))) break;
        if (!upper) upper = mayBeUpper(d);
        j++;
      }
      if (j > letters && isDigit(text.charCodeAt(letters))) {
        const word = wordLow(text, i, letters, upper);
        if (GLUED_BEFORE_DIGITS.has(word)) {
          tokens.push({ kind, start: i, end: letters, low: word, space });
          space = true;
          i = letters;
          continue;
        }
      }
      tokens.push({ kind, start: i, end: j, low: wordLow(text, i, j, upper), space });
    } else {
      const mark = text[i] as string;
      tokens.push({ kind, start: i, end: j, low: c < 0x80 ? mark : mark.toLowerCase(), space });
    }
    space = false;
    i = j;
  }
  return tokens;
}

/**
 * The lower-case text of toks.slice(a, b) joined by spaces (slice's rules for negative and large bounds),
 * built without the two arrays a slice and a map allocate: readers ask this many times per figure.
 * @example lowsOf(tokenize('đạt 85,3%', 0, 9), 0, 2) === 'đạt 85,3'
 */
export function lowsOf(toks: readonly Token[], a: number, b: number): string {
  const n = toks.length;
  const from = a < 0 ? Math.max(n + a, 0) : Math.min(a, n);
  const to = b < 0 ? Math.max(n + b, 0) : Math.min(b, n);
  if (to - from === 1) return (toks[from] as Token).low;
  let out = '';
  for (let k = from; k < to; k++) out += k > from ? ` ${(toks[k] as Token).low}` : (toks[k] as Token).low;
  return out;
}

function endsSentence(text: string, i: number, c: number): boolean {
  if (c === 0x2026) return true; // …
  const next = text.charCodeAt(i + 1);
  return Number.isNaN(next) || isSpace(next) || next === 34 || next === 39;
}

function lineBreakEnds(text: string, i: number, end: number): boolean {
  // A line break inside a sentence (PDF and e-mail wrap lines) continues it when the next line starts
  // in lower case or with a digit and the line before did not end with punctuation.
  let p = i - 1;
  while (p >= 0 && isSpace(text.charCodeAt(p)) && text.charCodeAt(p) !== 10) p--;
  const before = p >= 0 ? (text[p] as string) : '.';
  if (/[.!?:;…]/.test(before) || text.charCodeAt(p) === 10) return true;
  let n = i + 1;
  while (n < end && (text.charCodeAt(n) === 32 || text.charCodeAt(n) === 13)) n++;
  if (n >= end || text.charCodeAt(n) === 10) return true;
  const ch = text[n] as string;
  const lower = ch !== ch.toUpperCase() && ch === ch.toLowerCase();
  return !(lower || isDigit(text.charCodeAt(n)) || ch === '(' || ch === '%');
}

const SENTENCE_MARKS = /[\n.!?\u2026]/;

/**
 * [start, end) of each sentence of the text: split at . ! ? … followed by a space, and at line breaks
 * that do not continue a sentence.
 * @example sentenceSpans('Thu 5 tỷ. Chi 3 tỷ.') → [[0, 9], [10, 19]]
 */
export function sentenceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  const n = text.length;
  const push = (end: number) => {
    let s = start;
    while (s < end && isSpace(text.charCodeAt(s))) s++;
    if (end > s) spans.push([s, end]);
  };
  // The regular expression engine finds the few candidate marks faster than a loop over every character.
  const marks = new RegExp(SENTENCE_MARKS.source, 'g');
  for (let m = marks.exec(text); m !== null; m = marks.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    if (c === 10 ? lineBreakEnds(text, i, n) : endsSentence(text, i, c)) {
      push(c === 10 ? i : i + 1);
      start = i + 1;
    }
  }
  push(n);
  return spans;
}
