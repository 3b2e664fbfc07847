// Half-typed forms live in sessionStorage, so a session that expires mid-form comes back intact after
// logging in again (the login screen replaces the page, which remounts and reads its draft).
import { useCallback, useEffect, useRef, useState } from 'react';

const PREFIX = 'tiendo.draft.';

function read<T>(key: string, initial: T): T {
  try {
    const raw = sessionStorage.getItem(PREFIX + key);
    return raw === null ? initial : (JSON.parse(raw) as T);
  } catch {
    return initial;
  }
}

export function useDraft<T>(key: string, initial: T): [T, (next: T | ((prev: T) => T)) => void, () => void] {
  // The initial value only matters when the key changes; a ref keeps a fresh literal from re-reading storage.
  const initialRef = useRef(initial);
  initialRef.current = initial;
  const [state, setState] = useState<{ key: string; value: T }>(() => ({ key, value: read(key, initial) }));
  const value = state.key === key ? state.value : read(key, initialRef.current);

  useEffect(() => {
    setState((s) => (s.key === key ? s : { key, value: read(key, initialRef.current) }));
  }, [key]);

  const set = useCallback(
    (next: T | ((prev: T) => T)) => {
      setState((prev) => {
        const base = prev.key === key ? prev.value : read(key, initialRef.current);
        const resolved = typeof next === 'function' ? (next as (p: T) => T)(base) : next;
        try {
          sessionStorage.setItem(PREFIX + key, JSON.stringify(resolved));
        } catch {
          // Storage full or disabled: the draft still lives in memory.
        }
        return { key, value: resolved };
      });
    },
    [key],
  );

  const clear = useCallback(() => {
    try {
      sessionStorage.removeItem(PREFIX + key);
    } catch {
      // nothing stored
    }
    setState({ key, value: initialRef.current });
  }, [key]);
  return [value, set, clear];
}
