// Diacritic-insensitive matching in SQL on both PGlite and PostgreSQL, without the unaccent extension:
// translate() maps every precomposed Vietnamese letter to its base letter, so "cai nuoc" finds "Cái Nước".
import { type AnyColumn, type SQL, sql } from 'drizzle-orm';

const VOWELS = ['a', 'e', 'i', 'o', 'u', 'y'];
// breve (ă), circumflex (â ê ô), horn (ơ ư)
const SHAPES = ['', '\u0306', '\u0302', '\u031B'];
// grave, acute, hook above, tilde, dot below
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

function foldTable(): { from: string; to: string } {
  const pairs = new Map<string, string>([
    ['đ', 'd'],
    ['Đ', 'd'],
  ]);
  for (const base of VOWELS) {
    for (const shape of SHAPES) {
      for (const tone of TONES) {
        const letter = `${base}${shape}${tone}`.normalize('NFC');
        if (letter.length !== 1 || letter === base) continue;
        pairs.set(letter, base);
        pairs.set(letter.toUpperCase(), base);
      }
    }
  }
  return { from: [...pairs.keys()].join(''), to: [...pairs.values()].join('') };
}

export const FOLD = foldTable();

/** Folds text the way `foldSql` folds a column: NFC, lower case, no diacritics, single spaces. */
export function foldText(text: string): string {
  let folded = '';
  for (const char of text.normalize('NFC')) {
    const index = FOLD.from.indexOf(char);
    folded += index >= 0 ? FOLD.to[index] : char;
  }
  return folded.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** SQL folding a text column: lower() alone misses non-ASCII capitals under the C collation. */
export function foldSql(column: AnyColumn | SQL): SQL {
  return sql`lower(translate(${column}, ${FOLD.from}, ${FOLD.to}))`;
}
