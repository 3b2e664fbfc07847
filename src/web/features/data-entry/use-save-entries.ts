// Saving a grid of figures: create or update each changed cell, and keep the server's answer per cell
// (saved, a concurrent edit with the other person's value, or an error message).
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Observation, ObservationKind } from '../../../core/types';
import { ApiError, api } from '../../api/client';

export interface CellChange {
  key: string;
  unitId: number;
  indicatorId: number;
  period: string;
  kind: ObservationKind;
  value: number;
  existing: Observation | null;
}

export type CellResult =
  | { kind: 'saved' }
  | { kind: 'conflict'; current: Observation; mine: number }
  | { kind: 'error'; message: string };

async function saveOne(change: CellChange, version?: number): Promise<CellResult> {
  try {
    if (change.existing) {
      await api(`/api/observations/${change.existing.id}`, {
        method: 'PATCH',
        json: { value: change.value, version: version ?? change.existing.version },
      });
    } else {
      const { unitId, indicatorId, period, kind, value } = change;
      await api('/api/observations', { method: 'POST', json: { unitId, indicatorId, period, kind, value } });
    }
    return { kind: 'saved' };
  } catch (error) {
    if (error instanceof ApiError && error.code === 'stale_version' && error.body.current) {
      return { kind: 'conflict', current: error.body.current as Observation, mine: change.value };
    }
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

export function useSaveEntries() {
  const client = useQueryClient();
  const [results, setResults] = useState<Record<string, CellResult>>({});
  const [saving, setSaving] = useState(false);

  const refresh = async () => {
    await Promise.all([
      client.invalidateQueries({ queryKey: ['observations'] }),
      client.invalidateQueries({ queryKey: ['scorecard'] }),
      client.invalidateQueries({ queryKey: ['data-years'] }),
    ]);
  };

  async function saveAll(changes: CellChange[]): Promise<Record<string, CellResult>> {
    setSaving(true);
    const answers: Record<string, CellResult> = {};
    // One at a time: the audit log reads in the order the user typed, and the server is not flooded.
    for (const change of changes) answers[change.key] = await saveOne(change);
    setResults((r) => ({ ...r, ...answers }));
    await refresh();
    setSaving(false);
    return answers;
  }

  /** Keeps the user's figure over a concurrent edit, naming the version just seen. */
  async function overwrite(change: CellChange, version: number): Promise<CellResult> {
    const answer = await saveOne(change, version);
    setResults((r) => ({ ...r, [change.key]: answer }));
    await refresh();
    return answer;
  }

  function forget(key: string) {
    setResults(({ [key]: _, ...rest }) => rest);
  }

  return { results, saving, saveAll, overwrite, forget };
}
