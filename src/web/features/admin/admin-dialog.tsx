// The create and edit dialogs of the admin tabs: the form, the server's refusal above it, Cancel and Save.
import { Button, Group, Modal, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionError } from './admin-table';
import { useAdminAction } from './use-admin-action';

interface AdminDialogProps {
  title: string;
  size?: string;
  onClose: () => void;
  /** The change Save sends; null (Save disabled) while the form holds something that cannot be sent. */
  save: (() => Promise<unknown>) | null;
  children: ReactNode;
}

/** Closes once the change succeeded; a refusal stays on screen with the form as typed. */
export function AdminDialog({ title, size, onClose, save, children }: AdminDialogProps) {
  const { t } = useTranslation();
  const action = useAdminAction();

  async function submit() {
    if (save && (await action.run(save))) onClose();
  }

  return (
    <Modal opened onClose={onClose} title={title} size={size}>
      <Stack>
        <ActionError message={action.error} />
        {children}
        <Group justify="end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={action.busy} disabled={save === null}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
