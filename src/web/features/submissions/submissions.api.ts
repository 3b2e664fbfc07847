// The board's reads and the actions on a submission, over the API (types from the contract).
import { useQuery } from '@tanstack/react-query';
import type { EarlyWarningBoardAnswer, RegimeListAnswer, SubmissionAnswer } from '../../../contract';
import type { SubmissionActionKind } from '../../../core/submission';
import { api } from '../../api/client';
import type { Answer } from '../../api/types';
import type { Board, BoardRow } from './submissions.model';

export function useRegimes() {
  return useQuery({
    queryKey: ['regimes'],
    queryFn: () => api<Answer<typeof RegimeListAnswer>>('/api/regimes').then((r) => r.regimes),
    staleTime: 60_000,
  });
}

export interface BoardQuery {
  regime: string;
  period: string;
  unit: string;
}

export function useBoard(query: BoardQuery | null) {
  const search = new URLSearchParams(query ? { ...query } : {});
  return useQuery({
    queryKey: ['submissions', query],
    queryFn: () => api<Board>(`/api/submissions?${search}`),
    enabled: query !== null,
  });
}

/** The early warnings of the same board: units with an indicator at risk, late or waiting for approval. */
export function useWarnings(query: BoardQuery | null) {
  const search = new URLSearchParams(query ? { ...query } : {});
  return useQuery({
    queryKey: ['submissions', 'warnings', query],
    queryFn: () => api<Answer<typeof EarlyWarningBoardAnswer>>(`/api/submissions/warnings?${search}`),
    enabled: query !== null,
  });
}

/** The address of the board's XLSX export: the browser downloads it with the session cookie. */
export function boardExportLink(query: BoardQuery): string {
  return `/api/submissions/board.xlsx?${new URLSearchParams({ ...query })}`;
}

/**
 * One action on a row: a first submission names the regime, period and unit; every later action names
 * the stored submission by its id.
 */
export function sendAction(
  board: Pick<Board, 'regime' | 'period'>,
  row: BoardRow,
  kind: SubmissionActionKind,
  reason: string,
): Promise<Answer<typeof SubmissionAnswer>> {
  const post = (path: string, json: object) =>
    api<Answer<typeof SubmissionAnswer>>(path, { method: 'POST', json });
  if (row.submissionId === null) {
    return post('/api/submissions', { regime: board.regime, period: board.period, unit: row.unit.code });
  }
  const needsReason = kind === 'return' || kind === 'unlock';
  return post(`/api/submissions/${row.submissionId}/${kind}`, needsReason ? { reason } : {});
}
