// The contract's enumerations checked against core's unions, both ways, when the project type-checks.
// A schema `satisfies` its domain type only one way: an enum missing a value core has added (a new
// achievement outcome) still satisfies it, and the server would then refuse to send that value.
import type { z } from 'zod';
import type { Achievement } from '../core/achievement';
import type { ScorecardStatus } from '../core/scorecard';
import type { Status } from '../core/status';
import type { ObservationKind, UnitLinkKind } from '../core/types';
import type { DirectiveStatus } from '../core/visit/directive-status';
import type { InspectionKind, VisitStatus } from '../core/visit/visit.types';
import type { DirectiveStatusSchema } from './directive.schema';
import type { InspectionKindSchema } from './inspection.schema';
import type { ObservationKindSchema } from './observation.schema';
import type { ScorecardAchievementSchema, ScorecardStatusSchema, StatusSchema } from './scorecard.schema';
import type { UnitMergeSchema } from './unit.schema';
import type { VisitStatusSchema } from './visit.schema';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;

export type DomainEnumsAgree = [
  Holds<Same<z.output<typeof ScorecardAchievementSchema>['kind'], Achievement['kind']>>,
  Holds<Same<z.output<typeof StatusSchema>, Status>>,
  Holds<Same<z.output<typeof ScorecardStatusSchema>, ScorecardStatus>>,
  Holds<Same<z.output<typeof DirectiveStatusSchema>, DirectiveStatus>>,
  Holds<Same<z.output<typeof VisitStatusSchema>, VisitStatus>>,
  Holds<Same<z.output<typeof InspectionKindSchema>, InspectionKind>>,
  Holds<Same<z.output<typeof ObservationKindSchema>, ObservationKind>>,
  Holds<Same<z.output<typeof UnitMergeSchema>['kind'], UnitLinkKind>>,
];
