// Import targets and figures from an XLSX or CSV file; every refused row is listed with its field and reason.
import { Alert, Anchor, Button, Group, Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../core/vi/format';
import { SpreadsheetPicker, UploadRefusal } from '../../shared/spreadsheet-upload';
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
      <SpreadsheetPicker label={t('import.file')} file={file} onChange={setFile} testId="import-file">
        <Button onClick={() => void upload()} disabled={!file} loading={busy}>
          {t('import.upload')}
        </Button>
      </SpreadsheetPicker>
      {outcome?.kind === 'answer' && (
        <Alert color="green" role="status">
          {t('import.done', {
            targets: formatNumber(outcome.answer.targets),
            observations: formatNumber(outcome.answer.observations),
          })}
        </Alert>
      )}
      <UploadRefusal result={outcome} />
    </Stack>
  );
}
