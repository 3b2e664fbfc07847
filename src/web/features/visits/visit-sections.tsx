// The building blocks of the visits screens: a titled section, a numbered list of boxed entries, the note
// of an empty list, a change's form with its one submit button, and the words that open a record.
import {
  Anchor,
  Button,
  type ButtonProps,
  Divider,
  Group,
  type MantineSpacing,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';

export function SectionTitle({ children }: { children: ReactNode }) {
  return (
    <>
      <Divider />
      <Title order={3} size="h5">
        {children}
      </Title>
    </>
  );
}

/** An ordered list that reads as boxes, not bullets: reports, requests, findings. */
export function EntryList({ testId, children }: { testId?: string; children: ReactNode }) {
  return (
    <Stack gap="xs" component="ol" p={0} m={0} style={{ listStyle: 'none' }} data-testid={testId}>
      {children}
    </Stack>
  );
}

export function Entry({ testId, children }: { testId: string; children: ReactNode }) {
  return (
    <Paper withBorder p="xs" component="li" data-testid={testId}>
      {children}
    </Paper>
  );
}

/** What stands where nothing is yet, or what the reader may not do. */
export function Note({ children }: { children: ReactNode }) {
  return (
    <Text size="sm" c="dimmed">
      {children}
    </Text>
  );
}

interface ActionFormProps {
  onSubmit: (e: FormEvent) => unknown;
  testId: string;
  /** The form's accessible name, where its fields alone do not say what it does. */
  label?: string;
  submitLabel: string;
  busy: boolean;
  /** False while the fields hold what cannot be sent. */
  ready: boolean;
  button?: Pick<ButtonProps, 'size' | 'variant'>;
  mt?: MantineSpacing;
  children: ReactNode;
}

export function ActionForm({
  onSubmit,
  testId,
  label,
  submitLabel,
  busy,
  ready,
  button,
  mt,
  children,
}: ActionFormProps) {
  return (
    <form onSubmit={onSubmit} data-testid={testId} aria-label={label}>
      <Stack gap="xs" mt={mt}>
        {children}
        <Group>
          <Button type="submit" loading={busy} disabled={!ready} {...button}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A record's words as the button that opens it: keyboard-reachable, named by what it says. */
export function OpenButton({ onOpen, children }: { onOpen: () => void; children: ReactNode }) {
  return (
    <Anchor component="button" type="button" ta="left" size="sm" onClick={onOpen}>
      {children}
    </Anchor>
  );
}
