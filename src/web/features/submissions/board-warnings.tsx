// Cảnh báo sớm under the board: each reporting unit with an indicator at risk, late or waiting for
// approval, and the reason the server gives (in Vietnamese, with its figures).
import { Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../shared/query-state';
import { type BoardQuery, useWarnings } from './submissions.api';

// The darkest shades: white badge text on them meets the contrast the browser tests check.
const COLORS = { at_risk: 'orange.9', late: 'red.9', not_approved: 'yellow.9' } as const;

export function BoardWarnings({ query }: { query: BoardQuery }) {
  const { t } = useTranslation();
  const warnings = useWarnings(query);
  return (
    <QueryState query={warnings}>
      {(board) =>
        board.units.length === 0 ? (
          <Text c="dimmed">{t('submissions.warnings.none')}</Text>
        ) : (
          <Stack gap="xs" data-testid="early-warnings">
            <Title order={3}>{t('submissions.warnings.title')}</Title>
            <List spacing={4}>
              {board.units.flatMap((u) =>
                u.warnings.map((w) => (
                  <List.Item key={`${u.unit.code}-${w.indicatorId}-${w.kind}`}>
                    <Group gap="xs" wrap="nowrap">
                      <Badge color={COLORS[w.kind]}>{t(`submissions.warnings.kind.${w.kind}`)}</Badge>
                      <Text size="sm">
                        {u.unit.name} · {w.code}: {w.reason}
                      </Text>
                    </Group>
                  </List.Item>
                )),
              )}
            </List>
          </Stack>
        )
      }
    </QueryState>
  );
}
