// Every admin change goes the same way: call the API, refresh what it touched, show the server's refusal.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../shared/query-state';

export function useAdminAction() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  /** Runs a change; true when it succeeded, so a form knows to close. */
  async function run(change: () => Promise<unknown>): Promise<boolean> {
    setBusy(true);
    setError(null);
    try {
      await change();
      await client.invalidateQueries();
      return true;
    } catch (e) {
      setError(errorText(t, e));
      return false;
    } finally {
      setBusy(false);
    }
  }

  return { run, error, busy, clearError: () => setError(null) };
}
