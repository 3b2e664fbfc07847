// The rules a succession link must keep before it is stored: a share belongs to a part, lies in (0, 1] and
// says what it measures. NQ 1655/NQ-UBTVQH15 gives km² and people for every part, rarely a share.
import { DomainError } from './errors';
import type { ShareBasis, UnitLink, UnitLinkScope } from './types';

export type UnitLinkFields = Pick<UnitLink, 'predecessorId' | 'successorId' | 'kind' | 'effectiveOn'> &
  Partial<Pick<UnitLink, 'scope' | 'share' | 'basis' | 'document'>>;

const SCOPE_OF_KIND: Record<UnitLink['kind'], UnitLinkScope> = {
  merge: 'whole',
  rename: 'whole',
  split: 'part',
};

/**
 * A complete link from the fields given, or DomainError 'invalid_input' naming the field that breaks a rule.
 * @example completeUnitLink({ predecessorId: 3, successorId: 9, kind: 'split', effectiveOn: '2025-07-01', share: 0.4, basis: 'population' })
 *   → { …, scope: 'part', share: 0.4, basis: 'population', document: null }
 */
export function completeUnitLink(fields: UnitLinkFields): UnitLink {
  const scope = fields.scope ?? SCOPE_OF_KIND[fields.kind];
  const share = fields.share ?? null;
  const basis: ShareBasis | null = fields.basis ?? null;
  if (fields.predecessorId === fields.successorId) {
    throw new DomainError('invalid_input', 'successorId', 'một đơn vị không thể kế thừa chính nó');
  }
  if (share !== null) {
    if (scope !== 'part') {
      throw new DomainError(
        'invalid_input',
        'share',
        'chỉ phần (scope = part) mới có tỷ lệ; toàn bộ là 100%',
      );
    }
    if (!(share > 0 && share <= 1)) {
      throw new DomainError('invalid_input', 'share', `tỷ lệ ${share} phải lớn hơn 0 và không quá 1`);
    }
    if (basis === null) {
      throw new DomainError(
        'invalid_input',
        'basis',
        'tỷ lệ phải nêu căn cứ: population (dân số) hoặc area (diện tích)',
      );
    }
  }
  const { predecessorId, successorId, kind, effectiveOn } = fields;
  return {
    predecessorId,
    successorId,
    kind,
    effectiveOn,
    scope,
    share,
    basis,
    document: fields.document ?? null,
  };
}
