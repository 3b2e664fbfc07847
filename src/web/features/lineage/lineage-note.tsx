// Under the unit picker: how the unit shown came to be, or where it went ("Thành lập ngày 01/07/2025 trên
// cơ sở …"), so that a figure inherited from the old communes or a unit that has ended reads as what it is.
import { Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { keys } from '../../api/queries';
import { useLanguage } from '../../shared/use-language';
import { lineageSentences, type UnitDetail } from './lineage.model';

export function useUnitDetail(unitId: number | null) {
  return useQuery({
    queryKey: keys.unitDetail(unitId ?? 0),
    queryFn: () => api<UnitDetail>(`/api/units/${unitId}`),
    enabled: unitId !== null,
    staleTime: 60_000,
  });
}

export function LineageNote({ unitId }: { unitId: number | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const detail = useUnitDetail(unitId);
  if (!detail.data) return null;
  const sentences = lineageSentences(t, language, detail.data);
  if (sentences.length === 0) return null;
  return (
    <Stack gap={2} w="100%" data-testid="lineage" aria-label={t('lineage.title')}>
      {sentences.map((sentence) => (
        <Text key={sentence} size="sm" c="dimmed">
          {sentence}
        </Text>
      ))}
    </Stack>
  );
}
