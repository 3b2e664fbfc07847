// The four-way summary by lead unit, as of a chosen date, and its XLSX download: a table on wide screens,
// one card per unit on phones.
import { Button, Card, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DIRECTIVE_STATUSES } from '../../../core/visit/directive-status';
import type { DirectiveSummaryRow } from '../../../core/visit/directive-summary';
import { QueryState } from '../../shared/query-state';
import { useNarrow } from '../../shared/use-narrow';
import { useUnitName } from './visit-layout';
import { useDirectiveSummary } from './visits.api';

type Row = Omit<DirectiveSummaryRow, 'unitId'> & { unitId: number; name: string };

const COUNTS = ['total', ...DIRECTIVE_STATUSES, 'dueSoon'] as const;

export function DirectiveSummaryTable() {
  const { t } = useTranslation();
  const phone = useNarrow();
  const [asOf, setAsOf] = useState(new Date().toISOString().slice(0, 10));
  const summary = useDirectiveSummary(asOf);
  const nameOf = useUnitName();
  const heading = (key: (typeof COUNTS)[number]) =>
    key === 'total'
      ? t('visits.total')
      : key === 'dueSoon'
        ? t('visits.dueSoon')
        : t(`visits.statusWords.${key}`);
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
        {(s) => {
          const rows: Row[] = [
            ...s.rows.map((r) => ({ ...r, name: nameOf(r.unitId) })),
            { ...s.totals, unitId: 0, name: t('visits.totals') },
          ];
          return phone ? (
            <Stack gap="xs" data-testid="directive-summary">
              {rows.map((r) => (
                <Card key={r.unitId} withBorder padding="sm" data-testid="summary-row">
                  <Text fw={700} mb={4}>
                    {r.name}
                  </Text>
                  <dl className="facts">
                    {COUNTS.map((key) => (
                      <div key={key} style={{ display: 'contents' }}>
                        <dt>{heading(key)}</dt>
                        <dd className="num">{r[key]}</dd>
                      </div>
                    ))}
                  </dl>
                </Card>
              ))}
            </Stack>
          ) : (
            <Table striped data-testid="directive-summary">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('visits.lead')}</Table.Th>
                  {COUNTS.map((key) => (
                    <Table.Th key={key}>{heading(key)}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr key={r.unitId} fw={r.unitId === 0 ? 700 : undefined} data-testid="summary-row">
                    <Table.Td>{r.name}</Table.Td>
                    {COUNTS.map((key) => (
                      <Table.Td key={key}>{r[key]}</Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          );
        }}
      </QueryState>
    </>
  );
}
