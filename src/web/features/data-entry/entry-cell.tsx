// One figure in the grid: typed in vi-VN form, checked as it is typed, warnings confirmed with a tick,
// and a concurrent edit shown with the other person's value.
import { Alert, Button, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../core/vi/format';
import type { Indicator, Observation } from '../../api/types';
import { GOOD_TEXT, WARNING_TEXT } from '../../shared/labels';
import type { Parsed, Warning } from './entry.model';
import type { CellResult } from './use-save-entries';

/** What is wrong with a typed figure, its numbers written with the indicator's decimals. */
export function errorMessage(t: TFunction, parsed: Parsed, decimals: number): string | null {
  if (parsed.kind !== 'error') return null;
  const number = (v: number) => formatNumber(v, decimals);
  switch (parsed.code) {
    case 'below_min':
    case 'above_max':
      return t(`entry.errors.${parsed.code}`, { limit: number(parsed.limit) });
    case 'too_many_decimals':
      return parsed.decimals === 0
        ? t('entry.errors.not_whole', { rounded: number(parsed.rounded) })
        : t('entry.errors.too_many_decimals', { decimals: parsed.decimals, rounded: number(parsed.rounded) });
    case 'decimal_comma':
      return t('entry.errors.decimal_comma', { suggestion: number(parsed.suggestion) });
    default:
      return t(`entry.errors.${parsed.code}`);
  }
}

export function warningMessage(t: TFunction, w: Warning, decimals: number): string {
  if (w.kind === 'jump') {
    return t('entry.warnings.jump', {
      previous: formatNumber(w.previous, decimals),
      ratio: formatNumber(w.ratio, 1),
    });
  }
  return t('entry.warnings.partExceedsWhole', { whole: formatNumber(w.whole, decimals), name: w.wholeName });
}

interface Props {
  indicator: Indicator;
  /** The accessible name: kind and indicator ("Thực hiện: Sản lượng tôm"). */
  label: string;
  /** A label shown above the field (on a phone's card, where no column header says the kind). */
  shownLabel?: string;
  raw: string;
  parsed: Parsed;
  warnings: Warning[];
  confirmed: boolean;
  result: CellResult | undefined;
  onRaw: (raw: string) => void;
  onConfirm: (confirmed: boolean) => void;
  onUseTheirs: (current: Observation) => void;
  onKeepMine: (current: Observation) => void;
}

export function EntryCell(props: Props) {
  const { t } = useTranslation();
  const { indicator, label, raw, parsed, warnings, confirmed, result } = props;
  return (
    <Stack gap={4}>
      <TextInput
        aria-label={label}
        label={props.shownLabel}
        value={raw}
        onChange={(e) => props.onRaw(e.currentTarget.value)}
        error={errorMessage(t, parsed, indicator.decimals)}
        inputMode="decimal"
        styles={{ input: { textAlign: 'right' } }}
        rightSection={<Text size="xs">{indicator.measure === '%' ? '%' : ''}</Text>}
      />
      {parsed.kind === 'ok' && warnings.length > 0 && (
        <Stack gap={2}>
          {warnings.map((w) => (
            <Text key={w.kind} size="xs" c={WARNING_TEXT} role="status">
              {warningMessage(t, w, indicator.decimals)}
            </Text>
          ))}
          <Checkbox
            size="xs"
            label={t('entry.confirmWarning')}
            checked={confirmed}
            onChange={(e) => props.onConfirm(e.currentTarget.checked)}
          />
        </Stack>
      )}
      {result?.kind === 'saved' && (
        <Text size="xs" c={GOOD_TEXT}>
          {t('entry.saved')}
        </Text>
      )}
      {result?.kind === 'error' && (
        <Text size="xs" c="red.9" role="alert">
          {result.message}
        </Text>
      )}
      {result?.kind === 'conflict' && (
        <Alert color={WARNING_TEXT} p="xs" role="alert">
          <Text size="xs">
            {t('entry.conflict', { value: formatNumber(result.current.value, indicator.decimals) })}
          </Text>
          <Group gap={4} mt={4}>
            <Button size="compact-xs" variant="default" onClick={() => props.onUseTheirs(result.current)}>
              {t('entry.useTheirs')}
            </Button>
            <Button size="compact-xs" onClick={() => props.onKeepMine(result.current)}>
              {t('entry.keepMine', { value: formatNumber(result.mine, indicator.decimals) })}
            </Button>
          </Group>
        </Alert>
      )}
    </Stack>
  );
}
