// The checks the scorecard raised: inconsistencies to look at, each named by its indicator.
import { Alert, List, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScorecardRow } from '../../api/types';
import { indicatorName } from '../../shared/labels';

export function ChecksList({ rows }: { rows: ScorecardRow[] }) {
  const { t, i18n } = useTranslation();
  const items = rows.flatMap((row) =>
    row.checks.map((check, i) => ({ key: `${row.indicator.id}-${i}`, row, check })),
  );
  return (
    <section aria-labelledby="checks-title">
      <Title order={3} size="h4" id="checks-title" mb="xs">
        {t('overview.checks')}
      </Title>
      {items.length === 0 ? (
        <Alert color="green" variant="light">
          {t('overview.noChecks')}
        </Alert>
      ) : (
        <List spacing="xs">
          {items.map(({ key, row, check }) => (
            <List.Item key={key}>
              <b>{indicatorName(row.indicator, i18n.language)}</b>: {check.message}
            </List.Item>
          ))}
        </List>
      )}
    </section>
  );
}
