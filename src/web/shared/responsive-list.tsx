// A list as a table on wide screens and as stacked cards on a phone, or the words saying it is empty. The
// table and the cards share the rows, their keys and the test id, so a screen names them once.
import { Stack, Table, Text } from '@mantine/core';
import { Fragment, type Key, type ReactNode } from 'react';
import { type Column, DataTable } from './data-table';
import { useNarrow } from './use-narrow';

interface ResponsiveListProps<T> {
  rows: T[];
  rowKey: (row: T) => Key;
  /** What an empty list says. */
  empty: string;
  /** `data-testid` of the cards' stack; the table carries the same one. */
  testId: string;
  card: (row: T) => ReactNode;
  /** The table's columns on a wide screen. */
  columns: Column<T>[];
  /** `data-testid` of each table row (a card carries its own). */
  rowTestId?: string;
  /** A table too wide to squeeze below this many pixels scrolls sideways instead. */
  minWidth?: number;
}

export function ResponsiveList<T>(props: ResponsiveListProps<T>) {
  const { rows, rowKey, empty, testId, card, columns, rowTestId, minWidth } = props;
  const phone = useNarrow();
  if (rows.length === 0) return <Text c="dimmed">{empty}</Text>;
  if (!phone) {
    const table = (
      <DataTable testId={testId} rowTestId={rowTestId} rows={rows} rowKey={rowKey} columns={columns} />
    );
    return minWidth === undefined ? (
      table
    ) : (
      <Table.ScrollContainer minWidth={minWidth}>{table}</Table.ScrollContainer>
    );
  }
  return (
    <Stack gap="xs" data-testid={testId}>
      {rows.map((row) => (
        <Fragment key={rowKey(row)}>{card(row)}</Fragment>
      ))}
    </Stack>
  );
}
