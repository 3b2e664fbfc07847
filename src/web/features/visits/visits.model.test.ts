import { describe, expect, it } from 'vitest';
import type { ExtensionRequest } from '../../../core/visit/visit.types';
import {
  actorOf,
  directivePayloads,
  directiveRights,
  draftRows,
  fileSizeText,
  memberList,
  originalDeadline,
  remediationPayload,
  STATUS_COLOUR,
  statusText,
  twoDigits,
} from './visits.model';

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
    expect(STATUS_COLOUR.open_overdue).toBe('red.9');
  });

  it('gives the buttons to those the rules let act: the lead unit reports, only the issuer decides', () => {
    const directive = { issuerUnitId: 1, leadUnitId: 2, completedOn: null };
    const district = actorOf({ id: 7, role: 'editor', scopeUnitId: 2 }, [2, 3, 4]);
    const province = actorOf({ id: 8, role: 'editor', scopeUnitId: 1 }, [1, 2, 3, 4]);
    const admin = actorOf({ id: 1, role: 'admin', scopeUnitId: null }, [1, 2, 3, 4]);
    const buttons = (rights: ReturnType<typeof directiveRights>) => {
      const { decides: _perRequest, ...shown } = rights;
      return shown;
    };
    expect(buttons(directiveRights(district, directive))).toEqual({
      report: true,
      requestExtension: true,
      decide: false,
      complete: false,
    });
    // The province's subtree holds the district, yet it does not report for it.
    expect(buttons(directiveRights(province, directive))).toEqual({
      report: false,
      requestExtension: false,
      decide: true,
      complete: true,
    });
    expect(buttons(directiveRights(admin, directive))).toEqual({
      report: false,
      requestExtension: false,
      decide: false,
      complete: false,
    });
    expect(directiveRights(province, { ...directive, completedOn: '2024-03-15' }).decide).toBe(false);
  });

  it('offers the decision on a request only to an issuer that did not make it', () => {
    const province = actorOf({ id: 8, role: 'editor', scopeUnitId: 1 }, [1, 2]);
    const ownDirective = directiveRights(province, { issuerUnitId: 1, leadUnitId: 1, completedOn: null });
    expect(ownDirective.decides({ requestedByUnitId: 1 })).toBe(false);
    const districts = directiveRights(province, { issuerUnitId: 1, leadUnitId: 2, completedOn: null });
    expect(districts.decides({ requestedByUnitId: 2 })).toBe(true);
  });

  it('finds the original deadline before approved extensions moved it', () => {
    const ext = (id: number, status: ExtensionRequest['status'], from: string, to: string) =>
      ({
        id,
        status,
        currentDeadline: from,
        proposedDeadline: to,
        requestedOn: `2024-01-0${id}`,
        decidedOn: null,
      }) as ExtensionRequest;
    expect(originalDeadline([ext(1, 'rejected', '2023-12-31', '2024-01-31')])).toBeNull();
    expect(
      originalDeadline([
        ext(2, 'approved', '2024-03-31', '2024-06-30'),
        ext(1, 'approved', '2023-12-31', '2024-03-31'),
      ]),
    ).toBe('2023-12-31');
  });

  it('turns a finding into a remediation directive from the team organiser', () => {
    expect(
      remediationPayload({ id: 4, organiserUnitId: 1, conclusionNumber: '08-TB/TU' }, 9, {
        text: 'Ban hành quy chế',
        leadUnitId: 2,
        deadline: '2023-06-30',
      }),
    ).toEqual({
      text: 'Ban hành quy chế',
      source: { kind: 'inspection', inspectionId: 4, findingId: 9, number: '08-TB/TU' },
      issuerUnitId: 1,
      leadUnitId: 2,
      deadline: '2023-06-30',
    });
  });

  it('reads members one per line and writes counts with two digits', () => {
    expect(memberList('Nguyễn Văn An\n Trần Thị Bình ;\n\nLê Văn Cường')).toEqual([
      'Nguyễn Văn An',
      'Trần Thị Bình',
      'Lê Văn Cường',
    ]);
    expect([8, 4, 12].map(twoDigits)).toEqual(['08', '04', '12']);
  });

  it('writes evidence sizes in vi-VN numbers', () => {
    expect([120, 12_800, 1_572_864, 10 * 1024 * 1024].map(fileSizeText)).toEqual([
      '1 KB',
      '13 KB',
      '1,5 MB',
      '10 MB',
    ]);
  });
});
