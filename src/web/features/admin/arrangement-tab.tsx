// Sắp xếp đơn vị: an arrangement file (the annex of a resolution like 1655/NQ-UBTVQH15) previewed before
// anything is written — new units, units that end, links, the figures each link hands on, directives that
// move, accounts to re-scope — then applied with the same file in one transaction.
import { Alert, Anchor, Button, List, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArrangementAnswer } from '../../../contract';
import { formatDate, formatNumber } from '../../../core/vi/format';
import type { Answer } from '../../api/types';
import { SpreadsheetPicker, UploadRefusal } from '../../shared/spreadsheet-upload';
import { type Uploaded, useFileUpload } from '../../shared/use-file-upload';

type Outcome = Answer<typeof ArrangementAnswer>;

function Section({ title, testId, items }: { title: string; testId: string; items: ReactNode[] }) {
  if (items.length === 0) return null;
  return (
    <Stack gap={4} data-testid={testId}>
      <Title order={3} size="h5">
        {title}
      </Title>
      <List size="sm" spacing={2}>
        {items.map((item, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the preview's lists are fixed once drawn
          <List.Item key={i}>{item}</List.Item>
        ))}
      </List>
    </Stack>
  );
}

function Preview({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation();
  const scope = (s: 'whole' | 'part') => t(`admin.arrange.scope.${s}`);
  return (
    <Stack gap="sm" data-testid="arrangement-preview">
      <Section
        title={t('admin.arrange.newUnits')}
        testId="arrange-new"
        items={outcome.newUnits.map((u) =>
          t('admin.arrange.newUnit', { name: u.name, code: u.code, date: formatDate(u.validFrom) }),
        )}
      />
      <Section
        title={t('admin.arrange.endingUnits')}
        testId="arrange-ending"
        items={outcome.endingUnits.map((u) =>
          t('admin.arrange.endingUnit', { name: u.name, code: u.code, date: formatDate(u.validTo) }),
        )}
      />
      <Section
        title={t('admin.arrange.links')}
        testId="arrange-links"
        items={outcome.links.map((l) => {
          const figures = outcome.inheritedFigures.find(
            (f) => f.predecessorCode === l.predecessorCode && f.successorCode === l.successorCode,
          );
          const moved = [
            l.population === null
              ? null
              : t('admin.arrange.population', { n: formatNumber(l.population, 0) }),
            l.areaKm2 === null ? null : t('admin.arrange.area', { n: formatNumber(l.areaKm2, 2) }),
          ].filter(Boolean);
          const handed = figures
            ? figures.figures === 0
              ? t('admin.arrange.noFigures')
              : figures.inherited
                ? t('admin.arrange.inherits', { n: formatNumber(figures.figures, 0) })
                : t('admin.arrange.gap', { n: formatNumber(figures.figures, 0) })
            : '';
          return `${l.predecessorCode} → ${l.successorCode}: ${scope(l.scope)}${moved.length ? ` (${moved.join(', ')})` : ''}. ${handed}`;
        })}
      />
      <Section
        title={t('admin.arrange.dissolutions')}
        testId="arrange-dissolutions"
        items={outcome.dissolutions.map((d) =>
          t('admin.arrange.dissolution', { name: d.name, code: d.code }),
        )}
      />
      <Section
        title={t('admin.arrange.directives')}
        testId="arrange-directives"
        items={outcome.directiveMoves.map((m) =>
          m.toName
            ? t('admin.arrange.directiveMoves', { id: m.directiveId, from: m.fromName, to: m.toName })
            : t('admin.arrange.directiveStuck', { id: m.directiveId, from: m.fromName, reason: m.reason }),
        )}
      />
      <Section
        title={t('admin.arrange.accounts')}
        testId="arrange-accounts"
        items={outcome.endingAccounts.map((a) =>
          t('admin.arrange.account', { username: a.username, name: a.displayName, code: a.scopeCode }),
        )}
      />
    </Stack>
  );
}

export function ArrangementTab() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { file, setFile, busy, send: upload } = useFileUpload();
  const [result, setResult] = useState<Uploaded<Outcome> | null>(null);

  async function send(dryRun: boolean) {
    const sent = await upload<Outcome>(`/api/units/arrangements?dryRun=${dryRun}`);
    setResult(sent);
    if (sent?.kind === 'answer' && sent.answer.applied) await client.invalidateQueries();
  }

  const outcome = result?.kind === 'answer' ? result.answer : null;
  const previewed = outcome !== null && !outcome.applied && !outcome.alreadyApplied;
  return (
    <Stack>
      <Text size="sm">{t('admin.arrange.intro')}</Text>
      <Anchor href="/api/units/arrangements/template.csv" download size="sm">
        {t('admin.arrange.example')}
      </Anchor>
      <SpreadsheetPicker
        label={t('admin.arrange.file')}
        file={file}
        onChange={(f) => {
          setFile(f);
          setResult(null);
        }}
        testId="arrange-file"
      >
        <Button onClick={() => void send(true)} disabled={!file} loading={busy && !previewed}>
          {t('admin.arrange.preview')}
        </Button>
        {previewed && (
          <Button color="red.9" onClick={() => void send(false)} loading={busy}>
            {t('admin.arrange.apply')}
          </Button>
        )}
      </SpreadsheetPicker>
      {outcome?.alreadyApplied && (
        <Alert color="blue" role="status">
          {t('admin.arrange.already')}
        </Alert>
      )}
      {outcome?.applied && (
        <Alert color="green" role="status">
          {t('admin.arrange.applied')}
        </Alert>
      )}
      {previewed && (
        <Alert color="yellow" role="status">
          {t('admin.arrange.notYet')}
        </Alert>
      )}
      {outcome && !outcome.alreadyApplied && <Preview outcome={outcome} />}
      <UploadRefusal result={result} />
    </Stack>
  );
}
