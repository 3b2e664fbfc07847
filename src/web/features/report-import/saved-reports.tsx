// The reports a unit has stored: each with its period and date, and for editors a correction of its
// title, period or unit and a delete behind a confirm dialog; a refusal of the server stays in view.
import { Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportListAnswer } from '../../../contract';
import { parsePeriod } from '../../../core/period';
import { periodName, reportingPeriods } from '../../../core/period-words';
import { formatDate } from '../../../core/vi/format';
import { api } from '../../api/client';
import { useUnits } from '../../api/queries';
import type { Answer } from '../../api/types';
import { useUser } from '../../app/session';
import { ConfirmDelete } from '../../shared/confirm-delete';
import { unitTree } from '../../shared/unit-tree';
import { useLanguage } from '../../shared/use-language';
import { AdminDialog } from '../admin/admin-dialog';

type SavedReport = Answer<typeof ReportListAnswer>['reports'][number];

export const reportsKey = (unitId: number) => ['reports', unitId] as const;

function useSavedReports(unitId: number) {
  return useQuery({
    queryKey: reportsKey(unitId),
    queryFn: () =>
      api<Answer<typeof ReportListAnswer>>(`/api/reports?unitId=${unitId}`).then((r) => r.reports),
  });
}

export function SavedReports({ unitId }: { unitId: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const user = useUser();
  const reports = useSavedReports(unitId);
  const [editing, setEditing] = useState<SavedReport | null>(null);
  const [deleting, setDeleting] = useState<SavedReport | null>(null);
  const list = reports.data ?? [];
  return (
    <Stack gap="xs" data-testid="saved-reports">
      <Title order={3}>{t('report.saved.title')}</Title>
      {list.length === 0 && <Text size="sm">{t('report.saved.none')}</Text>}
      {list.map((r) => (
        <Paper key={r.id} withBorder p="sm" data-testid={`saved-report-${r.id}`}>
          <Group justify="space-between" wrap="wrap">
            <Stack gap={0}>
              <Text fw={600}>{r.title}</Text>
              <Text size="sm" c="dimmed">
                {periodName(r.period, language)} ·{' '}
                {t('report.saved.storedOn', { date: formatDate(r.createdAt.slice(0, 10)) })}
              </Text>
            </Stack>
            {user.role !== 'viewer' && (
              <Group gap="xs">
                <Button size="xs" variant="default" onClick={() => setEditing(r)}>
                  {t('common.edit')}
                </Button>
                <Button size="xs" variant="light" color="red" onClick={() => setDeleting(r)}>
                  {t('common.delete')}
                </Button>
              </Group>
            )}
          </Group>
        </Paper>
      ))}
      {editing && <EditReport report={editing} onClose={() => setEditing(null)} />}
      {deleting && (
        <ConfirmDelete
          title={t('report.saved.deleteTitle')}
          text={t('report.saved.deleteConfirm', { title: deleting.title })}
          path={`/api/reports/${deleting.id}`}
          testId="report-delete-confirm"
          onClose={() => setDeleting(null)}
        />
      )}
    </Stack>
  );
}

function EditReport({ report, onClose }: { report: SavedReport; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [title, setTitle] = useState(report.title);
  const [period, setPeriod] = useState(report.period);
  const [unit, setUnit] = useState(String(report.unitId));
  const units = unitTree(useUnits().data ?? []).map((n) => ({
    value: String(n.unit.id),
    label: n.unit.name,
  }));
  const unitId = Number.parseInt(unit, 10);
  const periods = reportingPeriods(parsePeriod(report.period).year);
  if (!periods.includes(report.period)) periods.unshift(report.period);
  const changed = {
    ...(title !== report.title && { title }),
    ...(period !== report.period && { period }),
    ...(unitId !== report.unitId && { unitId }),
  };
  const save =
    title.trim() === '' || Object.keys(changed).length === 0
      ? null
      : () => api(`/api/reports/${report.id}`, { method: 'PATCH', json: changed });
  return (
    <AdminDialog title={t('report.saved.editTitle')} onClose={onClose} save={save}>
      <TextInput
        label={t('report.reportTitle')}
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
        required
        data-autofocus
      />
      <Select
        label={t('entry.period')}
        data={periods.map((p) => ({ value: p, label: periodName(p, language) }))}
        value={period}
        // The period is required: clearing the picker keeps the one chosen.
        onChange={(next) => setPeriod(next ?? period)}
      />
      <Select
        label={t('picker.unit')}
        data={units}
        value={unit}
        onChange={(next) => setUnit(next ?? unit)}
        searchable
      />
    </AdminDialog>
  );
}
