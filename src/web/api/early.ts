// The first screen's requests, sent by the entry module before the app's code has loaded: who is logged
// in, then, for a logged-in user, the unit list and the scorecard the address names. Without them these
// went one after the other: the session check after 700 KB of JavaScript had run, the units after the
// session, the scorecard after the page's code. The app takes each answer once (take*); whatever it does
// not take it fetches again the ordinary way. Free of React and of the app's other modules.
import { parseHash, unitParam, yearParam } from '../shared/unit-year';

export interface ScreenUnitYear {
  unitId: number;
  year: number;
}

export interface EarlyScorecard extends ScreenUnitYear {
  /** Pending while the server computes it: the key is known at once, so the page never asks twice. */
  response: Promise<Response>;
}

interface Early {
  me: Promise<Response> | null;
  units: Promise<Response | null> | null;
  scorecard: Promise<EarlyScorecard | null> | null;
}

const early: Early = { me: null, units: null, scorecard: null };

/** Screens whose first content is a unit's scorecard ('/' opens the overview). */
const SCORECARD_SCREENS = new Set(['/', '/overview', '/scorecard']);

/**
 * The unit and year of the scorecard a screen opens with: the address's, else the user's scope unit and
 * the year last chosen (as useUnitYear decides). Null when the screen shows no scorecard, the unit is
 * only known from the unit list (an administrator without a unit in the address) or the year from the
 * years with data (a first visit: app/year-gate.tsx asks for them).
 */
export function scorecardOfScreen(
  hash: string,
  scopeUnitId: number | null,
  fallbackYear: () => number | null,
): ScreenUnitYear | null {
  const { path, params } = parseHash(hash);
  if (!SCORECARD_SCREENS.has(path)) return null;
  const unitId = unitParam(params) ?? scopeUnitId;
  const year = yearParam(params, fallbackYear);
  return unitId === null || year === null ? null : { unitId, year };
}

function get(path: string): Promise<Response> {
  return fetch(path, { headers: { accept: 'application/json' }, credentials: 'same-origin' });
}

/** A promise nobody may take: its failure must not surface as an unhandled rejection. */
function quiet<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

export function startEarlyRequests(hash: string, fallbackYear: () => number | null): void {
  const me = quiet(get('/api/auth/me'));
  const user = me
    .then(async (r) =>
      r.ok ? ((await r.clone().json()) as { user: { scopeUnitId: number | null } }).user : null,
    )
    .catch(() => null);
  early.me = me;
  early.units = quiet(user.then((u) => (u ? get('/api/units') : null)));
  early.scorecard = quiet(
    user.then((u) => {
      const screen = u ? scorecardOfScreen(hash, u.scopeUnitId, fallbackYear) : null;
      if (!screen) return null;
      return { ...screen, response: quiet(get(`/api/units/${screen.unitId}/scorecard?year=${screen.year}`)) };
    }),
  );
}

function take<K extends keyof Early>(key: K): Early[K] {
  const answer = early[key];
  early[key] = null;
  return answer;
}

/** The session check already under way, once. */
export const takeEarlyMe = () => take('me');
/** The unit list already asked for (null inside when nobody is logged in), once. */
export const takeEarlyUnits = () => take('units');
/** The first screen's scorecard already asked for, once. */
export const takeEarlyScorecard = () => take('scorecard');
