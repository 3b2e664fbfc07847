// A delete behind a confirm dialog: the sentence saying what goes, Cancel and Delete, and the server's
// refusal (a report that became figures, a visit with directives) in view above them.
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { ActionError } from '../features/admin/admin-table';
import { useAdminAction } from '../features/admin/use-admin-action';

interface ConfirmDeleteProps {
  title: string;
  text: string;
  /** The API path DELETE is sent to. */
  path: string;
  testId: string;
  onClose: () => void;
}

export function ConfirmDelete({ title, text, path, testId, onClose }: ConfirmDeleteProps) {
  const { t } = useTranslation();
  const action = useAdminAction();
  async function remove() {
    if (await action.run(() => api(path, { method: 'DELETE' }))) onClose();
  }
  return (
    <Modal opened onClose={onClose} title={title}>
      <Stack>
        <ActionError message={action.error} />
        <Text>{text}</Text>
        <Group justify="end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red.9" onClick={() => void remove()} loading={action.busy} data-testid={testId}>
            {t('common.delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
