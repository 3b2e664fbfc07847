// The visits screens' reads and writes over the API.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  DirectiveDetailAnswer,
  DirectiveViewSchema,
  EvidenceFileSchema,
  FromTextAnswer as FromTextAnswerSchema,
  VisitSchema,
} from '../../../contract';
import type { DirectiveSummary } from '../../../core/visit/directive-summary';
import type { InspectionCounts } from '../../../core/visit/inspection-counts';
import type {
  DirectiveUpdate,
  ExtensionRequest,
  Finding,
  Inspection,
  Visit,
} from '../../../core/visit/visit.types';
import { ApiError, api } from '../../api/client';
import { errorText } from '../../shared/query-state';
import type { DirectivePayload, RemediationPayload } from './visits.model';

/** The answers of the visit and directive routes, inferred from the contract (src/contract). */
export type DirectiveView = z.output<typeof DirectiveViewSchema>;
/** An extension asked for and not yet decided: the list flags the directive until the issuer decides. */
export type PendingExtension = NonNullable<DirectiveView['pendingExtension']>;
export type FromTextAnswer = z.output<typeof FromTextAnswerSchema>;
/** A visit as listed, with the version an edit sends back. */
export type StoredVisit = z.output<typeof VisitSchema>;
/** A file backing a progress update; its bytes download from /api/directives/:id/evidence/:evidenceId. */
export type EvidenceFile = z.output<typeof EvidenceFileSchema>;
/** A directive with its updates (each with who reported it), extensions and evidence files. */
export type DirectiveDetail = z.output<typeof DirectiveDetailAnswer>;

export const evidenceHref = (directiveId: number, evidenceId: number) =>
  `/api/directives/${directiveId}/evidence/${evidenceId}`;

/** A new team of the programme, as POST /api/inspections takes it. */
export type InspectionDraft = Omit<Inspection, 'id'>;

const keys = {
  visits: ['visits'] as const,
  directives: (query: string) => ['directives', query] as const,
  directive: (id: number) => ['directive', id] as const,
  summary: (asOf: string) => ['directive-summary', asOf] as const,
  inspections: (year: number, organiserUnitId: number) => ['inspections', year, organiserUnitId] as const,
  inspection: (id: number) => ['inspection', id] as const,
  counts: (year: number, organiserUnitId: number) => ['inspection-counts', year, organiserUnitId] as const,
};

/** Every cached answer a directive or inspection change can alter. */
const AFFECTED = [
  'visits',
  'directives',
  'directive',
  'directive-summary',
  'inspections',
  'inspection',
  'inspection-counts',
];

/**
 * The words for a refused action: the rule the server named (only the issuer decides…), else its message.
 * A 403 with no rule keeps the server's sentence rather than the generic "no right to see".
 */
export function actionError(t: (key: string) => string, error: unknown): string {
  if (error instanceof ApiError) {
    const reason = error.body.reason;
    if (
      typeof reason === 'string' &&
      ['not_issuer', 'not_lead_unit', 'already_completed', 'already_decided'].includes(reason)
    )
      return t(`visits.refused.${reason}`);
    if (error.status === 403 && error.message) return error.message;
  }
  return errorText(t, error);
}

