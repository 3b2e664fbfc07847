// A screen's tabs: one label and one panel each, only the open one mounted (its queries run when shown).
import { Tabs } from '@mantine/core';
import type { ReactNode } from 'react';

export interface PageTab<V extends string> {
  value: V;
  label: string;
  panel: ReactNode;
}

export function PageTabs<V extends string>({
  tabs,
  value,
  onChange,
}: {
  tabs: PageTab<V>[];
  value: V;
  onChange: (value: string) => void;
}) {
  return (
    <Tabs value={value} onChange={(v) => v && onChange(v)} keepMounted={false}>
      <Tabs.List>
        {tabs.map((tab) => (
          <Tabs.Tab key={tab.value} value={tab.value}>
            {tab.label}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {tabs.map((tab) => (
        <Tabs.Panel key={tab.value} value={tab.value} pt="md">
          {tab.panel}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
