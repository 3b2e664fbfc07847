// Unit and year pickers; the choice lives in the URL so a link reopens the same view.
import { Button, type ComboboxItem, Group, type OptionsFilter, Select, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../core/vi/format';
import { foldVietnamese } from '../../core/vi/normalize';
import { useDataYears, useUnits } from '../api/queries';
import type { Unit } from '../api/types';
import { updateParams, useLocation } from '../app/router';
import { useUser } from '../app/session';
import { unitTree } from './unit-tree';
import { latestDataYear, openingYear, rememberYear, unitParam, yearParam } from './unit-year';

/** Says whether the year shown is the newest with data, and offers that one when it is not. */
function YearNote({ year, latest, onLatest }: { year: number; latest: number | null; onLatest: () => void }) {
  const { t } = useTranslation();
  if (latest === null) return null;
  if (year === latest)
    return (
      <Text size="sm" c="dimmed" data-testid="year-note">
        {t('picker.latestShown', { year })}
      </Text>
    );
  return (
    <Group gap="xs" data-testid="year-note">
      <Text size="sm">{t('picker.noDataYear', { year, latest })}</Text>
      <Button size="xs" variant="light" onClick={onLatest}>
        {t('picker.goLatest', { latest })}
      </Button>
    </Group>
  );
}

/**
 * A search typed with or without diacritics ("cai nuoc", "Cái Nước") finds the same units: the old district,
 * the old thị trấn and the new xã alike.
 */
const withoutDiacritics: OptionsFilter = ({ options, search }) => {
  const wanted = foldVietnamese(search.trim());
  if (wanted === '') return options;
  return (options as ComboboxItem[]).filter((o) => foldVietnamese(o.label).includes(wanted));
};

/** Beside a unit that ended or began by an arrangement, its dates, so the old district and the new xã differ. */
function UnitDates({ unit }: { unit: Unit | undefined }) {
  const { t } = useTranslation();
  if (!unit || (!unit.validTo && !unit.validFrom)) return null;
  const dates = [
    unit.validFrom ? t('lineage.since', { date: formatDate(unit.validFrom) }) : null,
    unit.validTo ? t('lineage.until', { date: formatDate(unit.validTo) }) : null,
  ].filter(Boolean);
  return (
    <Text component="span" size="xs" c="dimmed">
      {` · ${dates.join(' ')}`}
    </Text>
  );
}

/**
 * The unit and year the current screen shows, defaulting to the user's scope root and the year last chosen;
 * without one, the unit's newest year with data, which app/year-gate.tsx found before the screen showed.
 */
export function useUnitYear(): { unitId: number | null; year: number } {
  const { params } = useLocation();
  const user = useUser();
  const units = useUnits();
  const fallbackUnit = user.scopeUnitId ?? units.data?.find((u) => u.parentId === null)?.id ?? null;
  const unitId = unitParam(params) ?? fallbackUnit;
  const year = yearParam(params) ?? openingYear(unitId) ?? new Date().getFullYear();
  return { unitId, year };
}

/** Which years have figures, newest first, with recent years and the shown one: the year list. */
function yearOptions(year: number, withData: readonly number[]): string[] {
  const thisYear = new Date().getFullYear();
  const all = new Set([...Array.from({ length: 8 }, (_, i) => thisYear - i), ...withData, year]);
  return [...all].sort((a, b) => b - a).map(String);
}

export function UnitYearPicker({ extra }: { extra?: React.ReactNode }) {
  const { t } = useTranslation();
  const units = useUnits();
  const { unitId, year } = useUnitYear();
  const tree = useMemo(() => unitTree(units.data ?? []), [units.data]);
  const options = tree.map(({ unit }) => ({ value: String(unit.id), label: unit.name }));
  const depthOf = new Map(tree.map(({ unit, depth }) => [String(unit.id), depth]));
  const byId = new Map(tree.map(({ unit }) => [String(unit.id), unit]));
  const dataYears = useDataYears(unitId);
  const withFigures = (dataYears.data ?? []).filter((y) => y.figures).map((y) => y.year);
  const latest = latestDataYear(dataYears.data ?? []);
  // Only a year the user picks is remembered: one filled in by default must not stick.
  const choose = (v: string | null) => {
    if (!v) return;
    rememberYear(Number.parseInt(v, 10));
    updateParams({ year: v });
  };

  return (
    <Group align="end" gap="sm" className="no-print" wrap="wrap">
      <Select
        label={t('picker.unit')}
        data={options}
        value={unitId === null ? null : String(unitId)}
        onChange={(v) => v && updateParams({ unit: v })}
        searchable
        allowDeselect={false}
        w={{ base: '100%', xs: 320 }}
        data-testid="unit-picker"
        // The tree shows in the list by indentation; the chosen unit reads as its plain name.
        filter={withoutDiacritics}
        renderOption={({ option }) => (
          <span style={{ paddingLeft: (depthOf.get(option.value) ?? 0) * 14 }}>
            {option.label}
            <UnitDates unit={byId.get(option.value)} />
          </span>
        )}
        comboboxProps={{ withinPortal: true }}
      />
      <Select
        label={t('picker.year')}
        data={yearOptions(year, withFigures)}
        value={String(year)}
        onChange={choose}
        allowDeselect={false}
        w={110}
        data-testid="year-picker"
        renderOption={({ option }) =>
          withFigures.includes(Number(option.value)) ? (
            <span>
              {option.label} · <em>{t('picker.hasData')}</em>
            </span>
          ) : (
            option.label
          )
        }
      />
      {extra}
      {!withFigures.includes(year) || year === latest ? (
        <YearNote year={year} latest={latest} onLatest={() => choose(String(latest))} />
      ) : null}
    </Group>
  );
}
