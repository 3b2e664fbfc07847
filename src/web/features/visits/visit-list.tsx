// The visits the user's units organised or hosted, newest first, with their documents.
import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../core/vi/format';
import type { Visit } from '../../../core/visit/visit.types';
import { useUnits } from '../../api/queries';
import { DataTable } from '../../shared/data-table';
import { QueryState } from '../../shared/query-state';
import { ResponsiveList } from '../../shared/responsive-list';
import { VisitFiles } from './visit-files';
import { useVisits } from './visits.api';

export function VisitList() {
  const { t } = useTranslation();
  const visits = useVisits();
  const units = useUnits();
  const nameOf = (id: number) => units.data?.find((u) => u.id === id)?.name ?? `#${id}`;
  return (
    <QueryState query={visits}>
      {(list) => (
        // On a phone each visit is a card: five columns squeezed the leader into one word a line.
        <ResponsiveList
          testId="visit-list"
          rows={list}
          rowKey={(v) => v.id}
          empty={t('visits.noVisits')}
          card={(v) => <VisitCard visit={v} hostNames={v.hostUnitIds.map(nameOf).join('; ')} />}
          table={(rows) => (
            <DataTable
              testId="visit-list"
              rows={rows}
              rowKey={(v) => v.id}
              columns={[
                { header: t('visits.date'), cell: (v) => formatDate(v.date) },
                { header: t('visits.leader'), cell: (v) => `${v.leader.name}, ${v.leader.title}` },
                { header: t('visits.hosts'), cell: (v) => v.hostUnitIds.map(nameOf).join('; ') },
                { header: t('visits.status'), cell: (v) => <StatusBadge visit={v} /> },
                { header: t('visits.files'), cell: (v) => <VisitDocuments visit={v} /> },
              ]}
            />
          )}
        />
      )}
    </QueryState>
  );
}

function StatusBadge({ visit: v }: { visit: Visit }) {
  const { t } = useTranslation();
  return <Badge variant="light">{t(`visits.${v.status}`)}</Badge>;
}

function VisitCard({ visit: v, hostNames }: { visit: Visit; hostNames: string }) {
  return (
    <Card withBorder padding="sm">
      <Stack gap={4}>
        <Group justify="space-between" gap="xs">
          <Text fw={600}>{formatDate(v.date)}</Text>
          <StatusBadge visit={v} />
        </Group>
        <Text size="sm">{`${v.leader.name}, ${v.leader.title}`}</Text>
        <Text size="sm">{hostNames}</Text>
        <VisitDocuments visit={v} />
      </Stack>
    </Card>
  );
}

/** The visit's generated documents to download, then the files kept with it. */
function VisitDocuments({ visit: v }: { visit: Visit }) {
  const { t } = useTranslation();
  return (
    <>
      <Group gap="xs" mb={4}>
        <Anchor href={`/api/visits/${v.id}/briefing-pack.docx`} download>
          {t('visits.briefingPack')}
        </Anchor>
        <Anchor href={`/api/visits/${v.id}/brief.docx`} download>
          {t('visits.brief')}
        </Anchor>
      </Group>
      <VisitFiles visitId={v.id} organiserUnitId={v.organiserUnitId} />
    </>
  );
}
