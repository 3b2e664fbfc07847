// A visit's correction and deletion for its organiser's editors: only the fields changed are sent, with the
// version read, so a visit someone changed meanwhile is refused (409) and not overwritten; a visit whose
// directives are followed up is not deleted, and the server's sentence saying so stays in view.
import { Button, Group, MultiSelect, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../core/vi/format';
import type { Visit, VisitStatus } from '../../../core/visit/visit.types';
import { can } from '../../../core/visit/visit-access';
import { api } from '../../api/client';
import { useUnits } from '../../api/queries';
import { ConfirmDelete } from '../../shared/confirm-delete';
import { AdminDialog } from '../admin/admin-dialog';
import { useActor } from './use-actor';
import type { StoredVisit } from './visits.api';

const STATUSES: VisitStatus[] = ['planned', 'held', 'concluded'];

/** Edit and Delete for a visit the user organises; nothing for anyone else (the API refuses them too). */
export function VisitActions({ visit }: { visit: StoredVisit }) {
  const { t } = useTranslation();
  const actor = useActor();
  const [dialog, setDialog] = useState<'edit' | 'delete' | null>(null);
  if (!can(actor, 'visit.edit', visit)) return null;
  return (
    <Group gap="xs" wrap="nowrap">
      {(['edit', 'delete'] as const)
        .filter((kind) => can(actor, `visit.${kind}`, visit))
        .map((kind) => (
          <Button
            key={kind}
            size="compact-sm"
            variant={kind === 'edit' ? 'default' : 'outline'}
            color={kind === 'edit' ? undefined : 'red.9'}
            onClick={() => setDialog(kind)}
            data-testid={`visit-${kind}-${visit.id}`}
          >
            {t(`visits.${kind}`)}
          </Button>
        ))}
      {dialog === 'edit' && <EditVisit visit={visit} onClose={() => setDialog(null)} />}
      {dialog === 'delete' && (
        <ConfirmDelete
          title={t('visits.deleteTitle')}
          text={t('visits.deleteConfirm', { date: formatDate(visit.date), leader: visit.leader.name })}
          path={`/api/visits/${visit.id}`}
          testId="visit-delete-confirm"
          onClose={() => setDialog(null)}
        />
      )}
    </Group>
  );
}

/** The fields that differ from the stored visit, as PATCH takes them. */
export function visitChanges(
  before: Visit,
  after: Pick<Visit, 'date' | 'leader' | 'status' | 'hostUnitIds'>,
) {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  return {
    ...(after.date !== before.date && { date: after.date }),
    ...(!same(after.leader, before.leader) && { leader: after.leader }),
    ...(after.status !== before.status && { status: after.status }),
    ...(!same(after.hostUnitIds, before.hostUnitIds) && { hostUnitIds: after.hostUnitIds }),
  };
}

function EditVisit({ visit, onClose }: { visit: StoredVisit; onClose: () => void }) {
  const { t } = useTranslation();
  const units = useUnits();
  const [date, setDate] = useState(visit.date);
  const [leader, setLeader] = useState(visit.leader);
  const [status, setStatus] = useState<VisitStatus>(visit.status);
  const [hosts, setHosts] = useState(visit.hostUnitIds.map(String));
  const options = (units.data ?? []).map((u) => ({ value: String(u.id), label: u.name }));
  const changed = visitChanges(visit, {
    date,
    leader,
    status,
    hostUnitIds: hosts.map((h) => Number.parseInt(h, 10)),
  });
  const complete = date !== '' && leader.name.trim() !== '' && leader.title.trim() !== '' && hosts.length > 0;
  const save =
    !complete || Object.keys(changed).length === 0
      ? null
      : () =>
          api(`/api/visits/${visit.id}`, { method: 'PATCH', json: { ...changed, version: visit.version } });
  return (
    <AdminDialog title={t('visits.editTitle')} onClose={onClose} save={save} size="lg">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          type="date"
          label={t('visits.date')}
          value={date}
          required
          data-autofocus
          onChange={(e) => setDate(e.currentTarget.value)}
        />
        <Select
          label={t('visits.status')}
          data={STATUSES.map((s) => ({ value: s, label: t(`visits.${s}`) }))}
          value={status}
          onChange={(next) => setStatus((next as VisitStatus | null) ?? status)}
        />
        <TextInput
          label={t('visits.leaderName')}
          value={leader.name}
          onChange={(e) => setLeader({ ...leader, name: e.currentTarget.value })}
          required
        />
        <TextInput
          label={t('visits.leaderTitle')}
          value={leader.title}
          onChange={(e) => setLeader({ ...leader, title: e.currentTarget.value })}
          required
        />
      </SimpleGrid>
      <MultiSelect label={t('visits.hosts')} data={options} value={hosts} onChange={setHosts} searchable />
    </AdminDialog>
  );
}
