// Record a visit from its article: read it, review the draft and the proposed directives, save both.
import {
  Alert,
  Button,
  Checkbox,
  Group,
  List,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatQuantity } from '../../../core/vi/format';
import { useUnits } from '../../api/queries';
import { errorText } from '../../shared/query-state';
import { useSubmitOnce } from '../../shared/use-submit-once';
import { type FromTextAnswer, useVisitActions } from './visits.api';
import { type DraftDirectiveRow, directivePayloads, draftRows } from './visits.model';

export function VisitFromText() {
  const { t } = useTranslation();
  const actions = useVisitActions();
  const once = useSubmitOnce();
  const [text, setText] = useState('');
  const [answer, setAnswer] = useState<FromTextAnswer | null>(null);
  const [rows, setRows] = useState<DraftDirectiveRow[]>([]);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function read() {
    setMessage(null);
    try {
      const a = await actions.fromText.mutateAsync(text);
      setAnswer(a);
      setRows(draftRows(a.draft.directives, a.hosts));
    } catch (e) {
      setMessage({ ok: false, text: errorText(t, e) });
    }
  }

  async function save() {
    if (!answer?.draft.date || !answer.draft.leader || !answer.organiser?.unitId) return;
    const { draft, organiser, hosts } = answer;
    try {
      // One visit and one set of directives however often "Lưu" is clicked while they are sent.
      await once(async (idempotencyKey) => {
        const { visit } = await actions.createVisit.mutateAsync({
          date: draft.date,
          leader: draft.leader,
          members: draft.members,
          organiserUnitId: organiser.unitId,
          hostUnitIds: hosts.flatMap((h) => (h.unitId === null ? [] : [h.unitId])),
          topicCodes: draft.topicCodes,
          status: 'held',
          minutes: text,
          idempotencyKey,
        });
        const { directives, missing } = directivePayloads(rows, visit);
        if (missing.length > 0) {
          setMessage({ ok: false, text: t('visits.missingLead', { rows: missing.join(', ') }) });
          return;
        }
        await actions.createDirectives.mutateAsync(directives);
        setMessage({ ok: true, text: t('visits.saved', { count: directives.length }) });
        setAnswer(null);
      });
    } catch (e) {
      setMessage({ ok: false, text: errorText(t, e) });
    }
  }

  return (
    <Stack>
      {message && (
        <Alert color={message.ok ? 'green' : 'red'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </Alert>
      )}
      <Textarea
        label={t('visits.paste')}
        autosize
        minRows={6}
        maxRows={16}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        data-testid="visit-text"
      />
      <Group>
        <Button onClick={read} loading={actions.fromText.isPending} disabled={text.trim() === ''}>
          {t('visits.read')}
        </Button>
      </Group>
      {answer && (
        <DraftReview
          answer={answer}
          rows={rows}
          setRows={setRows}
          onSave={save}
          saving={actions.createVisit.isPending || actions.createDirectives.isPending}
        />
      )}
    </Stack>
  );
}

interface ReviewProps {
  answer: FromTextAnswer;
  rows: DraftDirectiveRow[];
  setRows: (rows: DraftDirectiveRow[]) => void;
  onSave: () => void;
  /** Disables the button while the visit and its directives are sent. */
  saving: boolean;
}

function DraftReview({ answer, rows, setRows, onSave, saving }: ReviewProps) {
  const { t } = useTranslation();
  const units = useUnits();
  const options = (units.data ?? []).map((u) => ({ value: String(u.id), label: u.name }));
  const { draft } = answer;
  const change = (i: number, patch: Partial<DraftDirectiveRow>) =>
    setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <Stack data-testid="visit-draft">
      <Text fw={600}>
        {t('visits.draftOf', {
          date: draft.date ? formatDate(draft.date) : '?',
          leader: draft.leader?.name ?? '?',
          title: draft.leader?.title ?? '?',
        })}
      </Text>
      <Text>
        {t('visits.hosts')}:{' '}
        {answer.hosts.map((h) => (h.unitId ? h.name : `${h.name} ${t('visits.unmatched')}`)).join('; ')}
      </Text>
      {draft.warnings.map((w) => (
        <Alert key={w} color="yellow">
          {w}
        </Alert>
      ))}
      <Text fw={600}>{t('visits.figures', { count: answer.statements.length })}</Text>
      <List size="sm" data-testid="visit-figures">
        {answer.statements.map((f) => (
          <List.Item key={`${f.indicator}-${f.value}`}>
            {f.indicator}: {formatQuantity(f.value, f.unit)}
          </List.Item>
        ))}
      </List>
      <Text>{t('visits.directivesFound', { count: rows.length })}</Text>
      <Table>
        <Table.Tbody>
          {rows.map((r, i) => (
            <Table.Tr key={r.key}>
              <Table.Td>
                <Checkbox
                  checked={r.include}
                  onChange={(e) => change(i, { include: e.currentTarget.checked })}
                  aria-label={r.text}
                />
              </Table.Td>
              <Table.Td>{r.text}</Table.Td>
              <Table.Td w={220}>
                <Select
                  aria-label={t('visits.lead')}
                  data={options}
                  value={r.leadUnitId === null ? null : String(r.leadUnitId)}
                  onChange={(v) => change(i, { leadUnitId: v === null ? null : Number.parseInt(v, 10) })}
                  searchable
                />
              </Table.Td>
              <Table.Td w={150}>
                <TextInput
                  type="date"
                  aria-label={t('visits.deadline')}
                  value={r.deadline ?? ''}
                  onChange={(e) => change(i, { deadline: e.currentTarget.value || null })}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group>
        <Button
          onClick={onSave}
          loading={saving}
          disabled={!draft.date || !draft.leader || !answer.organiser?.unitId}
          data-testid="visit-save"
        >
          {t('visits.save')}
        </Button>
      </Group>
    </Stack>
  );
}
