// The report a people's committee sends up in the state format: the unit's scorecard as its table, headed by
// the committee of the same place (read from the unit's name, or named by the caller).
import { DomainError } from '../../core/errors';
import type { Unit } from '../../core/types';
import { type StateIssuer, stateIssuerOf } from '../../core/vi/state-issuer';
import { buildStateReportDocx } from '../../documents/state-report';
import type { ScorecardService } from '../scorecard/scorecard.service';

export interface StateReportRequest {
  unit: Unit;
  year: number;
  asOf?: string | null | undefined;
  /** "12/BC-UBND" */
  number: string;
  /** ISO date of issue; today when not given. */
  date?: string | undefined;
  /** The issuer's second line when the unit's name does not say it: "XÃ TRẦN THỚI". */
  issuer?: string | undefined;
  place?: string | undefined;
  signerName?: string | undefined;
  recipients?: string[] | undefined;
}

export interface StateReport {
  fileName: string;
  bytes: Buffer;
}

/** Today's date where the report is signed (UTC+7), not where the server runs. */
function todayInVietnam(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
}

/** The committee named by the caller ("XÃ TRẦN THỚI"), else the one the unit's name says, else a 400. */
function issuerOf(unit: Unit, given: string | undefined, place: string | undefined): StateIssuer {
  const named = stateIssuerOf(unit.name);
  const second = given?.trim();
  const issuer: StateIssuer | null = second
    ? {
        lines: ['ỦY BAN NHÂN DÂN', second.toLocaleUpperCase('vi')],
        place: named?.place ?? unit.name,
        name: `Ủy ban nhân dân ${second}`,
      }
    : named;
  if (!issuer) {
    throw new DomainError(
      'invalid_input',
      'issuer',
      `tên đơn vị "${unit.name}" không cho biết cấp hành chính: ghi cơ quan ban hành, ví dụ "XÃ TRẦN THỚI"`,
    );
  }
  return { ...issuer, place: place?.trim() || issuer.place };
}

export function createStateReportService(scorecards: ScorecardService) {
  return {
    /**
     * The unit's state-format report for the year as .docx.
     * @example await stateReportOf({ unit: huyenCaiNuoc, year: 2023, number: '12/BC-UBND' })
     *   → { fileName: 'bao-cao-HU_CAINUOC-2023.docx', bytes } headed "ỦY BAN NHÂN DÂN / HUYỆN CÁI NƯỚC"
     */
    async stateReportOf(request: StateReportRequest): Promise<StateReport> {
      const { unit, year } = request;
      const issuer = issuerOf(unit, request.issuer, request.place);
      const scorecard = await scorecards.scorecardOf({ unit, year, asOf: request.asOf ?? null });
      const bytes = await buildStateReportDocx({
        scorecard,
        header: {
          parentBody: null,
          issuingBody: issuer.lines,
          number: request.number,
          place: issuer.place,
          date: request.date ?? todayInVietnam(),
        },
        issuerName: issuer.name,
        signature: { capacity: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: request.signerName ?? '' },
        recipients: request.recipients ?? [],
      });
      const fileName = `bao-cao-${unit.code}-${year}.docx`.replace(/[^\w.-]/g, '_');
      return { fileName, bytes };
    },
  };
}

export type StateReportService = ReturnType<typeof createStateReportService>;
