// Import targets and figures from an XLSX or CSV file; every refused row is listed with its field and reason.
import { Alert, Anchor, Button, FileInput, Group, Stack, Table, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../core/vi/format';
import { ApiError, api } from '../../api/client';
import type { ImportRowError } from '../../api/types';
import { errorText } from '../../shared/query-state';

type Outcome =
  | { kind: 'done'; targets: number; observations: number }
  | { kind: 'rows'; rows: ImportRowError[] }
  | { kind: 'error'; message: string };

export function ImportPanel() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function upload() {
    if (!file) return;
    setBusy(true);
    const form = new FormData();
    form.append('file', file);
    try {
      const answer = await api<{ targets: number; observations: number }>('/api/import', {
        method: 'POST',
        form,
      });
      setOutcome({ kind: 'done', ...answer });
      await client.invalidateQueries();
    } catch (error) {
      if (error instanceof ApiError && Array.isArray(error.body.rows)) {
        setOutcome({ kind: 'rows', rows: error.body.rows as ImportRowError[] });
      } else if (error instanceof ApiError && error.status === 413) {
        setOutcome({ kind: 'error', message: t('import.tooLarge') });
      } else {
        setOutcome({ kind: 'error', message: errorText(t, error) });
      }
    } finally {
      setBusy(false);
    }
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
          w={{ base: '100%', xs: 360 }}
          data-testid="import-file"
        />
        <Button onClick={() => void upload()} disabled={!file} loading={busy}>
          {t('import.upload')}
        </Button>
      </Group>
      {outcome?.kind === 'done' && (
        <Alert color="green" role="status">
          {t('import.done', {
            targets: formatNumber(outcome.targets),
            observations: formatNumber(outcome.observations),
          })}
        </Alert>
      )}
      {outcome?.kind === 'error' && (
        <Alert color="red.9" role="alert">
          {outcome.message}
        </Alert>
      )}
      {outcome?.kind === 'rows' && (
        <Stack gap="xs">
          <Text c="red.9" role="alert">
            {t('import.rowErrors', { count: outcome.rows.length })}
          </Text>
          <Table striped withTableBorder data-testid="import-errors">
            <Table.Thead>
              <Table.Tr>
                <Table.Th className="num">{t('import.row')}</Table.Th>
                <Table.Th>{t('import.field')}</Table.Th>
                <Table.Th>{t('import.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {outcome.rows.map((r) => (
                <Table.Tr key={`${r.row}-${r.field}`}>
                  <Table.Td className="num">{r.row}</Table.Td>
                  <Table.Td>{r.field}</Table.Td>
                  <Table.Td>{r.reason}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Stack>
  );
}
