// Who is logged in, with what role and over which unit; language switch and logout.
import { Button, Menu, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUnits } from '../api/queries';
import { type Language, setLanguage } from '../i18n/i18n';
import { useSession, useUser } from './session';

export function UserMenu() {
  const user = useUser();
  const { logout } = useSession();
  const { t, i18n } = useTranslation();
  const units = useUnits();
  const scope = user.scopeUnitId === null ? null : units.data?.find((u) => u.id === user.scopeUnitId);
  const scopeName = user.scopeUnitId === null ? t('user.scopeAll') : (scope?.name ?? '…');
  const other: Language = i18n.language === 'en' ? 'vi' : 'en';
  return (
    <Menu position="bottom-end" width={260} withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          color="dark"
          aria-label={`${t('user.menu')}: ${user.displayName}`}
          title={`${user.displayName} · ${scopeName}`}
          className="user-menu-button"
          data-testid="user-menu"
        >
          {user.displayName}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('user.signedInAs', { name: user.username })}</Menu.Label>
        <Menu.Item component="div" disabled>
          <Text size="sm">
            {t('user.role')}: {t(`role.${user.role}`)}
          </Text>
          <Text size="sm">
            {t('user.scope')}: {scopeName}
          </Text>
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item onClick={() => setLanguage(other)} data-testid="switch-language" lang={other}>
          {t('user.switchLanguage')}
        </Menu.Item>
        <Menu.Item color="red.9" onClick={() => void logout()}>
          {t('user.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
