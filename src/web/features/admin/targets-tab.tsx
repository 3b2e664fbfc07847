// Targets of a unit and year, by source: add, change the value, delete.
import { Button, Group, Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TARGET_SOURCES } from '../../../core/types';
import { formatNumber } from '../../../core/vi/format';
import { api } from '../../api/client';
import { useIndicators, useTargets } from '../../api/queries';
import type { Target } from '../../api/types';
import { indicatorName, sourceLabel } from '../../shared/labels';
import { TextField } from '../../shared/text-field';
import { UnitYearPicker, useUnitYear } from '../../shared/unit-year-picker';
import { parseEntry } from '../data-entry/entry.model';
import { errorMessage } from '../data-entry/entry-cell';
import { AdminTable } from './admin-table';
import { useAdminAction } from './use-admin-action';

export function TargetsTab() {
  const { t, i18n } = useTranslation();
  const { unitId, year } = useUnitYear();
  const targets = useTargets(unitId, year);
  const indicators = useIndicators();
  const action = useAdminAction();
  const nameOf = (id: number) => {
    const ind = indicators.data?.find((i) => i.id === id);
    return ind ? indicatorName({ name: ind.nameVi, nameEn: ind.nameEn }, i18n.language) : String(id);
  };
  return (
    <Stack>
      <UnitYearPicker />
      <AdminTable<Target>
        testId="targets-table"
        minWidth={600}
        query={targets}
        rows={targets.data ?? []}
        rowKey={(target) => target.id}
        error={action.error}
        toolbar={<TargetForm unitId={unitId} year={year} action={action} />}
        columns={[
          { header: t('scorecard.indicator'), cell: (target) => nameOf(target.indicatorId) },
          { header: t('admin.targets.source'), cell: (target) => sourceLabel(t, target.source) },
          {
            header: t('admin.targets.value'),
            numeric: true,
            cell: (target) => formatNumber(target.value, 3),
          },
          {
            header: t('admin.targets.document'),
            cell: (target) => target.document ?? target.derivedFrom ?? '',
          },
        ]}
        actions={(target) => [
          {
            label: t('common.delete'),
            danger: true,
            onClick: () => void action.run(() => api(`/api/targets/${target.id}`, { method: 'DELETE' })),
          },
        ]}
      />
    </Stack>
  );
}

/** One target typed in place: indicator, source, value (in the vi-VN form), document. */
function TargetForm({
  unitId,
  year,
  action,
}: {
  unitId: number | null;
  year: number;
  action: ReturnType<typeof useAdminAction>;
}) {
  const { t, i18n } = useTranslation();
  const indicators = useIndicators();
  const [indicatorId, setIndicatorId] = useState<string | null>(null);
  const [source, setSource] = useState<string | null>('resolution');
  const [raw, setRaw] = useState('');
  const [document, setDocument] = useState('');
  const parsed = parseEntry(raw, { minValue: null, maxValue: null, decimals: 3 }, false);

  async function add() {
    if (parsed.kind !== 'ok' || !indicatorId || unitId === null) return;
    const body = {
      unitId,
      indicatorId: Number.parseInt(indicatorId, 10),
      fromYear: year,
      toYear: year,
      value: parsed.value,
      source,
      document: document || null,
      derivedFrom: null,
    };
    if (await action.run(() => api('/api/targets', { method: 'POST', json: body }))) setRaw('');
  }

  return (
    <Group align="start" gap="sm">
      <Select
        label={t('scorecard.indicator')}
        data={(indicators.data ?? []).map((i) => ({
          value: String(i.id),
          label: indicatorName({ name: i.nameVi, nameEn: i.nameEn }, i18n.language),
        }))}
        value={indicatorId}
        onChange={setIndicatorId}
        searchable
        w={280}
      />
      <Select
        label={t('admin.targets.source')}
        data={TARGET_SOURCES.map((s) => ({ value: s, label: sourceLabel(t, s) }))}
        value={source}
        onChange={setSource}
        allowDeselect={false}
        w={160}
      />
      <TextField
        label={t('admin.targets.value')}
        value={raw}
        onChange={setRaw}
        error={errorMessage(t, parsed, 3)}
        w={140}
      />
      <TextField label={t('admin.targets.document')} value={document} onChange={setDocument} w={200} />
      <Button
        mt={25}
        onClick={() => void add()}
        disabled={parsed.kind !== 'ok' || !indicatorId}
        loading={action.busy}
      >
        {t('common.create')}
      </Button>
    </Group>
  );
}
