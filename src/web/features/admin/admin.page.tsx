// Quản trị: the unit tree, the indicator catalog, targets, users.
import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { updateParams, useLocation } from '../../app/router';
import { useSession } from '../../app/session';
import { PageTabs } from '../../shared/page-tabs';
import { ArrangementTab } from './arrangement-tab';
import { IndicatorsTab } from './indicators-tab';
import { TargetsTab } from './targets-tab';
import { UnitsTab } from './units-tab';
import { UsersTab } from './users-tab';

const PANELS = {
  units: UnitsTab,
  arrange: ArrangementTab,
  indicators: IndicatorsTab,
  targets: TargetsTab,
  users: UsersTab,
};
const ALL_TABS = ['units', 'arrange', 'indicators', 'targets', 'users'] as const;

export default function AdminPage() {
  const { t } = useTranslation();
  const { params } = useLocation();
  const { user } = useSession();
  // An arrangement reshapes a whole province: only an administrator of every unit is offered it.
  const TABS = ALL_TABS.filter((x) => x !== 'arrange' || user?.scopeUnitId === null);
  const asked = params.get('tab');
  const tab = TABS.find((x) => x === asked) ?? 'units';
  const tabs = TABS.map((value) => {
    const Panel = PANELS[value];
    return { value, label: t(`admin.tabs.${value}`), panel: <Panel /> };
  });
  return (
    <Stack>
      <Title order={2}>{t('admin.title')}</Title>
      <PageTabs tabs={tabs} value={tab} onChange={(v) => updateParams({ tab: v })} />
    </Stack>
  );
}
