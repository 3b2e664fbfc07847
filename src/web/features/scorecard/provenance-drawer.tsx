// Where a figure came from and how it changed: entered by whom and when, the import file and row, or the
// report with its sentence highlighted; then the audit history.
import { Alert, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { periodName } from '../../../core/period-words';
import { formatDate, formatNumber, formatQuantity } from '../../../core/vi/format';
import { useHistory, useProvenance } from '../../api/queries';
import type { AuditEntry, ProvenanceAnswer, ScorecardIndicator } from '../../api/types';
import { HistoryTable } from '../../shared/history-table';
import { errorText } from '../../shared/query-state';
import { SideDrawer } from '../../shared/side-drawer';
import { useLanguage } from '../../shared/use-language';

/** What a figure is written with: its indicator's measure and decimals. */
export type FigureFormat = Pick<ScorecardIndicator, 'measure' | 'decimals'>;

/** What a drawer over a figure is given beside the figure itself: how to write it, and how to close. */
export interface FigureDrawerProps {
  format: FigureFormat;
  onClose: () => void;
}

interface Props extends FigureDrawerProps {
  observationId: number | null;
}

export function ProvenanceDrawer({ observationId, format, onClose }: Props) {
  const { t } = useTranslation();
  const provenance = useProvenance(observationId);
  const history = useHistory(observationId);
  return (
    <SideDrawer opened={observationId !== null} onClose={onClose} title={t('provenance.title')}>
      <Stack>
        {provenance.isPending && <Loader role="status" aria-label={t('common.loading')} />}
        {provenance.isError && <Alert color="red">{errorText(t, provenance.error)}</Alert>}
        {provenance.data && (
          <Source
            answer={provenance.data}
            format={format}
            when={history.data?.find((e) => e.action === 'create')?.at}
          />
        )}
        <Title order={3} size="h5">
          {t('provenance.history')}
        </Title>
        {history.isError && <Alert color="red">{errorText(t, history.error)}</Alert>}
        {history.data && <History entries={history.data} decimals={format.decimals} />}
      </Stack>
    </SideDrawer>
  );
}

function Source({ answer, format, when }: { answer: ProvenanceAnswer; format: FigureFormat; when?: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { observation, provenance, user, report } = answer;
  const who = user?.displayName ?? t('provenance.system');
  return (
    <Stack gap="xs" data-testid="provenance">
      <Text size="lg" fw={700}>
        {formatQuantity(observation.value, format.measure, format.decimals)} ·{' '}
        {periodName(observation.period, language)}
      </Text>
      <Text>
        {t(`provenance.kind.${provenance.kind}`)} · {t('provenance.by', { who })}
        {when ? ` · ${formatDate(when)}` : ''}
      </Text>
      {provenance.kind === 'imported' && (
        <Text>{t('provenance.importRow', { file: provenance.file, row: provenance.row })}</Text>
      )}
      {provenance.kind === 'derived' && <Text>{t('provenance.derivedFrom', { from: provenance.from })}</Text>}
      {report && <ReportExcerpt report={report} />}
    </Stack>
  );
}

function ReportExcerpt({ report }: { report: NonNullable<ProvenanceAnswer['report']> }) {
  const { t } = useTranslation();
  const [start, end] = report.span;
  // The whole report is long; show the paragraph around the sentence so it reads in context.
  const from = Math.max(0, report.text.lastIndexOf('\n', start) + 1);
  const nextBreak = report.text.indexOf('\n', end);
  const to = nextBreak === -1 ? report.text.length : nextBreak;
  return (
    <Stack gap={4}>
      <Text fw={600}>{t('provenance.report', { title: report.title })}</Text>
      <Text className="report-text" size="sm">
        {report.text.slice(from, start)}
        <mark className="figure active">{report.text.slice(start, end)}</mark>
        {report.text.slice(end, to)}
      </Text>
    </Stack>
  );
}

function show(value: unknown, decimals: number): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'object' && 'value' in value && typeof value.value === 'number') {
    return formatNumber(value.value, decimals);
  }
  return typeof value === 'number' ? formatNumber(value, decimals) : JSON.stringify(value);
}

function History({ entries, decimals }: { entries: AuditEntry[]; decimals: number }) {
  const { t } = useTranslation();
  return (
    <HistoryTable
      entries={entries}
      testId="history"
      minWidth={360}
      at={formatDate}
      changes={[
        { header: t('provenance.before'), numeric: true, cell: (e) => show(e.before, decimals) },
        { header: t('provenance.after'), numeric: true, cell: (e) => show(e.after, decimals) },
      ]}
    />
  );
}
