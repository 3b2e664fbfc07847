// The units the submission rules are tested on: Tỉnh ủy Cà Mau → Huyện ủy Cái Nước (which approves the
// monthly regime) → Đảng ủy xã Trần Thới and Tân Hưng Đông; Huyện ủy Đầm Dơi beside Cái Nước.
import type { SubmissionActor, UnitIndex } from '../submission-access';

const unit = (id: number, parentId: number | null, code: string, name: string) => ({
  id,
  parentId,
  code,
  name,
});

export const tinh = unit(1, null, 'TU_CAMAU', 'Tỉnh ủy Cà Mau');
export const caiNuoc = unit(2, 1, 'HU_CAINUOC', 'Huyện ủy Cái Nước');
export const tranThoi = unit(3, 2, 'DU_TRANTHOI', 'Đảng ủy xã Trần Thới');
export const tanHung = unit(5, 2, 'DU_TANHUNGDONG', 'Đảng ủy xã Tân Hưng Đông');
export const damDoi = unit(4, 1, 'HU_DAMDOI', 'Huyện ủy Đầm Dơi');
export const submissionUnits: UnitIndex = new Map(
  [tinh, caiNuoc, tranThoi, tanHung, damDoi].map((u) => [u.id, u]),
);
export const monthlyRegime = { code: 'KTXH_THANG', approvalUnitIds: [caiNuoc.id] };

/** An editor whose scope is the unit. */
export const editorOf = (scopeUnitId: number | null): SubmissionActor => ({
  id: 9,
  role: 'editor',
  scopeUnitId,
});
