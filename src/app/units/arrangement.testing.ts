// The units the NQ 1655 fixture for xã Cái Nước names (the new province and the four old communes), and
// one bad file per bad-input class of issue 11 with the problems it must be refused with.
import type { Db } from '../../db/database';
import { buildUnit } from '../../db/factories';
import { tableCounts } from '../../db/testing';
import type { UnitRepository } from '../../db/unit.repository';

/** Creates the new Đảng bộ tỉnh Cà Mau (from 1/7/2025) and the four communes xã Cái Nước is formed from. */
export async function seedCaiNuocPredecessors(units: UnitRepository): Promise<void> {
  const by = { userId: null };
  const province = buildUnit({
    code: 'TU_CAMAU_MOI',
    name: 'Đảng bộ tỉnh Cà Mau',
    kind: 'province_party',
    validFrom: '2025-07-01',
  });
  await units.create(province, by);
  // A world that already has the demo's communes (the server tests' seed) keeps them.
  for (const [code, name] of [
    ['DU_TTCAINUOC', 'Đảng ủy thị trấn Cái Nước'],
    ['DU_TRANTHOI', 'Đảng ủy xã Trần Thới'],
    ['DU_DONGTHOI', 'Đảng ủy xã Đông Thới'],
    ['DU_TANHUNGDONG', 'Đảng ủy xã Tân Hưng Đông'],
  ] as const)
    if (!(await units.findByCode(code)))
      await units.create(buildUnit({ code, name, kind: 'commune_party' }), by);
}

/** The problem list a bad arrangement file must be refused with: row, Vietnamese column, reason. */
export interface BadArrangement {
  name: string;
  csv: string;
  rows: { row: number; field: string; reason: string }[];
}

const HEADING =
  'Mã đơn vị mới;Tên đơn vị mới;Loại đơn vị mới;Mã đơn vị cấp trên;Mã đơn vị cũ;Phạm vi;Tỷ lệ;Ngày hiệu lực';
const into = (predecessor: string, scope: string, share: string, date: string) =>
  `DU_XA_THU;Đảng ủy xã Thử;commune_party;TU_CAMAU_MOI;${predecessor};${scope};${share};${date}`;
const file = (...lines: string[]) => `${[HEADING, ...lines].join('\n')}\n`;

/**
 * Units for the bad-input classes, beside seedCaiNuocPredecessors' and none of them in the NQ 1655 file: an
 * open xã, one dissolved at the end of 2024, and two with a stored link Hưng Mỹ → Phú Hưng (a cycle's half).
 */
export async function seedBadArrangementUnits(units: UnitRepository): Promise<void> {
  const by = { userId: null };
  const unit = (code: string, name: string, validTo: string | null = null) =>
    units.create(buildUnit({ code, name, kind: 'commune_party', validTo }), by);
  await unit('DU_TANHUNG', 'Đảng ủy xã Tân Hưng');
  await unit('DU_GIAITHE', 'Đảng ủy xã đã giải thể', '2024-12-31');
  const hungMy = await unit('DU_HUNGMY', 'Đảng ủy xã Hưng Mỹ');
  const phuHung = await unit('DU_PHUHUNG', 'Đảng ủy xã Phú Hưng');
  const link = { predecessorId: hungMy.id, successorId: phuHung.id, kind: 'merge' as const };
  await units.linkSuccessor({ ...link, effectiveOn: '2024-01-01' }, by);
}

/** One file per bad-input class of issue 11, each refused whole with these rows (seedBadArrangementUnits). */
export const BAD_ARRANGEMENTS: readonly BadArrangement[] = [
  {
    name: 'unknown unit',
    csv: file(into('KHONG_CO', 'toàn bộ', '', '01/07/2025')),
    rows: [{ row: 2, field: 'Mã đơn vị cũ', reason: 'không có đơn vị mã KHONG_CO' }],
  },
  {
    name: 'bad date',
    csv: file(into('DU_TANHUNG', 'toàn bộ', '', '31/02/2025')),
    rows: [
      {
        row: 2,
        field: 'Ngày hiệu lực',
        reason: '"31/02/2025" không phải ngày (ngày/tháng/năm, ví dụ 01/07/2025)',
      },
    ],
  },
  {
    name: 'bad share',
    csv: file(into('DU_TANHUNG', 'một phần', '140%', '01/07/2025')),
    rows: [{ row: 2, field: 'Tỷ lệ', reason: 'tỷ lệ 140% phải lớn hơn 0 và không quá 1 (100%)' }],
  },
  {
    name: 'missing column',
    csv: 'Mã đơn vị mới;Mã đơn vị cũ;Ngày hiệu lực\nDU_XA_THU;DU_TANHUNG;01/07/2025\n',
    rows: [{ row: 1, field: 'Phạm vi', reason: 'thiếu cột bắt buộc Phạm vi' }],
  },
  {
    name: 'duplicate row',
    csv: file(
      into('DU_TANHUNG', 'toàn bộ', '', '01/07/2025'),
      into('DU_TANHUNG', 'toàn bộ', '', '01/07/2025'),
    ),
    rows: [
      { row: 3, field: 'Mã đơn vị cũ', reason: 'dòng trùng: DU_TANHUNG→DU_XA_THU đã có ở dòng 2' },
      {
        row: 3,
        field: 'Phạm vi',
        reason: 'DU_TANHUNG đã chuyển toàn bộ ở dòng 2; toàn bộ chỉ vào một đơn vị',
      },
    ],
  },
  {
    name: 'cycle with a stored link',
    csv: file('DU_HUNGMY;;;;DU_PHUHUNG;toàn bộ;;01/07/2025'),
    rows: [
      {
        row: 2,
        field: 'Mã đơn vị cũ',
        reason: 'vòng lặp: đã ghi DU_HUNGMY → DU_PHUHUNG; thêm DU_PHUHUNG → DU_HUNGMY thành vòng',
      },
    ],
  },
  {
    name: 'unit ended before the arrangement',
    csv: file(into('DU_GIAITHE', 'toàn bộ', '', '01/07/2025')),
    rows: [
      {
        row: 2,
        field: 'Ngày hiệu lực',
        reason: 'Đảng ủy xã đã giải thể đã kết thúc ngày 31/12/2024, trước ngày hiệu lực 01/07/2025',
      },
    ],
  },
];

/** The message a refused file carries: its problems, the first three spelled out. */
export function refusalMessage(rows: BadArrangement['rows']): string {
  const shown = rows.slice(0, 3).map((r) => `dòng ${r.row} (${r.field}): ${r.reason}`);
  return `Tệp có ${rows.length} lỗi, chưa ghi dòng nào: ${shown.join('; ')}`;
}

/** How many units, links and audit entries the database holds: a refused file changes none of them. */
export function arrangementFootprint(db: Db): Promise<Record<string, number>> {
  return tableCounts(db, ['units', 'unit_links', 'audit_entries']);
}
