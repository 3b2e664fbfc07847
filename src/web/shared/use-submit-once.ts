// A create button that creates once: a second click while the first is under way does nothing, and every
// try of one form sends the same Idempotency-Key, so a click the page missed cannot make a copy either.
import { useCallback, useRef } from 'react';

/** 32 hex digits from the browser's random source (randomUUID needs HTTPS; getRandomValues does not). */
function newKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function useSubmitOnce() {
  const running = useRef(false);
  const key = useRef(newKey());
  /** Runs `submit` with this form's key unless a run is under way; a success starts a new key. */
  const run = useCallback(
    async <T>(submit: (idempotencyKey: string) => Promise<T>): Promise<T | undefined> => {
      if (running.current) return undefined;
      running.current = true;
      try {
        const result = await submit(key.current);
        key.current = newKey();
        return result;
      } finally {
        running.current = false;
      }
    },
    [],
  );
  return run;
}
