// Targets of a unit and year, by source: add, change the value, source or document, delete.
import { Select, Stack } from '@mantine/core';
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
import { AdminDialog } from './admin-dialog';
import { AdminTable } from './admin-table';
import { useAdminAction } from './use-admin-action';

/** A target's value is typed and shown with up to three decimals, in the vi-VN form. */
const DECIMALS = 3;

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
        audit={(target) => ({ entity: 'target', id: target.id, title: nameOf(target.indicatorId) })}
        error={action.error}
        create={unitId === null ? undefined : { label: t('admin.targets.create') }}
        editor={(target, onClose) =>
          unitId !== null && <TargetDialog target={target} unitId={unitId} year={year} onClose={onClose} />
        }
        columns={[
          { header: t('scorecard.indicator'), cell: (target) => nameOf(target.indicatorId) },
          { header: t('admin.targets.source'), cell: (target) => sourceLabel(t, target.source) },
          {
            header: t('admin.targets.value'),
            numeric: true,
            cell: (target) => formatNumber(target.value, DECIMALS),
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
            onClick: () =>
              void action.run(() =>
                api(`/api/targets/${target.id}?version=${target.version}`, { method: 'DELETE' }),
              ),
          },
        ]}
      />
    </Stack>
  );
}

/** One target: indicator (fixed once created), source, value in the vi-VN form, document. */
function TargetDialog({
  target,
  unitId,
  year,
  onClose,
}: {
  target: Target | null;
  unitId: number;
  year: number;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const indicators = useIndicators();
  const [indicatorId, setIndicatorId] = useState<string | null>(target ? String(target.indicatorId) : null);
  const [source, setSource] = useState<string | null>(target?.source ?? 'resolution');
  const [raw, setRaw] = useState(target ? formatNumber(target.value, DECIMALS) : '');
  const [document, setDocument] = useState(target?.document ?? '');
  const parsed = parseEntry(raw, { minValue: null, maxValue: null, decimals: DECIMALS }, false);

  /** The change Save sends, or null while the value is not a number or no indicator is chosen. */
  function request() {
    if (parsed.kind !== 'ok' || indicatorId === null) return null;
    const fields = { value: parsed.value, source, document: document.trim() || null };
    return () =>
      target
        ? // The version read: a change made meanwhile by another admin is refused (409), not overwritten.
          api(`/api/targets/${target.id}`, { method: 'PATCH', json: { ...fields, version: target.version } })
        : api('/api/targets', {
            method: 'POST',
            json: {
              ...fields,
              unitId,
              indicatorId: Number.parseInt(indicatorId, 10),
              fromYear: year,
              toYear: year,
              derivedFrom: null,
            },
          });
  }

  const options = (indicators.data ?? []).map((i) => ({
    value: String(i.id),
    label: indicatorName({ name: i.nameVi, nameEn: i.nameEn }, i18n.language),
  }));
  const name = options.find((o) => o.value === indicatorId)?.label ?? '';

  return (
    <AdminDialog
      title={target ? t('admin.targets.editTitle', { name }) : t('admin.targets.create')}
      onClose={onClose}
      save={request()}
    >
      <Select
        label={t('scorecard.indicator')}
        data={options}
        value={indicatorId}
        onChange={setIndicatorId}
        disabled={target !== null}
        searchable
        required
      />
      <Select
        label={t('admin.targets.source')}
        data={TARGET_SOURCES.map((s) => ({ value: s, label: sourceLabel(t, s) }))}
        value={source}
        onChange={setSource}
        allowDeselect={false}
      />
      <TextField
        label={t('admin.targets.value')}
        value={raw}
        onChange={setRaw}
        error={errorMessage(t, parsed, DECIMALS)}
        required
      />
      <TextField label={t('admin.targets.document')} value={document} onChange={setDocument} />
    </AdminDialog>
  );
}
