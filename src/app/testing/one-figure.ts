// The smallest world a scorecard has a row in: one district, the shrimp indicator, its target and one figure.
import type { Unit } from '../../core/types';
import type { Db } from '../../db/database';
import { buildIndicator, buildObservation, buildTarget, buildUnit } from '../../db/factories';
import { createIndicatorRepository } from '../../db/indicator.repository';
import { createObservationRepository } from '../../db/observation.repository';
import { createTargetRepository } from '../../db/target.repository';
import { createUnitRepository } from '../../db/unit.repository';
import { SYSTEM } from './ca-mau';

export interface OneFigure {
  district: Unit;
  figureId: number;
}

/** The figure is 24 937 against a target of 29 000, at version 1. */
export async function seedOneFigure(db: Db): Promise<OneFigure> {
  const district = await createUnitRepository(db).create(buildUnit(), SYSTEM);
  const tom = await createIndicatorRepository(db).create(buildIndicator(), SYSTEM);
  await createTargetRepository(db).create(
    buildTarget({ unitId: district.id, indicatorId: tom.id, value: 29_000 }),
    SYSTEM,
  );
  const figure = await createObservationRepository(db).insert(
    buildObservation({ unitId: district.id, indicatorId: tom.id, value: 24_937 }),
    SYSTEM,
  );
  return { district, figureId: figure.id };
}
