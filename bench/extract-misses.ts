// The miss list of the extractor on the corpus sets: each figure not found, each spurious statement and
// each wrong attribute, with the passage it came from, so that errors can be grouped into classes.
// Usage: node bin/run-ts.js bench/extract-misses.ts [tuning|frozen|conventions ...] (none named: tuning).
import { CONVENTION_CASES } from '../src/extract/corpus/convention-cases';
import { FROZEN_SET } from '../src/extract/corpus/frozen-set';
import type { ExpectedStatement } from '../src/extract/corpus/report-sentences';
import { ATTRIBUTES } from '../src/extract/corpus/score';
import { TUNING_SET } from '../src/extract/corpus/tuning-set';
import { extract } from '../src/extract/extract';
import type { Statement } from '../src/extract/types';

interface Passage {
  id?: string;
  text: string;
  statements: readonly (Omit<ExpectedStatement, 'indicator'> & { indicator?: string })[];
}

const SETS: Record<string, readonly Passage[]> = {
  tuning: TUNING_SET,
  frozen: FROZEN_SET,
  conventions: CONVENTION_CASES,
};

const show = (v: unknown) => (v === undefined ? '—' : JSON.stringify(v));

function misses(name: string, passages: readonly Passage[]): void {
  const counts: Record<string, number> = {};
  const bump = (k: string) => {
    counts[k] = (counts[k] ?? 0) + 1;
  };
  console.log(`\n=== ${name} (${passages.length} passages)`);
  passages.forEach((p, n) => {
    const actual = extract(p.text).statements;
    const used = new Set<number>();
    const lines: string[] = [];
    for (const e of p.statements) {
      const k = actual.findIndex((a, i) => !used.has(i) && a.value === e.value && a.unit === e.unit);
      if (k < 0) {
        bump('missed');
        lines.push(`  MISSED ${e.value} ${e.unit} (${e.indicator ?? '?'})`);
        continue;
      }
      used.add(k);
      const a = actual[k] as Statement;
      for (const key of ATTRIBUTES) {
        if (!(key in e)) continue;
        if (JSON.stringify(a[key]) === JSON.stringify(e[key])) continue;
        bump(key);
        lines.push(`  ${key.padEnd(11)} ${e.value} ${e.unit}: want ${show(e[key])} got ${show(a[key])}`);
      }
    }
    actual.forEach((a, i) => {
      if (used.has(i)) return;
      bump('spurious');
      lines.push(`  SPURIOUS ${a.value} ${a.unit} (${a.indicator}) «${p.text.slice(a.span[0], a.span[1])}»`);
    });
    if (lines.length === 0) return;
    console.log(`\n[${p.id ?? n}] ${p.text.replace(/\s+/g, ' ')}`);
    for (const l of lines) console.log(l);
  });
  console.log(`\n${name}: ${JSON.stringify(counts)}`);
}

const named = process.argv.slice(2).filter((a) => a in SETS);
for (const name of named.length > 0 ? named : ['tuning']) misses(name, SETS[name] as readonly Passage[]);
