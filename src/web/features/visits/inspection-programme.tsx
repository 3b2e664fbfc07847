// The yearly inspection and supervision programme of one organising unit: the counts as reports print them
// ("08 đoàn (04 kiểm tra, 04 giám sát)"), the teams (a table on wide screens, cards on phones), and a form
// to add a team. Each team opens in a drawer with its findings.
import {
  Badge,
  Button,
  Card,
  Group,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../core/vi/format';
import { INSPECTION_KINDS, type Inspection, type InspectionKind } from '../../../core/visit/visit.types';
import { can } from '../../../core/visit/visit-access';
import { useUnits } from '../../api/queries';
import type { Column } from '../../shared/data-table';
import { QueryState } from '../../shared/query-state';
import { ResponsiveList } from '../../shared/responsive-list';
import { UnitYearPicker, useUnitYear } from '../../shared/unit-year-picker';
import { useActor } from './use-actor';
import { DateField, LongText, useFields } from './visit-fields';
import { useUnitName } from './visit-layout';
import { type Notice, NoticeAlert, useOutcome } from './visit-notice';
import { OpenButton } from './visit-sections';
import { useInspectionCounts, useInspections, useVisitActions } from './visits.api';
import { memberList, twoDigits } from './visits.model';

export function InspectionProgramme({ onOpen }: { onOpen: (id: number) => void }) {
  const { t } = useTranslation();
  const { unitId, year } = useUnitYear();
  const actor = useActor();
  const teams = useInspections(year, unitId);
  const byPeriod = (list: Inspection[]) =>
    [...list].sort((a, b) => a.periodFrom.localeCompare(b.periodFrom) || a.id - b.id);
  const counts = useInspectionCounts(year, unitId);
  const columns = useTeamColumns(onOpen);
  return (
    <Stack data-testid="inspection-programme">
      <UnitYearPicker />
      <Title order={3} size="h4">
        {t('visits.insp.programme', { year })}
      </Title>
      {counts.data && (
        <Text fw={600} data-testid="inspection-counts">
          {t('visits.insp.counts', {
            total: twoDigits(counts.data.total),
            inspection: twoDigits(counts.data.inspection),
            supervision: twoDigits(counts.data.supervision),
          })}
        </Text>
      )}
      <QueryState query={teams}>
        {(unsorted) => {
          return (
            <ResponsiveList
              rows={byPeriod(unsorted)}
              rowKey={(team) => team.id}
              empty={t('visits.insp.none')}
              testId="inspection-list"
              rowTestId="inspection-item"
              card={(team) => <TeamCard team={team} onOpen={onOpen} />}
              columns={columns}
            />
          );
        }}
      </QueryState>
      {unitId !== null && can(actor, 'inspection.create', { organiserUnitId: unitId }) && (
        <TeamForm organiserUnitId={unitId} year={year} />
      )}
    </Stack>
  );
}

const noWrap = () => ({ style: { whiteSpace: 'nowrap' } }) as const;
const period = (team: Inspection) => `${formatDate(team.periodFrom)} – ${formatDate(team.periodTo)}`;

function KindBadge({ kind }: { kind: InspectionKind }) {
  const { t } = useTranslation();
  return (
    <Badge color={kind === 'inspection' ? 'indigo.9' : 'teal.9'} style={{ flexShrink: 0 }} miw="max-content">
      {t(`visits.insp.${kind}`)}
    </Badge>
  );
}

/** The team is named by what it examines. */
function OpenTeam({ team, onOpen }: { team: Inspection; onOpen: (id: number) => void }) {
  return <OpenButton onOpen={() => onOpen(team.id)}>{team.content}</OpenButton>;
}

function useTeamColumns(onOpen: (id: number) => void): Column<Inspection>[] {
  const { t } = useTranslation();
  const nameOf = useUnitName();
  return [
    { header: t('visits.insp.kind'), td: noWrap, cell: (team) => <KindBadge kind={team.kind} /> },
    { header: t('visits.insp.content'), cell: (team) => <OpenTeam team={team} onOpen={onOpen} /> },
    { header: t('visits.insp.target'), cell: (team) => nameOf(team.targetUnitId) },
    { header: t('visits.insp.period'), td: noWrap, cell: period },
    { header: t('visits.insp.members'), cell: (team) => team.members.join('; ') },
  ];
}

function TeamCard({ team, onOpen }: { team: Inspection; onOpen: (id: number) => void }) {
  const { t } = useTranslation();
  const nameOf = useUnitName();
  return (
    <Card withBorder padding="sm" data-testid="inspection-item">
      <Stack gap={4}>
        <Group justify="space-between" gap="xs">
          <KindBadge kind={team.kind} />
          <Text size="xs">{period(team)}</Text>
        </Group>
        <OpenTeam team={team} onOpen={onOpen} />
        <Text size="sm">
          {t('visits.insp.target')}: {nameOf(team.targetUnitId)}
        </Text>
        {team.members.length > 0 && (
          <Text size="sm">
            {t('visits.insp.members')}: {team.members.join('; ')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

const EMPTY = {
  kind: 'inspection' as InspectionKind,
  target: null as string | null,
  members: '',
  periodFrom: '',
  periodTo: '',
  content: '',
  conclusion: '',
};

function TeamForm({ organiserUnitId, year }: { organiserUnitId: number; year: number }) {
  const { t } = useTranslation();
  const units = useUnits();
  const actions = useVisitActions();
  const { values: form, set, bind, reset } = useFields(EMPTY);
  const [notice, setNotice] = useState<Notice>(null);
  const outcome = useOutcome(setNotice);
  const options = (units.data ?? [])
    .filter((u) => u.id !== organiserUnitId)
    .map((u) => ({ value: String(u.id), label: u.name }));
  const ready = form.target && form.periodFrom && form.periodTo && form.content.trim();

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!ready) return;
    const team = {
      year,
      kind: form.kind,
      organiserUnitId,
      targetUnitId: Number.parseInt(form.target ?? '', 10),
      members: memberList(form.members),
      periodFrom: form.periodFrom,
      periodTo: form.periodTo,
      content: form.content.trim(),
      conclusionNumber: form.conclusion.trim() || null,
    };
    const done = await outcome(async () => {
      await actions.createInspection.mutateAsync(team);
      return t('visits.insp.created');
    });
    if (done) reset();
  }

  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} data-testid="inspection-form" aria-labelledby="inspection-form-title">
        <Stack gap="sm">
          <Title order={3} size="h5" id="inspection-form-title">
            {t('visits.insp.create')}
          </Title>
          <NoticeAlert notice={notice} onClose={() => setNotice(null)} />
          <Radio.Group
            label={t('visits.insp.kind')}
            value={form.kind}
            onChange={(v) => set({ kind: v as InspectionKind })}
          >
            <Group gap="md" mt={4}>
              {INSPECTION_KINDS.map((k) => (
                <Radio key={k} value={k} label={t(`visits.insp.${k}`)} />
              ))}
            </Group>
          </Radio.Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select label={t('visits.insp.target')} data={options} {...bind('target')} searchable required />
            <TextInput
              label={t('visits.insp.conclusion')}
              value={form.conclusion}
              onChange={(e) => set({ conclusion: e.currentTarget.value })}
            />
            <DateField label={t('visits.insp.periodFrom')} {...bind('periodFrom')} required />
            <DateField label={t('visits.insp.periodTo')} {...bind('periodTo')} required />
          </SimpleGrid>
          <LongText label={t('visits.insp.content')} {...bind('content')} required />
          <LongText
            label={t('visits.insp.members')}
            description={t('visits.insp.membersHint')}
            {...bind('members')}
          />
          <Group>
            <Button type="submit" disabled={!ready} loading={actions.createInspection.isPending}>
              {t('visits.insp.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
