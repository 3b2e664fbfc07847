// A draft visit read from a news article or minutes, for a person to review before saving.
import { type ProposedDirective, proposeDirectives } from './propose-directives';
import { matchTopics } from './topic-catalog';
import { cleanText, foldVi, UNIT_NAME_AT_START } from './unit-names';
import type { VisitLeader } from './visit.types';

export interface VisitDraft {
  date: string | null;
  leader: VisitLeader | null;
  organiserName: string | null;
  members: string[];
  hostNames: string[];
  topicCodes: string[];
  directives: ProposedDirective[];
  /** What could not be found, in words a reviewer can act on. */
  warnings: string[];
}

const NAME = '\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*)*';
const LEADER = new RegExp(`đồng chí (${NAME}),\\s*([^,;.]+?)\\s+làm [Tt]rưởng đoàn`, 'u');
const SHORT_DATE = /[Nn]gày\s+(\d{1,2})\/(\d{1,2})\/(\d{4})/;
const LONG_DATE = /[Nn]gày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/;

function findDate(text: string): string | null {
  const m = SHORT_DATE.exec(text) ?? LONG_DATE.exec(text);
  if (!m) return null;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  // A day such as 31/02 is rejected rather than rolled into March.
  const parsed = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(iso) ? iso : null;
}

function findOrganiser(text: string): string | null {
  const at = /Đoàn công tác (?:của )?/u.exec(text);
  if (!at) return null;
  return UNIT_NAME_AT_START.exec(text.slice(at.index + at[0].length))?.[0] ?? null;
}

function findMembers(text: string): string[] {
  const m = /tham gia [Đđ]oàn công tác có ([^.]+)\./u.exec(text);
  if (!m) return [];
  return m[1]!
    .split(/;\s*/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function findHosts(text: string): string[] {
  const hosts: string[] = [];
  for (const m of text.matchAll(/làm việc với /gu)) {
    const name = UNIT_NAME_AT_START.exec(text.slice(m.index + m[0].length))?.[0];
    if (name && !hosts.some((h) => foldVi(h) === foldVi(name))) hosts.push(name);
  }
  return hosts;
}

function findTopics(text: string): string[] {
  // The agenda paragraph names the topics; elsewhere the same words describe results, not the agenda.
  const agenda = text.split(/\n\s*\n/).find((p) => /nội dung/iu.test(p));
  const fromAgenda = agenda ? matchTopics(agenda) : [];
  return fromAgenda.length > 0 ? fromAgenda : matchTopics(text);
}

/**
 * Reads date, leader, organiser, members, host units, topics and directives from a visit's article or minutes.
 * @example draftVisitFromText(caiNuocArticle).leader → { name: 'Phạm Thành Ngại', title: 'Phó Bí thư Thường trực Tỉnh ủy' }
 */
export function draftVisitFromText(input: string): VisitDraft {
  const text = cleanText(input);
  const leaderMatch = LEADER.exec(text);
  const draft: VisitDraft = {
    date: findDate(text),
    leader: leaderMatch ? { name: leaderMatch[1]!, title: leaderMatch[2]!.trim() } : null,
    organiserName: findOrganiser(text),
    members: findMembers(text),
    hostNames: findHosts(text),
    topicCodes: findTopics(text),
    directives: proposeDirectives(text),
    warnings: [],
  };
  if (!draft.date) draft.warnings.push('date: không tìm thấy ngày dạng "Ngày 17/11/2023"');
  if (!draft.leader) draft.warnings.push('leader: không tìm thấy "do đồng chí …, … làm Trưởng đoàn"');
  if (draft.hostNames.length === 0) draft.warnings.push('hostNames: không tìm thấy "làm việc với <đơn vị>"');
  if (draft.directives.length === 0) draft.warnings.push('directives: không có câu "đề nghị/yêu cầu/giao …"');
  return draft;
}
