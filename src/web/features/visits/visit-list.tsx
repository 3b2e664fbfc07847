// The visits the user's units organised or hosted, newest first, with their documents.
import { Anchor, Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../core/vi/format';
import type { Visit } from '../../../core/visit/visit.types';
import { useUnits } from '../../api/queries';
import { DataTable } from '../../shared/data-table';
import { QueryState } from '../../shared/query-state';
import { VisitFiles } from './visit-files';
import { useVisits } from './visits.api';

export function VisitList() {
  const { t } = useTranslation();
  const visits = useVisits();
  const units = useUnits();
  const nameOf = (id: number) => units.data?.find((u) => u.id === id)?.name ?? `#${id}`;
  return (
    <QueryState query={visits}>
      {(list) =>
        list.length === 0 ? (
          <Text c="dimmed">{t('visits.noVisits')}</Text>
        ) : (
          <DataTable
            testId="visit-list"
            rows={list}
            rowKey={(v) => v.id}
            columns={[
              { header: t('visits.date'), cell: (v) => formatDate(v.date) },
              { header: t('visits.leader'), cell: (v) => `${v.leader.name}, ${v.leader.title}` },
              { header: t('visits.hosts'), cell: (v) => v.hostUnitIds.map(nameOf).join('; ') },
              {
                header: t('visits.status'),
                cell: (v) => <Badge variant="light">{t(`visits.${v.status}`)}</Badge>,
              },
              { header: t('visits.files'), cell: (v) => <VisitDocuments visit={v} /> },
            ]}
          />
        )
      }
    </QueryState>
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
