// A list as a table on wide screens and as stacked cards on a phone, or the words saying it is empty.
import { Stack, Text } from '@mantine/core';
import { Fragment, type Key, type ReactNode } from 'react';
import { useNarrow } from './use-narrow';

interface ResponsiveListProps<T> {
  rows: T[];
  rowKey: (row: T) => Key;
  /** What an empty list says. */
  empty: string;
  /** `data-testid` of the cards' stack; the table carries the same one. */
  testId: string;
  card: (row: T) => ReactNode;
  table: (rows: T[]) => ReactNode;
}

export function ResponsiveList<T>({ rows, rowKey, empty, testId, card, table }: ResponsiveListProps<T>) {
  const phone = useNarrow();
  if (rows.length === 0) return <Text c="dimmed">{empty}</Text>;
  if (!phone) return <>{table(rows)}</>;
  return (
    <Stack gap="xs" data-testid={testId}>
      {rows.map((row) => (
        <Fragment key={rowKey(row)}>{card(row)}</Fragment>
      ))}
    </Stack>
  );
}
