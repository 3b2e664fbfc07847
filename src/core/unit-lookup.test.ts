import { describe, expect, it } from 'vitest';
import { CAI_NUOC_UNITS } from './demo/cai-nuoc-demo';
import type { DomainError } from './errors';
import { buildUnit } from './testing/factories';
import type { Unit } from './types';
import { findUnit } from './unit-lookup';

const units: Unit[] = [];
for (const [i, u] of CAI_NUOC_UNITS.entries()) {
  const parentId = units.find((p) => p.code === u.parentCode)?.id ?? null;
  units.push(buildUnit({ id: i + 1, code: u.code, name: u.name, kind: u.kind, parentId }));
}

describe('findUnit', () => {
  it('finds Huyện ủy Cái Nước by name with or without diacritics, or by code', () => {
    expect(findUnit(units, 'Cái Nước').code).toBe('HU_CAINUOC');
    expect(findUnit(units, 'cai nuoc').code).toBe('HU_CAINUOC');
    expect(findUnit(units, 'hu_cainuoc').code).toBe('HU_CAINUOC');
    expect(findUnit(units, 'thị trấn Cái Nước').code).toBe('DU_TTCAINUOC');
    expect(findUnit(units, 'Dang uy xa Tran Thoi').code).toBe('DU_TRANTHOI');
  });

  it('names the field when nothing matches, and the candidates when several do', () => {
    expect(() => findUnit(units, 'Năm Căn', 'UNIT')).toThrow(
      'UNIT: không có đơn vị nào có mã hoặc tên "Năm Căn"',
    );
    const twins = [...units, buildUnit({ id: 9, code: 'DU_X', name: 'Đảng ủy xã Tân Hưng', parentId: 2 })];
    const error = (() => {
      try {
        findUnit(
          [...twins, buildUnit({ id: 10, code: 'DU_Y', name: 'Đảng ủy phường Tân Hưng', parentId: 2 })],
          'tan hung',
        );
      } catch (e) {
        return e as DomainError;
      }
    })();
    expect(error?.code).toBe('invalid_input');
    expect(error?.message).toBe(
      'unit: "tan hung" là tên của nhiều đơn vị: Đảng ủy xã Tân Hưng (DU_X), Đảng ủy phường Tân Hưng (DU_Y); hãy dùng mã đơn vị',
    );
  });
});
