// A write makes the next read stale, never slow: the last version is served while one recompute runs, across
// two app instances on one database too, and a recompute that throws leaves the previous version served.
import { describe, expect, it } from 'vitest';
import { createObservationRepository } from '../../db/observation.repository';
import { seededDatabase, testDatabases } from '../../db/testing';
import { seedOneFigure } from '../testing/one-figure';
import { createScorecardService } from './scorecard.service';
import { createScorecardComputer } from './scorecard-compute';

const system = { userId: null };

/** A promise the test resolves when it chooses: a recompute held open without a sleep. */
function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
}

describe.each(testDatabases())('live scorecards on $name', (database) => {
  const world = seededDatabase(database, seedOneFigure);
  let value = 24_937;

  let version = 1;
  const write = async () => {
    value += 100;
    await createObservationRepository(world.db).updateWithVersion(world.figureId, { value, version }, system);
    version++;
  };
  const tom = (card: { rows: { indicator: { code: string }; actual: { value: number } | null }[] }) =>
    card.rows.find((r) => r.indicator.code === 'TS_TOM')?.actual?.value;

  it('serves the last version, marked stale, while a slow recompute runs, then the new one', async () => {
    let hold: ReturnType<typeof gate> | null = null;
    const computer: typeof createScorecardComputer = (ex) => {
      const compute = createScorecardComputer(ex);
      return async (request) => {
        await hold?.opened;
        return compute(request);
      };
    };
    const service = createScorecardService(world.db, { computer });
    const request = { unit: world.district, year: 2023 };
    const first = await service.serve(request);
    expect([first.stale, tom(first.scorecard)]).toEqual([false, value]);
    const before = value;
    hold = gate();
    await write();
    // The recompute waits on the gate: every read meanwhile answers at once with the previous version.
    const during = await Promise.all([1, 2, 3].map(() => service.serve(request)));
    expect(during.map((d) => [d.stale, tom(d.scorecard), d.scorecard.asOfVersion])).toEqual(
      during.map(() => [true, before, first.scorecard.asOfVersion]),
    );
    hold.open();
    await service.settled();
    const after = await service.serve(request);
    expect([after.stale, tom(after.scorecard)]).toEqual([false, value]);
    expect(after.scorecard.asOfVersion).toBeGreaterThan(first.scorecard.asOfVersion);
  });

  it('keeps serving the previous version when a recompute throws, and tells it once', async () => {
    let failing = false;
    const computer: typeof createScorecardComputer = (ex) => {
      const compute = createScorecardComputer(ex);
      return async (request) => {
        if (failing) throw new Error('disk full');
        return compute(request);
      };
    };
    const told: string[] = [];
    const service = createScorecardService(world.db, {
      computer,
      onRecomputeError: (error, key) => told.push(`${key}: ${(error as Error).message}`),
    });
    const request = { unit: world.district, year: 2023 };
    const good = await service.scorecardOf(request);
    failing = true;
    await write();
    for (let i = 0; i < 3; i++) {
      const served = await service.serve(request);
      await service.settled();
      expect([served.stale, served.scorecard]).toEqual([true, good]);
    }
    expect(told).toEqual([`${world.district.id}|2023|: disk full`]);
    failing = false;
    await write();
    expect(tom(await service.scorecardOf(request))).toBe(value);
  });

  it('computes a scorecard once per write across two app instances, the other adopting its result', async () => {
    const computed: string[] = [];
    const onRecomputed = (key: string) => computed.push(key);
    const one = createScorecardService(world.db, { onRecomputed });
    const two = createScorecardService(world.db, { onRecomputed });
    const request = { unit: world.district, year: 2023 };
    await one.scorecardOf(request);
    await two.scorecardOf(request);
    computed.length = 0;
    await write();
    const served = await Promise.all([one.serve(request), two.serve(request)]);
    expect(served[0]?.stale).toBe(true);
    // The second may find the first's recompute already shared; whichever it serves, it says which it is.
    for (const s of served) expect(tom(s.scorecard) === value).toBe(!s.stale);
    await Promise.all([one.settled(), two.settled()]);
    const fresh = await Promise.all([one.scorecardOf(request), two.scorecardOf(request)]);
    expect(fresh.map(tom)).toEqual([value, value]);
    expect(fresh[1]?.asOfVersion).toBe(fresh[0]?.asOfVersion);
    expect(computed).toEqual([`${world.district.id}|2023|`]);
  });
});
