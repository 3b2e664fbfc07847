// The words the extractor recognises, grouped by the role they play around a figure. Entries are
// lower-case Vietnamese; each list also answers for text written without diacritics (captions).
import { foldVietnamese } from '../core/vi/normalize';
import type { Token } from './tokenize';

/** A set of one- or multi-word phrases, matched against lower-case word tokens. */
export class Lexicon {
  private readonly byFirst = new Map<string, string[][]>();
  private readonly byFirstFolded = new Map<string, string[][]>();

  constructor(phrases: readonly string[]) {
    for (const phrase of phrases) {
      add(this.byFirst, phrase.split(' '));
      add(this.byFirstFolded, foldVietnamese(phrase).split(' '));
    }
    for (const list of [...this.byFirst.values(), ...this.byFirstFolded.values()]) {
      list.sort((a, b) => b.length - a.length);
    }
  }

  /** Length in words of the longest phrase starting at words[0], or 0. */
  match(words: readonly string[], folded: boolean): number {
    const first = words[0];
    if (first === undefined) return 0;
    const candidates = (folded ? this.byFirstFolded : this.byFirst).get(first);
    if (!candidates) return 0;
    for (const c of candidates) {
      if (c.every((w, k) => words[k] === w)) return c.length;
    }
    return 0;
  }

  /** Length in words of the longest phrase starting at token i, or 0; allocates nothing. */
  matchAt(toks: readonly Token[], i: number, folded: boolean): number {
    return this.scan(toks, i, folded, 0);
  }

  /** True when a phrase of exactly n words starts at token i. */
  matchExact(toks: readonly Token[], i: number, n: number, folded: boolean): boolean {
    return this.scan(toks, i, folded, n) === n;
  }

  private scan(toks: readonly Token[], i: number, folded: boolean, only: number): number {
    const first = toks[i];
    if (first === undefined || first.kind !== 'word') return 0;
    const candidates = (folded ? this.byFirstFolded : this.byFirst).get(first.low);
    if (!candidates) return 0;
    for (const c of candidates) {
      if (only > 0 && c.length !== only) continue;
      let k = 1;
      for (; k < c.length; k++) {
        const t = toks[i + k];
        if (t === undefined || t.kind !== 'word' || t.low !== c[k]) break;
      }
      if (k === c.length) return c.length;
    }
    return 0;
  }

  has(word: string, folded: boolean): boolean {
    return this.match([word], folded) === 1;
  }
}

function add(map: Map<string, string[][]>, words: string[]): void {
  const first = words[0] as string;
  const list = map.get(first) ?? [];
  list.push(words);
  map.set(first, list);
}
