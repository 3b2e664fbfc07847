// Plan a visit: date, leader, organiser, host units in meeting order and topics from the catalog.
import { Alert, Button, Group, MultiSelect, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VISIT_TOPICS } from '../../../core/visit/topic-catalog';
import { useUnits } from '../../api/queries';
import { errorText } from '../../shared/query-state';
import { useSubmitOnce } from '../../shared/use-submit-once';
import { useVisitActions } from './visits.api';

export function VisitPlanForm() {
  const { t } = useTranslation();
  const units = useUnits();
  const actions = useVisitActions();
  const [form, setForm] = useState({
    date: '',
    leaderName: '',
    leaderTitle: '',
    organiser: null as string | null,
  });
  const [hosts, setHosts] = useState<string[]>([]);
  const [topics, setTopics] = useState<string[]>([]);
  const once = useSubmitOnce();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const options = (units.data ?? []).map((u) => ({ value: String(u.id), label: u.name }));
  const ready = form.date && form.leaderName && form.leaderTitle && form.organiser && hosts.length > 0;

  async function submit() {
    try {
      const saved = await once((idempotencyKey) =>
        actions.createVisit.mutateAsync({
          date: form.date,
          leader: { name: form.leaderName, title: form.leaderTitle },
          organiserUnitId: Number.parseInt(form.organiser ?? '', 10),
          hostUnitIds: hosts.map((h) => Number.parseInt(h, 10)),
          topicCodes: topics,
          idempotencyKey,
        }),
      );
      if (saved) setMessage({ ok: true, text: t('visits.planned_saved') });
    } catch (e) {
      setMessage({ ok: false, text: errorText(t, e) });
    }
  }

  return (
    <Stack data-testid="visit-plan">
      {message && (
        <Alert color={message.ok ? 'green' : 'red'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          type="date"
          label={t('visits.date')}
          value={form.date}
          onChange={(e) => setForm({ ...form, date: e.currentTarget.value })}
        />
        <Select
          label={t('visits.organiser')}
          data={options}
          value={form.organiser}
          onChange={(v) => setForm({ ...form, organiser: v })}
          searchable
        />
        <TextInput
          label={t('visits.leaderName')}
          value={form.leaderName}
          onChange={(e) => setForm({ ...form, leaderName: e.currentTarget.value })}
        />
        <TextInput
          label={t('visits.leaderTitle')}
          value={form.leaderTitle}
          onChange={(e) => setForm({ ...form, leaderTitle: e.currentTarget.value })}
        />
      </SimpleGrid>
      <MultiSelect label={t('visits.hosts')} data={options} value={hosts} onChange={setHosts} searchable />
      <MultiSelect
        label={t('visits.topics')}
        data={VISIT_TOPICS.map((x) => ({ value: x.code, label: x.nameVi }))}
        value={topics}
        onChange={setTopics}
      />
      <Group>
        <Button onClick={submit} disabled={!ready} loading={actions.createVisit.isPending}>
          {t('visits.plan')}
        </Button>
      </Group>
    </Stack>
  );
}
