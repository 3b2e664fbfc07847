// Gathers what the briefing pack and the news brief of a visit need, and hands it to core and documents.
import { SOURCE_LABEL } from '../../core/checks';
import type { Scorecard, ScorecardRow } from '../../core/scorecard';
import type { Unit } from '../../core/types';
import { directiveAsOf } from '../../core/visit/directive-as-of';
import { directiveStatus } from '../../core/visit/directive-status';
import { findTopic } from '../../core/visit/topic-catalog';
import type { Visit } from '../../core/visit/visit.types';
import { type BriefFigure, writeVisitBrief } from '../../core/visit/visit-brief';
import type { Db } from '../../db/database';
import { createUnitRepository } from '../../db/unit.repository';
import { createDirectiveRepository } from '../../db/visit-directive.repository';
import { createInspectionRepository } from '../../db/visit-inspection.repository';
import { type BriefingHostSection, buildBriefingPack } from '../../documents/briefing-pack';
import type { PartyDocument, PartyDocumentHeader } from '../../documents/party-docx';
import { visitBriefDocument } from '../../documents/visit-brief-docx';
import type { ScorecardService } from '../scorecard/scorecard.service';

export interface HeaderRequest {
  number: string;
  place: string;
  date?: string | undefined;
}

/** "Huyện ủy Cái Nước" is headed by "ĐẢNG BỘ TỈNH CÀ MAU" when its parent is "Tỉnh ủy Cà Mau". */
function partyBodyOf(parent: Unit | null): string | null {
  if (!parent) return null;
  return parent.name.replace(/^(Tỉnh|Huyện|Thành|Thị) (ủy|uỷ)/iu, 'Đảng bộ $1').toLocaleUpperCase('vi');
}

function scorecardRow(r: ScorecardRow): BriefingHostSection['rows'][number] {
  const figure = r.actual ?? r.estimate;
  return {
    indicatorName: r.indicator.name,
    measure: r.indicator.measure,
    decimals: r.indicator.decimals,
    target: r.targets[0]?.value ?? null,
    value: figure?.value ?? null,
    valueNote: r.actual ? (r.actual.inherited ? 'kế thừa' : null) : r.estimate ? 'ước' : null,
    achievement: r.achievement[0] ?? null,
    status: r.status,
  };
}

/** The key figures of a scorecard as the brief states them: those with a figure, achievement first. */
export function briefFigures(scorecard: Scorecard, limit = 8): BriefFigure[] {
  return scorecard.rows
    .filter((r) => r.actual !== null)
    .slice(0, limit)
    .map((r) => {
      const a = r.achievement.find((x) => x.percent !== null);
      const change = r.change?.kind === 'ok' && r.change.percent !== null ? r.change.percent : null;
      return {
        name: r.indicator.name,
        value: r.actual!.value,
        measure: r.indicator.measure,
        decimals: r.indicator.decimals,
        achievement: a ? { percent: a.percent!, against: SOURCE_LABEL[a.source] } : null,
        change:
          change === null ? null : { percent: Math.abs(change), direction: change < 0 ? 'giảm' : 'tăng' },
      };
    });
}

