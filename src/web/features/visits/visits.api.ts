// The visits screens' reads and writes over the API.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DirectiveStatus } from '../../../core/visit/directive-status';
import type { DirectiveSummary } from '../../../core/visit/directive-summary';
import type { VisitDraft } from '../../../core/visit/draft-visit';
import type { Directive, Visit } from '../../../core/visit/visit.types';
import { api } from '../../api/client';
import type { DirectivePayload, UnitMatch } from './visits.model';

export type DirectiveView = Directive & { status: DirectiveStatus };

export interface FromTextAnswer {
  draft: VisitDraft;
  organiser: UnitMatch | null;
  hosts: UnitMatch[];
  statements: Array<{ indicator: string; value: number; unit: string }>;
}

const keys = {
  visits: ['visits'] as const,
  directives: (query: string) => ['directives', query] as const,
  summary: (asOf: string) => ['directive-summary', asOf] as const,
};

export function useVisits() {
  return useQuery({
    queryKey: keys.visits,
    queryFn: () => api<{ visits: Visit[] }>('/api/visits').then((r) => r.visits),
  });
}

export function useDirectives(query: string) {
  return useQuery({
    queryKey: keys.directives(query),
    queryFn: () => api<{ directives: DirectiveView[] }>(`/api/directives?${query}`).then((r) => r.directives),
  });
}

export function useDirectiveSummary(asOf: string) {
  return useQuery({
    queryKey: keys.summary(asOf),
    queryFn: () => api<DirectiveSummary & { asOf: string }>(`/api/directives/summary?asOf=${asOf}`),
  });
}

export function useVisitActions() {
  const client = useQueryClient();
  const refresh = () =>
    client.invalidateQueries({
      predicate: (q) => ['visits', 'directives', 'directive-summary'].includes(String(q.queryKey[0])),
    });
  return {
    fromText: useMutation({
      mutationFn: (text: string) =>
        api<FromTextAnswer>('/api/visits/from-text', { method: 'POST', json: { text } }),
    }),
    createVisit: useMutation({
      mutationFn: (body: Record<string, unknown>) =>
        api<{ visit: Visit }>('/api/visits', { method: 'POST', json: body }),
      onSuccess: refresh,
    }),
    createDirectives: useMutation({
      mutationFn: (directives: DirectivePayload[]) =>
        api<{ directives: DirectiveView[] }>('/api/directives', { method: 'POST', json: { directives } }),
      onSuccess: refresh,
    }),
    reportProgress: useMutation({
      mutationFn: ({ id, text, percent }: { id: number; text: string; percent: number }) =>
        api(`/api/directives/${id}/updates`, { method: 'POST', json: { text, percent } }),
      onSuccess: refresh,
    }),
    complete: useMutation({
      mutationFn: ({ id, completedOn }: { id: number; completedOn: string }) =>
        api(`/api/directives/${id}/complete`, { method: 'POST', json: { completedOn } }),
      onSuccess: refresh,
    }),
  };
}
