// The data-entry grid for one unit and period: actual and estimate per indicator, saved together.
import { Alert, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ObservationKind } from '../../../core/types';
import type { Indicator } from '../../api/types';
import { indicatorName } from '../../shared/labels';
import { QueryState } from '../../shared/query-state';
import { EntryCell } from './entry-cell';
import { type Cell, useEntryGrid } from './use-entry-grid';

export function EntryGrid({ unitId, period }: { unitId: number; period: string }) {
  const { t, i18n } = useTranslation();
  const grid = useEntryGrid(unitId, period, i18n.language);
  const nameOf = (i: Indicator) => indicatorName({ name: i.nameVi, nameEn: i.nameEn }, i18n.language);
  const renderCell = (indicator: Indicator, kind: ObservationKind) => {
    const cell = grid.cells.find((c) => c.indicator.id === indicator.id && c.kind === kind) as Cell;
    return (
      <EntryCell
        indicator={indicator}
        label={`${t(`entry.${kind}`)}: ${nameOf(indicator)}`}
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
