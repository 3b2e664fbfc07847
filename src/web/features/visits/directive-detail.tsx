// One directive in a drawer: what was asked, by whom, of whom, by when; its progress reports, extension
// requests and completion. Forms appear only to those the rules let act (the lead unit reports and asks for
// more time, the issuer decides and confirms); the server still decides and its refusal is shown.
import {
  Alert,
  Badge,
  Button,
  Divider,
  Drawer,
  Group,
  Loader,
  NumberInput,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatPercent } from '../../../core/vi/format';
import type { DirectiveUpdate, ExtensionRequest, ExtensionStatus } from '../../../core/visit/visit.types';
import { useUnits } from '../../api/queries';
import { useUser } from '../../app/session';
import { errorText } from '../../shared/query-state';
import {
  DateField,
  Fact,
  LongText,
  type Notice,
  NoticeAlert,
  useOutcome,
  usePhone,
  useSourceText,
  useUnitName,
} from './visit-layout';
import { type DirectiveDetail, useDirective, useVisitActions } from './visits.api';
import { actorOf, directiveRights, originalDeadline, STATUS_COLOUR } from './visits.model';

const EXTENSION_COLOUR: Record<ExtensionStatus, string> = {
  pending: 'orange',
  approved: 'green',
  rejected: 'gray',
};

const EXTENSION_WORD: Record<ExtensionStatus, string> = {
  pending: 'visits.extPending',
  approved: 'visits.extApproved',
  rejected: 'visits.extRejected',
};

const today = () => new Date().toISOString().slice(0, 10);

