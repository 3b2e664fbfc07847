// The route table: one line per screen. A feature folder exports a default page component.
import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import type { Role } from '../../core/types';

export interface RouteDef {
  path: string;
  /** i18n key of the navigation label. */
  label: string;
  page: LazyExoticComponent<ComponentType>;
  /** Roles allowed to open the screen; everyone when absent. */
  roles?: Role[];
}

type Load = () => Promise<{ default: ComponentType }>;

/** A lazily loaded page that can also be fetched ahead, while the session is being checked. */
function lazyPage(load: Load): LazyExoticComponent<ComponentType> & { preload: Load } {
  return Object.assign(lazy(load), { preload: load });
}

export const ROUTES: RouteDef[] = [
  {
    path: '/overview',
    label: 'nav.overview',
    page: lazyPage(() => import('../features/overview/overview.page')),
  },
  {
    path: '/scorecard',
    label: 'nav.scorecard',
    page: lazyPage(() => import('../features/scorecard/scorecard.page')),
  },
  {
    path: '/data-entry',
    label: 'nav.dataEntry',
    page: lazyPage(() => import('../features/data-entry/data-entry.page')),
    roles: ['admin', 'editor'],
  },
  {
    path: '/report-import',
    label: 'nav.reportImport',
    page: lazyPage(() => import('../features/report-import/report-import.page')),
    roles: ['admin', 'editor'],
  },
  { path: '/visits', label: 'nav.visits', page: lazyPage(() => import('../features/visits/visits.page')) },
  {
    path: '/admin',
    label: 'nav.admin',
    page: lazyPage(() => import('../features/admin/admin.page')),
    roles: ['admin'],
  },
];

export const DEFAULT_PATH = '/overview';

/** Starts loading the page a deep link names, in parallel with the session check. */
export function preloadRoute(hash: string): void {
  const path = hash.replace(/^#/, '').split('?')[0] || DEFAULT_PATH;
  const route = ROUTES.find((r) => r.path === path) ?? ROUTES.find((r) => r.path === DEFAULT_PATH);
  void (route?.page as { preload?: Load } | undefined)?.preload?.();
}

export function routesFor(role: Role): RouteDef[] {
  return ROUTES.filter((r) => !r.roles || r.roles.includes(role));
}
