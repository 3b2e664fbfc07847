import { describe, expect, it } from 'vitest';
import {
  checkEvidenceUpload,
  confirmCompletion,
  decideExtension,
  recordProgress,
  requestExtension,
} from './directive-rules';
import { directiveStatus } from './directive-status';
import type { Directive } from './visit.types';
import {
  type Actor,
  can,
  canSeeDirective,
  canSeeInspection,
  canSeeVisit,
  type UnitScope,
} from './visit-access';

// Tỉnh ủy (1) → Huyện ủy Cái Nước (2) → Đảng ủy xã Trần Thới (5); Huyện ủy Đầm Dơi (3) is a sibling.
const province: UnitScope = { kind: 'all' };
const district: UnitScope = { kind: 'subtree', unitIds: new Set([2, 5]) };
const commune: UnitScope = { kind: 'subtree', unitIds: new Set([5]) };
const damDoi: UnitScope = { kind: 'subtree', unitIds: new Set([3]) };

const issuer: Actor = { userId: 10, role: 'editor', unitId: 1, scope: province };
const districtEditor: Actor = { userId: 20, role: 'editor', unitId: 2, scope: district };
const districtViewer: Actor = { ...districtEditor, userId: 21, role: 'viewer' };
const globalAdmin: Actor = { userId: 1, role: 'admin', unitId: null, scope: province };

function buildDirective(overrides: Partial<Directive> = {}): Directive {
  return {
    id: 42,
    text: 'Chỉ đạo nâng cao chất lượng công tác triển khai, quán triệt học tập các nghị quyết',
    source: { kind: 'visit', visitId: 1, number: null },
    issuerUnitId: 1,
    leadUnitId: 2,
    coordinatingUnitIds: [5],
    deadline: '2023-12-31',
    indicatorIds: [],
    progressPercent: 0,
    completedOn: null,
    createdOn: '2023-11-17',
    ...overrides,
  };
}

describe('progress and extensions by the lead unit', () => {
  it('records progress from the lead unit only', () => {
    expect(recordProgress(buildDirective(), districtEditor, progress(60)).progressPercent).toBe(60);
    expect(() => recordProgress(buildDirective(), districtViewer, progress(60))).toThrow(
      'directive 42: only the lead unit reports progress',
    );
    expect(() => recordProgress(buildDirective({ leadUnitId: 3 }), districtEditor, progress(60))).toThrow(
      expect.objectContaining({ code: 'forbidden', extra: { reason: 'not_lead_unit' } }),
    );
    expect(() => recordProgress(buildDirective(), districtEditor, progress(120))).toThrow(
      'percent: 120 is not between 0 and 100',
    );
  });

  it('takes evidence from the lead unit only, even once the directive is completed', () => {
    expect(() => checkEvidenceUpload(buildDirective(), districtEditor)).not.toThrow();
    expect(() =>
      checkEvidenceUpload(buildDirective({ completedOn: '2023-12-15' }), districtEditor),
    ).not.toThrow();
    const communeEditor: Actor = { userId: 30, role: 'editor', unitId: 5, scope: commune };
    for (const actor of [districtViewer, communeEditor]) {
      expect(() => checkEvidenceUpload(buildDirective(), actor)).toThrow(
        expect.objectContaining({
          code: 'forbidden',
          extra: { reason: 'not_lead_unit' },
          message: 'directive 42: only the lead unit attaches evidence to its progress',
        }),
      );
    }
  });

  it('asks for a later deadline only', () => {
    const req = requestExtension(buildDirective(), districtEditor, ask('2024-03-31'));
    expect(req).toMatchObject({ status: 'pending', currentDeadline: '2023-12-31', requestedByUnitId: 2 });
    expect(() => requestExtension(buildDirective(), districtEditor, ask('2023-12-15'))).toThrow(
      'proposedDeadline: 2023-12-15 is not after the deadline 2023-12-31',
    );
  });
});

describe('only the issuer approves extensions and confirms completion', () => {
  const request = { id: 7, ...requestExtension(buildDirective(), districtEditor, ask('2024-03-31')) };

  it('approval moves the deadline, which turns an overdue directive back within deadline', () => {
    const d = buildDirective();
    expect(directiveStatus(d, '2024-01-15')).toBe('open_overdue');
    const { directive, request: decided } = decideExtension(d, request, issuer, 'approved', '2024-01-02');
    expect(directive.deadline).toBe('2024-03-31');
    expect(decided).toMatchObject({ status: 'approved', decidedOn: '2024-01-02', decidedByUserId: 10 });
    expect(directiveStatus(directive, '2024-01-15')).toBe('open_within_deadline');
  });

  it('rejection keeps the deadline; a decided request cannot be decided again', () => {
    const { directive, request: decided } = decideExtension(
      buildDirective(),
      request,
      issuer,
      'rejected',
      '2024-01-02',
    );
    expect(directive.deadline).toBe('2023-12-31');
    expect(() => decideExtension(directive, decided, issuer, 'approved', '2024-01-03')).toThrow(
      'extension 7: already rejected',
    );
  });

  it.each([
    ['the lead unit', districtEditor],
    ['a global administrator', globalAdmin],
    ['a viewer of the issuer', { ...issuer, role: 'viewer' } as Actor],
  ])('refuses %s', (_label, actor) => {
    expect(() => decideExtension(buildDirective(), request, actor, 'approved', '2024-01-02')).toThrow(
      expect.objectContaining({ code: 'forbidden', extra: { reason: 'not_issuer' } }),
    );
    expect(() => confirmCompletion(buildDirective(), actor, '2023-12-20')).toThrow(
      'directive 42: only the issuing unit confirms completion',
    );
  });

  it('completion fixes the bucket and closes the directive', () => {
    const done = confirmCompletion(buildDirective(), issuer, '2024-01-05');
    expect(done).toMatchObject({ completedOn: '2024-01-05', progressPercent: 100 });
    expect(directiveStatus(done, '2024-02-01')).toBe('done_late');
    expect(() => recordProgress(done, districtEditor, progress(80))).toThrow(
      'directive 42: completed on 2024-01-05',
    );
    expect(() => confirmCompletion(buildDirective(), issuer, '2023-11-01')).toThrow(
      'completedOn: 2023-11-01 is before the directive was given',
    );
  });
});

