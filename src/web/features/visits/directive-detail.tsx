// One directive in a drawer: what was asked, by whom, of whom, by when; its progress reports, extension
// requests and completion. Forms appear only to those the rules let act (the lead unit reports and asks for
// more time, the issuer decides and confirms); the server still decides and its refusal is shown.
import {
  Anchor,
  Badge,
  Button,
  Divider,
  FileInput,
  Group,
  NumberInput,
  Progress,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatPercent } from '../../../core/vi/format';
import type { ExtensionRequest, ExtensionStatus } from '../../../core/visit/visit.types';
import { AuditDrawer } from '../../shared/audit-drawer';
import { GOOD_TEXT, WARNING_TEXT } from '../../shared/labels';
import { useActor } from './use-actor';
import { DateField, LongText, useFields } from './visit-fields';
import { DetailDrawer, Fact, useSourceText, useUnitName } from './visit-layout';
import { type Notice, NoticeAlert, Refusal, useOutcome, useSubmit } from './visit-notice';
import { ActionForm, Entry, EntryList, Note, SectionTitle } from './visit-sections';
import {
  actionError,
  type DirectiveDetail,
  type EvidenceFile,
  evidenceHref,
  useDirective,
  useVisitActions,
} from './visits.api';
import {
  directiveRights,
  EVIDENCE_ACCEPT,
  EVIDENCE_MAX_BYTES,
  fileSizeText,
  originalDeadline,
  STATUS_COLOUR,
} from './visits.model';

const EXTENSION_COLOUR: Record<ExtensionStatus, string> = {
  pending: WARNING_TEXT,
  approved: GOOD_TEXT,
  rejected: 'gray.7',
};

const EXTENSION_WORD: Record<ExtensionStatus, string> = {
  pending: 'visits.extPending',
  approved: 'visits.extApproved',
  rejected: 'visits.extRejected',
};

const today = () => new Date().toISOString().slice(0, 10);

export function DirectiveDrawer({ id, onClose }: { id: number | null; onClose: () => void }) {
  const { t } = useTranslation();
  const detail = useDirective(id);
  return (
    <DetailDrawer id={id} onClose={onClose} title={t('visits.detailTitle')} query={detail}>
      {(data) => <DirectiveBody key={data.directive.id} detail={data} />}
    </DetailDrawer>
  );
}

