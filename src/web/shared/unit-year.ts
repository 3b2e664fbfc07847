// Which unit and year a screen shows, read from its address: kept free of React so the entry module can
// ask for the first screen's scorecard before the app's code has loaded (src/web/api/early.ts).
export const YEAR_KEY = 'tiendo.year';

/** The year last chosen on this browser, or null when none was chosen here. */
export function rememberedYear(): number | null {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(YEAR_KEY);
  } catch {
    // Storage disabled: nothing remembered.
  }
  return stored && /^\d{4}$/.test(stored) ? Number.parseInt(stored, 10) : null;
}

/** The newest year with data of each unit opened this session without a year chosen (app/year-gate.tsx). */
const openingYears = new Map<number, number>();

export function openingYear(unitId: number | null): number | null {
  return unitId === null ? null : (openingYears.get(unitId) ?? null);
}

export function setOpeningYear(unitId: number, year: number): void {
  openingYears.set(unitId, year);
}

/** What the first screen opens on: the newest year with figures, else the newest with targets, else null. */
export function latestDataYear(
  years: readonly { year: number; figures: boolean; targets: boolean }[],
): number | null {
  const newest = (pick: (y: (typeof years)[number]) => boolean) =>
    years
      .filter(pick)
      .reduce<number | null>((best, y) => (best === null || y.year > best ? y.year : best), null);
  return newest((y) => y.figures) ?? newest((y) => y.targets);
}

export function rememberYear(year: number): void {
  try {
    localStorage.setItem(YEAR_KEY, String(year));
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}

/** The unit the address names, or null when it names none. */
export function unitParam(params: URLSearchParams): number | null {
  const unit = params.get('unit');
  return unit && /^\d+$/.test(unit) ? Number.parseInt(unit, 10) : null;
}

/** The year the address names, else the year last chosen (null when neither names one). */
export function yearParam(
  params: URLSearchParams,
  fallback: () => number | null = rememberedYear,
): number | null {
  const year = params.get('year');
  return year && /^\d{4}$/.test(year) ? Number.parseInt(year, 10) : fallback();
}

/** Path and query of a hash route: '#/scorecard?unit=3&year=2023' → '/scorecard' and its parameters. */
export function parseHash(hash: string): { path: string; params: URLSearchParams } {
  const raw = hash.replace(/^#/, '') || '/';
  const [path = '/', query = ''] = raw.split('?');
  return { path, params: new URLSearchParams(query) };
}
