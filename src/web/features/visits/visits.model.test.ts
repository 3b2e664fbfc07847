import { describe, expect, it } from 'vitest';
import { directivePayloads, draftRows, STATUS_COLOUR, statusText } from './visits.model';

const hosts = [
  { name: 'Ban Thường vụ Huyện ủy Cái Nước', unitId: 2, unitName: 'Huyện ủy Cái Nước' },
  { name: 'Đảng ủy xã Trần Thới', unitId: 5, unitName: 'Đảng ủy xã Trần Thới' },
];

describe('visits model', () => {
  it('assigns each proposal to the host it addresses', () => {
    const rows = draftRows(
      [
        { text: 'Tăng cường tuyên truyền', addressee: 'Ban Thường vụ Huyện ủy Cái Nước', span: [0, 1] },
        { text: 'Tập trung chỉ đạo sản xuất', addressee: 'Đảng ủy xã Trần Thới', span: [2, 3] },
        { text: 'Rà soát hộ nghèo', addressee: null, span: [4, 5] },
      ],
      hosts,
    );
    expect(rows.map((r) => r.leadUnitId)).toEqual([2, 5, 2]);
  });

  it('builds the save request and names rows without a lead unit', () => {
    const rows = [
      { key: 0, text: 'A a a', include: true, leadUnitId: 2, deadline: '2023-12-31' },
      { key: 1, text: 'B b b', include: false, leadUnitId: 5, deadline: null },
      { key: 2, text: 'C c c', include: true, leadUnitId: null, deadline: null },
    ];
    const { directives, missing } = directivePayloads(rows, {
      id: 9,
      date: '2023-11-17',
      organiserUnitId: 1,
    });
    expect(directives).toEqual([
      {
        text: 'A a a',
        source: { kind: 'visit', visitId: 9, number: null },
        issuerUnitId: 1,
        leadUnitId: 2,
        deadline: '2023-12-31',
        createdOn: '2023-11-17',
      },
    ]);
    expect(missing).toEqual([3]);
  });

  it('labels the four buckets as reports do', () => {
    expect(statusText('open_overdue')).toBe('Chưa hoàn thành, quá hạn');
    expect(STATUS_COLOUR.open_overdue).toBe('red');
  });
});
