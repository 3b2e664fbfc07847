// The visits the user's units organised or hosted, newest first, with their documents.
import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../core/vi/format';
import { useUnits } from '../../api/queries';
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
          <Table striped data-testid="visit-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('visits.date')}</Table.Th>
                <Table.Th>{t('visits.leader')}</Table.Th>
                <Table.Th>{t('visits.hosts')}</Table.Th>
                <Table.Th>{t('visits.status')}</Table.Th>
                <Table.Th>{t('visits.files')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((v) => (
                <Table.Tr key={v.id}>
                  <Table.Td>{formatDate(v.date)}</Table.Td>
                  <Table.Td>
                    {v.leader.name}, {v.leader.title}
                  </Table.Td>
                  <Table.Td>{v.hostUnitIds.map(nameOf).join('; ')}</Table.Td>
                  <Table.Td>
                    <Badge variant="light">{t(`visits.${v.status}`)}</Badge>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" mb={4}>
                      <Anchor href={`/api/visits/${v.id}/briefing-pack.docx`} download>
                        {t('visits.briefingPack')}
                      </Anchor>
                      <Anchor href={`/api/visits/${v.id}/brief.docx`} download>
                        {t('visits.brief')}
                      </Anchor>
                    </Group>
                    <VisitFiles visitId={v.id} organiserUnitId={v.organiserUnitId} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )
      }
    </QueryState>
  );
}
