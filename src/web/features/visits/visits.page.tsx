// Đoàn công tác: visits in scope with their documents, recording a visit from its article, the directives
// in the four buckets with progress and completion, and the summary by unit.
import { Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import './visits.i18n';
import { DirectiveList } from './directive-list';
import { DirectiveSummaryTable } from './directive-summary-table';
import { VisitFromText } from './visit-from-text';
import { VisitList } from './visit-list';
import { VisitPlanForm } from './visit-plan-form';

export default function VisitsPage() {
  const { t } = useTranslation();
  return (
    <>
      <Title order={2} mb="md">
        {t('visits.title')}
      </Title>
      <Tabs defaultValue="visits" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="visits">{t('visits.tabVisits')}</Tabs.Tab>
          <Tabs.Tab value="plan">{t('visits.plan')}</Tabs.Tab>
          <Tabs.Tab value="from-text">{t('visits.tabFromText')}</Tabs.Tab>
          <Tabs.Tab value="directives">{t('visits.tabDirectives')}</Tabs.Tab>
          <Tabs.Tab value="summary">{t('visits.tabSummary')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="visits" pt="md">
          <VisitList />
        </Tabs.Panel>
        <Tabs.Panel value="plan" pt="md">
          <VisitPlanForm />
        </Tabs.Panel>
        <Tabs.Panel value="from-text" pt="md">
          <VisitFromText />
        </Tabs.Panel>
        <Tabs.Panel value="directives" pt="md">
          <DirectiveList />
        </Tabs.Panel>
        <Tabs.Panel value="summary" pt="md">
          <DirectiveSummaryTable />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
