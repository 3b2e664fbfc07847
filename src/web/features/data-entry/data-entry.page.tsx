// Placeholder screen while the feature is being built.
import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export default function Page() {
  const { t } = useTranslation();
  return <Title order={2}>{t('common.loading')}</Title>;
}
