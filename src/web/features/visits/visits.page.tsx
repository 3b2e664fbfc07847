// Đoàn công tác: visits in scope with their documents, recording a visit from its article, the directives
// in the four buckets, the summary by unit, and the inspection and supervision programme. The tab and the
// open directive or team live in the address, so a link reopens them.
import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import './visits.i18n';
import { updateParams, useLocation } from '../../app/router';
import { useUser } from '../../app/session';
import { PageTabs } from '../../shared/page-tabs';
import { DirectiveDrawer } from './directive-detail';
import { DirectiveList } from './directive-list';
import { DirectiveSummaryTable } from './directive-summary-table';
import { InspectionProgramme } from './inspection-programme';
import { InspectionDrawer } from './inspection-team';
import { VisitFromText } from './visit-from-text';
import { VisitList } from './visit-list';
import { VisitPlanForm } from './visit-plan-form';

const TABS = ['visits', 'plan', 'from-text', 'directives', 'summary', 'inspections'] as const;
const CREATING: ReadonlySet<string> = new Set(['plan', 'from-text']);

function idParam(value: string | null): number | null {
  return value && /^\d+$/.test(value) ? Number.parseInt(value, 10) : null;
}

export default function VisitsPage() {
  const { t } = useTranslation();
  const { params } = useLocation();
  // A viewer changes nothing: the two tabs that create visits are not offered (the API refuses them too).
  const writes = useUser().role !== 'viewer';
  const shown = TABS.filter((x) => writes || !CREATING.has(x));
  const tab = shown.find((x) => x === params.get('tab')) ?? 'visits';
  const directiveId = idParam(params.get('directive'));
  const teamId = idParam(params.get('team'));
  // A directive opened from a team's drawer hides the team until the directive closes again.
  const openDirective = (id: number | null) => updateParams({ directive: id });
  return (
    <>
      <Title order={2} mb="md">
        {t('visits.title')}
      </Title>
      <PageTabs
        tabs={[
          { value: 'visits', label: t('visits.tabVisits'), panel: <VisitList /> },
          ...(writes
            ? [
                { value: 'plan', label: t('visits.plan'), panel: <VisitPlanForm /> },
                { value: 'from-text', label: t('visits.tabFromText'), panel: <VisitFromText /> },
              ]
            : []),
          {
            value: 'directives',
            label: t('visits.tabDirectives'),
            panel: <DirectiveList onOpen={openDirective} />,
          },
          { value: 'summary', label: t('visits.tabSummary'), panel: <DirectiveSummaryTable /> },
          {
            value: 'inspections',
            label: t('visits.tabInspections'),
            panel: <InspectionProgramme onOpen={(id) => updateParams({ team: id, directive: null })} />,
          },
        ]}
        value={tab}
        onChange={(v) => updateParams({ tab: v, directive: null, team: null })}
      />
      <DirectiveDrawer id={directiveId} onClose={() => openDirective(null)} />
      <InspectionDrawer
        id={directiveId === null ? teamId : null}
        onClose={() => updateParams({ team: null })}
        onOpenDirective={openDirective}
      />
    </>
  );
}
