// A screen opened without a year (a first visit, nothing chosen on this browser) opens on the newest year
// with data for its unit: the gate asks which years have data once per unit and session, then shows it.
import { Center, Loader } from '@mantine/core';
import { type ReactNode, useEffect, useReducer } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataYears, useUnits } from '../api/queries';
import { latestDataYear, openingYear, setOpeningYear, yearParam } from '../shared/unit-year';
import { useUnitYear } from '../shared/unit-year-picker';
import { useLocation } from './router';

export function YearGate({ children }: { children: ReactNode }) {
  const { params } = useLocation();
  const { unitId } = useUnitYear();
  const units = useUnits();
  const [, found] = useReducer((n: number) => n + 1, 0);
  if (yearParam(params) !== null || openingYear(unitId) !== null) return children;
  // An administrator's unit comes from the unit list; with none visible, the current year.
  if (unitId === null) return units.isPending ? <Waiting /> : children;
  return <LatestYear unitId={unitId} onFound={found} />;
}

function LatestYear({ unitId, onFound }: { unitId: number; onFound: () => void }) {
  const years = useDataYears(unitId);
  useEffect(() => {
    // No answer: the current year, as before.
    if (years.isPending) return;
    setOpeningYear(unitId, latestDataYear(years.data ?? []) ?? new Date().getFullYear());
    onFound();
  }, [unitId, years.isPending, years.data, onFound]);
  return <Waiting />;
}

function Waiting() {
  const { t } = useTranslation();
  return (
    <Center p="xl">
      <Loader role="status" aria-label={t('picker.choosingYear')} />
    </Center>
  );
}
