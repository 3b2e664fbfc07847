// The visits the user's units organised or hosted, newest first, with their documents.
import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../core/vi/format';
import { useUnits } from '../../api/queries';
import { QueryState } from '../../shared/query-state';
import { ResponsiveList } from '../../shared/responsive-list';
import { VisitActions } from './visit-edit';
import { VisitFiles } from './visit-files';
import { type StoredVisit, useVisits } from './visits.api';

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
          columns={[
            { header: t('visits.date'), cell: (v) => formatDate(v.date) },
            { header: t('visits.leader'), cell: (v) => `${v.leader.name}, ${v.leader.title}` },
            { header: t('visits.hosts'), cell: (v) => v.hostUnitIds.map(nameOf).join('; ') },
            { header: t('visits.status'), cell: (v) => <StatusBadge visit={v} /> },
            { header: t('visits.files'), cell: (v) => <VisitDocuments visit={v} /> },
            { header: t('visits.actions'), cell: (v) => <VisitActions visit={v} /> },
          ]}
        />
      )}
    </QueryState>
  );
}

function StatusBadge({ visit: v }: { visit: StoredVisit }) {
  const { t } = useTranslation();
  // Never cut to "ĐÃ L…": a table gives the status column only what the badge says it needs.
  return (
    <Badge variant="light" miw="max-content">
      {t(`visits.${v.status}`)}
    </Badge>
  );
}

function VisitCard({ visit: v, hostNames }: { visit: StoredVisit; hostNames: string }) {
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
        <VisitActions visit={v} />
      </Stack>
    </Card>
  );
}

/** Fetches a PDF and saves it; the server's message (LibreOffice missing or too slow) when it cannot. */
async function downloadPdf(url: string, fileName: string): Promise<void> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { message?: string };
    throw new Error(body.message ?? response.statusText);
  }
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  // The server's Vietnamese file name (tai-lieu-doan-cong-tac-2023-11-17.pdf), else ours.
  link.download =
    /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? fileName;
  link.click();
  // Released once the browser has surely taken the download over.
  const href = link.href;
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}

/** The visit's generated documents to download, then the files kept with it. */
function VisitDocuments({ visit: v }: { visit: StoredVisit }) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const pdf = (path: string) => () =>
    downloadPdf(`/api/visits/${v.id}/${path}.pdf`, `${path}-${v.date}.pdf`).catch((e: Error) =>
      setFailure(t('visits.pdfFailed', { message: e.message })),
    );
  return (
    <>
      <Group gap="xs" mb={4}>
        <Anchor href={`/api/visits/${v.id}/briefing-pack.docx`} download>
          {t('visits.briefingPack')}
        </Anchor>
        <Button size="compact-sm" variant="subtle" onClick={pdf('briefing-pack')}>
          {t('visits.briefingPackPdf')}
        </Button>
        <Anchor href={`/api/visits/${v.id}/brief.docx`} download>
          {t('visits.brief')}
        </Anchor>
        <Button size="compact-sm" variant="subtle" onClick={pdf('brief')}>
          {t('visits.briefPdf')}
        </Button>
      </Group>
      {failure && (
        <Text size="sm" c="red.9" role="alert">
          {failure}
        </Text>
      )}
      <VisitFiles visitId={v.id} organiserUnitId={v.organiserUnitId} />
    </>
  );
}
