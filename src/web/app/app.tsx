// The React tree: theme, data cache, session; the login screen until someone is logged in.
import { Center, type CSSVariablesResolver, createTheme, Loader, MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, answerOf } from '../api/client';
import { takeEarlyScorecard, takeEarlyUnits } from '../api/early';
import { keys } from '../api/queries';
import type { Scorecard, Unit } from '../api/types';
import LoginPage from '../features/login/login.page';
import { fetchMe, SessionProvider, useSession } from './session';
import { Shell } from './shell';

// System fonts that carry Vietnamese diacritics; nothing is downloaded.
const FONT = "Inter, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif";

/** The theme, with the words of Mantine's own controls (close buttons) in the user's language. */
function themeFor(t: TFunction) {
  const closeButtonProps = { 'aria-label': t('common.close') };
  return createTheme({
    fontFamily: FONT,
    headings: { fontFamily: FONT },
    // Blue, not the brand red, so a focused field never looks like a field in error.
    primaryColor: 'blue',
    // Shade 9 keeps white button text above the 4.5:1 contrast AA asks for.
    primaryShade: 9,
    components: {
      Drawer: { defaultProps: { closeButtonProps } },
      Modal: { defaultProps: { closeButtonProps } },
      // A dialog's header is no second banner landmark beside the page's own header.
      DrawerHeader: { defaultProps: { component: 'div' } },
      ModalHeader: { defaultProps: { component: 'div' } },
      Alert: { defaultProps: { closeButtonLabel: t('common.close') } },
      // A table wider than a phone scrolls sideways; its scroll area takes focus so keys can scroll it.
      TableScrollContainer: { defaultProps: { scrollAreaProps: { viewportProps: { tabIndex: 0 } } } },
    },
  });
}

// Mantine's "dimmed" grey (gray.6) is 3,3:1 on white; gray.7 keeps secondary text above AA's 4.5:1.
const cssVariablesResolver: CSSVariablesResolver = (theme) => ({
  variables: {},
  light: { '--mantine-color-dimmed': theme.colors.gray[7] ?? '#495057' },
  dark: {},
});

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      refetchOnWindowFocus: false,
      // Retrying a refusal (401, 403, 404) only delays the message the user needs to see.
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
    },
  },
});

// Ask who is logged in before React's first render, not after it; take the unit list and the first
// screen's scorecard the entry module asked for meanwhile (src/web/api/early.ts).
void queryClient.prefetchQuery({ queryKey: keys.me, queryFn: fetchMe, retry: false });
const earlyUnits = takeEarlyUnits();
if (earlyUnits) {
  void queryClient.prefetchQuery({
    queryKey: keys.units,
    queryFn: async () => {
      const response = await earlyUnits;
      // Nobody logged in: no answer to keep; logging in drops this query and asks again.
      if (!response) throw new ApiError(401, 'unauthenticated', '', {});
      return (await answerOf<{ units: Unit[] }>(response)).units;
    },
  });
}
void takeEarlyScorecard()?.then((early) => {
  if (!early) return;
  void queryClient.prefetchQuery({
    queryKey: keys.scorecard(early.unitId, early.year),
    queryFn: async () => answerOf<Scorecard>(await early.response),
  });
});

function Gate() {
  const { user, loading } = useSession();
  const { t } = useTranslation();
  if (loading) {
    return (
      <Center h="100vh">
        <Loader role="status" aria-label={t('common.loading')} />
      </Center>
    );
  }
  return user ? <Shell /> : <LoginPage />;
}

export function App() {
  const { t } = useTranslation();
  const theme = useMemo(() => themeFor(t), [t]);
  return (
    <MantineProvider theme={theme} defaultColorScheme="light" cssVariablesResolver={cssVariablesResolver}>
      <QueryClientProvider client={queryClient}>
        <SessionProvider>
          <Gate />
        </SessionProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
