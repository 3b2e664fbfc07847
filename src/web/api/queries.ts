// Read queries shared by several screens; each screen's own mutations live beside it.
import { useQuery } from '@tanstack/react-query';
import type {
  DataYearsAnswer,
  HistoryAnswer,
  IndicatorListAnswer,
  ObservationPageAnswer,
  TargetListAnswer,
  UnitListAnswer,
  UserListAnswer,
} from '../../contract';
import { api } from './client';
import type { Answer, Observation, ProvenanceAnswer, ServedScorecard } from './types';

export const keys = {
  me: ['me'] as const,
  units: ['units'] as const,
  // Under `units`, so that a change to the units invalidates a unit's lineage too.
  unitDetail: (unitId: number) => ['units', unitId, 'detail'] as const,
  indicators: ['indicators'] as const,
  scorecard: (unitId: number, year: number) => ['scorecard', unitId, year] as const,
  dataYears: (unitId: number) => ['data-years', unitId] as const,
  observations: (params: Record<string, string | number>) => ['observations', params] as const,
  targets: (unitId: number, year: number) => ['targets', unitId, year] as const,
  users: ['users'] as const,
};

/** How long a scorecard counts as fresh: changes made in this app invalidate it at once. */
export const SCORECARD_FRESH_MS = 30_000;
export const SCORECARD_POLL_MS = 5_000;

export function useUnits() {
  return useQuery({
    queryKey: keys.units,
    queryFn: () => api<Answer<typeof UnitListAnswer>>('/api/units').then((r) => r.units),
    staleTime: 60_000,
  });
}

export function useIndicators() {
  return useQuery({
    queryKey: keys.indicators,
    queryFn: () => api<Answer<typeof IndicatorListAnswer>>('/api/indicators').then((r) => r.indicators),
    staleTime: 60_000,
  });
}

export function useScorecard(unitId: number | null, year: number) {
  return useQuery({
    queryKey: keys.scorecard(unitId ?? 0, year),
    queryFn: () => api<ServedScorecard>(`/api/units/${unitId}/scorecard?year=${year}`),
    enabled: unitId !== null,
    // A write elsewhere lands after its recompute: ask again every few seconds (the browser revalidates with
    // If-None-Match, so an unchanged scorecard costs a 304).
    refetchInterval: SCORECARD_POLL_MS,
    // Every change made here invalidates it; the first screen's copy, fetched early, is not asked twice.
    staleTime: SCORECARD_FRESH_MS,
  });
}

/** Every page of a list of figures: the API answers at most a page at a time, and a grid needs them all. */
async function allObservations(search: URLSearchParams): Promise<Observation[]> {
  const all: Observation[] = [];
  let after: string | null = null;
  do {
    const query = new URLSearchParams(search);
    if (after) query.set('after', after);
    const page: Answer<typeof ObservationPageAnswer> = await api(`/api/observations?${query}`);
    all.push(...page.observations);
    after = page.next;
  } while (after);
  return all;
}

export function useObservations(params: Record<string, string | number> | null) {
  const search = new URLSearchParams(Object.entries(params ?? {}).map(([k, v]) => [k, String(v)]));
  return useQuery({
    queryKey: keys.observations(params ?? {}),
    queryFn: () => allObservations(search),
    enabled: params !== null,
  });
}

export function useTargets(unitId: number | null, year: number) {
  return useQuery({
    queryKey: keys.targets(unitId ?? 0, year),
    queryFn: () =>
      api<Answer<typeof TargetListAnswer>>(`/api/targets?unitId=${unitId}&year=${year}`).then(
        (r) => r.targets,
      ),
    enabled: unitId !== null,
  });
}

export function useUsers(enabled: boolean) {
  return useQuery({
    queryKey: keys.users,
    queryFn: () => api<Answer<typeof UserListAnswer>>('/api/users').then((r) => r.users),
    enabled,
  });
}

export function useProvenance(observationId: number | null) {
  return useQuery({
    queryKey: ['provenance', observationId],
    queryFn: () => api<ProvenanceAnswer>(`/api/observations/${observationId}/provenance`),
    enabled: observationId !== null,
  });
}

export function useHistory(observationId: number | null) {
  return useQuery({
    queryKey: ['history', observationId],
    queryFn: () =>
      api<Answer<typeof HistoryAnswer>>(`/api/observations/${observationId}/history`).then((r) => r.entries),
    enabled: observationId !== null,
  });
}

/** The years a unit and its subtree hold targets or figures for, newest first. */
export function useDataYears(unitId: number | null) {
  return useQuery({
    queryKey: keys.dataYears(unitId ?? 0),
    queryFn: () =>
      api<Answer<typeof DataYearsAnswer>>(`/api/units/${unitId}/data-years`).then((r) => r.years),
    enabled: unitId !== null,
    staleTime: 60_000,
  });
}
