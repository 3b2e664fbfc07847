// "cập nhật 3 giây trước": how old the scorecard shown is, counted on each second.
import { Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

export function FreshnessNote({ computedAt }: { computedAt: string }) {
  const { t, i18n } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.max(0, Math.floor((now - Date.parse(computedAt)) / 1000));
  const formatted = new Intl.NumberFormat(i18n.language === 'en' ? 'en' : 'vi-VN').format(seconds);
  return (
    <Text size="sm" c="dimmed" data-testid="freshness-note">
      {t('scorecard.updatedAgo', { seconds: formatted })}
    </Text>
  );
}
