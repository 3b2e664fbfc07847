// The data-entry grid for one unit and period: actual and estimate per indicator, saved together.
import { Alert, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ObservationKind } from '../../../core/types';
import { formatNumber } from '../../../core/vi/format';
import { useIndicators, useObservations } from '../../api/queries';
import type { Indicator, Observation } from '../../api/types';
import { indicatorName } from '../../shared/labels';
import { QueryState } from '../../shared/query-state';
import { useDraft } from '../../shared/use-draft';
import { type Parsed, parseEntry, previousYearPeriod, type Warning, warningsFor } from './entry.model';
import { EntryCell } from './entry-cell';
import { type CellChange, useSaveEntries } from './use-save-entries';

const KINDS: ObservationKind[] = ['actual', 'estimate'];
type Draft = Record<string, { raw?: string; confirmed?: boolean }>;

interface Cell {
  key: string;
  indicator: Indicator;
  kind: ObservationKind;
  raw: string;
  parsed: Parsed;
  warnings: Warning[];
  confirmed: boolean;
  existing: Observation | null;
  changed: boolean;
}

function find(list: Observation[], indicatorId: number, kind: ObservationKind): Observation | null {
  return list.find((o) => o.indicatorId === indicatorId && o.kind === kind) ?? null;
}

function buildCells(
  indicators: Indicator[],
  current: Observation[],
  previous: Observation[],
  draft: Draft,
  lang: string,
) {
  const figureOf = new Map<number, number>();
  const cells: Cell[] = [];
  for (const indicator of indicators) {
    for (const kind of KINDS) {
      const key = `${indicator.id}:${kind}`;
      const existing = find(current, indicator.id, kind);
      const raw = draft[key]?.raw ?? (existing ? formatNumber(existing.value, indicator.decimals) : '');
      const parsed = parseEntry(raw, indicator, existing !== null);
      if (kind === 'actual' && parsed.kind === 'ok') figureOf.set(indicator.id, parsed.value);
      const changed =
        draft[key]?.raw !== undefined && (parsed.kind !== 'ok' || parsed.value !== existing?.value);
      cells.push({
        key,
        indicator,
        kind,
        raw,
        parsed,
        warnings: [],
        confirmed: !!draft[key]?.confirmed,
        existing,
        changed,
      });
    }
  }
  const byId = new Map(indicators.map((i) => [i.id, i]));
  for (const cell of cells) {
    if (cell.parsed.kind !== 'ok' || !cell.changed) continue;
    const parent = cell.indicator.parentId === null ? undefined : byId.get(cell.indicator.parentId);
    const wholeValue = parent ? figureOf.get(parent.id) : undefined;
    cell.warnings = warningsFor(cell.parsed.value, {
      previous: find(previous, cell.indicator.id, cell.kind)?.value ?? null,
      whole:
        parent && wholeValue !== undefined
          ? { value: wholeValue, name: indicatorName({ name: parent.nameVi, nameEn: parent.nameEn }, lang) }
          : null,
    });
  }
  return cells;
}

export function EntryGrid({ unitId, period }: { unitId: number; period: string }) {
  const { t, i18n } = useTranslation();
  const indicators = useIndicators();
  const current = useObservations({ unitId, period });
  const previous = useObservations({ unitId, period: previousYearPeriod(period) });
  const [draft, setDraft] = useDraft<Draft>(`entry.${unitId}.${period}`, {});
  const save = useSaveEntries();
  return (
    <QueryState query={indicators}>
      {(list) => {
        const sorted = [...list].sort(
          (a, b) => a.category.localeCompare(b.category) || a.nameVi.localeCompare(b.nameVi, 'vi'),
        );
        const cells = buildCells(sorted, current.data ?? [], previous.data ?? [], draft, i18n.language);
        const changed = cells.filter((c) => c.changed);
        const blocked = changed.filter(
          (c) => c.parsed.kind === 'error' || (c.warnings.length > 0 && !c.confirmed),
        );
        const toChange = (c: Cell, existing = c.existing): CellChange => ({
          key: c.key,
          unitId,
          indicatorId: c.indicator.id,
          period,
          kind: c.kind,
          value: c.parsed.kind === 'ok' ? c.parsed.value : 0,
          existing,
        });
        const dropDraft = (keys: string[]) =>
          setDraft((d) => Object.fromEntries(Object.entries(d).filter(([k]) => !keys.includes(k))));
        const onSave = async () => {
          const answers = await save.saveAll(
            changed.filter((c) => c.parsed.kind === 'ok').map((c) => toChange(c)),
          );
          dropDraft(
            Object.entries(answers)
              .filter(([, a]) => a.kind === 'saved')
              .map(([k]) => k),
          );
        };
        const cellOf = (indicator: Indicator, kind: ObservationKind) =>
          cells.find((c) => c.indicator.id === indicator.id && c.kind === kind) as Cell;
        const renderCell = (cell: Cell) => (
          <EntryCell
            indicator={cell.indicator}
            label={`${t(`entry.${cell.kind}`)}: ${indicatorName({ name: cell.indicator.nameVi, nameEn: cell.indicator.nameEn }, i18n.language)}`}
            raw={cell.raw}
            parsed={cell.parsed}
            warnings={cell.warnings}
            confirmed={cell.confirmed}
            result={save.results[cell.key]}
            onRaw={(raw) => {
              save.forget(cell.key);
              setDraft((d) => ({ ...d, [cell.key]: { raw } }));
            }}
            onConfirm={(confirmed) => setDraft((d) => ({ ...d, [cell.key]: { ...d[cell.key], confirmed } }))}
            onUseTheirs={() => {
              save.forget(cell.key);
              dropDraft([cell.key]);
            }}
            onKeepMine={async (theirs) => {
              const answer = await save.overwrite(toChange(cell, theirs), theirs.version);
              if (answer.kind === 'saved') dropDraft([cell.key]);
            }}
          />
        );
        return (
          <>
            <Table.ScrollContainer minWidth={640}>
              <Table striped data-testid="entry-grid">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('scorecard.indicator')}</Table.Th>
                    <Table.Th>{t('scorecard.measure')}</Table.Th>
                    <Table.Th w={200}>{t('entry.actual')}</Table.Th>
                    <Table.Th w={200}>{t('entry.estimate')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {sorted.map((indicator) => (
                    <Table.Tr key={indicator.id} data-code={indicator.code}>
                      <Table.Td>
                        {indicatorName({ name: indicator.nameVi, nameEn: indicator.nameEn }, i18n.language)}
                      </Table.Td>
                      <Table.Td>{indicator.measure}</Table.Td>
                      <Table.Td>{renderCell(cellOf(indicator, 'actual'))}</Table.Td>
                      <Table.Td>{renderCell(cellOf(indicator, 'estimate'))}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Group
              justify="space-between"
              className="no-print"
              style={{ position: 'sticky', bottom: 0, background: 'white', padding: 8 }}
            >
              <Text size="sm" role="status">
                {blocked.length > 0
                  ? t('entry.blocked', { count: blocked.length })
                  : t('entry.changed', { count: changed.length })}
              </Text>
              <Button
                onClick={() => void onSave()}
                disabled={changed.length === 0 || blocked.length > 0}
                loading={save.saving}
                data-testid="entry-save"
              >
                {t('entry.save')}
              </Button>
            </Group>
            {current.isError && <Alert color="red">{t('common.serverError')}</Alert>}
          </>
        );
      }}
    </QueryState>
  );
}
