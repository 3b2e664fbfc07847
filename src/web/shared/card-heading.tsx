// The first line of an indicator's card, on the overview and on the phone's scorecard alike.
import { Badge, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScorecardStatus } from '../api/types';
import { statusColour, statusLabel } from './labels';

/** The indicator's name, and its status as a badge that keeps its width however long the name runs. */
export function CardHeading({ status, children }: { status: ScorecardStatus; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" align="start" wrap="nowrap">
      {children}
      <Badge color={statusColour(status)} variant="filled" style={{ flexShrink: 0 }}>
        {statusLabel(t, status)}
      </Badge>
    </Group>
  );
}
