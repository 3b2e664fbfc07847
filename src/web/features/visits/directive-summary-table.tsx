// The four-way summary by lead unit, as of a chosen date, and its XLSX download.
import { Button, Group, Table, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DIRECTIVE_STATUSES } from '../../../core/visit/directive-status';
import { useUnits } from '../../api/queries';
import { QueryState } from '../../shared/query-state';
import { useDirectiveSummary } from './visits.api';

export function DirectiveSummaryTable() {
  const { t } = useTranslation();
  const [asOf, setAsOf] = useState(new Date().toISOString().slice(0, 10));
  const summary = useDirectiveSummary(asOf);
  const units = useUnits();
  const nameOf = (id: number) => units.data?.find((u) => u.id === id)?.name ?? `#${id}`;
  return (
    <>
      <Group align="end" mb="md">
        <TextInput
          type="date"
          label={t('visits.asOf')}
          value={asOf}
          onChange={(e) => e.currentTarget.value && setAsOf(e.currentTarget.value)}
        />
        <Button component="a" variant="default" href={`/api/directives/summary.xlsx?asOf=${asOf}`} download>
          {t('visits.exportXlsx')}
        </Button>
      </Group>
      <QueryState query={summary}>
        {(s) => (
          <Table striped data-testid="directive-summary">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('visits.lead')}</Table.Th>
                <Table.Th>{t('visits.total')}</Table.Th>
                {DIRECTIVE_STATUSES.map((st) => (
                  <Table.Th key={st}>{t(`visits.statusWords.${st}`)}</Table.Th>
                ))}
                <Table.Th>{t('visits.dueSoon')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[
                ...s.rows.map((r) => ({ ...r, name: nameOf(r.unitId) })),
                { ...s.totals, unitId: 0, name: t('visits.totals') },
              ].map((r) => (
                <Table.Tr key={r.unitId} fw={r.unitId === 0 ? 700 : undefined}>
                  <Table.Td>{r.name}</Table.Td>
                  <Table.Td>{r.total}</Table.Td>
                  {DIRECTIVE_STATUSES.map((st) => (
                    <Table.Td key={st}>{r[st]}</Table.Td>
                  ))}
                  <Table.Td>{r.dueSoon}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryState>
    </>
  );
}
