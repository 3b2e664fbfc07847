// Working visits, directives and inspections: the follow-through of a higher committee's work with a unit.
// Names follow ../shared/GLOSSARY.md; dates are ISO strings (YYYY-MM-DD).

export type VisitStatus = 'planned' | 'held' | 'concluded';

export const VISIT_STATUSES: readonly VisitStatus[] = ['planned', 'held', 'concluded'];

/** One entry of the topic catalog ("nội dung làm việc"). */
export interface VisitTopic {
  code: string;
  nameVi: string;
  /** Lower-case phrases whose presence in a text means the topic was on the agenda. */
  keywords: string[];
}

export interface VisitLeader {
  name: string;
  title: string;
}

/** A file kept with a visit (minutes, report, photos): only its description lives here. */
export interface VisitAttachment {
  name: string;
  mediaType: string;
  size: number;
}

export interface Visit {
  id: number;
  date: string;
  leader: VisitLeader;
  members: string[];
  organiserUnitId: number;
  /** Several meetings may be held the same day, as in the Cái Nước example. */
  hostUnitIds: number[];
  topicCodes: string[];
  status: VisitStatus;
  minutes: string | null;
  attachments: VisitAttachment[];
}

export type DirectiveSourceKind = 'visit' | 'inspection' | 'document';

export const DIRECTIVE_SOURCE_KINDS: readonly DirectiveSourceKind[] = ['visit', 'inspection', 'document'];

/** Where a directive comes from; `number` is the document number ("Kết luận số 45-KL/TU"). */
export type DirectiveSource =
  | { kind: 'visit'; visitId: number; number: string | null }
  | { kind: 'inspection'; inspectionId: number; findingId: number | null; number: string | null }
  | { kind: 'document'; number: string };

export interface Directive {
  id: number;
  text: string;
  source: DirectiveSource;
  issuerUnitId: number;
  leadUnitId: number;
  coordinatingUnitIds: number[];
  /** The deadline in force; an approved extension moves it. Null: no deadline set. */
  deadline: string | null;
  indicatorIds: number[];
  /** Latest progress the lead unit reported, 0–100. */
  progressPercent: number;
  /** Date the issuer confirmed completion; null while open. */
  completedOn: string | null;
  createdOn: string;
}

export interface DirectiveUpdate {
  id: number;
  directiveId: number;
  unitId: number;
  userId: number | null;
  reportedOn: string;
  text: string;
  percent: number;
  evidence: VisitAttachment[];
}

export type ExtensionStatus = 'pending' | 'approved' | 'rejected';

export interface ExtensionRequest {
  id: number;
  directiveId: number;
  requestedByUnitId: number;
  requestedOn: string;
  currentDeadline: string | null;
  proposedDeadline: string;
  reason: string;
  status: ExtensionStatus;
  decidedOn: string | null;
  decidedByUserId: number | null;
}

export type InspectionKind = 'inspection' | 'supervision';

export const INSPECTION_KINDS: readonly InspectionKind[] = ['inspection', 'supervision'];

/** One team of the yearly programme ("đoàn kiểm tra", "đoàn giám sát"). */
export interface Inspection {
  id: number;
  year: number;
  kind: InspectionKind;
  organiserUnitId: number;
  targetUnitId: number;
  members: string[];
  periodFrom: string;
  periodTo: string;
  content: string;
  /** Number of the concluding document, e.g. "Thông báo số 08-TB/HU". */
  conclusionNumber: string | null;
}

export type FindingStatus = 'open' | 'remedied';

export interface Finding {
  id: number;
  inspectionId: number;
  text: string;
  status: FindingStatus;
}
