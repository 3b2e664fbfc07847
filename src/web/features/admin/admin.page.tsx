// Quản trị: the unit tree, the indicator catalog, targets, users.
import { Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { updateParams, useLocation } from '../../app/router';
import { IndicatorsTab } from './indicators-tab';
import { TargetsTab } from './targets-tab';
import { UnitsTab } from './units-tab';
import { UsersTab } from './users-tab';

const TABS = ['units', 'indicators', 'targets', 'users'] as const;

export default function AdminPage() {
  const { t } = useTranslation();
  const { params } = useLocation();
  const asked = params.get('tab');
  const tab = TABS.find((x) => x === asked) ?? 'units';
  return (
    <Stack>
      <Title order={2}>{t('admin.title')}</Title>
      <Tabs value={tab} onChange={(v) => v && updateParams({ tab: v })} keepMounted={false}>
        <Tabs.List>
          {TABS.map((x) => (
            <Tabs.Tab key={x} value={x}>
              {t(`admin.tabs.${x}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="units" pt="md">
          <UnitsTab />
        </Tabs.Panel>
        <Tabs.Panel value="indicators" pt="md">
          <IndicatorsTab />
        </Tabs.Panel>
        <Tabs.Panel value="targets" pt="md">
          <TargetsTab />
        </Tabs.Panel>
        <Tabs.Panel value="users" pt="md">
          <UsersTab />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