export function DirectiveDrawer({ id, onClose }: { id: number | null; onClose: () => void }) {
  const { t } = useTranslation();
  const phone = usePhone();
  const detail = useDirective(id);
  return (
    <Drawer
      opened={id !== null}
      onClose={onClose}
      position="right"
      size={phone ? '100%' : 'xl'}
      title={t('visits.detailTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {detail.isPending && id !== null && <Loader aria-label={t('common.loading')} />}
      {detail.isError && (
        <Alert color="red" role="alert">
          {errorText(t, detail.error)}
        </Alert>
      )}
      {detail.data && <DirectiveBody key={detail.data.directive.id} detail={detail.data} />}
    </Drawer>
  );
}

function DirectiveBody({ detail }: { detail: DirectiveDetail }) {
  const { t } = useTranslation();
  const user = useUser();
  const units = useUnits();
  const nameOf = useUnitName();
  const sourceText = useSourceText();
  const [notice, setNotice] = useState<Notice>(null);
  const { directive: d, updates, extensions } = detail;
  const rights = directiveRights(
    actorOf(
      user,
      (units.data ?? []).map((u) => u.id),
    ),
    d,
  );
  const original = originalDeadline(extensions);
  const readOnly = !rights.report && !rights.decide && !rights.complete && d.completedOn === null;
  return (
    <Stack data-testid="directive-detail">
      <Text fw={600}>{d.text}</Text>
      <Group gap="xs">
        <Badge color={STATUS_COLOUR[d.status]} variant="light" data-testid="directive-status">
          {t(`visits.statusWords.${d.status}`)}
        </Badge>
      </Group>
      <Progress
        value={d.progressPercent}
        aria-label={`${t('visits.progress')} ${formatPercent(d.progressPercent, 0)}`}
      />
      <Text size="sm" data-testid="directive-percent">
        {t('visits.progress')}: {formatPercent(d.progressPercent, 0)}
      </Text>
      <SimpleGrid component="dl" cols={{ base: 1, xs: 2 }} spacing="xs" m={0}>
        <Fact label={t('visits.source')} testId="directive-source">
          {sourceText(d.source)}
        </Fact>
        <Fact label={t('visits.issuer')} testId="directive-issuer">
          {nameOf(d.issuerUnitId)}
        </Fact>
        <Fact label={t('visits.lead')} testId="directive-lead">
          {nameOf(d.leadUnitId)}
        </Fact>
        <Fact label={t('visits.coordinating')} testId="directive-coordinating">
          {d.coordinatingUnitIds.length > 0 ? d.coordinatingUnitIds.map(nameOf).join('; ') : t('common.none')}
        </Fact>
        <Fact label={t('visits.createdOn')}>{formatDate(d.createdOn)}</Fact>
        <Fact label={t('visits.deadline')} testId="directive-deadline">
          {d.deadline ? formatDate(d.deadline) : t('visits.noDeadline')}
        </Fact>
        {original !== null && (
          <Fact label={t('visits.originalDeadline')} testId="directive-original-deadline">
            {formatDate(original)}
          </Fact>
        )}
        {d.completedOn && (
          <Fact label={t('visits.completedOn')} testId="directive-completed">
            {formatDate(d.completedOn)}
          </Fact>
        )}
      </SimpleGrid>
      <NoticeAlert notice={notice} onClose={() => setNotice(null)} />
      {readOnly && (
        <Text size="sm" c="dimmed">
          {t('visits.readOnly')}
        </Text>
      )}
      <Divider />
      <Title order={3} size="h5">
        {t('visits.updates')}
      </Title>
      <UpdateHistory updates={updates} />
      {rights.report && <ProgressForm id={d.id} percent={d.progressPercent} onNotice={setNotice} />}
      <Divider />
      <Title order={3} size="h5">
        {t('visits.extensions')}
      </Title>
      <ExtensionHistory
        directiveId={d.id}
        extensions={extensions}
        canDecide={rights.decide}
        onNotice={setNotice}
      />
      {rights.requestExtension && <ExtensionForm id={d.id} onNotice={setNotice} />}
      {rights.complete && (
        <>
          <Divider />
          <CompletionForm id={d.id} onNotice={setNotice} />
        </>
      )}
    </Stack>
  );
}

function UpdateHistory({ updates }: { updates: DirectiveUpdate[] }) {
  const { t } = useTranslation();
  const nameOf = useUnitName();
  if (updates.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('visits.noUpdates')}
      </Text>
    );
  const newestFirst = [...updates].sort((a, b) => b.reportedOn.localeCompare(a.reportedOn) || b.id - a.id);
  return (
    <Stack gap="xs" component="ol" p={0} m={0} style={{ listStyle: 'none' }} data-testid="directive-updates">
      {newestFirst.map((u) => (
        <Paper key={u.id} withBorder p="xs" component="li" data-testid="directive-update">
          <Group justify="space-between" gap="xs">
            <Text size="sm" fw={600}>
              {formatDate(u.reportedOn)} · {nameOf(u.unitId)}
            </Text>
            <Badge variant="light">{formatPercent(u.percent, 0)}</Badge>
          </Group>
          <Text size="sm">{u.text}</Text>
        </Paper>
      ))}
    </Stack>
  );
}

function ProgressForm({
  id,
  percent: current,
  onNotice,
}: {
  id: number;
  percent: number;
  onNotice: (n: Notice) => void;
}) {
  const { t } = useTranslation();
  const actions = useVisitActions();
  const [text, setText] = useState('');
  const [percent, setPercent] = useState<number | string>(current);
  const outcome = useOutcome(onNotice);
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const percentNow = typeof percent === 'number' ? percent : current;
    const done = await outcome(async () => {
      await actions.reportProgress.mutateAsync({ id, text, percent: percentNow });
      return t('visits.reported');
    });
    if (done) setText('');
  }
  return (
    <form onSubmit={submit} data-testid="progress-form">
      <Stack gap="xs">
        <LongText label={t('visits.updateText')} value={text} onChange={setText} required />
        <NumberInput
          label={t('visits.percent')}
          min={0}
          max={100}
          clampBehavior="strict"
          value={percent}
          onChange={setPercent}
          w={{ base: '100%', xs: 200 }}
        />
        <Group>
          <Button type="submit" loading={actions.reportProgress.isPending} disabled={text.trim() === ''}>
            {t('visits.sendReport')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ExtensionHistory({
  directiveId,
  extensions,
  canDecide,
  onNotice,
}: {
  directiveId: number;
  extensions: ExtensionRequest[];
  canDecide: boolean;
  onNotice: (n: Notice) => void;
}) {
  const { t } = useTranslation();
  const actions = useVisitActions();
  const pending = extensions.filter((e) => e.status === 'pending').length;
  const outcome = useOutcome(onNotice);
  const decide = (extension: ExtensionRequest, decision: 'approved' | 'rejected') =>
    outcome(async () => {
      await actions.decideExtension.mutateAsync({ id: directiveId, extensionId: extension.id, decision });
      return decision === 'approved'
        ? t('visits.approved', { date: formatDate(extension.proposedDeadline) })
        : t('visits.rejected');
    });
  if (extensions.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('visits.noExtensions')}
      </Text>
    );
  return (
    <Stack gap="xs" data-testid="directive-extensions">
      {pending > 0 && (
        <Text size="sm" fw={600} c="orange.8" data-testid="pending-extensions">
          {t('visits.pendingCount', { count: pending })}
        </Text>
      )}
      <Stack gap="xs" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
        {extensions.map((x) => (
          <Paper key={x.id} withBorder p="xs" component="li" data-testid="extension">
            <Group justify="space-between" gap="xs">
              <Text size="sm" fw={600}>
                {t('visits.extensionLine', {
                  requestedOn: formatDate(x.requestedOn),
                  from: x.currentDeadline ? formatDate(x.currentDeadline) : t('visits.noDeadline'),
                  to: formatDate(x.proposedDeadline),
                })}
              </Text>
              <Badge color={EXTENSION_COLOUR[x.status]} variant="light" data-testid="extension-status">
                {t(EXTENSION_WORD[x.status])}
                {x.decidedOn ? ` ${t('visits.decidedOn', { date: formatDate(x.decidedOn) })}` : ''}
              </Badge>
            </Group>
            <Text size="sm">
              {t('visits.reason')}: {x.reason}
            </Text>
            {canDecide && x.status === 'pending' && (
              <Group gap="xs" mt="xs">
                <Button size="xs" color="green" onClick={() => decide(x, 'approved')}>
                  {t('visits.approve')}
                </Button>
                <Button size="xs" variant="default" onClick={() => decide(x, 'rejected')}>
                  {t('visits.reject')}
                </Button>
              </Group>
            )}
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}

function ExtensionForm({ id, onNotice }: { id: number; onNotice: (n: Notice) => void }) {
  const { t } = useTranslation();
  const actions = useVisitActions();
  const outcome = useOutcome(onNotice);
  const [proposedDeadline, setDeadline] = useState('');
  const [reason, setReason] = useState('');
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const done = await outcome(async () => {
      await actions.requestExtension.mutateAsync({ id, proposedDeadline, reason });
      return t('visits.requested');
    });
    if (done) {
      setDeadline('');
      setReason('');
    }
  }
  return (
    <form onSubmit={submit} data-testid="extension-form" aria-label={t('visits.requestExtension')}>
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          {t('visits.requestExtension')}
        </Text>
        <Group>
          <DateField
            label={t('visits.proposedDeadline')}
            value={proposedDeadline}
            onChange={setDeadline}
            required
          />
        </Group>
        <LongText label={t('visits.reason')} value={reason} onChange={setReason} required />
        <Group>
          <Button
            type="submit"
            variant="light"
            loading={actions.requestExtension.isPending}
            disabled={proposedDeadline === '' || reason.trim() === ''}
          >
            {t('visits.sendRequest')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function CompletionForm({ id, onNotice }: { id: number; onNotice: (n: Notice) => void }) {
  const { t } = useTranslation();
  const actions = useVisitActions();
  const outcome = useOutcome(onNotice);
  const [completedOn, setCompletedOn] = useState(today());
  function submit(e: React.FormEvent) {
    e.preventDefault();
    void outcome(async () => {
      await actions.complete.mutateAsync({ id, completedOn });
      return t('visits.completed', { date: formatDate(completedOn) });
    });
  }
  return (
    <form onSubmit={submit} data-testid="completion-form">
      <Group align="end" gap="xs">
        <DateField label={t('visits.completedOn')} value={completedOn} onChange={setCompletedOn} required />
        <Button
          type="submit"
          color="green"
          loading={actions.complete.isPending}
          disabled={completedOn === ''}
        >
          {t('visits.confirmCompletion')}
        </Button>
      </Group>
    </form>
  );
}
