// `tiendo submissions` over a real embedded database in a temporary DATA_DIR: the board as the issue's
// JSON, the Vietnamese table, and bad arguments with exit 2.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSubmissionUseCases } from '../app/submissions/submission.use-cases';
import { buildIndicator, buildObservation, buildRegime, buildUnit } from '../db/factories';
import { createIndicatorRepository } from '../db/indicator.repository';
import { createObservationRepository } from '../db/observation.repository';
import { createRegimeRepository } from '../db/regime.repository';
import { createUnitRepository } from '../db/unit.repository';
import { withDatabase } from './cli-database';
import { run as submissions } from './submissions.command';
import { capture } from './testing';

const dir = mkdtempSync(join(tmpdir(), 'tiendo-cli-submissions-'));
const env = { DATA_DIR: join(dir, 'data') };
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const OPERATOR = { id: null, role: 'admin', scopeUnitId: null } as const;

describe('tiendo submissions', () => {
  beforeAll(async () => {
    await withDatabase(async (db) => {
      const system = { userId: null };
      const units = createUnitRepository(db);
      const province = await units.create(
        buildUnit({ code: 'TU_CAMAU', name: 'Tỉnh ủy Cà Mau', kind: 'province_party' }),
        system,
      );
      const commune = (code: string, name: string) =>
        units.create(buildUnit({ code, name, kind: 'commune_party', parentId: province.id }), system);
      const tanThanh = await commune('DU_TANTHANH', 'Đảng ủy phường Tân Thành');
      await commune('DU_LUONGTHETRAN', 'Đảng ủy xã Lương Thế Trân');
      const tom = await createIndicatorRepository(db).create(buildIndicator(), system);
      const other = await createIndicatorRepository(db).create(
        buildIndicator({ code: 'TS_SANLUONG', nameVi: 'Tổng sản lượng thủy sản', synonyms: [] }),
        system,
      );
      await createRegimeRepository(db).create(
        buildRegime({
          reportingRootUnitId: province.id,
          approvalUnitIds: [province.id],
          indicatorIds: [tom.id, other.id],
        }),
        system,
      );
      await createObservationRepository(db).insert(
        buildObservation({ unitId: tanThanh.id, indicatorId: tom.id, period: '2025-M8', value: 1250 }),
        system,
      );
      // Submitted at 09:00 on 20/08/2025 in Vietnam: two days after the 18th.
      const late = createSubmissionUseCases(db, { now: () => new Date('2025-08-20T02:00:00Z') });
      await late.submit(OPERATOR, { regime: 'KTXH_THANG', period: '2025-M8', unit: 'DU_TANTHANH' });
      return 0;
    }, env);
  });

  it('prints the board as the JSON issue 13 names', async () => {
    const { code, out } = await capture(() =>
      submissions(['--regime', 'KTXH_THANG', '--period', '2025-M8', '--unit', 'TU_CAMAU', '--json'], env),
    );
    expect(code).toBe(0);
    const overdue = JSON.parse(out).units[1].daysLate;
    expect(overdue).toBeGreaterThan(400);
    expect(JSON.parse(out)).toEqual({
      regime: 'KTXH_THANG',
      period: '2025-M8',
      window: { from: '2025-07-15', to: '2025-08-14' },
      deadline: '2025-08-18',
      units: [
        {
          unit: { code: 'DU_TANTHANH', name: 'Đảng ủy phường Tân Thành' },
          status: 'submitted',
          submittedAt: '2025-08-20T02:00:00.000Z',
          daysLate: 2,
          completeness: { reported: 1, expected: 2 },
          approvedBy: null,
          approvedAt: null,
          locked: false,
        },
        {
          unit: { code: 'DU_LUONGTHETRAN', name: 'Đảng ủy xã Lương Thế Trân' },
          status: 'not_submitted',
          submittedAt: null,
          daysLate: overdue,
          completeness: { reported: 0, expected: 2 },
          approvedBy: null,
          approvedAt: null,
          locked: false,
        },
      ],
    });
  });

  it('prints a table in Vietnamese', async () => {
    const { code, out } = await capture(() =>
      submissions(['--regime', 'KTXH_THANG', '--period', '2025-M8'], env),
    );
    expect(code).toBe(0);
    expect(out).toContain('KTXH_THANG kỳ 2025-M8: số liệu 2025-07-15 → 2025-08-14, hạn gửi 2025-08-18');
    expect(out).toContain('đã nộp (trễ 2 ngày)');
    expect(out).toContain('1/2 chỉ tiêu');
    expect(out).toContain('chưa nộp');
  });

  it.each([
    [['--period', '2025-M8'], 'tiendo submissions: thiếu --regime'],
    [['--regime', 'KTXH_THANG'], 'tiendo submissions: thiếu --period'],
    [['--regime', 'KTXH_THANG', '--period', '2025-M8', '--xml'], 'tiendo submissions: không hiểu --xml'],
    [
      ['--regime', 'KTXH_THANG', '--period', '2025-Q3'],
      "period: '2025-Q3' is not a period of regime KTXH_THANG",
    ],
    [['--regime', 'KHONGCO', '--period', '2025-M8'], 'regime: không có chế độ báo cáo mã KHONGCO'],
    [
      ['--regime', 'KTXH_THANG', '--period', '2025-M8', '--unit', 'XA_KHONGCO'],
      'unit: không có đơn vị mã XA_KHONGCO',
    ],
  ])('refuses %j with exit 2', async (args, message) => {
    const { code, err } = await capture(() => submissions(args, env));
    expect(code).toBe(2);
    expect(err).toContain(message);
  });
});
