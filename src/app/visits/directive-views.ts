// What a directive reads like once the use cases let the actor see it: its four-way status, the names of
// the units it names (the district must read who issued its directive though the province lies outside
// the units it may list) and the deadline extension waiting on the issuer. No rule lives here.
import { directiveStatus } from '../../core/visit/directive-status';
import type { Db } from '../../db/database';
import { createUnitRepository } from '../../db/unit.repository';
import type { StoredDirective } from '../../db/visit-directive.repository';
import { createDirectiveRepository } from '../../db/visit-directive.repository';
import { createEvidenceRepository } from '../../db/visit-evidence.repository';

const unitIdsOf = (d: StoredDirective) => [d.issuerUnitId, d.leadUnitId, ...d.coordinatingUnitIds];

export function createDirectiveViews(db: Db) {
  const units = createUnitRepository(db);
  const directives = createDirectiveRepository(db);
  const evidence = createEvidenceRepository(db);

  async function viewAll(list: readonly StoredDirective[], today: string) {
    const names = await units.findNames(list.flatMap(unitIdsOf));
    const pending = await directives.pendingExtensionsOf(list.map((d) => d.id));
    return list.map((d) => {
      const request = pending.get(d.id);
      return {
        ...d,
        status: directiveStatus(d, today),
        unitNames: Object.fromEntries(unitIdsOf(d).map((id) => [id, names.get(id) ?? ''])),
        pendingExtension: request
          ? { id: request.id, proposedDeadline: request.proposedDeadline, requestedOn: request.requestedOn }
          : null,
      };
    });
  }

  return {
    viewAll,
    /** @example await view(directive, '2024-01-10') → { ...directive, status: 'in_progress', unitNames, … } */
    view: async (d: StoredDirective, today: string) => (await viewAll([d], today))[0]!,
    /** Every unit's name by id, for a summary that names the units of its rows. */
    async unitNames(): Promise<Map<number, string>> {
      return new Map((await units.findAll()).map((u) => [u.id, u.name]));
    },
    /** The evidence filed against a directive the actor was already let see. */
    evidenceOf: (directiveId: number) => evidence.listOf(directiveId),
  };
}

export type DirectiveViews = ReturnType<typeof createDirectiveViews>;
