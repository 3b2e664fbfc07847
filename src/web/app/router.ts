// A small hash router: the server serves one index.html, so deep links live after the '#'
// (#/scorecard?unit=3&year=2023) and survive reloads without any server-side fallback.
import { useSyncExternalStore } from 'react';

export interface Location {
  path: string;
  params: URLSearchParams;
}

function parse(hash: string): Location {
  const raw = hash.replace(/^#/, '') || '/';
  const [path = '/', query = ''] = raw.split('?');
  return { path, params: new URLSearchParams(query) };
}

function subscribe(callback: () => void): () => void {
  window.addEventListener('hashchange', callback);
  return () => window.removeEventListener('hashchange', callback);
}

export function useLocation(): Location {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parse(hash);
}

export function href(path: string, params: Record<string, string | number | null | undefined> = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') search.set(key, String(value));
  }
  const query = search.toString();
  return `#${path}${query ? `?${query}` : ''}`;
}

export function navigate(
  path: string,
  params: Record<string, string | number | null | undefined> = {},
): void {
  window.location.hash = href(path, params);
}

/** Changes some query parameters of the current screen, keeping the others. */
export function updateParams(changes: Record<string, string | number | null>): void {
  const { path, params } = parse(window.location.hash);
  const next: Record<string, string | number | null> = Object.fromEntries(params.entries());
  Object.assign(next, changes);
  window.location.hash = href(path, next);
}
