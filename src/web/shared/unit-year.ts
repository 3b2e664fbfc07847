// Which unit and year a screen shows, read from its address: kept free of React so the entry module can
// ask for the first screen's scorecard before the app's code has loaded (src/web/api/early.ts).
export const YEAR_KEY = 'tiendo.year';

/** The year last chosen on this browser, else the current year. */
export function rememberedYear(): number {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(YEAR_KEY);
  } catch {
    // Storage disabled: the current year.
  }
  return stored && /^\d{4}$/.test(stored) ? Number.parseInt(stored, 10) : new Date().getFullYear();
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

/** The year the address names, else the year last chosen. */
export function yearParam(params: URLSearchParams, fallback: () => number = rememberedYear): number {
  const year = params.get('year');
  return year && /^\d{4}$/.test(year) ? Number.parseInt(year, 10) : fallback();
}

/** Path and query of a hash route: '#/scorecard?unit=3&year=2023' → '/scorecard' and its parameters. */
export function parseHash(hash: string): { path: string; params: URLSearchParams } {
  const raw = hash.replace(/^#/, '') || '/';
  const [path = '/', query = ''] = raw.split('?');
  return { path, params: new URLSearchParams(query) };
}
