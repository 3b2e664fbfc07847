// Every admin change goes the same way: call the API, refresh what it touched, show the server's refusal.
import { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { errorText } from '../../shared/query-state';

/**
 * The refusal in Vietnamese: a change over another admin's (409 stale_version) says so with the version
 * the record is at now; anything else as the server worded it.
 */
function refusalText(t: TFunction, error: unknown): string {
  if (error instanceof ApiError && error.code === 'stale_version') {
    const current = error.body.current as { version?: unknown } | undefined;
    return t('admin.stale', { version: typeof current?.version === 'number' ? current.version : '?' });
  }
  return errorText(t, error);
}

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
      setError(refusalText(t, e));
      // Refused over a newer version: the list behind the dialog shows that version at once.
      if (e instanceof ApiError && e.code === 'stale_version') void client.invalidateQueries();
      return false;
    } finally {
      setBusy(false);
    }
  }

  return { run, error, busy, clearError: () => setError(null) };
}
