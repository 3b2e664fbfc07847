// The report screen's state, kept as a draft so an expired session loses nothing: the text, the
// statements as edited, and the calls to extract and to store.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { formatNumber } from '../../../core/vi/format';
import { api } from '../../api/client';
import type { ExtractAnswer, TextCheck } from '../../api/types';
import { useDraft } from '../../shared/use-draft';
import { useSubmitOnce } from '../../shared/use-submit-once';
import type { StatementDraft } from './statement-editor';

export interface ReportDraft {
  stage: 'input' | 'review';
  title: string;
  period: string | null;
  text: string;
  statements: StatementDraft[];
  checks: TextCheck[];
}

const EMPTY: ReportDraft = { stage: 'input', title: '', period: null, text: '', statements: [], checks: [] };

function toDrafts(answer: ExtractAnswer): StatementDraft[] {
  return answer.statements.map((statement) => ({
    statement,
    include: Boolean(statement.indicatorCode),
    indicatorCode: statement.indicatorCode ?? null,
    raw: formatNumber(statement.value, 3),
    estimate: statement.estimate,
  }));
}

export function useReportImport() {
  const client = useQueryClient();
  const [draft, setDraft, clearDraft] = useDraft<ReportDraft>('report-import', EMPTY);
  const [busy, setBusy] = useState(false);
  const once = useSubmitOnce();

  async function extract(file: File | null) {
    setBusy(true);
    try {
      let answer: ExtractAnswer;
      if (file) {
        const form = new FormData();
        form.append('file', file);
        answer = await api<ExtractAnswer>('/api/extract', { method: 'POST', form });
      } else {
        answer = await api<ExtractAnswer>('/api/extract', { method: 'POST', json: { text: draft.text } });
      }
      // Spans refer to the text the server read: for an uploaded file that text comes back with the answer.
      const text = answer.text ?? (file?.name.endsWith('.txt') ? await file.text() : draft.text);
      setDraft((d) => ({ ...d, stage: 'review', text, statements: toDrafts(answer), checks: answer.checks }));
    } finally {
      setBusy(false);
    }
  }

  async function store(unitId: number, values: Map<number, number>) {
    return once((idempotencyKey) => send(unitId, values, idempotencyKey));
  }

  async function send(unitId: number, values: Map<number, number>, idempotencyKey: string) {
    setBusy(true);
    try {
      const statements = draft.statements.flatMap((s, i) => {
        const value = values.get(i);
        if (!s.include || !s.indicatorCode || value === undefined) return [];
        // A value the reviewer changed is sent as a correction: the server refuses figures the text does not state.
        const correction = value !== s.statement.value;
        return [{ ...s.statement, value, estimate: s.estimate, indicatorCode: s.indicatorCode, correction }];
      });
      const answer = await api<{ report: { id: number }; observations: unknown[] }>('/api/reports', {
        method: 'POST',
        json: { unitId, period: draft.period, title: draft.title, text: draft.text, statements },
        idempotencyKey,
      });
      clearDraft();
      await client.invalidateQueries();
      return answer;
    } finally {
      setBusy(false);
    }
  }

  return { draft, setDraft, clearDraft, busy, extract, store };
}
