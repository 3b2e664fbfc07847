// Returning a report or unlocking its figures needs a reason: the dialog asks for it, keeps the server's
// refusal in view with the reason as typed, and closes once the action is done.
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionError } from '../admin/admin-table';

export interface ReasonDialogProps {
  kind: 'return' | 'unlock';
  unitName: string;
  error: string | null;
  busy: boolean;
  onClose: () => void;
  /** Sends the action; true when it succeeded. */
  onConfirm: (reason: string) => Promise<boolean>;
}

export function ReasonDialog({ kind, unitName, error, busy, onClose, onConfirm }: ReasonDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  async function confirm() {
    if (await onConfirm(reason)) onClose();
  }
  return (
    <Modal opened onClose={onClose} title={t(`submissions.dialog.${kind}`, { unit: unitName })}>
      <Stack>
        <ActionError message={error} />
        <Text size="sm">
          {t(kind === 'return' ? 'submissions.dialog.returnHint' : 'submissions.dialog.unlockHint')}
        </Text>
        <Textarea
          label={t('submissions.dialog.reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          required
          autosize
          minRows={3}
          data-autofocus
        />
        <Group justify="end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            onClick={() => void confirm()}
            loading={busy}
            disabled={reason.trim() === ''}
            data-testid="reason-confirm"
          >
            {t(`submissions.action.${kind}`)}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
