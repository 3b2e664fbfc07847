// Unit and year pickers; the choice lives in the URL so a link reopens the same view.
import { Group, Select } from '@mantine/core';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnits } from '../api/queries';
import { updateParams, useLocation } from '../app/router';
import { useUser } from '../app/session';
import { unitTree } from './unit-tree';
import { rememberYear, unitParam, yearParam } from './unit-year';

/** The unit and year the current screen shows, defaulting to the user's scope root and last year used. */
export function useUnitYear(): { unitId: number | null; year: number } {
  const { params } = useLocation();
  const user = useUser();
  const units = useUnits();
  const fallbackUnit = user.scopeUnitId ?? units.data?.find((u) => u.parentId === null)?.id ?? null;
  return { unitId: unitParam(params) ?? fallbackUnit, year: yearParam(params) };
}

export function UnitYearPicker({ extra }: { extra?: React.ReactNode }) {
  const { t } = useTranslation();
  const units = useUnits();
  const { unitId, year } = useUnitYear();
  const tree = useMemo(() => unitTree(units.data ?? []), [units.data]);
  const options = tree.map(({ unit }) => ({ value: String(unit.id), label: unit.name }));
  const depthOf = new Map(tree.map(({ unit, depth }) => [String(unit.id), depth]));
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 8 }, (_, i) => String(thisYear - i));
  if (!years.includes(String(year))) years.push(String(year));

  useEffect(() => {
    rememberYear(year);
  }, [year]);

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
        renderOption={({ option }) => (
          <span style={{ paddingLeft: (depthOf.get(option.value) ?? 0) * 14 }}>{option.label}</span>
        )}
        comboboxProps={{ withinPortal: true }}
      />
      <Select
        label={t('picker.year')}
        data={years}
        value={String(year)}
        onChange={(v) => v && updateParams({ year: v })}
        allowDeselect={false}
        w={110}
        data-testid="year-picker"
      />
      {extra}
    </Group>
  );
}
