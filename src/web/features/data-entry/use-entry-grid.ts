// The grid's state: every cell's typed text (kept as a draft), what it parses to, its warnings, and the
// save that sends the changed ones.
import { parsePeriod, samePeriodPreviousYear } from '../../../core/period';
import type { ObservationKind } from '../../../core/types';
import { formatNumber } from '../../../core/vi/format';
import { useIndicators, useObservations } from '../../api/queries';
import type { Indicator, Observation } from '../../api/types';
import { indicatorName } from '../../shared/labels';
import { useDraft } from '../../shared/use-draft';
import { type Parsed, parseEntry, type Warning, warningsFor } from './entry.model';
import { type CellChange, useSaveEntries } from './use-save-entries';

export const KINDS: ObservationKind[] = ['actual', 'estimate'];
type Draft = Record<string, { raw?: string; confirmed?: boolean }>;

export interface Cell {
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

function cellOf(indicator: Indicator, kind: ObservationKind, current: Observation[], draft: Draft): Cell {
  const key = `${indicator.id}:${kind}`;
  const existing = find(current, indicator.id, kind);
  const typed = draft[key]?.raw;
  const raw = typed ?? (existing ? formatNumber(existing.value, indicator.decimals) : '');
  const parsed = parseEntry(raw, indicator, existing !== null);
  const changed = typed !== undefined && (parsed.kind !== 'ok' || parsed.value !== existing?.value);
  return {
    key,
    indicator,
    kind,
    raw,
    parsed,
    warnings: [],
    confirmed: !!draft[key]?.confirmed,
    existing,
    changed,
  };
}

/** Cells of every indicator and kind; changed ones carry their warnings (a part is checked against its whole). */
export function buildCells(
  indicators: Indicator[],
  current: Observation[],
  previous: Observation[],
  draft: Draft,
  lang: string,
): Cell[] {
  const cells = indicators.flatMap((indicator) =>
    KINDS.map((kind) => cellOf(indicator, kind, current, draft)),
  );
  const actualOf = new Map(
    cells.flatMap((c) =>
      c.kind === 'actual' && c.parsed.kind === 'ok' ? [[c.indicator.id, c.parsed.value] as const] : [],
    ),
  );
  const byId = new Map(indicators.map((i) => [i.id, i]));
  for (const cell of cells) {
    if (cell.parsed.kind !== 'ok' || !cell.changed) continue;
    const parent = cell.indicator.parentId === null ? undefined : byId.get(cell.indicator.parentId);
    const whole = parent ? actualOf.get(parent.id) : undefined;
    cell.warnings = warningsFor(cell.parsed.value, {
      previous: find(previous, cell.indicator.id, cell.kind)?.value ?? null,
      whole:
        parent && whole !== undefined
          ? { value: whole, name: indicatorName({ name: parent.nameVi, nameEn: parent.nameEn }, lang) }
          : null,
    });
  }
  return cells;
}

export function isBlocked(cell: Cell): boolean {
  return cell.parsed.kind === 'error' || (cell.warnings.length > 0 && !cell.confirmed);
}

export function useEntryGrid(unitId: number, period: string, lang: string) {
  const indicators = useIndicators();
  const current = useObservations({ unitId, period });
  const previous = useObservations({ unitId, period: samePeriodPreviousYear(parsePeriod(period)).code });
  const [draft, setDraft] = useDraft<Draft>(`entry.${unitId}.${period}`, {});
  const save = useSaveEntries();
  const sorted = [...(indicators.data ?? [])].sort(
    (a, b) => a.category.localeCompare(b.category) || a.nameVi.localeCompare(b.nameVi, 'vi'),
  );
  const cells = buildCells(sorted, current.data ?? [], previous.data ?? [], draft, lang);
  const changed = cells.filter((c) => c.changed);
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

  return {
    indicators,
    current,
    sorted,
    cells,
    changed,
    results: save.results,
    saving: save.saving,
    blocked: changed.filter(isBlocked),
    setRaw(cell: Cell, raw: string) {
      save.forget(cell.key);
      setDraft((d) => ({ ...d, [cell.key]: { raw } }));
    },
    setConfirmed(cell: Cell, confirmed: boolean) {
      setDraft((d) => ({ ...d, [cell.key]: { ...d[cell.key], confirmed } }));
    },
    takeTheirs(cell: Cell) {
      save.forget(cell.key);
      dropDraft([cell.key]);
    },
    async keepMine(cell: Cell, theirs: Observation) {
      const answer = await save.overwrite(toChange(cell, theirs), theirs.version);
      if (answer.kind === 'saved') dropDraft([cell.key]);
    },
    async saveAll() {
      const answers = await save.saveAll(
        changed.filter((c) => c.parsed.kind === 'ok').map((c) => toChange(c)),
      );
      dropDraft(
        Object.entries(answers)
          .filter(([, a]) => a.kind === 'saved')
          .map(([k]) => k),
      );
    },
  };
}