export function useVisits() {
  return useQuery({
    queryKey: keys.visits,
    queryFn: () => api<{ visits: StoredVisit[] }>('/api/visits').then((r) => r.visits),
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

export function useDirective(id: number | null) {
  return useQuery({
    queryKey: keys.directive(id ?? 0),
    queryFn: () => api<DirectiveDetail>(`/api/directives/${id}`),
    enabled: id !== null,
  });
}

export function useInspections(year: number, organiserUnitId: number | null) {
  return useQuery({
    queryKey: keys.inspections(year, organiserUnitId ?? 0),
    queryFn: () =>
      api<{ inspections: Inspection[] }>(
        `/api/inspections?year=${year}&organiserUnitId=${organiserUnitId}`,
      ).then((r) => r.inspections),
    enabled: organiserUnitId !== null,
  });
}

export function useInspectionCounts(year: number, organiserUnitId: number | null) {
  return useQuery({
    queryKey: keys.counts(year, organiserUnitId ?? 0),
    queryFn: () =>
      api<InspectionCounts & { text: string }>(
        `/api/inspections/counts?year=${year}&organiserUnitId=${organiserUnitId}`,
      ),
    enabled: organiserUnitId !== null,
  });
}

export function useInspection(id: number | null) {
  return useQuery({
    queryKey: keys.inspection(id ?? 0),
    queryFn: () => api<{ inspection: Inspection; findings: Finding[] }>(`/api/inspections/${id}`),
    enabled: id !== null,
  });
}

export function useVisitActions() {
  const client = useQueryClient();
  const refresh = () =>
    client.invalidateQueries({ predicate: (q) => AFFECTED.includes(String(q.queryKey[0])) });
  return {
    fromText: useMutation({
      mutationFn: (text: string) =>
        api<FromTextAnswer>('/api/visits/from-text', { method: 'POST', json: { text } }),
    }),
    createVisit: useMutation({
      mutationFn: ({ idempotencyKey, ...body }: Record<string, unknown> & { idempotencyKey?: string }) =>
        api<{ visit: Visit }>('/api/visits', { method: 'POST', json: body, idempotencyKey }),
      onSuccess: refresh,
    }),
    createDirectives: useMutation({
      mutationFn: (directives: (DirectivePayload | RemediationPayload)[]) =>
        api<{ directives: DirectiveView[] }>('/api/directives', { method: 'POST', json: { directives } }),
      onSuccess: refresh,
    }),
    reportProgress: useMutation({
      mutationFn: ({ id, text, percent }: { id: number; text: string; percent: number }) =>
        api<{ update: DirectiveUpdate; directive: DirectiveView }>(`/api/directives/${id}/updates`, {
          method: 'POST',
          json: { text, percent },
        }),
      onSuccess: refresh,
    }),
    uploadEvidence: useMutation({
      mutationFn: ({ id, updateId, file }: { id: number; updateId: number; file: File }) => {
        const form = new FormData();
        form.append('file', file, file.name);
        return api<{ evidence: EvidenceFile }>(`/api/directives/${id}/updates/${updateId}/evidence`, {
          method: 'POST',
          form,
        });
      },
      onSuccess: refresh,
    }),
    requestExtension: useMutation({
      mutationFn: ({ id, ...body }: { id: number; proposedDeadline: string; reason: string }) =>
        api<{ extension: ExtensionRequest }>(`/api/directives/${id}/extensions`, {
          method: 'POST',
          json: body,
        }),
      onSuccess: refresh,
    }),
    decideExtension: useMutation({
      mutationFn: ({
        id,
        extensionId,
        decision,
      }: {
        id: number;
        extensionId: number;
        decision: 'approved' | 'rejected';
      }) =>
        api<{ extension: ExtensionRequest; directive: DirectiveView }>(
          `/api/directives/${id}/extensions/${extensionId}/decision`,
          { method: 'POST', json: { decision } },
        ),
      onSuccess: refresh,
    }),
    createInspection: useMutation({
      mutationFn: (body: InspectionDraft) =>
        api<{ inspection: Inspection }>('/api/inspections', { method: 'POST', json: body }),
      onSuccess: refresh,
    }),
    addFinding: useMutation({
      mutationFn: ({ inspectionId, text }: { inspectionId: number; text: string }) =>
        api<{ finding: Finding }>(`/api/inspections/${inspectionId}/findings`, {
          method: 'POST',
          json: { text },
        }),
      onSuccess: refresh,
    }),
    setFindingStatus: useMutation({
      mutationFn: ({ id, status }: { id: number; status: Finding['status'] }) =>
        api<{ finding: Finding }>(`/api/findings/${id}`, { method: 'PATCH', json: { status } }),
      onSuccess: refresh,
    }),
    complete: useMutation({
      mutationFn: ({ id, completedOn }: { id: number; completedOn: string }) =>
        api(`/api/directives/${id}/complete`, { method: 'POST', json: { completedOn } }),
      onSuccess: refresh,
    }),
  };
}
