// The first step of the report screen: title, period, and the text pasted or a file uploaded.
import { Button, FileInput, Select, SimpleGrid, Stack, Tabs, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ytdPeriodCode } from '../../../core/period';
import { periodName, reportingPeriods } from '../../../core/period-words';
import { formatDate } from '../../../core/vi/format';
import { useLanguage } from '../../shared/use-language';

import { reportDate } from './report.model';
import type { useReportImport } from './use-report-import';

interface Props {
  flow: ReturnType<typeof useReportImport>;
  year: number;
  onExtract: (file: File | null) => Promise<void>;
}

export function ReportInput({ flow, year, onExtract }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [mode, setMode] = useState<string | null>('paste');
  const [file, setFile] = useState<File | null>(null);
  const { draft, setDraft } = flow;
  const date = reportDate(draft.text);
  const periods = reportingPeriods(date ? Number.parseInt(date.slice(0, 4), 10) : year);
  if (date) periods.unshift(ytdPeriodCode(date));
  const setText = (text: string) => {
    const found = reportDate(text);
    setDraft((d) => ({
      ...d,
      text,
      // A dated report suggests its own year-to-date period and title until the user picks others.
      period: d.period ?? (found ? ytdPeriodCode(found) : null),
      title: d.title || (found ? t('report.defaultTitle', { date: formatDate(found) }) : ''),
    }));
  };
  const ready = mode === 'paste' ? draft.text.trim().length > 0 : file !== null;
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('report.reportTitle')}
          value={draft.title}
          onChange={(e) => setDraft((d) => ({ ...d, title: e.currentTarget.value }))}
          required
        />
        <Select
          label={t('entry.period')}
          data={periods.map((p) => ({ value: p, label: periodName(p, language) }))}
          value={draft.period}
          onChange={(v) => setDraft((d) => ({ ...d, period: v }))}
          required
          data-testid="report-period"
        />
      </SimpleGrid>
      <Tabs value={mode} onChange={setMode}>
        <Tabs.List>
          <Tabs.Tab value="paste">{t('report.paste')}</Tabs.Tab>
          <Tabs.Tab value="upload">{t('report.upload')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="paste" pt="sm">
          <Textarea
            label={t('report.text')}
            value={draft.text}
            onChange={(e) => setText(e.currentTarget.value)}
            autosize
            minRows={10}
            maxRows={24}
            data-testid="report-textarea"
          />
        </Tabs.Panel>
        <Tabs.Panel value="upload" pt="sm">
          <FileInput
            label={t('report.file')}
            accept=".docx,.txt,.pdf"
            value={file}
            onChange={setFile}
            clearable
            clearButtonProps={{ 'aria-label': t('common.clearFile') }}
          />
        </Tabs.Panel>
      </Tabs>
      <Button
        onClick={() => void onExtract(mode === 'upload' ? file : null)}
        disabled={!ready}
        loading={flow.busy}
        data-testid="report-extract"
        w="fit-content"
      >
        {t('report.extract')}
      </Button>
    </Stack>
  );
}