function DirectiveBody({ detail }: { detail: DirectiveDetail }) {
  const { t } = useTranslation();
  const actor = useActor();
  const nameOf = useUnitName();
  const sourceText = useSourceText();
  const [notice, setNotice] = useState<Notice>(null);
  const [history, setHistory] = useState(false);
  const { directive: d, updates, extensions } = detail;
  const rights = directiveRights(actor, d);
  const original = originalDeadline(extensions);
  const readOnly = !rights.report && !rights.decide && !rights.complete && d.completedOn === null;
  return (
    <Stack data-testid="directive-detail">
      <Text fw={600}>{d.text}</Text>
      <Group gap="xs">
        <Badge color={STATUS_COLOUR[d.status]} data-testid="directive-status">
          {t(`visits.statusWords.${d.status}`)}
        </Badge>
        <Button size="compact-sm" variant="default" onClick={() => setHistory(true)}>
          {t('audit.open')}
        </Button>
      </Group>
      <AuditDrawer
        subject={history ? { entity: 'directive', id: d.id, title: d.text.slice(0, 80) } : null}
        onClose={() => setHistory(false)}
      />
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
          {nameOf(d.issuerUnitId, d.unitNames)}
        </Fact>
        <Fact label={t('visits.lead')} testId="directive-lead">
          {nameOf(d.leadUnitId, d.unitNames)}
        </Fact>
        <Fact label={t('visits.coordinating')} testId="directive-coordinating">
          {d.coordinatingUnitIds.length > 0
            ? d.coordinatingUnitIds.map((id) => nameOf(id, d.unitNames)).join('; ')
            : t('common.none')}
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
      {readOnly && <Note>{t('visits.readOnly')}</Note>}
      <SectionTitle>{t('visits.updates')}</SectionTitle>
      <UpdateHistory directiveId={d.id} updates={updates} evidence={detail.evidence ?? []} />
      {rights.report && <ProgressForm id={d.id} percent={d.progressPercent} onNotice={setNotice} />}
      <SectionTitle>{t('visits.extensions')}</SectionTitle>
      <ExtensionHistory
        directiveId={d.id}
        extensions={extensions}
        canDecide={rights.decides}
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

function UpdateHistory({
  directiveId,
  updates,
  evidence,
}: {
  directiveId: number;
  updates: DirectiveDetail['updates'];
  evidence: EvidenceFile[];
}) {
  const { t } = useTranslation();
  const nameOf = useUnitName();
  if (updates.length === 0) return <Note>{t('visits.noUpdates')}</Note>;
  const newestFirst = [...updates].sort((a, b) => b.reportedOn.localeCompare(a.reportedOn) || b.id - a.id);
  return (
    <EntryList testId="directive-updates">
      {newestFirst.map((u) => {
        const files = evidence.filter((e) => e.updateId === u.id);
        return (
          <Entry key={u.id} testId="directive-update">
            <Group justify="space-between" gap="xs">
              <Text size="sm" fw={600}>
                {formatDate(u.reportedOn)} · {nameOf(u.unitId)}
                {u.reportedBy ? ` · ${u.reportedBy}` : ''}
              </Text>
              <Badge variant="light">{formatPercent(u.percent, 0)}</Badge>
            </Group>
            <Text size="sm">{u.text}</Text>
            {files.length > 0 && (
              <Stack gap={2} mt={4} data-testid="evidence" aria-label={t('visits.evidence')}>
                {files.map((f) => (
                  <Text key={f.id} size="sm">
                    <Anchor
                      href={evidenceHref(directiveId, f.id)}
                      download={f.fileName}
                      style={{ wordBreak: 'break-all' }}
                    >
                      {f.fileName}
                    </Anchor>{' '}
                    <Text span size="xs" c="dimmed">
                      ({fileSizeText(f.size)})
                    </Text>
                  </Text>
                ))}
              </Stack>
            )}
          </Entry>
        );
      })}
    </EntryList>
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
  const [files, setFiles] = useState<File[]>([]);
  const outcome = useOutcome(onNotice);
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const tooLarge = files.find((f) => f.size > EVIDENCE_MAX_BYTES);
    if (tooLarge) {
      onNotice({ ok: false, text: t('visits.evidenceTooLarge', { name: tooLarge.name }) });
      return;
    }
    const percentNow = typeof percent === 'number' ? percent : current;
    let saved = false;
    await outcome(async () => {
      const { update } = await actions.reportProgress.mutateAsync({ id, text, percent: percentNow });
      saved = true;
      for (const file of files) {
        try {
          await actions.uploadEvidence.mutateAsync({ id, updateId: update.id, file });
        } catch (error) {
          const reason = actionError(t, error);
          throw new Refusal(t('visits.evidenceFailed', { name: file.name, reason }));
        }
      }
      return files.length > 0 ? t('visits.reportedWithFiles', { count: files.length }) : t('visits.reported');
    });
    // Once the update is stored the form starts afresh, even when a file was refused, so it is not sent twice.
    if (saved) {
      setText('');
      setFiles([]);
    }
  }
  const busy = actions.reportProgress.isPending || actions.uploadEvidence.isPending;
  return (
    <ActionForm
      onSubmit={submit}
      testId="progress-form"
      submitLabel={t('visits.sendReport')}
      busy={busy}
      ready={text.trim() !== ''}
    >
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
      <FileInput
        label={t('visits.evidence')}
        description={t('visits.evidenceHint')}
        multiple
        clearable
        accept={EVIDENCE_ACCEPT}
        value={files}
        onChange={setFiles}
      />
    </ActionForm>
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
  canDecide: (extension: ExtensionRequest) => boolean;
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
  if (extensions.length === 0) return <Note>{t('visits.noExtensions')}</Note>;
  return (
    <Stack gap="xs" data-testid="directive-extensions">
      {pending > 0 && (
        <Text size="sm" fw={600} c={WARNING_TEXT} data-testid="pending-extensions">
          {t('visits.pendingCount', { count: pending })}
        </Text>
      )}
      <EntryList>
        {extensions.map((x) => (
          <Entry key={x.id} testId="extension">
            <Group justify="space-between" gap="xs">
              <Text size="sm" fw={600}>
                {t('visits.extensionLine', {
                  requestedOn: formatDate(x.requestedOn),
                  from: x.currentDeadline ? formatDate(x.currentDeadline) : t('visits.noDeadline'),
                  to: formatDate(x.proposedDeadline),
                })}
              </Text>
              <Badge color={EXTENSION_COLOUR[x.status]} data-testid="extension-status">
                {t(EXTENSION_WORD[x.status])}
                {x.decidedOn ? ` ${t('visits.decidedOn', { date: formatDate(x.decidedOn) })}` : ''}
              </Badge>
            </Group>
            <Text size="sm">
              {t('visits.reason')}: {x.reason}
            </Text>
            {canDecide(x) && x.status === 'pending' && (
              <Group gap="xs" mt="xs">
                <Button size="xs" color={GOOD_TEXT} onClick={() => decide(x, 'approved')}>
                  {t('visits.approve')}
                </Button>
                <Button size="xs" variant="default" onClick={() => decide(x, 'rejected')}>
                  {t('visits.reject')}
                </Button>
              </Group>
            )}
          </Entry>
        ))}
      </EntryList>
    </Stack>
  );
}

/** An extension request as it is typed and sent: the deadline asked for, and why. */
const NO_REQUEST = { proposedDeadline: '', reason: '' };

function ExtensionForm({ id, onNotice }: { id: number; onNotice: (n: Notice) => void }) {
  const { t } = useTranslation();
  const actions = useVisitActions();
  const request = useFields(NO_REQUEST);
  const submit = useSubmit(
    onNotice,
    async () => {
      await actions.requestExtension.mutateAsync({ id, ...request.values });
      return t('visits.requested');
    },
    request.reset,
  );
  return (
    <ActionForm
      onSubmit={submit}
      testId="extension-form"
      label={t('visits.requestExtension')}
      submitLabel={t('visits.sendRequest')}
      busy={actions.requestExtension.isPending}
      ready={request.values.proposedDeadline !== '' && request.values.reason.trim() !== ''}
      button={{ variant: 'light' }}
    >
      <Text size="sm" fw={600}>
        {t('visits.requestExtension')}
      </Text>
      <Group>
        <DateField label={t('visits.proposedDeadline')} {...request.bind('proposedDeadline')} required />
      </Group>
      <LongText label={t('visits.reason')} {...request.bind('reason')} required />
    </ActionForm>
  );
}

function CompletionForm({ id, onNotice }: { id: number; onNotice: (n: Notice) => void }) {
  const { t } = useTranslation();
  const actions = useVisitActions();
  const [completedOn, setCompletedOn] = useState(today());
  const submit = useSubmit(onNotice, async () => {
    await actions.complete.mutateAsync({ id, completedOn });
    return t('visits.completed', { date: formatDate(completedOn) });
  });
  return (
    <form onSubmit={submit} data-testid="completion-form">
      <Group align="end" gap="xs">
        <DateField label={t('visits.completedOn')} value={completedOn} onChange={setCompletedOn} required />
        <Button
          type="submit"
          // Mantine's green.6 under white text is 2.4:1; the labels' dark green passes AA.
          color={GOOD_TEXT}
          loading={actions.complete.isPending}
          disabled={completedOn === ''}
        >
          {t('visits.confirmCompletion')}
        </Button>
      </Group>
    </form>
  );
}
