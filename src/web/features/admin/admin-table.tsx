// The scaffold every admin tab shares: a create button, the refusal of the last change, the list (a loader
// while it comes, the error if it fails) as a table, or one card per row on a phone, and a row's actions.
import { Alert, Button, Card, Group, Stack, Table } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { Fragment, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AuditDrawer, type AuditSubject } from '../../shared/audit-drawer';
import { type Column, DataTable, type DataTableProps } from '../../shared/data-table';
import { QueryState } from '../../shared/query-state';
import { useNarrow } from '../../shared/use-narrow';

export interface RowAction {
  label: string;
  onClick: () => void;
  /** A change that removes something: drawn in red. */
  danger?: boolean;
}

/** The rows are the query's list, or (`rows`) drawn from it: the unit tree from the units. */
type RowSource<T> =
  | { query: UseQueryResult<T[]>; rows?: undefined }
  | { query: UseQueryResult<unknown>; rows: T[] };

/** A dialog that creates a row (`row` null) or edits one. */
export type Editor<T> = (row: T | null, onClose: () => void) => ReactNode;

type AdminTableProps<T> = Omit<DataTableProps<T>, 'rows' | 'rowKey'> & RowSource<T> & AdminTableOptions<T>;

interface AdminTableOptions<T> {
  /** Below this width the table scrolls inside its frame, so the page itself never scrolls sideways. */
  minWidth: number;
  /** A row's actions besides Edit and History. */
  actions?: (row: T) => RowAction[];
  /** The create button: its label, and what it opens when the tab has no `editor`. */
  create?: { label: string; onClick?: () => void };
  /** With it, Create opens it empty and each row's first action, Edit, opens it on the row. */
  editor?: Editor<T>;
  /** A form above the table, for a tab that adds rows in place rather than in a dialog. */
  toolbar?: ReactNode;
  /** Why the server refused the last change made from the table (a delete), if it did. */
  error?: string | null;
  /** What opens over the table: the create or edit dialog. */
  children?: ReactNode;
  /**
   * The record a row is: its "history" action shows that record's change history (the audit trail), and
   * the record's id keys the row.
   */
  audit: (row: T) => AuditSubject;
}

export function AdminTable<T>({
  minWidth,
  actions = () => [],
  create,
  editor,
  toolbar,
  error,
  children,
  audit,
  ...table
}: AdminTableProps<T>) {
  const { t } = useTranslation();
  const phone = useNarrow();
  const [history, setHistory] = useState<AuditSubject | null>(null);
  // Boxed so that "editing nothing" (closed) and "editing a new row" (null) stay apart.
  const [editing, setEditing] = useState<{ row: T | null } | null>(null);
  const rowActions = (row: T): RowAction[] => [
    ...(editor ? [{ label: t('common.edit'), onClick: () => setEditing({ row }) }] : []),
    ...actions(row),
    { label: t('audit.open'), onClick: () => setHistory(audit(row)) },
  ];
  const actionColumn: Column<T> = {
    header: t('admin.actions'),
    cell: (row) => <RowActions actions={rowActions(row)} />,
  };
  const { query, rows: _, ...columns } = table;
  return (
    <Stack>
      <ActionError message={error ?? null} />
      {create && (
        <Button w="fit-content" onClick={create.onClick ?? (() => setEditing({ row: null }))}>
          {create.label}
        </Button>
      )}
      {toolbar}
      <QueryState query={query}>
        {() =>
          phone ? (
            <RowCards
              {...columns}
              rows={rowsOf(table)}
              rowKey={(row) => audit(row).id}
              actions={rowActions}
            />
          ) : (
            <Table.ScrollContainer minWidth={minWidth}>
              <DataTable
                {...columns}
                rows={rowsOf(table)}
                rowKey={(row) => audit(row).id}
                columns={[...columns.columns, actionColumn]}
              />
            </Table.ScrollContainer>
          )
        }
      </QueryState>
      {children}
      {editor && editing && editor(editing.row, () => setEditing(null))}
      <AuditDrawer subject={history} onClose={() => setHistory(null)} />
    </Stack>
  );
}

function rowsOf<T>(source: RowSource<T>): T[] {
  return source.rows === undefined ? (source.query.data ?? []) : source.rows;
}

/**
 * On a phone each row is a card: its columns as label and value, its actions beneath, all within the
 * window's width (in a table the actions came last, beyond a sideways scroll).
 */
function RowCards<T>({
  columns,
  rows,
  rowKey,
  testId,
  rowTestId,
  actions,
}: DataTableProps<T> & { actions: (row: T) => RowAction[] }) {
  return (
    <Stack gap="xs" data-testid={testId}>
      {rows.map((row) => (
        <Card key={rowKey(row)} withBorder padding="sm" data-testid={rowTestId}>
          <dl className="facts record-facts">
            {columns.map((column) => (
              <Fragment key={column.header}>
                <dt>{column.header}</dt>
                <dd>{column.cell(row)}</dd>
              </Fragment>
            ))}
          </dl>
          <RowActions actions={actions(row)} wrap />
        </Card>
      ))}
    </Stack>
  );
}

function RowActions({ actions, wrap = false }: { actions: RowAction[]; wrap?: boolean }) {
  return (
    <Group gap={4} wrap={wrap ? 'wrap' : 'nowrap'}>
      {actions.map((action) => (
        <Button
          key={action.label}
          size="compact-sm"
          variant="default"
          color={action.danger ? 'red.9' : undefined}
          onClick={action.onClick}
        >
          {action.label}
        </Button>
      ))}
    </Group>
  );
}

/** The server's refusal of a change, announced to screen readers. */
export function ActionError({ message }: { message: string | null }) {
  if (message === null) return null;
  return (
    <Alert color="red" role="alert">
      {message}
    </Alert>
  );
}
