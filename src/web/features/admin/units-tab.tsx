// The unit tree: create, rename, move under another parent, merge into a successor, delete.
import { Alert, Button, Group, Modal, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UNIT_KINDS } from '../../../core/types';
import { api } from '../../api/client';
import { useUnits } from '../../api/queries';
import type { Unit } from '../../api/types';
import { unitTree } from '../../shared/unit-tree';
import { useAdminAction } from './use-admin-action';

type Dialog = { kind: 'create' } | { kind: 'edit'; unit: Unit } | { kind: 'merge'; unit: Unit } | null;

export function UnitsTab() {
  const { t } = useTranslation();
  const units = useUnits();
  const action = useAdminAction();
  const [dialog, setDialog] = useState<Dialog>(null);
  const nodes = unitTree(units.data ?? []);
  const options = nodes.map(({ unit, depth }) => ({
    value: String(unit.id),
    label: `${'\u00a0\u00a0'.repeat(depth)}${unit.name}`,
  }));
  return (
    <Stack>
      {action.error && (
        <Alert color="red.9" role="alert">
          {action.error}
        </Alert>
      )}
      <Button w="fit-content" onClick={() => setDialog({ kind: 'create' })}>
        {t('admin.units.create')}
      </Button>
      <Table.ScrollContainer minWidth={560}>
        <Table striped data-testid="units-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('admin.units.name')}</Table.Th>
              <Table.Th>{t('admin.units.code')}</Table.Th>
              <Table.Th>{t('admin.units.kind')}</Table.Th>
              <Table.Th>{t('admin.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {nodes.map(({ unit, depth }) => (
              <Table.Tr key={unit.id}>
                <Table.Td style={{ paddingLeft: 12 + depth * 20 }}>
                  {unit.name}
                  {unit.validTo && (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      ({t('admin.units.ended', { date: unit.validTo })})
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{unit.code}</Table.Td>
                <Table.Td>{t(`unitKind.${unit.kind}`)}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button
                      size="compact-sm"
                      variant="default"
                      onClick={() => setDialog({ kind: 'edit', unit })}
                    >
                      {t('common.edit')}
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="default"
                      onClick={() => setDialog({ kind: 'merge', unit })}
                    >
                      {t('admin.units.merge')}
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="default"
                      color="red.9"
                      onClick={() =>
                        void action.run(() => api(`/api/units/${unit.id}`, { method: 'DELETE' }))
                      }
                    >
                      {t('common.delete')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {dialog && <UnitDialog dialog={dialog} options={options} onClose={() => setDialog(null)} />}
    </Stack>
  );
}

function UnitDialog({
  dialog,
  options,
  onClose,
}: {
  dialog: NonNullable<Dialog>;
  options: { value: string; label: string }[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const action = useAdminAction();
  const unit = dialog.kind === 'create' ? null : dialog.unit;
  const [name, setName] = useState(unit?.name ?? '');
  const [code, setCode] = useState(unit?.code ?? '');
  const [kind, setKind] = useState<string | null>(unit?.kind ?? 'commune_party');
  const [parent, setParent] = useState<string | null>(unit?.parentId ? String(unit.parentId) : null);
  const [successor, setSuccessor] = useState<string | null>(null);
  const [effectiveOn, setEffectiveOn] = useState('2025-07-01');
  const [linkKind, setLinkKind] = useState<string | null>('merge');
  const parentId = parent === null ? null : Number.parseInt(parent, 10);

  async function submit() {
    const ok = await action.run(() => {
      if (dialog.kind === 'create')
        return api('/api/units', {
          method: 'POST',
          json: { code, name, kind, parentId, validFrom: null, validTo: null },
        });
      if (dialog.kind === 'edit')
        return api(`/api/units/${dialog.unit.id}`, { method: 'PATCH', json: { name, parentId } });
      return api(`/api/units/${dialog.unit.id}/merge`, {
        method: 'POST',
        json: { successorId: Number.parseInt(successor ?? '0', 10), effectiveOn, kind: linkKind },
      });
    });
    if (ok) onClose();
  }

  return (
    <Modal opened onClose={onClose} title={t(`admin.units.${dialog.kind}Title`, { name: unit?.name ?? '' })}>
      <Stack>
        {action.error && (
          <Alert color="red.9" role="alert">
            {action.error}
          </Alert>
        )}
        {dialog.kind !== 'merge' ? (
          <>
            <TextInput
              label={t('admin.units.name')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              required
            />
            {dialog.kind === 'create' && (
              <>
                <TextInput
                  label={t('admin.units.code')}
                  value={code}
                  onChange={(e) => setCode(e.currentTarget.value)}
                  required
                />
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
              data={options.filter((o) => o.value !== String(unit?.id))}
              value={parent}
              onChange={setParent}
              clearable
              searchable
            />
          </>
        ) : (
          <>
            <Select
              label={t('admin.units.successor')}
              data={options.filter((o) => o.value !== String(unit?.id))}
              value={successor}
              onChange={setSuccessor}
              searchable
              required
            />
            <TextInput
              type="date"
              label={t('admin.units.effectiveOn')}
              value={effectiveOn}
              onChange={(e) => setEffectiveOn(e.currentTarget.value)}
              required
            />
            <Select
              label={t('admin.units.linkKind')}
              data={['merge', 'split', 'rename'].map((k) => ({ value: k, label: t(`linkKind.${k}`) }))}
              value={linkKind}
              onChange={setLinkKind}
              allowDeselect={false}
            />
          </>
        )}
        <Group justify="end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={action.busy}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
