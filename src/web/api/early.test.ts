import { describe, expect, it } from 'vitest';
import { scorecardOfScreen } from './early';

const lastYear = () => 2022;

describe('the first screen asked for early', () => {
  it('takes the unit and year the address names on the overview and the scorecard', () => {
    expect(scorecardOfScreen('#/overview?unit=2&year=2023', null, lastYear)).toEqual({
      unitId: 2,
      year: 2023,
    });
    expect(scorecardOfScreen('#/scorecard?unit=7&year=2021', 3, lastYear)).toEqual({ unitId: 7, year: 2021 });
  });

  it("falls back to the user's scope unit and the year last chosen, as useUnitYear does", () => {
    expect(scorecardOfScreen('', 3, lastYear)).toEqual({ unitId: 3, year: 2022 });
    expect(scorecardOfScreen('#/overview?unit=abc&year=20x3', 3, lastYear)).toEqual({
      unitId: 3,
      year: 2022,
    });
  });

  it('asks nothing on other screens or when only the unit list can name the unit', () => {
    expect(scorecardOfScreen('#/data-entry?unit=2&year=2023', null, lastYear)).toBeNull();
    expect(scorecardOfScreen('#/overview?year=2023', null, lastYear)).toBeNull();
  });
});

describe('a first visit, with no year in the address nor chosen before', () => {
  it('asks nothing early: the year comes from the years with data', () => {
    expect(scorecardOfScreen('#/overview?unit=2', 3, () => null)).toBeNull();
    expect(scorecardOfScreen('#/overview?unit=2&year=2023', 3, () => null)).toEqual({
      unitId: 2,
      year: 2023,
    });
  });
});
