// The React tree: theme, data cache, session; the login screen until someone is logged in.
import { Center, createTheme, Loader, MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
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

const theme = createTheme({
  fontFamily: FONT,
  headings: { fontFamily: FONT },
  // Blue, not the brand red, so a focused field never looks like a field in error.
  primaryColor: 'blue',
  // Shade 9 keeps white button text above the 4.5:1 contrast AA asks for.
  primaryShade: 9,
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
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  return user ? <Shell /> : <LoginPage />;
}

export function App() {
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <QueryClientProvider client={queryClient}>
        <SessionProvider>
          <Gate />
        </SessionProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
