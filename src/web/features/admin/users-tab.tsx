// Users, their roles and the unit subtree each may see and change.
import { PasswordInput, Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useUnits, useUsers } from '../../api/queries';
import type { User } from '../../api/types';
import { TextField } from '../../shared/text-field';
import { unitOptions, unitTree } from '../../shared/unit-tree';
import { AdminDialog } from './admin-dialog';
import { AdminTable } from './admin-table';

export function UsersTab() {
  const { t } = useTranslation();
  const users = useUsers(true);
  const units = useUnits();
  const unitName = (id: number | null) =>
    id === null ? t('user.scopeAll') : (units.data?.find((u) => u.id === id)?.name ?? String(id));
  return (
    <AdminTable<User>
      testId="users-table"
      minWidth={560}
      query={users}
      audit={(u) => ({ entity: 'user', id: u.id, title: u.username })}
      create={{ label: t('admin.users.create') }}
      editor={(user, onClose) => <UserDialog user={user} onClose={onClose} />}
      columns={[
        { header: t('login.username'), cell: (u) => u.username },
        { header: t('admin.users.displayName'), cell: (u) => u.displayName },
        { header: t('user.role'), cell: (u) => t(`role.${u.role}`) },
        { header: t('user.scope'), cell: (u) => unitName(u.scopeUnitId) },
      ]}
    />
  );
}

function UserDialog({ user, onClose }: { user: User | null; onClose: () => void }) {
  const { t } = useTranslation();
  const units = useUnits();
  const [username, setUsername] = useState(user?.username ?? '');
  const [displayName, setDisplayName] = useState(user?.displayName ?? '');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<string | null>(user?.role ?? 'viewer');
  const [scope, setScope] = useState<string | null>(user?.scopeUnitId ? String(user.scopeUnitId) : null);

  function save() {
    const scopeUnitId = scope === null ? null : Number.parseInt(scope, 10);
    const body = { displayName, role, scopeUnitId, ...(password ? { password } : {}) };
    return user
      ? api(`/api/users/${user.id}`, { method: 'PATCH', json: body })
      : api('/api/users', { method: 'POST', json: { ...body, username } });
  }

  return (
    <AdminDialog title={user ? user.username : t('admin.users.create')} onClose={onClose} save={save}>
      <TextField
        label={t('login.username')}
        value={username}
        onChange={setUsername}
        disabled={user !== null}
        required
      />
      <TextField
        label={t('admin.users.displayName')}
        value={displayName}
        onChange={setDisplayName}
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
        data={unitOptions(unitTree(units.data ?? []))}
        value={scope}
        onChange={setScope}
        placeholder={t('user.scopeAll')}
        clearable
        searchable
      />
    </AdminDialog>
  );
}
