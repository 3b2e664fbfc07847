// The rows a file was refused for, each with its column and reason: the one table every import shows.
import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportRowError } from '../api/types';

export function RowErrors({ rows }: { rows: readonly ImportRowError[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Text c="red.9" role="alert">
        {t('import.rowErrors', { count: rows.length })}
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
          {rows.map((r) => (
            <Table.Tr key={`${r.row}-${r.field}`}>
              <Table.Td className="num">{r.row}</Table.Td>
              <Table.Td>{r.field}</Table.Td>
              <Table.Td>{r.reason}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
