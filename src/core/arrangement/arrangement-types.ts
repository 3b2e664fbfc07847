// The shapes of an arrangement (phương án sắp xếp): its columns and their Vietnamese headings, its rows,
// the plan made of them and the problems of a bad file.
import type { ShareBasis, Unit, UnitKind, UnitLink, UnitLinkScope } from '../types';
import type { Cell } from './arrangement-cells';

export type ArrangementColumn =
  | 'successorCode'
  | 'successorName'
  | 'successorKind'
  | 'parentCode'
  | 'predecessorCode'
  | 'scope'
  | 'share'
  | 'population'
  | 'areaKm2'
  | 'predecessorPopulation'
  | 'effectiveOn'
  | 'document'
  | 'directiveSuccessor';

/**
 * The Vietnamese heading of each column, as a problem names it: an official reads "cột Mã đơn vị cũ",
 * whichever spelling the file's heading used.
 */
export const ARRANGEMENT_HEADINGS: Record<ArrangementColumn, string> = {
  successorCode: 'Mã đơn vị mới',
  successorName: 'Tên đơn vị mới',
  successorKind: 'Loại đơn vị mới',
  parentCode: 'Mã đơn vị cấp trên',
  predecessorCode: 'Mã đơn vị cũ',
  scope: 'Phạm vi',
  share: 'Tỷ lệ',
  population: 'Dân số',
  areaKm2: 'Diện tích',
  predecessorPopulation: 'Dân số đơn vị cũ',
  effectiveOn: 'Ngày hiệu lực',
  document: 'Văn bản',
  directiveSuccessor: 'Đơn vị nhận nhiệm vụ',
};

export type Complain = (column: ArrangementColumn, reason: string) => void;

export interface ArrangementRow {
  row: number;
  cells: Partial<Record<ArrangementColumn, Cell>>;
}

export interface ArrangementProblem {
  row: number;
  field: string;
  reason: string;
}

export interface PlannedUnit {
  code: string;
  name: string;
  kind: UnitKind;
  parentCode: string | null;
  validFrom: string;
}

export interface PlannedLink {
  row: number;
  predecessorCode: string;
  successorCode: string;
  scope: UnitLinkScope;
  share: number | null;
  basis: ShareBasis | null;
  population: number | null;
  areaKm2: number | null;
  effectiveOn: string;
  document: string | null;
}

/** A unit that ends without a successor at its level (Huyện ủy Cái Nước on 30/6/2025). */
export interface PlannedDissolution {
  row: number;
  code: string;
  name: string;
  validTo: string;
  effectiveOn: string;
  document: string | null;
}

/**
 * Where the open directives of a unit that ends go: the receiving unit a row names, its only or whole
 * successor, or for a dissolution its province; null when the file leaves it to be chosen, with why.
 */
export interface DirectiveReceiver {
  fromCode: string;
  toCode: string | null;
  reason: string;
}

export interface ArrangementPlan {
  newUnits: PlannedUnit[];
  endingUnits: { code: string; name: string; validTo: string }[];
  links: PlannedLink[];
  /** Units the file ends without successor, not yet ended by an earlier apply. */
  dissolutions: PlannedDissolution[];
  /** For every unit the file ends (applied before or not): where its open directives go. */
  directiveReceivers: DirectiveReceiver[];
  /** Rows whose link an earlier apply recorded, just as the row says: skipped, not recorded twice. */
  recordedRows: number[];
  /** Every link of the file is already recorded: applying it again changes nothing. */
  alreadyApplied: boolean;
}

export type ArrangementResult =
  | { kind: 'ok'; plan: ArrangementPlan }
  | { kind: 'invalid'; problems: ArrangementProblem[] };

export interface ArrangementContext {
  units: readonly Unit[];
  /** Every stored link: a file is checked against them (cycles, shares) and not recorded twice. */
  links: readonly Pick<UnitLink, 'predecessorId' | 'successorId' | 'scope' | 'share' | 'effectiveOn'>[];
  /** Used where a row has no effective_on / document of its own. */
  effectiveOn?: string | null;
  document?: string | null;
}
