// A record's change history as both drawers show it (a figure's provenance, any record's audit trail):
// when, who, what was done, then the columns that say what changed in the caller's terms.
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../api/types';
import { type Column, DataTable } from './data-table';

interface HistoryTableProps {
  entries: AuditEntry[];
  testId: string;
  /** Below this width the table scrolls inside the drawer. */
  minWidth: number;
  /** How the moment of a change is written: a figure's day, a record's day and time. */
  at: (timestamp: string) => string;
  changes: Column<AuditEntry>[];
}

export function HistoryTable({ entries, testId, minWidth, at, changes }: HistoryTableProps) {
  const { t } = useTranslation();
  if (entries.length === 0) return <Text c="dimmed">{t('provenance.noHistory')}</Text>;
  const columns: Column<AuditEntry>[] = [
    { header: t('provenance.when'), cell: (e) => at(e.at) },
    { header: t('provenance.who'), cell: (e) => e.who ?? (e.userId === null ? t('provenance.system') : '—') },
    {
      header: t('provenance.action'),
      cell: (e) => t(`provenance.actions.${e.action}`, { defaultValue: e.action }),
    },
    ...changes,
  ];
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <DataTable testId={testId} rows={entries} rowKey={(e) => e.id} columns={columns} />
    </Table.ScrollContainer>
  );
}
