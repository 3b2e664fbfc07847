// One extracted statement, editable: include it or not, its indicator (suggested, changeable), value, estimate.
import { Checkbox, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../../core/vi/format';
import type { Indicator, Statement } from '../../api/types';
import { indicatorName, WARNING_TEXT } from '../../shared/labels';
import { parseEntry } from '../data-entry/entry.model';
import { errorMessage } from '../data-entry/entry-cell';

export interface StatementDraft {
  statement: Statement;
  include: boolean;
  indicatorCode: string | null;
  raw: string;
  estimate: boolean;
}

interface Props {
  index: number;
  draft: StatementDraft;
  indicators: Indicator[];
  quote: string;
  active: boolean;
  onChange: (next: StatementDraft) => void;
  onFocus: () => void;
}

export function StatementEditor({ index, draft, indicators, quote, active, onChange, onFocus }: Props) {
  const { t, i18n } = useTranslation();
  const indicator = indicators.find((i) => i.code === draft.indicatorCode) ?? null;
  const parsed = parseEntry(draft.raw, indicator ?? { minValue: null, maxValue: null, decimals: 3 }, true);
  const { achievement } = draft.statement;
  return (
    <Paper
      withBorder
      p="sm"
      id={`statement-${index}`}
      onFocusCapture={onFocus}
      style={active ? { borderColor: '#8a5a00', borderWidth: 2 } : undefined}
      data-testid="statement"
    >
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap">
          <Checkbox
            label={t('report.include', { n: index + 1 })}
            checked={draft.include && indicator !== null}
            disabled={indicator === null}
            onChange={(e) => onChange({ ...draft, include: e.currentTarget.checked })}
          />
          {achievement && (
            <Text size="xs">
              {t('report.stated', {
                percent: formatPercent(achievement.percent),
                against: achievement.against,
              })}
            </Text>
          )}
        </Group>
        <Text size="sm" fs="italic" c="dark.6">
          “{quote}”
        </Text>
        <Select
          label={t('report.indicator')}
          placeholder={t('report.pickIndicator')}
          data={indicators.map((i) => ({
            value: i.code,
            label: `${indicatorName({ name: i.nameVi, nameEn: i.nameEn }, i18n.language)} (${i.measure})`,
          }))}
          value={draft.indicatorCode}
          onChange={(code) => onChange({ ...draft, indicatorCode: code, include: code !== null })}
          searchable
          clearable
        />
        <Group grow align="start">
          <TextInput
            label={t('report.value', { unit: draft.statement.unit })}
            value={draft.raw}
            onChange={(e) => onChange({ ...draft, raw: e.currentTarget.value })}
            error={errorMessage(t, parsed, indicator?.decimals ?? 3)}
            inputMode="decimal"
          />
          <Checkbox
            mt={28}
            label={t('report.estimate')}
            checked={draft.estimate}
            onChange={(e) => onChange({ ...draft, estimate: e.currentTarget.checked })}
          />
        </Group>
        {indicator && indicator.measure !== draft.statement.unit && (
          <Text size="xs" c={WARNING_TEXT}>
            {t('report.unitMismatch', { stated: draft.statement.unit, measure: indicator.measure })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
