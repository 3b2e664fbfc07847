// Nhập từ báo cáo: paste a report or upload a .docx, check each figure the extractor found against the
// text, map it to an indicator, and store report and figures in one step.
import { Alert, Anchor, Button, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../core/vi/format';
import { ApiError } from '../../api/client';
import { useIndicators } from '../../api/queries';
import { href } from '../../app/router';
import { WARNING_TEXT } from '../../shared/labels';
import { errorText } from '../../shared/query-state';
import { UnitYearPicker, useUnitYear } from '../../shared/unit-year-picker';
import { parseEntry } from '../data-entry/entry.model';
import { HighlightedText } from './highlighted-text';
import { ReportInput } from './report-input';
import { SavedReports } from './saved-reports';
import { StatementEditor } from './statement-editor';
import { useReportImport } from './use-report-import';

export default function ReportImportPage() {
  const { t } = useTranslation();
  const { unitId, year } = useUnitYear();
  const flow = useReportImport();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<{ observations: number; unitId: number } | null>(null);
  return (
    <Stack>
      <Title order={2}>{t('report.title')}</Title>
      <UnitYearPicker />
      {error && (
        <Alert color="red" role="alert" withCloseButton onClose={() => setError(null)}>
          {error}
        </Alert>
      )}
      {done && (
        <Alert color="green" role="status" data-testid="report-done">
          {t('report.done', { count: done.observations })}{' '}
          <Anchor href={href('/scorecard', { unit: done.unitId, year })}>{t('report.seeScorecard')}</Anchor>
        </Alert>
      )}
      {flow.draft.stage === 'input' ? (
        <ReportInput
          flow={flow}
          year={year}
          onExtract={async (file) => {
            setError(null);
            setDone(null);
            await flow.extract(file).catch((e) => setError(errorText(t, e)));
          }}
        />
      ) : (
        <Review
          flow={flow}
          onStore={async (values) => {
            if (unitId === null) return;
            try {
              const answer = await flow.store(unitId, values);
              // Undefined: a second click while the first was being stored.
              if (answer) setDone({ observations: answer.observations.length, unitId });
            } catch (e) {
              const duplicate = e instanceof ApiError && e.code === 'duplicate';
              setError(duplicate ? t('report.duplicate', { detail: e.message }) : errorText(t, e));
            }
          }}
        />
      )}
      {flow.draft.stage === 'input' && unitId !== null && <SavedReports unitId={unitId} />}
    </Stack>
  );
}

interface ReviewProps {
  flow: ReturnType<typeof useReportImport>;
  onStore: (values: Map<number, number>) => Promise<void>;
}

function Review({ flow, onStore }: ReviewProps) {
  const { t } = useTranslation();
  const indicators = useIndicators();
  const [active, setActive] = useState<number | null>(null);
  const { draft, setDraft } = flow;
  const values = new Map<number, number>();
  let invalid = 0;
  draft.statements.forEach((s, i) => {
    const indicator = indicators.data?.find((x) => x.code === s.indicatorCode);
    const parsed = parseEntry(s.raw, indicator ?? { minValue: null, maxValue: null, decimals: 3 }, true);
    if (parsed.kind === 'ok') values.set(i, parsed.value);
    else if (s.include) invalid++;
  });
  const included = draft.statements.filter((s) => s.include && s.indicatorCode).length;
  const pick = (i: number) => {
    setActive(i);
    document.getElementById(`statement-${i}`)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  };
  return (
    <Stack>
      {draft.checks.length > 0 && (
        <Alert color={WARNING_TEXT} title={t('report.checks')}>
          <List size="sm">
            {draft.checks.map((c) => (
              <List.Item key={`${c.kind}-${c.span?.[0] ?? ''}-${c.message}`}>{c.message}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Text size="sm">{t('report.found', { count: draft.statements.length })}</Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <HighlightedText
          text={draft.text}
          spans={draft.statements.map((s) => s.statement.span)}
          active={active}
          onPick={pick}
        />
        <Stack gap="sm" aria-label={t('report.statements')}>
          {draft.statements.map((s, i) => (
            <StatementEditor
              key={`${s.statement.span[0]}-${s.statement.span[1]}-${s.statement.value}`}
              index={i}
              draft={s}
              indicators={indicators.data ?? []}
              quote={draft.text.slice(s.statement.span[0], s.statement.span[1])}
              active={active === i}
              onFocus={() => setActive(i)}
              onChange={(next) =>
                setDraft((d) => ({ ...d, statements: d.statements.map((x, j) => (j === i ? next : x)) }))
              }
            />
          ))}
        </Stack>
      </SimpleGrid>
      <Group
        justify="space-between"
        style={{ position: 'sticky', bottom: 0, background: 'white', padding: 8 }}
      >
        <Button variant="default" onClick={() => setDraft((d) => ({ ...d, stage: 'input' }))}>
          {t('report.back')}
        </Button>
        <Button
          onClick={() => void onStore(values)}
          disabled={included === 0 || invalid > 0 || !draft.period}
          loading={flow.busy}
          data-testid="report-confirm"
        >
          {t('report.confirm', { count: formatNumber(included) })}
        </Button>
      </Group>
    </Stack>
  );
}
