// Nhập số liệu: a grid for one unit and period, or a file import.
import { Select, Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { tryParsePeriod } from '../../../core/period';
import { periodName, reportingPeriods } from '../../../core/period-words';
import { updateParams, useLocation } from '../../app/router';
import { UnitYearPicker, useUnitYear } from '../../shared/unit-year-picker';
import { useLanguage } from '../../shared/use-language';
import { EntryGrid } from './entry-grid';
import { ImportPanel } from './import-panel';

export default function DataEntryPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { unitId, year } = useUnitYear();
  const { params } = useLocation();
  const periods = reportingPeriods(year);
  // A link may carry an older spelling (2023-M08): core's code is what the figures are stored under.
  const asked = tryParsePeriod(params.get('period') ?? '');
  const period = asked?.year === year ? asked.code : String(year);
  const options = periods.map((p) => ({ value: p, label: periodName(p, language) }));
  if (!periods.includes(period)) options.unshift({ value: period, label: periodName(period, language) });
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
