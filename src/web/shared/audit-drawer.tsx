// The change history of a unit, target, indicator, directive or account, as figures' provenance shows
// theirs: when, who, what was done, and each field it changed from what to what (GET /api/audit/…).
import { Alert, List, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { HistoryAnswer } from '../../contract';
import { auditChanges } from '../../core/audit-changes';
import type { AuditedEntity } from '../../core/audited-entity';
import { formatDate, formatDateTime } from '../../core/vi/format';
import { api } from '../api/client';
import type { Answer, AuditEntry } from '../api/types';
import { HistoryTable } from './history-table';
import { errorText } from './query-state';
import { SideDrawer } from './side-drawer';

export interface AuditSubject {
  entity: AuditedEntity;
  id: number;
  /** What the drawer is the history of: "Huyện ủy Cái Nước". */
  title: string;
}

function useAuditHistory(subject: AuditSubject | null) {
  return useQuery({
    queryKey: ['audit', subject?.entity, subject?.id],
    queryFn: () =>
      api<Answer<typeof HistoryAnswer>>(`/api/audit/${subject?.entity}/${subject?.id}`).then(
        (r) => r.entries,
      ),
    enabled: subject !== null,
  });
}

const number = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 6 });

/** A stored value as a reader writes it: 17/11/2023, 134,113, a name without quotes, "—" for none. */
function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : value;
  if (typeof value === 'number') return number.format(value);
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object'))
    return value.map(shown).join('; ') || '—';
  return JSON.stringify(value);
}

export function AuditDrawer({ subject, onClose }: { subject: AuditSubject | null; onClose: () => void }) {
  const { t } = useTranslation();
  const history = useAuditHistory(subject);
  return (
    <SideDrawer
      opened={subject !== null}
      onClose={onClose}
      title={subject ? t('audit.title', { title: subject.title }) : ''}
    >
      {history.isPending && <Text c="dimmed">{t('common.loading')}</Text>}
      {history.isError && <Alert color="red">{errorText(t, history.error)}</Alert>}
      {history.data && (
        <HistoryTable
          entries={history.data}
          testId="audit-history"
          minWidth={420}
          at={formatDateTime}
          changes={[{ header: t('audit.changes'), cell: (e) => <Changes entry={e} /> }]}
        />
      )}
    </SideDrawer>
  );
}

/** Each field a change touched, from what to what. */
function Changes({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  return (
    <List size="sm" listStyleType="none">
      {auditChanges(entry.before, entry.after).map((c) => (
        <List.Item key={c.field}>
          {`${t(`audit.fields.${c.field}`, { defaultValue: c.field })}: ${shown(c.before)} → ${shown(c.after)}`}
        </List.Item>
      ))}
    </List>
  );
}
