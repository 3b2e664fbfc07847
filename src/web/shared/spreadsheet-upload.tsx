// The two screens that send a spreadsheet (figures and targets, a unit arrangement) pick it and show its
// refusal the same way; what each sends and what its answer says stay on the screen.
import { Alert, FileInput, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RowErrors } from './row-errors';
import type { Uploaded } from './use-file-upload';

interface PickerProps {
  label: string;
  file: File | null;
  onChange: (file: File | null) => void;
  testId: string;
  /** The buttons that send the file, beside the field. */
  children: ReactNode;
}

export function SpreadsheetPicker({ label, file, onChange, testId, children }: PickerProps) {
  const { t } = useTranslation();
  return (
    <Group align="end">
      <FileInput
        label={label}
        accept=".xlsx,.csv"
        value={file}
        onChange={onChange}
        clearable
        clearButtonProps={{ 'aria-label': t('common.clearFile') }}
        w={{ base: '100%', xs: 360 }}
        data-testid={testId}
      />
      {children}
    </Group>
  );
}

/** Why the file was refused: the rows the server named, or its one message. */
export function UploadRefusal({ result }: { result: Uploaded<unknown> | null }) {
  if (result?.kind === 'rows') return <RowErrors rows={result.rows} />;
  if (result?.kind !== 'error') return null;
  return (
    <Alert color="red" role="alert">
      {result.message}
    </Alert>
  );
}
