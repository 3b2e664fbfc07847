// The briefing pack for a planned visit: what the delegation should know before it sits down with the host.

import type { ScorecardStatus } from '../core/scorecard.types';
import { formatDate, formatNumber, formatPercent, formatQuantity } from '../core/vi/format';
import { DIRECTIVE_STATUS_LABELS, type DirectiveStatus } from '../core/visit/directive-status';
import { type AchievementOutcome, achievementText, STATUS_WORDS } from '../core/words';
import type { PartyBlock, PartyDocument, PartyDocumentHeader } from './party-docx';

export interface BriefingScorecardRow {
  indicatorName: string;
  measure: string;
  decimals: number;
  target: number | null;
  value: number | null;
  /** Said beside a value that is not an entered official figure: "ước" (the unit's estimate), "kế thừa". */
  valueNote?: 'ước' | 'kế thừa' | null;
  /** Against the target shown (the row's first): a percent or a named outcome ("Đạt" for a 0 poverty rate). */
  achievement: AchievementOutcome | null;
  status: ScorecardStatus;
}

export interface BriefingDirective {
  text: string;
  /** "Đoàn công tác ngày 17/11/2023", "Kết luận số 45-KL/TU". */
  source: string;
  leadUnitName: string;
  deadline: string | null;
  status: DirectiveStatus;
  progressPercent: number;
}

/** What the delegation should know of one host unit: its scorecard, earlier directives, open findings. */
export interface BriefingHostSection {
  unitName: string;
  year: number;
  rows: BriefingScorecardRow[];
  /** Inconsistencies found in the host's figures, in words. */
  checks: string[];
  directives: BriefingDirective[];
  findings: Array<{ inspection: string; text: string }>;
}

/** The pack of a visit: one section per host unit, in the order of the meetings (district, then commune). */
export interface BriefingPackSections {
  header: PartyDocumentHeader;
  visit: { date: string; leaderName: string; leaderTitle: string; hostNames: string[]; topicNames: string[] };
  hosts: BriefingHostSection[];
  recipients: string[];
  signature: PartyDocument['signature'];
}

// Off-track first: the delegation reads the problems before the successes.
const STATUS_ORDER: Record<ScorecardStatus, number> = {
  off_track: 0,
  at_risk: 1,
  on_track: 2,
  achieved: 3,
  no_target: 4,
  no_data: 5,
};
const DIRECTIVE_ORDER: Record<DirectiveStatus, number> = {
  open_overdue: 0,
  open_within_deadline: 1,
  done_late: 2,
  done_on_time: 3,
};

const figure = (v: number | null, decimals: number) => (v === null ? '—' : formatNumber(v, decimals));
const noted = (r: BriefingScorecardRow, text: string) => (r.valueNote ? `${text} (${r.valueNote})` : text);
const quantity = (r: BriefingScorecardRow) =>
  r.value === null ? '—' : noted(r, formatQuantity(r.value, r.measure, r.decimals));
const achieved = (a: AchievementOutcome | null) => (a === null ? '—' : achievementText(a));

/** "đạt 85,98%" in a sentence, or the outcome's words when there is no ratio. */
function achievedInSentence(a: AchievementOutcome | null): string {
  if (a?.kind === 'ok' && a.percent !== null) return `đạt ${formatPercent(a.percent)}`;
  return achieved(a).toLocaleLowerCase('vi');
}

/** A row with neither target nor figure says it has no figure; with a figure and no target, no target. */
function statusWords(r: BriefingScorecardRow): string {
  return STATUS_WORDS.vi[r.status === 'no_target' && r.value === null ? 'no_data' : r.status];
}

/** The items in the order of their status (the most urgent first), each as a row of cells. */
function rowsByStatus<S extends string, T extends { status: S }>(
  items: readonly T[],
  order: Record<S, number>,
  cells: (item: T) => string[],
): string[][] {
  return [...items].sort((a, b) => order[a.status] - order[b.status]).map(cells);
}

function scorecardRows(rows: readonly BriefingScorecardRow[]): string[][] {
  return rowsByStatus(rows, STATUS_ORDER, (r) => [
    r.indicatorName,
    r.measure,
    figure(r.target, r.decimals),
    r.value === null ? '—' : noted(r, figure(r.value, r.decimals)),
    achieved(r.achievement),
    statusWords(r),
  ]);
}

