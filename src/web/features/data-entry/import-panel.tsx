// Import targets and figures from an XLSX or CSV file; every refused row is listed with its field and reason.
import { Alert, Anchor, Button, FileInput, Group, Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../core/vi/format';
import { RowErrors } from '../../shared/row-errors';
import { type Uploaded, useFileUpload } from '../../shared/use-file-upload';

type Counts = { targets: number; observations: number };

export function ImportPanel() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { file, setFile, busy, send } = useFileUpload(t('import.tooLarge'));
  const [outcome, setOutcome] = useState<Uploaded<Counts> | null>(null);

  async function upload() {
    const sent = await send<Counts>('/api/import');
    setOutcome(sent);
    if (sent?.kind === 'answer') await client.invalidateQueries();
  }

  return (
    <Stack>
      <Group gap="md">
        <Anchor href="/api/import/template.xlsx" download>
          {t('import.templateXlsx')}
        </Anchor>
        <Anchor href="/api/import/template.csv" download>
          {t('import.templateCsv')}
        </Anchor>
      </Group>
      <Group align="end">
        <FileInput
          label={t('import.file')}
          accept=".xlsx,.csv"
          value={file}
          onChange={setFile}
          clearable
          clearButtonProps={{ 'aria-label': t('common.clearFile') }}
          w={{ base: '100%', xs: 360 }}
          data-testid="import-file"
        />
        <Button onClick={() => void upload()} disabled={!file} loading={busy}>
          {t('import.upload')}
        </Button>
      </Group>
      {outcome?.kind === 'answer' && (
        <Alert color="green" role="status">
          {t('import.done', {
            targets: formatNumber(outcome.answer.targets),
            observations: formatNumber(outcome.answer.observations),
          })}
        </Alert>
      )}
      {outcome?.kind === 'error' && (
        <Alert color="red.9" role="alert">
          {outcome.message}
        </Alert>
      )}
      {outcome?.kind === 'rows' && <RowErrors rows={outcome.rows} />}
    </Stack>
  );
}
