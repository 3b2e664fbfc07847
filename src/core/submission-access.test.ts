import { describe, expect, it } from 'vitest';
import { DomainError } from './errors';
import {
  isAtOrUnder,
  requireApprover,
  reviewRefusal,
  type SubmissionActor,
  submitRefusal,
  type UnitIndex,
} from './submission-access';

// Tỉnh ủy Cà Mau → Huyện ủy Cái Nước → Đảng ủy xã Trần Thới; Huyện ủy Đầm Dơi beside Cái Nước.
const unit = (id: number, parentId: number | null, code: string, name: string) => ({
  id,
  parentId,
  code,
  name,
});
const tinh = unit(1, null, 'TU_CAMAU', 'Tỉnh ủy Cà Mau');
const caiNuoc = unit(2, 1, 'HU_CAINUOC', 'Huyện ủy Cái Nước');
const tranThoi = unit(3, 2, 'DU_TRANTHOI', 'Đảng ủy xã Trần Thới');
const damDoi = unit(4, 1, 'HU_DAMDOI', 'Huyện ủy Đầm Dơi');
const units: UnitIndex = new Map([tinh, caiNuoc, tranThoi, damDoi].map((u) => [u.id, u]));
const regime = { code: 'KTXH_THANG', approvalUnitIds: [caiNuoc.id] };
const editorOf = (scopeUnitId: number | null): SubmissionActor => ({ id: 9, role: 'editor', scopeUnitId });

describe('isAtOrUnder', () => {
  it('walks up from the unit to its ancestors', () => {
    expect(isAtOrUnder(units, tinh.id, tranThoi.id)).toBe(true);
    expect(isAtOrUnder(units, tranThoi.id, tranThoi.id)).toBe(true);
    expect(isAtOrUnder(units, damDoi.id, tranThoi.id)).toBe(false);
  });
});

describe('submitRefusal', () => {
  it("lets the commune's editor and those above submit, and no one outside or read-only", () => {
    expect(submitRefusal(units, editorOf(tranThoi.id), tranThoi)).toBeNull();
    expect(submitRefusal(units, editorOf(caiNuoc.id), tranThoi)).toBeNull();
    expect(submitRefusal(units, editorOf(damDoi.id), tranThoi)).toEqual({
      field: 'unit',
      message: 'đơn vị "Đảng ủy xã Trần Thới" nằm ngoài phạm vi của bạn',
    });
    expect(submitRefusal(units, { id: 5, role: 'viewer', scopeUnitId: tranThoi.id }, tranThoi)?.message).toBe(
      'Vai trò chỉ xem không được nộp hay duyệt báo cáo',
    );
  });
});

describe('reviewRefusal', () => {
  it('lets the approving district and the province above it review, never the commune itself', () => {
    expect(reviewRefusal(units, editorOf(caiNuoc.id), regime, tranThoi)).toBeNull();
    expect(reviewRefusal(units, editorOf(tinh.id), regime, tranThoi)).toBeNull();
    expect(reviewRefusal(units, { id: 1, role: 'admin', scopeUnitId: null }, regime, tranThoi)).toBeNull();
    expect(reviewRefusal(units, editorOf(tranThoi.id), regime, tranThoi)?.message).toBe(
      'Đơn vị "Đảng ủy xã Trần Thới" không tự duyệt báo cáo của mình',
    );
    expect(reviewRefusal(units, editorOf(damDoi.id), regime, tranThoi)?.message).toBe(
      'Chỉ cấp duyệt của chế độ KTXH_THANG (Huyện ủy Cái Nước) hoặc cấp trên được duyệt, trả lại hay mở khóa báo cáo của "Đảng ủy xã Trần Thới"',
    );
  });

  it('is what requireApprover throws, as forbidden', () => {
    const attempt = () => requireApprover(units, editorOf(tranThoi.id), regime, tranThoi);
    expect(attempt).toThrow(DomainError);
    expect(attempt).toThrow('không tự duyệt báo cáo của mình');
  });
});
