// The unit tree: create, rename, move under another parent, merge into a successor, delete.
import { Select, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UNIT_KINDS } from '../../../core/types';
import { api } from '../../api/client';
import { useUnits } from '../../api/queries';
import type { Unit } from '../../api/types';
import { TextField } from '../../shared/text-field';
import { type UnitNode, unitOptions, unitTree } from '../../shared/unit-tree';
import { AdminDialog } from './admin-dialog';
import { AdminTable } from './admin-table';
import { useAdminAction } from './use-admin-action';

type Dialog = { kind: 'create' } | { kind: 'edit'; unit: Unit } | { kind: 'merge'; unit: Unit } | null;
type Options = { value: string; label: string }[];

export function UnitsTab() {
  const { t } = useTranslation();
  const units = useUnits();
  const action = useAdminAction();
  const [dialog, setDialog] = useState<Dialog>(null);
  const nodes = unitTree(units.data ?? []);
  return (
    <AdminTable<UnitNode>
      testId="units-table"
      minWidth={560}
      query={units}
      rows={nodes}
      audit={({ unit }) => ({ entity: 'unit', id: unit.id, title: unit.name })}
      error={action.error}
      create={{ label: t('admin.units.create'), onClick: () => setDialog({ kind: 'create' }) }}
      columns={[
        {
          header: t('admin.units.name'),
          cell: ({ unit }) => <UnitName unit={unit} />,
          td: ({ depth }) => ({ style: { paddingLeft: 12 + depth * 20 } }),
        },
        { header: t('admin.units.code'), cell: ({ unit }) => unit.code },
        { header: t('admin.units.kind'), cell: ({ unit }) => t(`unitKind.${unit.kind}`) },
      ]}
      actions={({ unit }) => [
        { label: t('common.edit'), onClick: () => setDialog({ kind: 'edit', unit }) },
        { label: t('admin.units.merge'), onClick: () => setDialog({ kind: 'merge', unit }) },
        {
          label: t('common.delete'),
          danger: true,
          onClick: () => void action.run(() => api(`/api/units/${unit.id}`, { method: 'DELETE' })),
        },
      ]}
    >
      {dialog && <UnitDialog dialog={dialog} options={unitOptions(nodes)} onClose={() => setDialog(null)} />}
    </AdminTable>
  );
}

function UnitName({ unit }: { unit: Unit }) {
  const { t } = useTranslation();
  return (
    <>
      {unit.name}
      {unit.validTo && (
        <Text span size="xs" c="dimmed">
          {' '}
          ({t('admin.units.ended', { date: unit.validTo })})
        </Text>
      )}
    </>
  );
}

function UnitDialog({
  dialog,
  options,
  onClose,
}: {
  dialog: NonNullable<Dialog>;
  options: Options;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const unit = dialog.kind === 'create' ? null : dialog.unit;
  const [name, setName] = useState(unit?.name ?? '');
  const [code, setCode] = useState(unit?.code ?? '');
  const [kind, setKind] = useState<string | null>(unit?.kind ?? 'commune_party');
  const [parent, setParent] = useState<string | null>(unit?.parentId ? String(unit.parentId) : null);
  const [merge, setMerge] = useState<MergeForm>({
    successor: null,
    effectiveOn: '2025-07-01',
    kind: 'merge',
  });
  const parentId = parent === null ? null : Number.parseInt(parent, 10);
  const others = options.filter((o) => o.value !== String(unit?.id));

  function save() {
    if (dialog.kind === 'create')
      return api('/api/units', {
        method: 'POST',
        json: { code, name, kind, parentId, validFrom: null, validTo: null },
      });
    if (dialog.kind === 'edit')
      return api(`/api/units/${dialog.unit.id}`, { method: 'PATCH', json: { name, parentId } });
    return api(`/api/units/${dialog.unit.id}/merge`, {
      method: 'POST',
      json: {
        successorId: Number.parseInt(merge.successor ?? '0', 10),
        effectiveOn: merge.effectiveOn,
        kind: merge.kind,
      },
    });
  }

  return (
    <AdminDialog
      title={t(`admin.units.${dialog.kind}Title`, { name: unit?.name ?? '' })}
      onClose={onClose}
      save={save}
    >
      {dialog.kind === 'merge' ? (
        <MergeFields form={merge} onChange={setMerge} successors={others} />
      ) : (
        <>
          <TextField label={t('admin.units.name')} value={name} onChange={setName} required />
          {dialog.kind === 'create' && (
            <>
              <TextField label={t('admin.units.code')} value={code} onChange={setCode} required />
              <Select
                label={t('admin.units.kind')}
                data={UNIT_KINDS.map((k) => ({ value: k, label: t(`unitKind.${k}`) }))}
                value={kind}
                onChange={setKind}
                allowDeselect={false}
              />
            </>
          )}
          <Select
            label={t('admin.units.parent')}
            data={others}
            value={parent}
            onChange={setParent}
            clearable
            searchable
          />
        </>
      )}
    </AdminDialog>
  );
}

interface MergeForm {
  successor: string | null;
  effectiveOn: string;
  kind: string | null;
}

/** Which unit takes this one over, from when, and how (merge, split, rename). */
function MergeFields({
  form,
  onChange,
  successors,
}: {
  form: MergeForm;
  onChange: (form: MergeForm) => void;
  successors: Options;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Select
        label={t('admin.units.successor')}
        data={successors}
        value={form.successor}
        onChange={(successor) => onChange({ ...form, successor })}
        searchable
        required
      />
      <TextField
        type="date"
        label={t('admin.units.effectiveOn')}
        value={form.effectiveOn}
        onChange={(effectiveOn) => onChange({ ...form, effectiveOn })}
        required
      />
      <Select
        label={t('admin.units.linkKind')}
        data={['merge', 'split', 'rename'].map((k) => ({ value: k, label: t(`linkKind.${k}`) }))}
        value={form.kind}
        onChange={(kind) => onChange({ ...form, kind })}
        allowDeselect={false}
      />
    </>
  );
}
