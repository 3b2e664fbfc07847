// Nhập số liệu: a grid for one unit and period, or a file import.
import { Select, Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { updateParams, useLocation } from '../../app/router';
import { periodLabel, periodsOf } from '../../shared/labels';
import { UnitYearPicker, useUnitYear } from '../../shared/unit-year-picker';
import { EntryGrid } from './entry-grid';
import { ImportPanel } from './import-panel';

export default function DataEntryPage() {
  const { t } = useTranslation();
  const { unitId, year } = useUnitYear();
  const { params } = useLocation();
  const periods = periodsOf(year);
  const asked = params.get('period');
  const period = asked?.startsWith(String(year)) ? asked : String(year);
  const options = periods.map((p) => ({ value: p, label: periodLabel(t, p) }));
  if (!periods.includes(period)) options.unshift({ value: period, label: periodLabel(t, period) });
  return (
    <Stack>
      <Title order={2}>{t('entry.title')}</Title>
      <UnitYearPicker
        extra={
          <Select
            label={t('entry.period')}
            data={options}
            value={period}
            onChange={(v) => v && updateParams({ period: v })}
            allowDeselect={false}
            w={220}
            data-testid="period-picker"
          />
        }
      />
      <Tabs defaultValue="grid" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="grid">{t('entry.tabGrid')}</Tabs.Tab>
          <Tabs.Tab value="file">{t('entry.tabFile')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="grid" pt="md">
          {unitId !== null && <EntryGrid unitId={unitId} period={period} />}
        </Tabs.Panel>
        <Tabs.Panel value="file" pt="md">
          <ImportPanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
