// Users, their roles and the unit subtree each may see and change.
import { Alert, Button, Group, Modal, PasswordInput, Select, Stack, Table, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useUnits, useUsers } from '../../api/queries';
import type { User } from '../../api/types';
import { unitTree } from '../../shared/unit-tree';
import { useAdminAction } from './use-admin-action';

export function UsersTab() {
  const { t } = useTranslation();
  const users = useUsers(true);
  const units = useUnits();
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const unitName = (id: number | null) =>
    id === null ? t('user.scopeAll') : (units.data?.find((u) => u.id === id)?.name ?? String(id));
  return (
    <Stack>
      <Button w="fit-content" onClick={() => setEditing('new')}>
        {t('admin.users.create')}
      </Button>
      <Table.ScrollContainer minWidth={560}>
        <Table striped data-testid="users-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('login.username')}</Table.Th>
              <Table.Th>{t('admin.users.displayName')}</Table.Th>
              <Table.Th>{t('user.role')}</Table.Th>
              <Table.Th>{t('user.scope')}</Table.Th>
              <Table.Th>{t('admin.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(users.data ?? []).map((u) => (
              <Table.Tr key={u.id}>
                <Table.Td>{u.username}</Table.Td>
                <Table.Td>{u.displayName}</Table.Td>
                <Table.Td>{t(`role.${u.role}`)}</Table.Td>
                <Table.Td>{unitName(u.scopeUnitId)}</Table.Td>
                <Table.Td>
                  <Button size="compact-sm" variant="default" onClick={() => setEditing(u)}>
                    {t('common.edit')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {editing && <UserDialog user={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

function UserDialog({ user, onClose }: { user: User | null; onClose: () => void }) {
  const { t } = useTranslation();
  const units = useUnits();
  const action = useAdminAction();
  const [username, setUsername] = useState(user?.username ?? '');
  const [displayName, setDisplayName] = useState(user?.displayName ?? '');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<string | null>(user?.role ?? 'viewer');
  const [scope, setScope] = useState<string | null>(user?.scopeUnitId ? String(user.scopeUnitId) : null);
  const options = unitTree(units.data ?? []).map(({ unit, depth }) => ({
    value: String(unit.id),
    label: `${'\u00a0\u00a0'.repeat(depth)}${unit.name}`,
  }));

  async function submit() {
    const scopeUnitId = scope === null ? null : Number.parseInt(scope, 10);
    const body = { displayName, role, scopeUnitId, ...(password ? { password } : {}) };
    const ok = await action.run(() =>
      user
        ? api(`/api/users/${user.id}`, { method: 'PATCH', json: body })
        : api('/api/users', { method: 'POST', json: { ...body, username } }),
    );
    if (ok) onClose();
  }

  return (
    <Modal opened onClose={onClose} title={user ? user.username : t('admin.users.create')}>
      <Stack>
        {action.error && (
          <Alert color="red.9" role="alert">
            {action.error}
          </Alert>
        )}
        <TextInput
          label={t('login.username')}
          value={username}
          onChange={(e) => setUsername(e.currentTarget.value)}
          disabled={user !== null}
          required
        />
        <TextInput
          label={t('admin.users.displayName')}
          value={displayName}
          onChange={(e) => setDisplayName(e.currentTarget.value)}
          required
        />
        <PasswordInput
          label={user ? t('admin.users.newPassword') : t('login.password')}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          required={!user}
          autoComplete="new-password"
        />
        <Select
          label={t('user.role')}
          data={['admin', 'editor', 'viewer'].map((r) => ({ value: r, label: t(`role.${r}`) }))}
          value={role}
          onChange={setRole}
          allowDeselect={false}
        />
        <Select
          label={t('user.scope')}
          data={options}
          value={scope}
          onChange={setScope}
          placeholder={t('user.scopeAll')}
          clearable
          searchable
        />
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
