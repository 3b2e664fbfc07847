// Where a record's details open over its list: from the right, so the list stays in view beside it.
import { Drawer, type DrawerProps } from '@mantine/core';
import type { ReactNode } from 'react';

interface SideDrawerProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  /** Wide enough for a history table by default; a visit's record asks for more. */
  size?: DrawerProps['size'];
  children: ReactNode;
}

export function SideDrawer({ opened, onClose, title, size = 'lg', children }: SideDrawerProps) {
  return (
    <Drawer opened={opened} onClose={onClose} position="right" size={size} title={title}>
      {children}
    </Drawer>
  );
}
