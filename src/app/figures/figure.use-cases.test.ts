// The figure use cases on a real database: entered by an editor of the unit within the indicator's range,
// corrected from the version read, paged within scope, and each change in the figure's history by name.
import { describe, expect, it } from 'vitest';
import { buildIndicator } from '../../db/factories';
import { createIndicatorRepository } from '../../db/indicator.repository';
import { seededDatabase, testDatabases } from '../../db/testing';
import { SYSTEM, seedCaiNuocDesk } from '../testing/ca-mau';
import { createFigureUseCases } from './figure.use-cases';

describe.each(testDatabases())('figure use cases on $name', (database) => {
  const world = seededDatabase(database, async (db) => ({
    ...(await seedCaiNuocDesk(db)),
    bhyt: await createIndicatorRepository(db).create(
      buildIndicator({ code: 'BHYT_TYLE', nameVi: 'Tỷ lệ BHYT', measure: '%', decimals: 2, maxValue: 100 }),
      SYSTEM,
    ),
    figures: createFigureUseCases(db),
  }));

  const shrimp = () => ({
    unitId: world.district.id,
    indicatorId: world.tom.id,
    period: '2023-ytd-2023-11-17',
    kind: 'actual' as const,
    value: 24_937,
  });

  it('enters a figure with its period normalised, corrects it and names who did each in its history', async () => {
    const entered = await world.figures.record(world.editor, shrimp());
    expect(entered).toMatchObject({ period: '2023-YTD-2023-11-17', value: 24_937, version: 1 });
    const corrected = await world.figures.correct(world.editor, entered.id, { value: 25_100, version: 1 });
    expect(corrected).toMatchObject({ value: 25_100, version: 2 });
    await expect(
      world.figures.correct(world.editor, entered.id, { value: 26_000, version: 1 }),
    ).rejects.toMatchObject({
      code: 'stale_version',
    });
    const history = await world.figures.history(world.viewer, entered.id);
    expect(history.map((e) => [e.action, e.who])).toEqual([
      ['create', 'Nguyễn Văn Nhập'],
      ['update', 'Nguyễn Văn Nhập'],
    ]);
    const page = await world.figures.list(world.viewer, { limit: 10, after: null, year: 2023 });
    expect(page.observations.map((o) => o.value)).toEqual([25_100]);
    expect((await world.figures.provenance(world.viewer, entered.id)).user?.username).toBe('nl.cainuoc');
    await world.figures.remove(world.editor, entered.id, 2);
  });

  it('refuses a viewer, a unit out of scope and a value out of range, and stores nothing', async () => {
    await expect(world.figures.record(world.viewer, shrimp())).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      world.figures.record(world.editor, { ...shrimp(), unitId: world.other.id }),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(
      world.figures.record(world.editor, { ...shrimp(), indicatorId: world.bhyt.id, value: 101.5 }),
    ).rejects.toMatchObject({ code: 'out_of_range', field: 'value' });
    await expect(
      world.figures.list(world.editor, { unitId: world.other.id, limit: 10, after: null }),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    const page = await world.figures.list(world.editor, { limit: 10, after: null });
    expect(page.observations).toEqual([]);
  });
});
