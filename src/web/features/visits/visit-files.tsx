// A visit's files (minutes, the host's report, photos): links to download, and for the organiser an upload.
import { Anchor, FileButton, Group, Loader, Stack, Text, UnstyledButton } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../core/vi/format';
import { api } from '../../api/client';
import { useUnits } from '../../api/queries';
import { useUser } from '../../app/session';
import { errorText } from '../../shared/query-state';

interface VisitFile {
  id: number;
  fileName: string;
  size: number;
}

const filesKey = (visitId: number) => ['visit-files', visitId];

export function VisitFiles({ visitId, organiserUnitId }: { visitId: number; organiserUnitId: number }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const user = useUser();
  const units = useUnits();
  const [error, setError] = useState<string | null>(null);
  const files = useQuery({
    queryKey: filesKey(visitId),
    queryFn: () => api<{ files: VisitFile[] }>(`/api/visits/${visitId}/files`).then((a) => a.files),
  });
  const upload = useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return api<{ file: VisitFile }>(`/api/visits/${visitId}/files`, { method: 'POST', form });
    },
    onSuccess: () => {
      setError(null);
      return client.invalidateQueries({ queryKey: filesKey(visitId) });
    },
    onError: (e) => setError(errorText(t, e)),
  });
  // The organiser keeps the record: the upload shows to its editors (the server decides all the same).
  const mayUpload = user?.role !== 'viewer' && units.data?.some((u) => u.id === organiserUnitId);
  return (
    <Stack gap={2} data-testid={`visit-files-${visitId}`}>
      {files.data?.map((f) => (
        <Anchor key={f.id} href={`/api/visits/${visitId}/files/${f.id}`} download={f.fileName} size="sm">
          {f.fileName} ({formatNumber(Math.max(1, Math.round(f.size / 1024)), 0)} KB)
        </Anchor>
      ))}
      {mayUpload && (
        <Group gap="xs">
          <FileButton
            onChange={(file) => file && upload.mutate(file)}
            accept=".pdf,.docx,.xlsx,.png,.jpg,.jpeg"
          >
            {(props) => (
              <UnstyledButton {...props} c="blue" fz="sm" td="underline">
                {t('visits.addFile')}
              </UnstyledButton>
            )}
          </FileButton>
          {upload.isPending && <Loader size="xs" aria-label={t('common.loading')} />}
        </Group>
      )}
      {error && (
        <Text size="sm" c="red.8" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
