import { describe, expect, it } from 'vitest';
import { auditChanges } from './audit-changes';

describe('auditChanges', () => {
  it('names only the field a person changed, not the version it bumped', () => {
    expect(
      auditChanges(
        { text: 'Rà soát', deadline: '2023-12-31', coordinatingUnitIds: [4], version: 1 },
        { text: 'Rà soát', deadline: '2024-03-31', coordinatingUnitIds: [4], version: 2 },
      ),
    ).toEqual([{ field: 'deadline', before: '2023-12-31', after: '2024-03-31' }]);
  });

  it('compares lists by their contents, and reads a created or deleted row as every field it has', () => {
    expect(auditChanges({ ids: [4, 5] }, { ids: [4] })).toEqual([
      { field: 'ids', before: [4, 5], after: [4] },
    ]);
    expect(auditChanges(null, { code: 'TS_TOM', decimals: 0 })).toEqual([
      { field: 'code', before: null, after: 'TS_TOM' },
      { field: 'decimals', before: null, after: 0 },
    ]);
    expect(auditChanges({ code: 'TS_TOM' }, null)).toEqual([
      { field: 'code', before: 'TS_TOM', after: null },
    ]);
  });

  it('finds nothing when only bookkeeping moved', () => {
    expect(
      auditChanges({ name: 'X', version: 1, updatedAt: 'a' }, { name: 'X', version: 2, updatedAt: 'b' }),
    ).toEqual([]);
  });
});
