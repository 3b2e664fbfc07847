// Shared pieces of the visits screens that read a record: the detail drawer, a label-and-value fact, a unit's
// name, and how a directive's source reads.
import { Alert, Loader, Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../core/vi/format';
import type { DirectiveSource } from '../../../core/visit/visit.types';
import { useUnits } from '../../api/queries';
import { errorText } from '../../shared/query-state';
import { SideDrawer } from '../../shared/side-drawer';
import { useNarrow } from '../../shared/use-narrow';
import { useVisits } from './visits.api';

/**
 * A unit's name from the units the user sees, else from the names a directive carries (the province that
 * issued a district's directive lies outside the district's units), else "outside your scope".
 */
export function useUnitName(): (id: number, named?: Record<string, string>) => string {
  const { t } = useTranslation();
  const units = useUnits();
  return (id, named) =>
    units.data?.find((u) => u.id === id)?.name || named?.[id] || t('visits.outsideScope', { id });
}

/** One labelled value in a details list; `testId` lets tests read the exact value. */
export function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" component="dt">
        {label}
      </Text>
      <Text size="sm" component="dd" m={0} data-testid={testId}>
        {children}
      </Text>
    </Stack>
  );
}

/** The source of a directive in words: the visit and its date, the inspection team, or the document number. */
export function useSourceText(): (source: DirectiveSource) => string {
  const { t } = useTranslation();
  const visits = useVisits();
  return (source) => {
    const number = source.number ? `, ${t('visits.sourceNumber', { number: source.number })}` : '';
    if (source.kind === 'visit') {
      const visit = visits.data?.find((v) => v.id === source.visitId);
      const what = visit
        ? t('visits.sourceVisit', { date: formatDate(visit.date) })
        : t('visits.sourceVisitId', { id: source.visitId });
      return `${what}${number}`;
    }
    if (source.kind === 'inspection')
      return source.number
        ? t('visits.sourceInspectionNumber', { number: source.number })
        : t('visits.sourceInspection', { id: source.inspectionId });
    return `${t('visits.sourceDocument')} ${t('visits.sourceNumber', { number: source.number })}`;
  };
}

interface DetailDrawerProps<T> {
  /** The record shown; null keeps the drawer closed. */
  id: number | null;
  onClose: () => void;
  title: string;
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}

/** A record opened beside its list (the whole width on a phone): a loader while it comes, the error if it fails. */
export function DetailDrawer<T>({ id, onClose, title, query, children }: DetailDrawerProps<T>) {
  const { t } = useTranslation();
  const phone = useNarrow();
  return (
    <SideDrawer opened={id !== null} onClose={onClose} size={phone ? '100%' : 'xl'} title={title}>
      {query.isPending && id !== null && <Loader aria-label={t('common.loading')} />}
      {query.isError && (
        <Alert color="red" role="alert">
          {errorText(t, query.error)}
        </Alert>
      )}
      {query.data && children(query.data)}
    </SideDrawer>
  );
}