export function createVisitDocumentsService(db: Db, scorecards: ScorecardService) {
  const units = createUnitRepository(db);
  const directives = createDirectiveRepository(db);
  const inspections = createInspectionRepository(db);

  async function unitsOf(visit: Visit) {
    const organiser = (await units.findById(visit.organiserUnitId))!;
    const parent = organiser.parentId === null ? null : await units.findById(organiser.parentId);
    const hosts = (await Promise.all(visit.hostUnitIds.map((id) => units.findById(id)))).filter(
      (u): u is Unit => !!u,
    );
    return { organiser, parent, hosts };
  }

  function headerOf(
    organiser: Unit,
    parent: Unit | null,
    h: HeaderRequest,
    date: string,
  ): PartyDocumentHeader {
    return {
      parentBody: partyBodyOf(parent),
      issuingBody: organiser.name.toLocaleUpperCase('vi'),
      number: h.number,
      place: h.place,
      date: h.date ?? date,
    };
  }

  const signatureOf = (visit: Visit) => ({
    capacity: 'T/M BAN THƯỜNG VỤ',
    position: visit.leader.title.toLocaleUpperCase('vi'),
    name: visit.leader.name,
  });

  /** The news brief of a visit from its record, with each host's key figures. */
  async function brief(visit: Visit) {
    const { organiser, hosts } = await unitsOf(visit);
    const year = Number.parseInt(visit.date.slice(0, 4), 10);
    const byHost = [];
    for (const host of hosts) {
      const scorecard = await scorecards.scorecardOf({ unit: host, year });
      byHost.push({ hostName: host.name, figures: briefFigures(scorecard) });
    }
    const given = await directives.list({ scopeUnitIds: null, today: visit.date, visitId: visit.id });
    const nameOf = new Map(hosts.map((u) => [u.id, u.name]));
    for (const d of given) {
      if (!nameOf.has(d.leadUnitId))
        nameOf.set(d.leadUnitId, (await units.findById(d.leadUnitId))?.name ?? '');
    }
    return writeVisitBrief(
      {
        date: visit.date,
        leader: visit.leader,
        organiserName: organiser.name,
        hostNames: hosts.map((u) => u.name),
        topicCodes: visit.topicCodes,
        directives: given.map((d) => ({ text: d.text, leadUnitName: nameOf.get(d.leadUnitId) ?? '' })),
      },
      byHost,
    );
  }

  /**
   * The directives a host leads from before the visit, as they stood on the day the pack speaks of: the
   * visit's own directives are its outcome, not its background.
   */
  async function earlierDirectives(host: Unit, visit: Visit, day: string) {
    const led = await directives.list({ scopeUnitIds: null, today: day, leadUnitId: host.id });
    const earlier = [];
    for (const d of led) {
      if (d.source.kind === 'visit' && d.source.visitId === visit.id) continue;
      const then = directiveAsOf(d, await directives.updatesOf(d.id), day);
      if (then) earlier.push(then);
    }
    return earlier;
  }

  /** One host's section of the briefing pack: its scorecard, the directives it leads, its open findings. */
  async function hostSection(host: Unit, visit: Visit, today: string): Promise<BriefingHostSection> {
    const year = Number.parseInt(visit.date.slice(0, 4), 10);
    const scorecard = await scorecards.scorecardOf({ unit: host, year });
    // A pack printed after the visit still speaks of the day of the visit.
    const day = today < visit.date ? today : visit.date;
    const earlier = await earlierDirectives(host, visit, day);
    const teams = await inspections.list({ scopeUnitIds: null, targetUnitId: host.id });
    const open = (await inspections.findingsOf(teams.map((t) => t.id))).filter((f) => f.status === 'open');
    const teamOf = new Map(teams.map((t) => [t.id, t]));
    return {
      unitName: host.name,
      year,
      rows: scorecard.rows.map(scorecardRow),
      checks: scorecard.rows.flatMap((r) => r.checks.map((c) => c.message)),
      directives: earlier.map((d) => ({
        text: d.text,
        source: d.source.number ?? (d.source.kind === 'visit' ? 'Đoàn công tác' : 'Kiểm tra, giám sát'),
        leadUnitName: host.name,
        deadline: d.deadline,
        status: directiveStatus(d, day),
        progressPercent: d.progressPercent,
      })),
      findings: open.map((f) => {
        const t = teamOf.get(f.inspectionId);
        return {
          inspection: t ? `${t.kind === 'inspection' ? 'Kiểm tra' : 'Giám sát'} năm ${t.year}` : '',
          text: f.text,
        };
      }),
    };
  }

  return {
    /** The briefing pack of a planned visit: a section per host unit, in the order of the meetings. */
    async briefingPack(visit: Visit, h: HeaderRequest, today: string): Promise<PartyDocument> {
      const { organiser, parent, hosts } = await unitsOf(visit);
      const sections: BriefingHostSection[] = [];
      for (const host of hosts) sections.push(await hostSection(host, visit, today));
      return buildBriefingPack({
        header: headerOf(organiser, parent, h, today),
        visit: {
          date: visit.date,
          leaderName: visit.leader.name,
          leaderTitle: visit.leader.title,
          hostNames: hosts.map((u) => u.name),
          topicNames: visit.topicCodes.map((c) => findTopic(c)?.nameVi ?? c),
        },
        hosts: sections,
        recipients: [...hosts.map((u) => u.name), 'Các đồng chí trong Đoàn công tác'],
        signature: signatureOf(visit),
      });
    },

    brief,

    async briefDocument(visit: Visit, h: HeaderRequest, today: string): Promise<PartyDocument> {
      const { organiser, parent, hosts } = await unitsOf(visit);
      const written = await brief(visit);
      return visitBriefDocument(
        written,
        headerOf(organiser, parent, h, today),
        hosts.map((u) => u.name),
        signatureOf(visit),
      );
    },
  };
}
