// The frame around every screen: header with the user menu, navigation, and the routed page.
import { AppShell, Burger, Center, Group, Loader, NavLink, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { href, navigate, useLocation } from './router';
import { DEFAULT_PATH, routesFor } from './routes';
import { useUser } from './session';
import { UserMenu } from './user-menu';
import { YearGate } from './year-gate';

export function Shell() {
  const user = useUser();
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  const routes = routesFor(user.role);
  const route = routes.find((r) => r.path === location.path);

  useEffect(() => {
    if (!route) navigate(DEFAULT_PATH);
  }, [route]);

  useEffect(() => {
    document.title = route ? `${t(route.label)} · Tiến Độ` : 'Tiến Độ';
  }, [route, t]);

  const Page = route?.page;
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        {/* The first stop of the keyboard: past the header and the navigation, to the screen itself. */}
        <button type="button" className="skip-link" onClick={() => document.getElementById('main')?.focus()}>
          {t('nav.skip')}
        </button>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
            <Title order={1} size="h3" c="red.9">
              Tiến Độ
            </Title>
          </Group>
          <UserMenu />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.label')}>
        {routes.map((r) => (
          <NavLink
            key={r.path}
            href={href(r.path, carry(location.params))}
            label={t(r.label)}
            active={r.path === location.path}
            onClick={close}
            aria-current={r.path === location.path ? 'page' : undefined}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Suspense
          fallback={
            <Center p="xl">
              <Loader role="status" aria-label={t('common.loading')} />
            </Center>
          }
        >
          {Page ? (
            <YearGate>
              <Page />
            </YearGate>
          ) : (
            <Text>{t('common.loading')}</Text>
          )}
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}

/** The unit and year chosen on one screen follow the user to the next. */
function carry(params: URLSearchParams): Record<string, string | null> {
  return { unit: params.get('unit'), year: params.get('year') };
}
