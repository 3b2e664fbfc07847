// Directives in scope, filtered by bucket, with a reminder of those falling due; each opens in the detail
// drawer where progress, extensions and completion happen. A table on wide screens, cards on phones.
import { Alert, Badge, Card, Checkbox, Group, Progress, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatPercent } from '../../../core/vi/format';
import { DIRECTIVE_STATUSES } from '../../../core/visit/directive-status';
import type { Column } from '../../shared/data-table';
import { QueryState } from '../../shared/query-state';
import { ResponsiveList } from '../../shared/responsive-list';
import { useSourceText, useUnitName } from './visit-layout';
import { OpenButton } from './visit-sections';
import { type DirectiveView, useDirectives } from './visits.api';
import { STATUS_COLOUR } from './visits.model';

export function DirectiveList({ onOpen }: { onOpen: (id: number) => void }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string | null>(null);
  const [pendingOnly, setPendingOnly] = useState(false);
  const query = [status && `status=${status}`, pendingOnly && 'pendingExtension=true'].filter(Boolean);
  const directives = useDirectives(query.join('&'));
  // In-app reminder: open directives whose deadline falls within the next 7 days.
  const dueSoon = useDirectives('dueWithinDays=7');
  const columns = useDirectiveColumns(onOpen);
  return (
    <Stack>
      <Select
        w={{ base: '100%', xs: 280 }}
        aria-label={t('visits.status')}
        placeholder={t('visits.allStatuses')}
        clearable
        data={DIRECTIVE_STATUSES.map((s) => ({ value: s, label: t(`visits.statusWords.${s}`) }))}
        value={status}
        onChange={setStatus}
      />
      <Checkbox
        label={t('visits.pendingOnly')}
        checked={pendingOnly}
        onChange={(event) => setPendingOnly(event.currentTarget.checked)}
      />
      {(dueSoon.data?.length ?? 0) > 0 && (
        <Alert color="orange" data-testid="directive-reminder">
          {t('visits.reminder', { count: dueSoon.data?.length ?? 0 })}
        </Alert>
      )}
      <QueryState query={directives}>
        {(list) => (
          <ResponsiveList
            rows={list}
            rowKey={(d) => d.id}
            empty={t('visits.noDirectives')}
            testId="directive-list"
            rowTestId="directive-item"
            card={(d) => <DirectiveCard directive={d} onOpen={onOpen} />}
            columns={columns}
          />
        )}
      </QueryState>
    </Stack>
  );
}

function useDirectiveColumns(onOpen: (id: number) => void): Column<DirectiveView>[] {
  const { t } = useTranslation();
  const nameOf = useUnitName();
  const sourceText = useSourceText();
  return [
    {
      header: t('visits.text'),
      cell: (d) => (
        <>
          <OpenLink directive={d} onOpen={onOpen} />
          <Text size="xs" c="dimmed">
            {sourceText(d.source)}
          </Text>
        </>
      ),
    },
    { header: t('visits.lead'), cell: (d) => nameOf(d.leadUnitId, d.unitNames) },
    { header: t('visits.deadline'), cell: (d) => (d.deadline ? formatDate(d.deadline) : '—') },
    {
      header: t('visits.status'),
      cell: (d) => (
        <Stack gap={4} align="flex-start">
          <StatusBadge directive={d} />
          <PendingExtensionBadge directive={d} />
        </Stack>
      ),
    },
    {
      header: t('visits.progress'),
      td: () => ({ w: 140 }),
      cell: (d) => (
        <>
          <Progress value={d.progressPercent} mb={2} aria-hidden />
          <Text size="xs">{formatPercent(d.progressPercent, 0)}</Text>
        </>
      ),
    },
  ];
}

function DirectiveCard({ directive: d, onOpen }: { directive: DirectiveView; onOpen: (id: number) => void }) {
  const { t } = useTranslation();
  const nameOf = useUnitName();
  const sourceText = useSourceText();
  return (
    <Card withBorder padding="sm" data-testid="directive-item">
      <Stack gap={4}>
        <OpenLink directive={d} onOpen={onOpen} />
        <Text size="xs" c="dimmed">
          {sourceText(d.source)}
        </Text>
        <Text size="sm">
          {t('visits.lead')}: {nameOf(d.leadUnitId, d.unitNames)}
        </Text>
        <Text size="sm">
          {t('visits.deadline')}: {d.deadline ? formatDate(d.deadline) : '—'}
        </Text>
        <Group justify="space-between" gap="xs">
          <StatusBadge directive={d} />
          <Text size="sm">{formatPercent(d.progressPercent, 0)}</Text>
        </Group>
        <PendingExtensionBadge directive={d} />
        <Progress value={d.progressPercent} aria-hidden />
      </Stack>
    </Card>
  );
}

function OpenLink({ directive: d, onOpen }: { directive: DirectiveView; onOpen: (id: number) => void }) {
  return <OpenButton onOpen={() => onOpen(d.id)}>{d.text}</OpenButton>;
}

function StatusBadge({ directive: d }: { directive: DirectiveView }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOUR[d.status]} variant="filled" style={{ whiteSpace: 'normal', height: 'auto' }}>
      {t(`visits.statusWords.${d.status}`)}
    </Badge>
  );
}

function PendingExtensionBadge({ directive: d }: { directive: DirectiveView }) {
  const { t } = useTranslation();
  if (!d.pendingExtension) return null;
  return (
    <Badge
      color="grape"
      variant="light"
      data-testid="pending-extension"
      style={{ whiteSpace: 'normal', height: 'auto' }}
    >
      {t('visits.pendingExtension', { to: formatDate(d.pendingExtension.proposedDeadline) })}
    </Badge>
  );
}
