// A unit's lineage as sentences: "Thành lập ngày 01/07/2025 trên cơ sở toàn bộ …" for the units it was formed
// from, "Kết thúc ngày 30/06/2025; từ ngày 01/07/2025 nhập toàn bộ vào …" for those it passed into. Links of
// one date and one document make one sentence, as the resolution that made them says them together.
import type { TFunction } from 'i18next';
import type { UnitDetailAnswer } from '../../../contract';
import type { UnitLink } from '../../../core/types';
import { formatDate } from '../../../core/vi/format';
import type { Answer } from '../../api/types';

export type UnitDetail = Answer<typeof UnitDetailAnswer>;

interface LinkGroup {
  effectiveOn: string;
  document: string | null;
  links: UnitLink[];
}

function groupByDateAndDocument(links: readonly UnitLink[]): LinkGroup[] {
  const groups = new Map<string, LinkGroup>();
  for (const link of links) {
    const key = `${link.effectiveOn}|${link.document ?? ''}`;
    const group = groups.get(key) ?? { effectiveOn: link.effectiveOn, document: link.document, links: [] };
    group.links.push(link);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => a.effectiveOn.localeCompare(b.effectiveOn));
}

function joined(language: string, items: string[]): string {
  return new Intl.ListFormat(language === 'en' ? 'en' : 'vi-VN', { type: 'conjunction' }).format(items);
}

/**
 * The lineage sentences of a unit, oldest first: formed from, then passed into.
 * @example lineageSentences(t, 'vi', xaCaiNuoc)[0] ===
 *   'Thành lập ngày 01/07/2025 trên cơ sở toàn bộ Đảng ủy thị trấn Cái Nước, toàn bộ Đảng ủy xã Trần Thới và một phần Đảng ủy xã Đông Thới (1655/NQ-UBTVQH15).'
 */
export function lineageSentences(t: TFunction, language: string, detail: UnitDetail): string[] {
  const names = new Map(detail.linked.map((u) => [u.id, u.name]));
  const nameOf = (id: number) => names.get(id) ?? `#${id}`;
  const document = (group: LinkGroup) =>
    group.document ? t('lineage.document', { document: group.document }) : '';
  const formed = groupByDateAndDocument(detail.predecessors).map((group) =>
    t('lineage.formed', {
      date: formatDate(group.effectiveOn),
      sources: joined(
        language,
        group.links.map((l) => t(`lineage.from.${l.scope}`, { name: nameOf(l.predecessorId) })),
      ),
      document: document(group),
    }),
  );
  const passed = groupByDateAndDocument(detail.successors).map((group) => {
    const into = joined(
      language,
      group.links.map((l) =>
        t(l.kind === 'rename' ? 'lineage.into.rename' : `lineage.into.${l.scope}`, {
          name: nameOf(l.successorId),
        }),
      ),
    );
    const sentence = { date: formatDate(group.effectiveOn), into, document: document(group) };
    return detail.unit.validTo
      ? t('lineage.endedInto', { ...sentence, end: formatDate(detail.unit.validTo) })
      : t('lineage.into.sentence', sentence);
  });
  // A district of the old three levels ends with no successor: its communes pass on, it does not.
  const ended =
    detail.unit.validTo && passed.length === 0
      ? [t('lineage.ended', { end: formatDate(detail.unit.validTo) })]
      : [];
  return [...formed, ...passed, ...ended];
}
