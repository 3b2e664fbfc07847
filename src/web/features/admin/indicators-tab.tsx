// The indicator catalog: what is measured, in what unit, with which bounds.
import { Select, SimpleGrid } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INDICATOR_CATEGORIES } from '../../../core/indicator-category';
import { formatNumber } from '../../../core/vi/format';
import { defaultDecimals } from '../../../core/vi/measure-decimals';
import { parseViNumber } from '../../../core/vi/parse';
import { api } from '../../api/client';
import { useIndicators } from '../../api/queries';
import type { Indicator } from '../../api/types';
import { indicatorName } from '../../shared/labels';
import { TextField } from '../../shared/text-field';
import { AdminDialog } from './admin-dialog';
import { AdminTable } from './admin-table';

const bound = (v: number | null) => (v === null ? '' : formatNumber(v));

export function IndicatorsTab() {
  const { t, i18n } = useTranslation();
  const indicators = useIndicators();
  return (
    <AdminTable<Indicator>
      testId="indicators-table"
      minWidth={760}
      query={indicators}
      audit={(ind) => ({ entity: 'indicator', id: ind.id, title: `${ind.code} · ${ind.nameVi}` })}
      create={{ label: t('admin.indicators.create') }}
      editor={(indicator, onClose) => <IndicatorDialog indicator={indicator} onClose={onClose} />}
      columns={[
        { header: t('admin.indicators.code'), cell: (ind) => ind.code },
        {
          header: t('scorecard.indicator'),
          cell: (ind) => indicatorName({ name: ind.nameVi, nameEn: ind.nameEn }, i18n.language),
        },
        { header: t('scorecard.measure'), cell: (ind) => ind.measure },
        {
          header: t('scorecard.category'),
          cell: (ind) => t(`category.${ind.category}`, { defaultValue: ind.category }),
        },
        { header: t('admin.indicators.nature'), cell: (ind) => t(`nature.${ind.nature}`) },
        { header: t('admin.indicators.min'), numeric: true, cell: (ind) => bound(ind.minValue) },
        { header: t('admin.indicators.max'), numeric: true, cell: (ind) => bound(ind.maxValue) },
      ]}
    />
  );
}

/** The one list, and an old free-text category kept visible until the admin picks one of the list. */
function categoryChoices(current: string): string[] {
  const listed: readonly string[] = INDICATOR_CATEGORIES;
  return listed.includes(current) || current === '' ? [...listed] : [...listed, current];
}

function readBound(raw: string): number | null | 'invalid' {
  if (raw.trim() === '') return null;
  return parseViNumber(raw.trim()) ?? 'invalid';
}

function IndicatorDialog({ indicator, onClose }: { indicator: Indicator | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({
    code: indicator?.code ?? '',
    nameVi: indicator?.nameVi ?? '',
    nameEn: indicator?.nameEn ?? '',
    measure: indicator?.measure ?? '',
    category: indicator?.category ?? 'kinh_te',
    nature: indicator?.nature ?? 'flow',
    polarity: indicator?.polarity ?? 'higher_is_better',
    min: indicator?.minValue === null || indicator === null ? '0' : formatNumber(indicator.minValue),
    max: indicator?.maxValue === null || indicator === null ? '' : formatNumber(indicator.maxValue),
    // Empty: follows the unit of measure (0 for người, 1 for tấn, 2 for % and tỷ đồng) until chosen.
    decimals: indicator ? String(indicator.decimals) : '',
  });
  const decimals = form.decimals === '' ? defaultDecimals(form.measure) : Number.parseInt(form.decimals, 10);
  const set = (key: keyof typeof form) => (value: string | null) =>
    setForm((f) => ({ ...f, [key]: value ?? '' }));
  const min = readBound(form.min);
  const max = readBound(form.max);
  const notNumber = (value: ReturnType<typeof readBound>) =>
    value === 'invalid' ? t('entry.errors.not_number') : null;

  /** The change Save sends, or null while a bound is not a number. */
  function request() {
    if (min === 'invalid' || max === 'invalid') return null;
    const { min: _a, max: _b, decimals: _c, ...fields } = form;
    const body = {
      ...fields,
      minValue: min,
      maxValue: max,
      decimals,
      // The version read: a change made meanwhile by another admin is refused, not overwritten.
      ...(indicator
        ? { version: indicator.version }
        : { aggregation: { kind: 'sum' }, parentId: null, synonyms: [] }),
    };
    return () =>
      indicator
        ? api(`/api/indicators/${indicator.id}`, { method: 'PATCH', json: body })
        : api('/api/indicators', { method: 'POST', json: body });
  }

  return (
    <AdminDialog
      title={indicator ? indicator.code : t('admin.indicators.create')}
      size="lg"
      onClose={onClose}
      save={request()}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextField
          label={t('admin.indicators.code')}
          value={form.code}
          onChange={set('code')}
          required
          disabled={indicator !== null}
        />
        <TextField label={t('scorecard.measure')} value={form.measure} onChange={set('measure')} required />
        <Select
          label={t('admin.indicators.decimals')}
          data={['0', '1', '2', '3']}
          value={String(decimals)}
          onChange={set('decimals')}
          allowDeselect={false}
          data-testid="indicator-decimals"
        />
        <TextField
          label={t('admin.indicators.nameVi')}
          value={form.nameVi}
          onChange={set('nameVi')}
          required
        />
        <TextField label={t('admin.indicators.nameEn')} value={form.nameEn} onChange={set('nameEn')} />
        <Select
          label={t('scorecard.category')}
          data={categoryChoices(form.category).map((v) => ({
            value: v,
            label: t(`category.${v}`, { defaultValue: v }),
          }))}
          value={form.category}
          onChange={set('category')}
          allowDeselect={false}
          data-testid="indicator-category"
        />
        <Select
          label={t('admin.indicators.nature')}
          data={['flow', 'stock'].map((v) => ({ value: v, label: t(`nature.${v}`) }))}
          value={form.nature}
          onChange={set('nature')}
          allowDeselect={false}
        />
        <Select
          label={t('admin.indicators.polarity')}
          data={['higher_is_better', 'lower_is_better'].map((v) => ({
            value: v,
            label: t(`polarity.${v}`),
          }))}
          value={form.polarity}
          onChange={set('polarity')}
          allowDeselect={false}
        />
        <TextField
          label={t('admin.indicators.min')}
          value={form.min}
          onChange={set('min')}
          error={notNumber(min)}
        />
        <TextField
          label={t('admin.indicators.max')}
          value={form.max}
          onChange={set('max')}
          error={notNumber(max)}
        />
      </SimpleGrid>
    </AdminDialog>
  );
}
