// The lineage sentences of the demo's units after NQ 1655/NQ-UBTVQH15, in both languages, word for word.
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Unit, UnitLink } from '../../../core/types';
import { TRANSLATIONS } from '../../i18n/domain-words';
import { lineageSentences } from './lineage.model';

const unit = (id: number, name: string, validTo: string | null = null): Unit => ({
  id,
  code: `U${id}`,
  name,
  kind: 'commune_party',
  parentId: null,
  validFrom: null,
  validTo,
});
const link = (
  predecessorId: number,
  successorId: number,
  scope: UnitLink['scope'],
  document: string | null,
) => ({
  predecessorId,
  successorId,
  kind: 'merge' as const,
  effectiveOn: '2025-07-01',
  scope,
  share: null,
  basis: null,
  document,
});

const XA = unit(10, 'Đảng ủy xã Cái Nước');
const THI_TRAN = unit(1, 'Đảng ủy thị trấn Cái Nước', '2025-06-30');
const TRAN_THOI = unit(2, 'Đảng ủy xã Trần Thới', '2025-06-30');
const DONG_THOI = unit(3, 'Đảng ủy xã Đông Thới', '2025-06-30');
const LUONG_THE_TRAN = unit(11, 'Đảng ủy xã Lương Thế Trân');
const NQ = '1655/NQ-UBTVQH15';

let vi: TFunction;
let en: TFunction;

beforeAll(async () => {
  const instance = (lng: 'vi' | 'en') => {
    const i = i18next.createInstance();
    return i
      .init({
        resources: { [lng]: { translation: TRANSLATIONS[lng] } },
        lng,
        interpolation: { escapeValue: false },
      })
      .then(() => i.t.bind(i) as TFunction);
  };
  [vi, en] = await Promise.all([instance('vi'), instance('en')]);
});

describe('a unit’s lineage in words', () => {
  const xa = {
    unit: XA,
    predecessors: [link(1, 10, 'whole', NQ), link(2, 10, 'whole', NQ), link(3, 10, 'part', NQ)],
    successors: [],
    linked: [THI_TRAN, TRAN_THOI, DONG_THOI],
  };

  it('says the new xã was formed from its predecessors, whole and part, with the resolution', () => {
    expect(lineageSentences(vi, 'vi', xa)).toEqual([
      'Thành lập ngày 01/07/2025 trên cơ sở toàn bộ Đảng ủy thị trấn Cái Nước, toàn bộ Đảng ủy xã Trần Thới và một phần Đảng ủy xã Đông Thới (1655/NQ-UBTVQH15).',
    ]);
    expect(lineageSentences(en, 'en', xa)).toEqual([
      'Formed on 01/07/2025 from the whole of Đảng ủy thị trấn Cái Nước, the whole of Đảng ủy xã Trần Thới, and part of Đảng ủy xã Đông Thới (1655/NQ-UBTVQH15).',
    ]);
  });

  it('says an old commune split between two successors ended the day before, and where each part went', () => {
    const split = {
      unit: DONG_THOI,
      predecessors: [],
      successors: [link(3, 10, 'part', NQ), link(3, 11, 'part', NQ)],
      linked: [XA, LUONG_THE_TRAN],
    };
    expect(lineageSentences(vi, 'vi', split)).toEqual([
      'Kết thúc ngày 30/06/2025; từ ngày 01/07/2025: một phần nhập vào Đảng ủy xã Cái Nước và một phần nhập vào Đảng ủy xã Lương Thế Trân (1655/NQ-UBTVQH15).',
    ]);
  });

  it('makes one sentence per date and document, oldest first, and one without a document has no brackets', () => {
    const chain = {
      unit: XA,
      predecessors: [{ ...link(2, 10, 'whole', null), effectiveOn: '2026-01-01' }, link(1, 10, 'whole', NQ)],
      successors: [],
      linked: [THI_TRAN, TRAN_THOI],
    };
    expect(lineageSentences(vi, 'vi', chain)).toEqual([
      'Thành lập ngày 01/07/2025 trên cơ sở toàn bộ Đảng ủy thị trấn Cái Nước (1655/NQ-UBTVQH15).',
      'Thành lập ngày 01/01/2026 trên cơ sở toàn bộ Đảng ủy xã Trần Thới.',
    ]);
    expect(lineageSentences(vi, 'vi', { unit: XA, predecessors: [], successors: [], linked: [] })).toEqual(
      [],
    );
  });
});
