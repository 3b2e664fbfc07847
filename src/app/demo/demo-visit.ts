// The delegation's visit of the example, as a specialist would save it from the article: date, leader,
// members, the units it met, the topics, and its 18 directives, each led by the unit it addresses and
// issued by the organising province. The article sets no deadlines, so none is invented here.

import type { Unit } from '../../core/types';
import { draftVisitFromText } from '../../core/visit/draft-visit';
import { foldVi } from '../../core/visit/unit-names';
import type { Directive, Visit } from '../../core/visit/visit.types';
import type { Actor } from '../../db/audit.repository';
import type { Db } from '../../db/database';
import { createVisitRepository } from '../../db/visit.repository';
import { createDirectiveRepository } from '../../db/visit-directive.repository';

// "Ban Thường vụ Huyện ủy Cái Nước" is addressed to the committee itself: its board works for it.
const BOARD = /^(ban thường vụ|ban chấp hành|thường trực)\s+/u;

/** The unit a name from the text names (board stripped, folded), among those given. */
function unitNamed(name: string, units: readonly Unit[]): Unit | undefined {
  const wanted = foldVi(name).replace(BOARD, '');
  return units.find((u) => foldVi(u.name) === wanted);
}

export interface DemoVisit {
  visit: Visit;
  directives: Directive[];
}

/**
 * Saves the visit the article describes, held on its date, with its directives.
 * @example await loadDemoVisit(db, text, units, system) → { visit: { date: '2023-11-17', … }, directives: 18 }
 */
export async function loadDemoVisit(
  db: Db,
  text: string,
  units: readonly Unit[],
  actor: Actor,
): Promise<DemoVisit> {
  const draft = draftVisitFromText(text);
  const organiser = units.find((u) => u.parentId === null);
  const hosts = draft.hostNames.map((n) => unitNamed(n, units));
  if (!draft.date || !draft.leader || !organiser || hosts.some((h) => !h)) {
    throw new Error(`the demo article no longer reads as a visit: ${draft.warnings.join('; ')}`);
  }
  const hostUnits = hosts as Unit[];
  return db.transaction(async (tx) => {
    const visit = await createVisitRepository(tx).create(
      {
        date: draft.date!,
        leader: draft.leader!,
        members: draft.members,
        organiserUnitId: organiser.id,
        hostUnitIds: hostUnits.map((h) => h.id),
        topicCodes: draft.topicCodes,
        status: 'held',
        minutes: null,
        attachments: [],
      },
      actor,
      tx,
    );
    const directives = await createDirectiveRepository(tx).createMany(
      draft.directives.map((d) => ({
        text: d.text,
        source: { kind: 'visit', visitId: visit.id, number: null },
        issuerUnitId: organiser.id,
        leadUnitId: (d.addressee ? unitNamed(d.addressee, hostUnits) : undefined)?.id ?? hostUnits[0]!.id,
        coordinatingUnitIds: [],
        deadline: null,
        indicatorIds: [],
        createdOn: draft.date!,
      })),
      actor,
      tx,
    );
    return { visit, directives };
  });
}