function problemBlocks(host: BriefingHostSection): PartyBlock[] {
  const lagging = host.rows.filter((r) => r.status === 'off_track' || r.status === 'at_risk');
  const lines = [
    ...lagging.map(
      (r) =>
        `${r.indicatorName}: ${quantity(r)}, ${achievedInSentence(r.achievement)} ` +
        `(${STATUS_WORDS.vi[r.status].toLocaleLowerCase('vi')}).`,
    ),
    ...host.checks.map((c) => `Cần kiểm tra: ${c}`),
  ];
  return lines.length > 0
    ? lines.map((text) => ({ kind: 'paragraph' as const, text }))
    : [{ kind: 'paragraph', text: 'Không có chỉ tiêu chậm tiến độ hay số liệu cần kiểm tra.' }];
}

function directiveRows(directives: readonly BriefingDirective[]): string[][] {
  return rowsByStatus(directives, DIRECTIVE_ORDER, (d) => [
    d.text,
    d.source,
    d.leadUnitName,
    d.deadline ? formatDate(d.deadline) : '—',
    `${DIRECTIVE_STATUS_LABELS[d.status]} (${formatPercent(d.progressPercent, 0)})`,
  ]);
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** A host's section: lagging indicators and checks first, the scorecard, earlier directives, open findings. */
function hostBlocks(host: BriefingHostSection, number: string): PartyBlock[] {
  return [
    { kind: 'heading', text: `${number}. ${host.unitName.toLocaleUpperCase('vi')}` },
    { kind: 'heading', text: '1. Chỉ tiêu chậm tiến độ và số liệu cần kiểm tra' },
    ...problemBlocks(host),
    { kind: 'heading', text: `2. Kết quả thực hiện chỉ tiêu năm ${host.year}` },
    host.rows.length > 0
      ? {
          kind: 'table',
          columns: ['Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu giao', 'Thực hiện', 'Tỷ lệ đạt', 'Tiến độ'],
          rows: scorecardRows(host.rows),
          widths: [34, 12, 14, 14, 12, 14],
        }
      : { kind: 'paragraph', text: `Chưa có chỉ tiêu, số liệu năm ${host.year}.` },
    { kind: 'heading', text: '3. Kết luận, chỉ đạo trước đây và tình hình thực hiện' },
    host.directives.length > 0
      ? {
          kind: 'table',
          columns: ['Nội dung', 'Nguồn', 'Đơn vị chủ trì', 'Thời hạn', 'Tình trạng'],
          rows: directiveRows(host.directives),
          widths: [40, 16, 16, 12, 16],
        }
      : { kind: 'paragraph', text: 'Chưa có kết luận, chỉ đạo nào được giao.' },
    { kind: 'heading', text: '4. Kết quả kiểm tra, giám sát chưa khắc phục' },
    ...(host.findings.length > 0
      ? host.findings.map((f) => ({ kind: 'paragraph' as const, text: `${f.inspection}: ${f.text}` }))
      : [{ kind: 'paragraph' as const, text: 'Không còn kết quả kiểm tra, giám sát chưa khắc phục.' }]),
  ];
}

/**
 * Assembles the briefing pack: the visit, then one section per host unit (II, III, …), each with its lagging
 * indicators and checks first, its scorecard, earlier directives (overdue first) and open inspection findings.
 * @example buildBriefingPack(input).blocks[0] → { kind: 'heading', text: 'I. THÔNG TIN CHUNG' }
 */
export function buildBriefingPack(input: BriefingPackSections): PartyDocument {
  const v = input.visit;
  const blocks: PartyBlock[] = [
    { kind: 'heading', text: 'I. THÔNG TIN CHUNG' },
    {
      kind: 'paragraph',
      text: `Ngày ${formatDate(v.date)}, đồng chí ${v.leaderName}, ${v.leaderTitle} làm việc với ${v.hostNames.join(' và ')}.`,
    },
    ...(v.topicNames.length > 0
      ? [{ kind: 'paragraph' as const, text: `Nội dung: ${v.topicNames.join('; ')}.` }]
      : []),
    ...input.hosts.flatMap((host, i) => hostBlocks(host, ROMAN[i + 1] ?? String(i + 2))),
  ];
  return {
    header: input.header,
    kind: 'BÁO CÁO',
    title: `phục vụ buổi làm việc với ${v.hostNames.join(' và ')}`,
    blocks,
    recipients: input.recipients,
    signature: input.signature,
  };
}
