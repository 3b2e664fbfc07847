// One inspection or supervision team in a drawer: who, whom, when, what; its findings; and from each
// finding the remediation directives given to the unit examined, which are then tracked like any other.
import { Badge, Button, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../core/vi/format';
import type { Finding, Inspection } from '../../../core/visit/visit.types';
import { can } from '../../../core/visit/visit-access';
import { useUnits } from '../../api/queries';
import { GOOD_TEXT, WARNING_TEXT } from '../../shared/labels';
import { useActor } from './use-actor';
import { DateField, LongText } from './visit-fields';
import { DetailDrawer, Fact, useUnitName } from './visit-layout';
import { type Notice, NoticeAlert, useOutcome, useSubmit } from './visit-notice';
import { ActionForm, Entry, EntryList, Note, OpenButton, SectionTitle } from './visit-sections';
import { type DirectiveView, useDirectives, useInspection, useVisitActions } from './visits.api';
import { remediationPayload, STATUS_COLOUR } from './visits.model';

interface DrawerProps {
  id: number | null;
  onClose: () => void;
  onOpenDirective: (id: number) => void;
}

export function InspectionDrawer({ id, onClose, onOpenDirective }: DrawerProps) {
  const { t } = useTranslation();
  const team = useInspection(id);
  const kind = team.data ? t(`visits.insp.${team.data.inspection.kind}`).toLowerCase() : '';
  const title = team.data ? t('visits.insp.teamTitle', { kind }) : t('visits.tabInspections');
  return (
    <DetailDrawer id={id} onClose={onClose} title={title} query={team}>
      {(data) => (
        <TeamBody
          key={data.inspection.id}
          inspection={data.inspection}
          findings={data.findings}
          onOpenDirective={onOpenDirective}
        />
      )}
    </DetailDrawer>
  );
}

function TeamBody({
  inspection: team,
  findings,
  onOpenDirective,
}: {
  inspection: Inspection;
  findings: Finding[];
  onOpenDirective: (id: number) => void;
}) {
  const { t } = useTranslation();
  const actor = useActor();
  const nameOf = useUnitName();
  const remediation = useDirectives(`inspectionId=${team.id}`);
  const [notice, setNotice] = useState<Notice>(null);
  const canWrite = can(actor, 'finding.create', team);
  return (
    <Stack data-testid="inspection-detail">
      <Text fw={600}>{team.content}</Text>
      <SimpleGrid component="dl" cols={{ base: 1, xs: 2 }} spacing="xs" m={0}>
        <Fact label={t('visits.insp.kind')}>{t(`visits.insp.${team.kind}`)}</Fact>
        <Fact label={t('visits.organiser')}>{nameOf(team.organiserUnitId)}</Fact>
        <Fact label={t('visits.insp.target')}>{nameOf(team.targetUnitId)}</Fact>
        <Fact label={t('visits.insp.period')}>
          {formatDate(team.periodFrom)} – {formatDate(team.periodTo)}
        </Fact>
        <Fact label={t('visits.insp.members')}>
          {team.members.length > 0 ? team.members.join('; ') : t('common.none')}
        </Fact>
        <Fact label={t('visits.insp.conclusion')}>{team.conclusionNumber ?? t('common.none')}</Fact>
      </SimpleGrid>
      <NoticeAlert notice={notice} onClose={() => setNotice(null)} />
      <SectionTitle>{t('visits.insp.findings')}</SectionTitle>
      {findings.length === 0 ? (
        <Note>{t('visits.insp.noFindings')}</Note>
      ) : (
        <EntryList testId="findings">
          {findings.map((f) => (
            <FindingItem
              key={f.id}
              team={team}
              finding={f}
              directives={(remediation.data ?? []).filter(
                (d) => d.source.kind === 'inspection' && d.source.findingId === f.id,
              )}
              canWrite={canWrite}
              onNotice={setNotice}
              onOpenDirective={onOpenDirective}
            />
          ))}
        </EntryList>
      )}
      {canWrite && <FindingForm inspectionId={team.id} onNotice={setNotice} />}
    </Stack>
  );
}

interface FindingProps {
  team: Inspection;
  finding: Finding;
  directives: DirectiveView[];
  canWrite: boolean;
  onNotice: (n: Notice) => void;
  onOpenDirective: (id: number) => void;
}

function FindingItem({ team, finding: f, directives, canWrite, onNotice, onOpenDirective }: FindingProps) {
  const { t } = useTranslation();
  const actions = useVisitActions();
  const [assigning, setAssigning] = useState(false);
  const remedied = f.status === 'remedied';
  const outcome = useOutcome(onNotice);
  const toggle = () =>
    outcome(async () => {
      await actions.setFindingStatus.mutateAsync({ id: f.id, status: remedied ? 'open' : 'remedied' });
      return t(remedied ? 'visits.insp.findingOpen' : 'visits.insp.remedied');
    });
  return (
    <Entry testId="finding">
      <Group justify="space-between" gap="xs" wrap="nowrap" align="start">
        <Text size="sm">{f.text}</Text>
        <Badge color={remedied ? GOOD_TEXT : WARNING_TEXT} style={{ flexShrink: 0 }}>
          {t(remedied ? 'visits.insp.remedied' : 'visits.insp.findingOpen')}
        </Badge>
      </Group>
      {directives.length > 0 && (
        <Stack gap={2} mt="xs" data-testid="remediation">
          <Text size="xs" c="dimmed">
            {t('visits.insp.remediation')}
          </Text>
          {directives.map((d) => (
            <Group key={d.id} gap="xs" wrap="wrap">
              <OpenButton onOpen={() => onOpenDirective(d.id)}>{d.text}</OpenButton>
              <Badge color={STATUS_COLOUR[d.status]} size="sm">
                {t(`visits.statusWords.${d.status}`)}
              </Badge>
            </Group>
          ))}
        </Stack>
      )}
      {canWrite && (
        <Group gap="xs" mt="xs">
          <Button
            size="xs"
            variant="light"
            onClick={() => setAssigning(!assigning)}
            aria-expanded={assigning}
          >
            {t('visits.insp.assign')}
          </Button>
          <Button size="xs" variant="default" onClick={toggle}>
            {t(remedied ? 'visits.insp.markOpen' : 'visits.insp.markRemedied')}
          </Button>
        </Group>
      )}
      {assigning && (
        <RemediationForm team={team} finding={f} onNotice={onNotice} onDone={() => setAssigning(false)} />
      )}
    </Entry>
  );
}

function RemediationForm({
  team,
  finding,
  onNotice,
  onDone,
}: {
  team: Inspection;
  finding: Finding;
  onNotice: (n: Notice) => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const units = useUnits();
  const actions = useVisitActions();
  const outcome = useOutcome(onNotice);
  const [text, setText] = useState(finding.text);
  const [lead, setLead] = useState<string | null>(String(team.targetUnitId));
  const [deadline, setDeadline] = useState('');
  const options = (units.data ?? []).map((u) => ({ value: String(u.id), label: u.name }));
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!lead) return;
    const payload = remediationPayload(team, finding.id, {
      text: text.trim(),
      leadUnitId: Number.parseInt(lead, 10),
      deadline: deadline || null,
    });
    const done = await outcome(async () => {
      await actions.createDirectives.mutateAsync([payload]);
      return t('visits.insp.assigned');
    });
    if (done) onDone();
  }
  return (
    <ActionForm
      onSubmit={submit}
      testId="remediation-form"
      label={t('visits.insp.assignFor', { text: finding.text })}
      submitLabel={t('visits.insp.assign')}
      busy={actions.createDirectives.isPending}
      ready={Boolean(lead) && text.trim().length >= 3}
      button={{ size: 'xs' }}
      mt="xs"
    >
      <LongText label={t('visits.insp.directiveText')} value={text} onChange={setText} required />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <Select label={t('visits.lead')} data={options} value={lead} onChange={setLead} searchable required />
        <DateField label={t('visits.deadline')} value={deadline} onChange={setDeadline} />
      </SimpleGrid>
    </ActionForm>
  );
}

function FindingForm({ inspectionId, onNotice }: { inspectionId: number; onNotice: (n: Notice) => void }) {
  const { t } = useTranslation();
  const actions = useVisitActions();
  const [text, setText] = useState('');
  const submit = useSubmit(
    onNotice,
    async () => {
      await actions.addFinding.mutateAsync({ inspectionId, text: text.trim() });
      return t('visits.insp.findingAdded');
    },
    () => setText(''),
  );
  return (
    <ActionForm
      onSubmit={submit}
      testId="finding-form"
      submitLabel={t('visits.insp.addFinding')}
      busy={actions.addFinding.isPending}
      ready={text.trim() !== ''}
    >
      <LongText label={t('visits.insp.finding')} value={text} onChange={setText} required />
    </ActionForm>
  );
}
