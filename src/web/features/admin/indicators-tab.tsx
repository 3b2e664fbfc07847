// The indicator catalog: what is measured, in what unit, with which bounds.
import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, Table, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../core/vi/format';
import { parseViNumber } from '../../../core/vi/parse';
import { api } from '../../api/client';
import { useIndicators } from '../../api/queries';
import type { Indicator } from '../../api/types';
import { indicatorName } from '../../shared/labels';
import { useAdminAction } from './use-admin-action';

export function IndicatorsTab() {
  const { t, i18n } = useTranslation();
  const indicators = useIndicators();
  const [editing, setEditing] = useState<Indicator | 'new' | null>(null);
  const bound = (v: number | null) => (v === null ? '' : formatNumber(v));
  return (
    <Stack>
      <Button w="fit-content" onClick={() => setEditing('new')}>
        {t('admin.indicators.create')}
      </Button>
      <Table.ScrollContainer minWidth={760}>
        <Table striped data-testid="indicators-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('admin.indicators.code')}</Table.Th>
              <Table.Th>{t('scorecard.indicator')}</Table.Th>
              <Table.Th>{t('scorecard.measure')}</Table.Th>
              <Table.Th>{t('scorecard.category')}</Table.Th>
              <Table.Th>{t('admin.indicators.nature')}</Table.Th>
              <Table.Th className="num">{t('admin.indicators.min')}</Table.Th>
              <Table.Th className="num">{t('admin.indicators.max')}</Table.Th>
              <Table.Th>{t('admin.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(indicators.data ?? []).map((ind) => (
              <Table.Tr key={ind.id}>
                <Table.Td>{ind.code}</Table.Td>
                <Table.Td>{indicatorName({ name: ind.nameVi, nameEn: ind.nameEn }, i18n.language)}</Table.Td>
                <Table.Td>{ind.measure}</Table.Td>
                <Table.Td>{t(`category.${ind.category}`, { defaultValue: ind.category })}</Table.Td>
                <Table.Td>{t(`nature.${ind.nature}`)}</Table.Td>
                <Table.Td className="num">{bound(ind.minValue)}</Table.Td>
                <Table.Td className="num">{bound(ind.maxValue)}</Table.Td>
                <Table.Td>
                  <Button size="compact-sm" variant="default" onClick={() => setEditing(ind)}>
                    {t('common.edit')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {editing && (
        <IndicatorDialog indicator={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </Stack>
  );
}

function readBound(raw: string): number | null | 'invalid' {
  if (raw.trim() === '') return null;
  return parseViNumber(raw.trim()) ?? 'invalid';
}

function IndicatorDialog({ indicator, onClose }: { indicator: Indicator | null; onClose: () => void }) {
  const { t } = useTranslation();
  const action = useAdminAction();
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
  });
  const set = (key: keyof typeof form) => (value: string | null) =>
    setForm((f) => ({ ...f, [key]: value ?? '' }));
  const min = readBound(form.min);
  const max = readBound(form.max);

  async function submit() {
    if (min === 'invalid' || max === 'invalid') return;
    const { min: _a, max: _b, ...fields } = form;
    const body = {
      ...fields,
      minValue: min,
      maxValue: max,
      ...(indicator ? {} : { aggregation: { kind: 'sum' }, decimals: 2, parentId: null, synonyms: [] }),
    };
    const ok = await action.run(() =>
      indicator
        ? api(`/api/indicators/${indicator.id}`, { method: 'PATCH', json: body })
        : api('/api/indicators', { method: 'POST', json: body }),
    );
    if (ok) onClose();
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={indicator ? indicator.code : t('admin.indicators.create')}
      size="lg"
    >
      <Stack>
        {action.error && (
          <Alert color="red.9" role="alert">
            {action.error}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('admin.indicators.code')}
            value={form.code}
            onChange={(e) => set('code')(e.currentTarget.value)}
            required
            disabled={indicator !== null}
          />
          <TextInput
            label={t('scorecard.measure')}
            value={form.measure}
            onChange={(e) => set('measure')(e.currentTarget.value)}
            required
          />
          <TextInput
            label={t('admin.indicators.nameVi')}
            value={form.nameVi}
            onChange={(e) => set('nameVi')(e.currentTarget.value)}
            required
          />
          <TextInput
            label={t('admin.indicators.nameEn')}
            value={form.nameEn}
            onChange={(e) => set('nameEn')(e.currentTarget.value)}
          />
          <TextInput
            label={t('scorecard.category')}
            value={form.category}
            onChange={(e) => set('category')(e.currentTarget.value)}
            required
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
          <TextInput
            label={t('admin.indicators.min')}
            value={form.min}
            onChange={(e) => set('min')(e.currentTarget.value)}
            error={min === 'invalid' ? t('entry.errors.not_number') : null}
          />
          <TextInput
            label={t('admin.indicators.max')}
            value={form.max}
            onChange={(e) => set('max')(e.currentTarget.value)}
            error={max === 'invalid' ? t('entry.errors.not_number') : null}
          />
        </SimpleGrid>
        <Group justify="end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={action.busy}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
