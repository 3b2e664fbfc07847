// Targets of a unit and year, by source: add, change the value, delete.
import { Alert, Button, Group, Select, Stack, Table, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TARGET_SOURCES } from '../../../core/types';
import { formatNumber } from '../../../core/vi/format';
import { api } from '../../api/client';
import { useIndicators, useTargets } from '../../api/queries';
import { indicatorName, sourceLabel } from '../../shared/labels';
import { UnitYearPicker, useUnitYear } from '../../shared/unit-year-picker';
import { parseEntry } from '../data-entry/entry.model';
import { errorMessage } from '../data-entry/entry-cell';
import { useAdminAction } from './use-admin-action';

export function TargetsTab() {
  const { t, i18n } = useTranslation();
  const { unitId, year } = useUnitYear();
  const targets = useTargets(unitId, year);
  const indicators = useIndicators();
  const action = useAdminAction();
  const [indicatorId, setIndicatorId] = useState<string | null>(null);
  const [source, setSource] = useState<string | null>('resolution');
  const [raw, setRaw] = useState('');
  const [document, setDocument] = useState('');
  const parsed = parseEntry(raw, { minValue: null, maxValue: null, decimals: 3 }, false);
  const nameOf = (id: number) => {
    const ind = indicators.data?.find((i) => i.id === id);
    return ind ? indicatorName({ name: ind.nameVi, nameEn: ind.nameEn }, i18n.language) : String(id);
  };

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
    <Stack>
      <UnitYearPicker />
      {action.error && (
        <Alert color="red.9" role="alert">
          {action.error}
        </Alert>
      )}
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
        <TextInput
          label={t('admin.targets.value')}
          value={raw}
          onChange={(e) => setRaw(e.currentTarget.value)}
          error={errorMessage(t, parsed, 3)}
          w={140}
        />
        <TextInput
          label={t('admin.targets.document')}
          value={document}
          onChange={(e) => setDocument(e.currentTarget.value)}
          w={200}
        />
        <Button
          mt={25}
          onClick={() => void add()}
          disabled={parsed.kind !== 'ok' || !indicatorId}
          loading={action.busy}
        >
          {t('common.create')}
        </Button>
      </Group>
      <Table.ScrollContainer minWidth={600}>
        <Table striped data-testid="targets-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('scorecard.indicator')}</Table.Th>
              <Table.Th>{t('admin.targets.source')}</Table.Th>
              <Table.Th className="num">{t('admin.targets.value')}</Table.Th>
              <Table.Th>{t('admin.targets.document')}</Table.Th>
              <Table.Th>{t('admin.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(targets.data ?? []).map((target) => (
              <Table.Tr key={target.id}>
                <Table.Td>{nameOf(target.indicatorId)}</Table.Td>
                <Table.Td>{sourceLabel(t, target.source)}</Table.Td>
                <Table.Td className="num">{formatNumber(target.value, 3)}</Table.Td>
                <Table.Td>{target.document ?? target.derivedFrom ?? ''}</Table.Td>
                <Table.Td>
                  <Button
                    size="compact-sm"
                    variant="default"
                    color="red.9"
                    onClick={() =>
                      void action.run(() => api(`/api/targets/${target.id}`, { method: 'DELETE' }))
                    }
                  >
                    {t('common.delete')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
