// The data-entry grid for one unit and period: actual and estimate per indicator, saved together.
import { Alert, Button, Card, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ObservationKind } from '../../../core/types';
import type { Indicator } from '../../api/types';
import { indicatorName } from '../../shared/labels';
import { QueryState } from '../../shared/query-state';
import { useNarrow } from '../../shared/use-narrow';
import { EntryCell } from './entry-cell';
import { type Cell, useEntryGrid } from './use-entry-grid';

export function EntryGrid({ unitId, period }: { unitId: number; period: string }) {
  const { t, i18n } = useTranslation();
  const grid = useEntryGrid(unitId, period, i18n.language);
  const narrow = useNarrow();
  const nameOf = (i: Indicator) => indicatorName({ name: i.nameVi, nameEn: i.nameEn }, i18n.language);
  const renderCell = (indicator: Indicator, kind: ObservationKind, shown?: boolean) => {
    const cell = grid.cells.find((c) => c.indicator.id === indicator.id && c.kind === kind) as Cell;
    return (
      <EntryCell
        indicator={indicator}
        label={`${t(`entry.${kind}`)}: ${nameOf(indicator)}`}
        shownLabel={shown ? t(`entry.${kind}`) : undefined}
        raw={cell.raw}
        parsed={cell.parsed}
        warnings={cell.warnings}
        confirmed={cell.confirmed}
        result={grid.results[cell.key]}
        onRaw={(raw) => grid.setRaw(cell, raw)}
        onConfirm={(confirmed) => grid.setConfirmed(cell, confirmed)}
        onUseTheirs={() => grid.takeTheirs(cell)}
        onKeepMine={(theirs) => void grid.keepMine(cell, theirs)}
      />
    );
  };
  return (
    <QueryState query={grid.indicators}>
      {() => (
        <>
          {narrow ? (
            // A phone: one card per indicator, the two figures under each other with their own labels.
            <Stack gap="sm" data-testid="entry-grid">
              {grid.sorted.map((indicator) => (
                <Card
                  key={indicator.id}
                  withBorder
                  padding="sm"
                  component="section"
                  aria-label={nameOf(indicator)}
                  data-code={indicator.code}
                >
                  <Text fw={600} size="sm">
                    {nameOf(indicator)}{' '}
                    <Text span size="xs" c="gray.8">
                      ({indicator.measure})
                    </Text>
                  </Text>
                  <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" mt={4}>
                    {renderCell(indicator, 'actual', true)}
                    {renderCell(indicator, 'estimate', true)}
                  </SimpleGrid>
                </Card>
              ))}
            </Stack>
          ) : (
            <Table.ScrollContainer minWidth={520}>
              <Table striped data-testid="entry-grid">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('scorecard.indicator')}</Table.Th>
                    <Table.Th>{t('scorecard.measure')}</Table.Th>
                    <Table.Th w={150}>{t('entry.actual')}</Table.Th>
                    <Table.Th w={150}>{t('entry.estimate')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {grid.sorted.map((indicator) => (
                    <Table.Tr key={indicator.id} data-code={indicator.code}>
                      <Table.Td>{nameOf(indicator)}</Table.Td>
                      <Table.Td>{indicator.measure}</Table.Td>
                      <Table.Td>{renderCell(indicator, 'actual')}</Table.Td>
                      <Table.Td>{renderCell(indicator, 'estimate')}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <Group
            justify="space-between"
            className="no-print"
            style={{ position: 'sticky', bottom: 0, background: 'white', padding: 8 }}
          >
            <Text size="sm" role="status">
              {grid.blocked.length > 0
                ? t('entry.blocked', { count: grid.blocked.length })
                : t('entry.changed', { count: grid.changed.length })}
            </Text>
            <Button
              onClick={() => void grid.saveAll()}
              disabled={grid.changed.length === 0 || grid.blocked.length > 0}
              loading={grid.saving}
              data-testid="entry-save"
            >
              {t('entry.save')}
            </Button>
          </Group>
          {grid.current.isError && <Alert color="red">{t('common.serverError')}</Alert>}
        </>
      )}
    </QueryState>
  );
}
