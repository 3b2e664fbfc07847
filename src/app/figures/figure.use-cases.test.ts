// The figure use cases on a real database: entered by an editor of the unit within the indicator's range,
// corrected from the version read, paged within scope, and each change in the figure's history by name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Indicator, Unit, User } from '../../core/types';
import type { Db } from '../../db/database';
import { buildIndicator } from '../../db/factories';
import { createIndicatorRepository } from '../../db/indicator.repository';
import { testDatabases } from '../../db/testing';
import { addAccount, seedCaMau } from '../testing/ca-mau';
import { createFigureUseCases, type FigureUseCases } from './figure.use-cases';

const system = { userId: null };

describe.each(testDatabases())('figure use cases on $name', ({ open }) => {
  let db: Db;
  let close: () => Promise<void>;
  let district: Unit;
  let other: Unit;
  let tom: Indicator;
  let bhyt: Indicator;
  let editor: User;
  let viewer: User;
  let figures: FigureUseCases;

  beforeAll(async () => {
    ({ db, close } = await open());
    ({ district, other } = await seedCaMau(db));
    const indicators = createIndicatorRepository(db);
    tom = await indicators.create(buildIndicator(), system);
    bhyt = await indicators.create(
      buildIndicator({ code: 'BHYT_TYLE', nameVi: 'Tỷ lệ BHYT', measure: '%', decimals: 2, maxValue: 100 }),
      system,
    );
    editor = await addAccount(db, 'nl.cainuoc', 'editor', district, 'Nguyễn Văn Nhập');
    viewer = await addAccount(db, 'xem.cainuoc', 'viewer', district, 'Cán bộ xem');
    figures = createFigureUseCases(db);
  });
  afterAll(() => close());

  const shrimp = () => ({
    unitId: district.id,
    indicatorId: tom.id,
    period: '2023-ytd-2023-11-17',
    kind: 'actual' as const,
    value: 24_937,
  });

  it('enters a figure with its period normalised, corrects it and names who did each in its history', async () => {
    const entered = await figures.record(editor, shrimp());
    expect(entered).toMatchObject({ period: '2023-YTD-2023-11-17', value: 24_937, version: 1 });
    const corrected = await figures.correct(editor, entered.id, { value: 25_100, version: 1 });
    expect(corrected).toMatchObject({ value: 25_100, version: 2 });
    await expect(figures.correct(editor, entered.id, { value: 26_000, version: 1 })).rejects.toMatchObject({
      code: 'stale_version',
    });
    const history = await figures.history(viewer, entered.id);
    expect(history.map((e) => [e.action, e.who])).toEqual([
      ['create', 'Nguyễn Văn Nhập'],
      ['update', 'Nguyễn Văn Nhập'],
    ]);
    const page = await figures.list(viewer, { limit: 10, after: null, year: 2023 });
    expect(page.observations.map((o) => o.value)).toEqual([25_100]);
    expect((await figures.provenance(viewer, entered.id)).user?.username).toBe('nl.cainuoc');
    await figures.remove(editor, entered.id, 2);
  });

  it('refuses a viewer, a unit out of scope and a value out of range, and stores nothing', async () => {
    await expect(figures.record(viewer, shrimp())).rejects.toMatchObject({ code: 'forbidden' });
    await expect(figures.record(editor, { ...shrimp(), unitId: other.id })).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(
      figures.record(editor, { ...shrimp(), indicatorId: bhyt.id, value: 101.5 }),
    ).rejects.toMatchObject({ code: 'out_of_range', field: 'value' });
    await expect(figures.list(editor, { unitId: other.id, limit: 10, after: null })).rejects.toMatchObject({
      code: 'forbidden',
    });
    const page = await figures.list(editor, { limit: 10, after: null });
    expect(page.observations).toEqual([]);
  });
});
