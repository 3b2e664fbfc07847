// The code of each screen, loaded on demand. Free of React so the entry module can start loading the
// screen an address names while the rest of the app downloads (routes.tsx wraps these in React.lazy).
import type { ComponentType } from 'react';

export type PageModule = { default: ComponentType };
export type Load = () => Promise<PageModule>;

export const DEFAULT_PATH = '/overview';

export const PAGES: Record<string, Load> = {
  '/overview': () => import('../features/overview/overview.page'),
  '/scorecard': () => import('../features/scorecard/scorecard.page'),
  '/data-entry': () => import('../features/data-entry/data-entry.page'),
  '/report-import': () => import('../features/report-import/report-import.page'),
  '/visits': () => import('../features/visits/visits.page'),
  '/submissions': () => import('../features/submissions/submissions.page'),
  '/admin': () => import('../features/admin/admin.page'),
};

/** Starts loading the screen a path names (the overview for an unknown one); the same promise React.lazy gets. */
export function preloadPage(path: string): void {
  const load = PAGES[path] ?? PAGES[DEFAULT_PATH];
  void load?.().catch(() => undefined);
}
