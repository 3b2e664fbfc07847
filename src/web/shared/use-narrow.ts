// Whether the screen is phone-narrow (below Mantine's `sm`, 48em = 768 px): wide tables become stacked
// cards there. Read at the first render, so a phone never draws the table first.
import { em } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';

export const NARROW_QUERY = `(max-width: ${em(767.98)})`;

export function useNarrow(): boolean {
  return useMediaQuery(NARROW_QUERY, undefined, { getInitialValueInEffect: false });
}
