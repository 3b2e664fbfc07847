// One file chosen and sent as multipart "file": what the import and arrangement screens share. A refusal
// comes back as the rows the server named, or as one message (413 in the screen's own words).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../api/client';
import type { ImportRowError } from '../api/types';
import { errorText } from './query-state';

export type UploadFailure = { kind: 'rows'; rows: ImportRowError[] } | { kind: 'error'; message: string };
export type Uploaded<T> = { kind: 'answer'; answer: T } | UploadFailure;

export function useFileUpload(tooLarge?: string) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);

  async function send<T>(path: string): Promise<Uploaded<T> | null> {
    if (!file) return null;
    setBusy(true);
    const form = new FormData();
    form.append('file', file);
    try {
      return { kind: 'answer', answer: await api<T>(path, { method: 'POST', form }) };
    } catch (error) {
      if (error instanceof ApiError && Array.isArray(error.body.rows)) {
        return { kind: 'rows', rows: error.body.rows as ImportRowError[] };
      }
      if (error instanceof ApiError && error.status === 413 && tooLarge)
        return { kind: 'error', message: tooLarge };
      return { kind: 'error', message: errorText(t, error) };
    } finally {
      setBusy(false);
    }
  }

  return { file, setFile, busy, send };
}
