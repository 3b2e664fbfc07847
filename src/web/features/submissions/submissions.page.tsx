// Nộp báo cáo: the board of a reporting regime for one period — who has not reported, who is late, whose
// figures are approved — for the unit chosen; each row offers the actions core's rules allow this user:
// submit for the unit's editors; return, approve and unlock for the approving level. Regime, period,
// unit and year live in the address, so a link (the overview's warnings) reopens the same board.
import { Alert, Button, Select, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './submissions.i18n';
import { parsePeriod } from '../../../core/period';
import { periodLabel, periodName } from '../../../core/period-words';
import { type SubmissionActionKind, vietnamDay } from '../../../core/submission';
import { useUnits } from '../../api/queries';
import { updateParams, useLocation } from '../../app/router';
import { useUser } from '../../app/session';
import { QueryState } from '../../shared/query-state';
import { UnitYearPicker, useUnitYear } from '../../shared/unit-year-picker';
import { useLanguage } from '../../shared/use-language';
import { ActionError } from '../admin/admin-table';
import { useAdminAction } from '../admin/use-admin-action';
import { BoardWarnings } from './board-warnings';
import { ReasonDialog } from './reason-dialog';
import { SubmissionBoard } from './submission-board';
import { boardExportLink, sendAction, useBoard, useRegimes } from './submissions.api';
import { type BoardRow, chosenPeriod, offeredActions, periodOptions, type Regime } from './submissions.model';

export default function SubmissionsPage() {
  const { t } = useTranslation();
  const regimes = useRegimes();
  return (
    <Stack>
      <Title order={2}>{t('submissions.title')}</Title>
      <QueryState query={regimes}>
        {(list) =>
          list.length === 0 ? <Text>{t('submissions.noRegimes')}</Text> : <RegimeBoard regimes={list} />
        }
      </QueryState>
    </Stack>
  );
}

function RegimeBoard({ regimes }: { regimes: Regime[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { params } = useLocation();
  const { unitId, year } = useUnitYear();
  const units = useUnits();
  const today = vietnamDay(new Date().toISOString());
  const regime = regimes.find((r) => r.code === params.get('regime')) ?? (regimes[0] as Regime);
  const period = chosenPeriod(regime, year, params.get('period'), today);
  const options = periodOptions(regime, year, today);
  if (!options.includes(period)) options.unshift(period);
  const unitCode = units.data?.find((u) => u.id === unitId)?.code;
  const query = unitCode ? { regime: regime.code, period, unit: unitCode } : null;
  const board = useBoard(query);
  const periodWords = language === 'vi' ? periodLabel(parsePeriod(period)) : periodName(period, 'en');
  return (
    <>
      <UnitYearPicker
        extra={
          <>
            <Select
              label={t('submissions.regime')}
              data={regimes.map((r) => ({ value: r.code, label: r.name }))}
              value={regime.code}
              onChange={(v) => v && updateParams({ regime: v, period: null })}
              allowDeselect={false}
              w={{ base: '100%', xs: 320 }}
              data-testid="regime-picker"
            />
            <Select
              label={t('submissions.period')}
              data={options.map((p) => ({ value: p, label: periodName(p, language) }))}
              value={period}
              onChange={(v) => v && updateParams({ period: v })}
              allowDeselect={false}
              w={{ base: '100%', xs: 220 }}
              data-testid="submission-period-picker"
            />
            {query && (
              <Button component="a" href={boardExportLink(query)} variant="default" download>
                {t('submissions.export')}
              </Button>
            )}
          </>
        }
      />
      <QueryState query={board}>
        {(b) => <BoardWithActions board={b} regime={regime} periodWords={periodWords} />}
      </QueryState>
      {query && <BoardWarnings query={query} />}
    </>
  );
}

function BoardWithActions({
  board,
  regime,
  periodWords,
}: {
  board: NonNullable<ReturnType<typeof useBoard>['data']>;
  regime: Regime;
  periodWords: string;
}) {
  const { t } = useTranslation();
  const user = useUser();
  const units = useUnits();
  const action = useAdminAction();
  const [asking, setAsking] = useState<{ row: BoardRow; kind: 'return' | 'unlock' } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const index = useMemo(() => new Map((units.data ?? []).map((u) => [u.id, u])), [units.data]);
  const context = { actor: user, units: index, regime };

  async function act(row: BoardRow, kind: SubmissionActionKind, reason = ''): Promise<boolean> {
    setDone(null);
    const ok = await action.run(() => sendAction(board, row, kind, reason));
    if (ok) setDone(t(`submissions.done.${kind}`, { unit: row.unit.name }));
    return ok;
  }

  function start(row: BoardRow, kind: SubmissionActionKind) {
    action.clearError();
    if (kind === 'return' || kind === 'unlock') setAsking({ row, kind });
    else void act(row, kind);
  }

  return (
    <Stack gap="sm">
      {asking === null && <ActionError message={action.error} />}
      {done && (
        <Alert color="green" role="status" data-testid="submission-done">
          {done}
        </Alert>
      )}
      <SubmissionBoard
        board={board}
        periodWords={periodWords}
        actionsOf={(row) => offeredActions(row, context)}
        onAct={start}
        busy={action.busy}
      />
      {asking && (
        <ReasonDialog
          kind={asking.kind}
          unitName={asking.row.unit.name}
          error={action.error}
          busy={action.busy}
          onClose={() => setAsking(null)}
          onConfirm={(reason) => act(asking.row, asking.kind, reason)}
        />
      )}
    </Stack>
  );
}
