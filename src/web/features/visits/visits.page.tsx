// Đoàn công tác: visits in scope with their documents, recording a visit from its article, the directives
// in the four buckets, the summary by unit, and the inspection and supervision programme. The tab and the
// open directive or team live in the address, so a link reopens them.
import { Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import './visits.i18n';
import { updateParams, useLocation } from '../../app/router';
import { DirectiveDrawer } from './directive-detail';
import { DirectiveList } from './directive-list';
import { DirectiveSummaryTable } from './directive-summary-table';
import { InspectionProgramme } from './inspection-programme';
import { InspectionDrawer } from './inspection-team';
import { VisitFromText } from './visit-from-text';
import { VisitList } from './visit-list';
import { VisitPlanForm } from './visit-plan-form';

const TABS = ['visits', 'plan', 'from-text', 'directives', 'summary', 'inspections'] as const;

function idParam(value: string | null): number | null {
  return value && /^\d+$/.test(value) ? Number.parseInt(value, 10) : null;
}

export default function VisitsPage() {
  const { t } = useTranslation();
  const { params } = useLocation();
  const tab = TABS.find((x) => x === params.get('tab')) ?? 'visits';
  const directiveId = idParam(params.get('directive'));
  const teamId = idParam(params.get('team'));
  // A directive opened from a team's drawer hides the team until the directive closes again.
  const openDirective = (id: number | null) => updateParams({ directive: id });
  return (
    <>
      <Title order={2} mb="md">
        {t('visits.title')}
      </Title>
      <Tabs
        value={tab}
        onChange={(v) => v && updateParams({ tab: v, directive: null, team: null })}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="visits">{t('visits.tabVisits')}</Tabs.Tab>
          <Tabs.Tab value="plan">{t('visits.plan')}</Tabs.Tab>
          <Tabs.Tab value="from-text">{t('visits.tabFromText')}</Tabs.Tab>
          <Tabs.Tab value="directives">{t('visits.tabDirectives')}</Tabs.Tab>
          <Tabs.Tab value="summary">{t('visits.tabSummary')}</Tabs.Tab>
          <Tabs.Tab value="inspections">{t('visits.tabInspections')}</Tabs.Tab>
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
          <DirectiveList onOpen={openDirective} />
        </Tabs.Panel>
        <Tabs.Panel value="summary" pt="md">
          <DirectiveSummaryTable />
        </Tabs.Panel>
        <Tabs.Panel value="inspections" pt="md">
          <InspectionProgramme onOpen={(id) => updateParams({ team: id, directive: null })} />
        </Tabs.Panel>
      </Tabs>
      <DirectiveDrawer id={directiveId} onClose={() => openDirective(null)} />
      <InspectionDrawer
        id={directiveId === null ? teamId : null}
        onClose={() => updateParams({ team: null })}
        onOpenDirective={openDirective}
      />
    </>
  );
}
