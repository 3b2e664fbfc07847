// The scaffold every admin tab shares: a create button, the refusal of the last change, the list (a loader
// while it comes, the error if it fails) as a table that scrolls within itself on a phone, and a row's actions.
import { Alert, Button, Group, Stack, Table } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AuditDrawer, type AuditSubject } from '../../shared/audit-drawer';
import { type Column, DataTable, type DataTableProps } from '../../shared/data-table';
import { QueryState } from '../../shared/query-state';

export interface RowAction {
  label: string;
  onClick: () => void;
  /** A change that removes something: drawn in red. */
  danger?: boolean;
}

interface AdminTableProps<T> extends DataTableProps<T> {
  /** The query the rows come from: its loading and failure show instead of the table. */
  query: UseQueryResult<unknown>;
  /** Below this width the table scrolls inside its frame, so the page itself never scrolls sideways. */
  minWidth: number;
  actions: (row: T) => RowAction[];
  create?: { label: string; onClick: () => void };
  /** A form above the table, for a tab that adds rows in place rather than in a dialog. */
  toolbar?: ReactNode;
  /** Why the server refused the last change made from the table (a delete), if it did. */
  error?: string | null;
  /** What opens over the table: the create or edit dialog. */
  children?: ReactNode;
  /** The record a row's "history" action shows the change history of (the audit trail). */
  audit?: (row: T) => AuditSubject;
}

export function AdminTable<T>({
  query,
  minWidth,
  actions,
  create,
  toolbar,
  error,
  children,
  audit,
  ...table
}: AdminTableProps<T>) {
  const { t } = useTranslation();
  const [history, setHistory] = useState<AuditSubject | null>(null);
  const withHistory = (row: T): RowAction[] =>
    audit
      ? [...actions(row), { label: t('audit.open'), onClick: () => setHistory(audit(row)) }]
      : actions(row);
  const actionColumn: Column<T> = {
    header: t('admin.actions'),
    cell: (row) => <RowActions actions={withHistory(row)} />,
  };
  return (
    <Stack>
      <ActionError message={error ?? null} />
      {create && (
        <Button w="fit-content" onClick={create.onClick}>
          {create.label}
        </Button>
      )}
      {toolbar}
      <QueryState query={query}>
        {() => (
          <Table.ScrollContainer minWidth={minWidth}>
            <DataTable {...table} columns={[...table.columns, actionColumn]} />
          </Table.ScrollContainer>
        )}
      </QueryState>
      {children}
      <AuditDrawer subject={history} onClose={() => setHistory(null)} />
    </Stack>
  );
}

function RowActions({ actions }: { actions: RowAction[] }) {
  return (
    <Group gap={4} wrap="nowrap">
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
    <Alert color="red.9" role="alert">
      {message}
    </Alert>
  );
}
