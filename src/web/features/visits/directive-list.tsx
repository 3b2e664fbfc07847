// Directives in scope, filtered by bucket, with progress by the lead unit and completion by the issuer
// (the server refuses anyone else and the message says why).
import {
  Alert,
  Badge,
  Button,
  Group,
  NumberInput,
  Progress,
  Select,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../core/vi/format';
import { DIRECTIVE_STATUSES } from '../../../core/visit/directive-status';
import { useUnits } from '../../api/queries';
import { errorText, QueryState } from '../../shared/query-state';
import { type DirectiveView, useDirectives, useVisitActions } from './visits.api';
import { STATUS_COLOUR, statusText } from './visits.model';

export function DirectiveList() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string | null>(null);
  const directives = useDirectives(status ? `status=${status}` : '');
  // In-app reminder: open directives whose deadline falls within the next 7 days.
  const dueSoon = useDirectives('dueWithinDays=7');
  const units = useUnits();
  const [error, setError] = useState<string | null>(null);
  const nameOf = (id: number) => units.data?.find((u) => u.id === id)?.name ?? `#${id}`;
  return (
    <Stack>
      <Select
        w={280}
        aria-label={t('visits.status')}
        placeholder={t('visits.allStatuses')}
        clearable
        data={DIRECTIVE_STATUSES.map((s) => ({ value: s, label: statusText(s) }))}
        value={status}
        onChange={setStatus}
      />
      {(dueSoon.data?.length ?? 0) > 0 && (
        <Alert color="orange" data-testid="directive-reminder">
          {t('visits.reminder', { count: dueSoon.data?.length ?? 0 })}
        </Alert>
      )}
      {error && (
        <Alert color="red" role="alert" withCloseButton onClose={() => setError(null)}>
          {error}
        </Alert>
      )}
      <QueryState query={directives}>
        {(list) =>
          list.length === 0 ? (
            <Text c="dimmed">{t('visits.noDirectives')}</Text>
          ) : (
            <Table striped data-testid="directive-list">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('visits.text')}</Table.Th>
                  <Table.Th>{t('visits.lead')}</Table.Th>
                  <Table.Th>{t('visits.deadline')}</Table.Th>
                  <Table.Th>{t('visits.status')}</Table.Th>
                  <Table.Th>{t('visits.progress')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((d) => (
                  <DirectiveRow key={d.id} directive={d} leadName={nameOf(d.leadUnitId)} onError={setError} />
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryState>
    </Stack>
  );
}

function DirectiveRow({
  directive: d,
  leadName,
  onError,
}: {
  directive: DirectiveView;
  leadName: string;
  onError: (m: string) => void;
}) {
  const { t } = useTranslation();
  const actions = useVisitActions();
  const [percent, setPercent] = useState<number | string>(d.progressPercent);
  const open = d.completedOn === null;
  const run = (work: Promise<unknown>) => work.catch((e) => onError(errorText(t, e)));
  return (
    <Table.Tr>
      <Table.Td>{d.text}</Table.Td>
      <Table.Td>{leadName}</Table.Td>
      <Table.Td>{d.deadline ? formatDate(d.deadline) : '—'}</Table.Td>
      <Table.Td>
        <Badge color={STATUS_COLOUR[d.status]} variant="light">
          {statusText(d.status)}
        </Badge>
      </Table.Td>
      <Table.Td w={260}>
        <Progress value={d.progressPercent} mb={4} aria-label={`${d.progressPercent}%`} />
        {open && (
          <Group gap={4} wrap="nowrap">
            <NumberInput
              size="xs"
              w={70}
              min={0}
              max={100}
              value={percent}
              onChange={setPercent}
              aria-label={t('visits.progress')}
            />
            <Button
              size="xs"
              variant="default"
              onClick={() =>
                run(
                  actions.reportProgress.mutateAsync({
                    id: d.id,
                    text: t('visits.report'),
                    percent: typeof percent === 'number' ? percent : d.progressPercent,
                  }),
                )
              }
            >
              {t('visits.report')}
            </Button>
            <Button
              size="xs"
              variant="light"
              onClick={() =>
                run(
                  actions.complete.mutateAsync({
                    id: d.id,
                    completedOn: new Date().toISOString().slice(0, 10),
                  }),
                )
              }
            >
              {t('visits.complete')}
            </Button>
          </Group>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
