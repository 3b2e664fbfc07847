// Login: username and password; a refused login says why, in the user's language.
import { Alert, Button, Center, Paper, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useSession } from '../../app/session';
import { setLanguage } from '../../i18n/i18n';

export default function LoginPage() {
  const { t, i18n } = useTranslation();
  const { login } = useSession();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Read once, when sent: nothing on the screen depends on what is typed before that.
    const fields = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      await login(String(fields.get('username') ?? '').trim(), String(fields.get('password') ?? ''));
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) setError(t('login.invalid'));
      else if (e instanceof ApiError && e.status === 429) setError(t('login.rateLimited'));
      else setError(t('common.networkError'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="lg" w="100%" maw={380}>
        <form onSubmit={submit} aria-labelledby="login-title">
          <Stack>
            <Title order={1} size="h2" id="login-title" c="red.9">
              Tiến Độ
            </Title>
            <TextInput
              label={t('login.username')}
              name="username"
              autoComplete="username"
              required
              data-autofocus
            />
            <PasswordInput
              label={t('login.password')}
              name="password"
              autoComplete="current-password"
              required
            />
            {error && (
              <Alert color="red" role="alert">
                {error}
              </Alert>
            )}
            <Button type="submit" loading={busy}>
              {t('login.submit')}
            </Button>
            <Button
              variant="subtle"
              color="dark"
              size="xs"
              onClick={() => setLanguage(i18n.language === 'en' ? 'vi' : 'en')}
            >
              {t('user.switchLanguage')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
