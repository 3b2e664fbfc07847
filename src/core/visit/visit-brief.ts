// A Vietnamese news brief written from a visit's record: the reverse of reading a visit from text.
import { formatDate, formatPercent, formatQuantity } from '../vi/format';
import { findTopic } from './topic-catalog';
import type { VisitLeader } from './visit.types';

export interface VisitBriefInput {
  date: string;
  leader: VisitLeader;
  organiserName: string;
  hostNames: string[];
  topicCodes: string[];
  directives: Array<{ text: string; leadUnitName: string }>;
}

export interface BriefFigure {
  name: string;
  value: number;
  measure: string;
  decimals?: number;
  /** "đạt 85,98% Nghị quyết": against names the target ("Nghị quyết", "kế hoạch", "chỉ tiêu tỉnh giao"). */
  achievement: { percent: number; against: string } | null;
  change: { percent: number; direction: 'tăng' | 'giảm' } | null;
}

/** One host unit's key figures, as its report gave them. */
export interface HostFigures {
  hostName: string;
  figures: readonly BriefFigure[];
}

export interface VisitBrief {
  title: string;
  paragraphs: string[];
}

function lowerFirst(text: string): string {
  // Keep acronyms ("UBND") and proper names written in capitals as they are.
  const second = text.charAt(1);
  return second && second === second.toLocaleLowerCase('vi')
    ? text.charAt(0).toLocaleLowerCase('vi') + text.slice(1)
    : text;
}

function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} và ${names[names.length - 1]}`;
}

/**
 * One figure as a report states it.
 * @example describeFigure({ name: 'Sản lượng tôm', value: 24937, measure: 'tấn', achievement: { percent: 85.98, against: 'Nghị quyết' }, change: { percent: 1.25, direction: 'tăng' } })
 *   === 'sản lượng tôm 24.937 tấn, đạt 85,98% Nghị quyết, tăng 1,25% so với cùng kỳ'
 */
export function describeFigure(f: BriefFigure): string {
  const parts = [`${lowerFirst(f.name)} ${formatQuantity(f.value, f.measure, f.decimals ?? 3)}`];
  if (f.achievement) parts.push(`đạt ${formatPercent(f.achievement.percent)} ${f.achievement.against}`);
  if (f.change) parts.push(`${f.change.direction} ${formatPercent(f.change.percent)} so với cùng kỳ`);
  return parts.join(', ');
}

function directiveParagraphs(visit: VisitBriefInput): string[] {
  const byUnit = new Map<string, string[]>();
  for (const d of visit.directives) {
    const texts = byUnit.get(d.leadUnitName) ?? [];
    texts.push(lowerFirst(d.text.replace(/[.;\s]+$/u, '')));
    byUnit.set(d.leadUnitName, texts);
  }
  return [...byUnit].map(
    ([unit, texts]) => `Đồng chí ${visit.leader.name} đề nghị ${unit}: ${texts.join('; ')}.`,
  );
}

/**
 * The news brief of a visit: who, when, with whom, on what, each host's key figures and the directives.
 * With several hosts each report is named ("Theo báo cáo của Huyện ủy Cái Nước, …").
 * @example writeVisitBrief(caiNuocVisit, [{ hostName: 'Huyện ủy Cái Nước', figures }]).paragraphs[0]
 *   === 'Ngày 17/11/2023, Đoàn công tác của Tỉnh ủy do đồng chí Phạm Thành Ngại, Phó Bí thư Thường trực Tỉnh ủy làm Trưởng đoàn đã có buổi làm việc với Ban Thường vụ Huyện ủy Cái Nước và Đảng ủy xã Trần Thới.'
 */
export function writeVisitBrief(visit: VisitBriefInput, byHost: readonly HostFigures[]): VisitBrief {
  const hosts = joinNames(visit.hostNames);
  const paragraphs = [
    `Ngày ${formatDate(visit.date)}, Đoàn công tác của ${visit.organiserName} do đồng chí ${visit.leader.name}, ` +
      `${visit.leader.title} làm Trưởng đoàn đã có buổi làm việc với ${hosts}.`,
  ];
  const topics = visit.topicCodes.map((c) => lowerFirst(findTopic(c)?.nameVi ?? c));
  if (topics.length > 0) paragraphs.push(`Nội dung làm việc gồm: ${topics.join('; ')}.`);
  for (const { hostName, figures } of byHost) {
    if (figures.length === 0) continue;
    const source = byHost.length > 1 ? `Theo báo cáo của ${hostName}` : 'Theo báo cáo';
    paragraphs.push(`${source}, ${figures.map(describeFigure).join('; ')}.`);
  }
  paragraphs.push(...directiveParagraphs(visit));
  return { title: `Đoàn công tác của ${visit.organiserName} làm việc với ${hosts}`, paragraphs };
}