describe('who sees what', () => {
  const visit = { organiserUnitId: 1, hostUnitIds: [2, 5] };

  it('a unit sees visits it organised or hosted', () => {
    expect(canSeeVisit(province, visit)).toBe(true);
    expect(canSeeVisit(commune, visit)).toBe(true);
    expect(canSeeVisit(commune, { organiserUnitId: 1, hostUnitIds: [2] })).toBe(false);
    expect(canSeeVisit(damDoi, visit)).toBe(false);
  });

  it('a unit sees directives assigned within its subtree', () => {
    expect(canSeeDirective(district, buildDirective())).toBe(true);
    expect(canSeeDirective(commune, buildDirective())).toBe(true);
    expect(canSeeDirective(commune, buildDirective({ coordinatingUnitIds: [] }))).toBe(false);
    expect(canSeeDirective(damDoi, buildDirective())).toBe(false);
  });

  it('a unit sees inspections it organised or underwent', () => {
    expect(canSeeInspection(district, { organiserUnitId: 2, targetUnitId: 5 })).toBe(true);
    expect(canSeeInspection(damDoi, { organiserUnitId: 2, targetUnitId: 5 })).toBe(false);
  });
});

function progress(percent: number) {
  return { text: 'Đã quán triệt tại 12/12 chi bộ', percent, reportedOn: '2023-12-01' };
}

function ask(proposedDeadline: string) {
  return { proposedDeadline, reason: 'Chờ bố trí vốn', today: '2023-12-20' };
}

describe('one rule per action (can)', () => {
  const d = { issuerUnitId: 1, leadUnitId: 5 };
  const communeEditor: Actor = { userId: 30, role: 'editor', unitId: 5, scope: commune };
  const districtAdmin: Actor = { userId: 22, role: 'admin', unitId: 2, scope: district };

  it('lets only the lead unit’s own editors report, attach evidence and ask for more time', () => {
    for (const action of ['progress.create', 'evidence.create', 'extension.request'] as const) {
      expect(
        [communeEditor, districtEditor, districtAdmin, issuer, globalAdmin].map((a) => can(a, action, d)),
      ).toEqual([true, false, false, false, false]);
    }
    expect(() => recordProgress(buildDirective({ leadUnitId: 5 }), districtEditor, progress(10))).toThrow(
      expect.objectContaining({ code: 'forbidden', extra: { reason: 'not_lead_unit' } }),
    );
  });

  it('lets the issuer decide, never on a request its own unit made', () => {
    expect(can(issuer, 'extension.decide', { ...d, extension: { requestedByUnitId: 5 } })).toBe(true);
    const selfLed = { issuerUnitId: 1, leadUnitId: 1 };
    expect(can(issuer, 'extension.request', selfLed)).toBe(true);
    expect(can(issuer, 'extension.decide', { ...selfLed, extension: { requestedByUnitId: 1 } })).toBe(false);
    const own = requestExtension(buildDirective(selfLed), issuer, {
      proposedDeadline: '2024-03-31',
      reason: 'chờ vốn',
      today: '2023-12-20',
    });
    expect(() =>
      decideExtension(buildDirective(selfLed), { ...own, id: 9 }, issuer, 'approved', '2023-12-21'),
    ).toThrow(
      expect.objectContaining({
        code: 'forbidden',
        extra: { reason: 'own_request' },
        message: 'extension 9: a unit does not decide its own request',
      }),
    );
  });

  it('lets editors whose subtree holds the organiser add teams and findings, never viewers', () => {
    const team = { organiserUnitId: 2 };
    expect(
      [districtEditor, districtAdmin, districtViewer, communeEditor].map((a) =>
        can(a, 'finding.create', team),
      ),
    ).toEqual([true, true, false, false]);
    expect(can(issuer, 'inspection.create', team)).toBe(true);
    expect(can({ ...districtEditor, scope: damDoi }, 'finding.edit', team)).toBe(false);
  });
});
