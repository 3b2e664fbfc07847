// How a change made on the visits screens reports its outcome: the words of its success, or why the server
// refused it, shown in one alert that screen readers announce.
import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { actionError } from './visits.api';

/** What the last change did: its success words, or why it was refused. */
export type Notice = { ok: boolean; text: string } | null;

/** A failure whose message is already the words to show (a change that half succeeded says which half). */
export class Refusal extends Error {}

/** Runs a change and reports how it went: the words the change returns on success, or the refusal. */
export function useOutcome(
  onNotice: (notice: Notice) => void,
): (work: () => Promise<string>) => Promise<boolean> {
  const { t } = useTranslation();
  return async (work) => {
    onNotice(null);
    try {
      onNotice({ ok: true, text: await work() });
      return true;
    } catch (error) {
      onNotice({ ok: false, text: error instanceof Refusal ? error.message : actionError(t, error) });
      return false;
    }
  };
}

/**
 * A form's onSubmit: runs the change (which returns the words of its success), reports how it went, and
 * calls `onDone` after a success (to empty the form).
 */
export function useSubmit(
  onNotice: (notice: Notice) => void,
  change: () => Promise<string>,
  onDone?: () => void,
): (e: React.FormEvent) => Promise<void> {
  const outcome = useOutcome(onNotice);
  return async (e) => {
    e.preventDefault();
    if (await outcome(change)) onDone?.();
  };
}

/** The outcome of the last change, announced to screen readers (status for success, alert for a refusal). */
export function NoticeAlert({ notice, onClose }: { notice: Notice; onClose: () => void }) {
  if (!notice) return null;
  return (
    <Alert
      color={notice.ok ? 'green' : 'red'}
      role={notice.ok ? 'status' : 'alert'}
      withCloseButton
      onClose={onClose}
    >
      {notice.text}
    </Alert>
  );
}
