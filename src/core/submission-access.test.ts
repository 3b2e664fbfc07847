import { describe, expect, it } from 'vitest';
import { DomainError } from './errors';
import { isAtOrUnder, requireApprover, reviewRefusal, submitRefusal } from './submission-access';
import {
  caiNuoc,
  damDoi,
  editorOf,
  monthlyRegime,
  submissionUnits,
  tinh,
  tranThoi,
} from './testing/submission-tree';

const units = submissionUnits;
const regime = monthlyRegime;

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
