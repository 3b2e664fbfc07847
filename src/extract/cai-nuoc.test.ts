import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CAI_NUOC_CATALOG } from '../core/demo/cai-nuoc-catalog';
import { extract } from './extract';
import type { CatalogIndicator } from './types';

const root = resolve(__dirname, '../..');
const text = readFileSync(resolve(root, 'fixtures/cai-nuoc-2023-11-17.txt'), 'utf8');
const expected = JSON.parse(
  readFileSync(resolve(root, 'fixtures/cai-nuoc-2023-11-17.statements.json'), 'utf8'),
);
const catalog: CatalogIndicator[] = CAI_NUOC_CATALOG.map((c) => ({
  code: c.code,
  name: c.nameVi,
  measure: c.measure,
  synonyms: c.synonyms,
}));

describe('the Cái Nước report of 17/11/2023', () => {
  const result = extract(text);

  it('gives exactly the 13 expected statements, every field', () => {
    expect(result.statements).toEqual(expected.statements);
  });

  it('flags the disbursement share: 109,96 ÷ 134,113 is 81,99%, not the stated 82,1%', () => {
    expect(result.checks).toHaveLength(1);
    const [check] = result.checks;
    expect(check?.kind).toBe('achievement_mismatch');
    expect(check?.span).toEqual([1772, 1820]);
    expect(check?.relatedSpan).toEqual([1725, 1770]);
    expect(check?.message).toContain('81,99%');
    expect(check?.message).toContain('chênh 0,11 điểm phần trăm');
  });

  it('matches the demo catalog, leaving the plan amount unmatched', () => {
    const codes = extract(text, { catalog }).statements.map((s) => s.indicatorCode ?? null);
    expect(codes).toEqual([
      'TS_SANLUONG',
      'TS_TOM',
      'NTM_TIEUCHI_BQ',
      null,
      'DTC_GIAINGAN',
      'NS_THU',
      'NS_CHI',
      'BHYT_TYLE',
      'DV_KETNAP',
      'DV_KETNAP',
      'KTGS_DOAN',
      'KT_DOAN',
      'GS_DOAN',
    ]);
  });

  it('gives the same statements for the text decomposed (NFD), with spans into that text', () => {
    const nfd = text.normalize('NFD');
    const statements = extract(nfd).statements;
    expect(statements.map((s) => [s.indicator, s.value, s.unit])).toEqual(
      expected.statements.map((s: { indicator: string; value: number; unit: string }) => [
        s.indicator,
        s.value,
        s.unit,
      ]),
    );
    const shrimp = statements[1];
    expect(nfd.slice(shrimp?.span[0], shrimp?.span[1]).normalize('NFC')).toBe(
      'sản lượng tôm 24.937 tấn, đạt 85,98% Nghị quyết, tăng 1,25% so với cùng kỳ',
    );
  });
});
