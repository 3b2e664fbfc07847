// A table drawn from column definitions: a header row of labels, then one row per item. Screens say what each
// column shows; the markup (and the `num` alignment of figures) lives here once.
import { Table, type TableTdProps } from '@mantine/core';
import type { Key, ReactNode } from 'react';

export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
  /** A figure: right-aligned with the other numbers (the `num` class). */
  numeric?: boolean;
  /** Props of the cell that depend on the row (an indent, a width). */
  td?: (row: T) => TableTdProps;
}

export interface DataTableProps<T> {
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => Key;
  testId: string;
  /** `data-testid` of each row, where tests pick rows out. */
  rowTestId?: string;
}

export function DataTable<T>({ columns, rows, rowKey, testId, rowTestId }: DataTableProps<T>) {
  const align = (column: Column<T>) => (column.numeric ? 'num' : undefined);
  return (
    <Table striped data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          {columns.map((column) => (
            <Table.Th key={column.header} className={align(column)}>
              {column.header}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={rowKey(row)} data-testid={rowTestId}>
            {columns.map((column) => (
              <Table.Td key={column.header} className={align(column)} {...column.td?.(row)}>
                {column.cell(row)}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
