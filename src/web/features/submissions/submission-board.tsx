// The board of one regime period: a line with the window and the deadline, the counts by status, then
// one row per reporting unit (a table on wide screens, cards on a phone) with the actions it offers.
import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SubmissionActionKind } from '../../../core/submission';
import { vietnamDay } from '../../../core/submission';
import { formatDate, formatNumber } from '../../../core/vi/format';
import { GOOD_TEXT, WARNING_TEXT } from '../../shared/labels';
import { ResponsiveList } from '../../shared/responsive-list';
import { type Board, type BoardRow, stateWords, statusCounts } from './submissions.model';

export interface BoardProps {
  board: Board;
  /** The period as words: "tháng 3/2024". */
  periodWords: string;
  actionsOf: (row: BoardRow) => SubmissionActionKind[];
  onAct: (row: BoardRow, kind: SubmissionActionKind) => void;
  busy: boolean;
}

const COLOURS: Record<BoardRow['status'], string> = {
  not_submitted: '#495057',
  submitted: '#1864ab',
  returned: WARNING_TEXT,
  approved: GOOD_TEXT,
};

function day(moment: string | null): string {
  return moment === null ? '—' : formatDate(vietnamDay(moment));
}

function StatusText({ row }: { row: BoardRow }) {
  const { t } = useTranslation();
  const words = stateWords(row);
  const { count } = words.values;
  const values =
    typeof count === 'number' ? { ...words.values, count: formatNumber(count, 0) } : words.values;
  const late = row.status === 'not_submitted' && row.daysLate !== null;
  return (
    <Text size="sm" fw={600} c={late ? 'red.9' : COLOURS[row.status]} data-testid="submission-status">
      {t(`submissions.state.${words.key}`, values)}
    </Text>
  );
}

function Completeness({ row }: { row: BoardRow }) {
  const { t } = useTranslation();
  const { reported, expected } = row.completeness;
  return (
    <>
      {t('submissions.reportedOf', {
        reported: formatNumber(reported, 0),
        expected: formatNumber(expected, 0),
      })}
    </>
  );
}

function Approval({ row }: { row: BoardRow }) {
  const { t } = useTranslation();
  if (row.approvedBy === null) return <>—</>;
  return (
    <Stack gap={2} align="flex-start">
      <Text size="sm">
        {t('submissions.approvedOn', { name: row.approvedBy, date: day(row.approvedAt) })}
      </Text>
      {row.locked && (
        <Badge size="sm" color="gray.8" variant="outline">
          {t('submissions.locked')}
        </Badge>
      )}
    </Stack>
  );
}

function Actions({
  row,
  kinds,
  onAct,
  busy,
}: { row: BoardRow; kinds: SubmissionActionKind[] } & Pick<BoardProps, 'onAct' | 'busy'>) {
  const { t } = useTranslation();
  if (kinds.length === 0) return null;
  return (
    <Group gap="xs" wrap="wrap">
      {kinds.map((kind) => (
        <Button
          key={kind}
          size="xs"
          variant={kind === 'submit' || kind === 'approve' ? 'filled' : 'default'}
          disabled={busy}
          onClick={() => onAct(row, kind)}
        >
          {t(`submissions.action.${kind}`)}
        </Button>
      ))}
    </Group>
  );
}

export function SubmissionBoard({ board, periodWords, actionsOf, onAct, busy }: BoardProps) {
  const { t } = useTranslation();
  const counts = statusCounts(board.units);
  return (
    <Stack gap="sm">
      <Text data-testid="submissions-heading">
        {t('submissions.heading', {
          period: periodWords,
          from: formatDate(board.window.from),
          to: formatDate(board.window.to),
          deadline: formatDate(board.deadline),
        })}
      </Text>
      <Text size="sm" c="dimmed" data-testid="submissions-summary">
        {t('submissions.summary', {
          total: board.units.length,
          approved: counts.approved,
          submitted: counts.submitted,
          returned: counts.returned,
          notSubmitted: counts.not_submitted,
        })}
      </Text>
      <ResponsiveList
        rows={board.units}
        rowKey={(row) => row.unit.code}
        empty=""
        testId="submissions-board"
        rowTestId="submission-row"
        minWidth={860}
        card={(row) => (
          <Card withBorder padding="sm" data-testid="submission-row">
            <Stack gap={4}>
              <Text fw={600}>{row.unit.name}</Text>
              <StatusText row={row} />
              <Text size="sm">
                {t('submissions.submittedAt')}: {day(row.submittedAt)} · <Completeness row={row} />
              </Text>
              {row.approvedBy !== null && <Approval row={row} />}
              <Actions row={row} kinds={actionsOf(row)} onAct={onAct} busy={busy} />
            </Stack>
          </Card>
        )}
        columns={[
          { header: t('submissions.unit'), cell: (row) => row.unit.name },
          { header: t('submissions.status'), cell: (row) => <StatusText row={row} /> },
          { header: t('submissions.submittedAt'), cell: (row) => day(row.submittedAt) },
          {
            header: t('submissions.completeness'),
            numeric: true,
            cell: (row) => <Completeness row={row} />,
          },
          { header: t('submissions.approvedBy'), cell: (row) => <Approval row={row} /> },
          {
            header: t('submissions.actions'),
            cell: (row) => <Actions row={row} kinds={actionsOf(row)} onAct={onAct} busy={busy} />,
          },
        ]}
      />
    </Stack>
  );
}
