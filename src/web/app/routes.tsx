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

export const ROUTES: RouteDef[] = [
  {
    path: '/overview',
    label: 'nav.overview',
    page: lazy(() => import('../features/overview/overview.page')),
  },
  {
    path: '/scorecard',
    label: 'nav.scorecard',
    page: lazy(() => import('../features/scorecard/scorecard.page')),
  },
  {
    path: '/data-entry',
    label: 'nav.dataEntry',
    page: lazy(() => import('../features/data-entry/data-entry.page')),
    roles: ['admin', 'editor'],
  },
  {
    path: '/report-import',
    label: 'nav.reportImport',
    page: lazy(() => import('../features/report-import/report-import.page')),
    roles: ['admin', 'editor'],
  },
  { path: '/visits', label: 'nav.visits', page: lazy(() => import('../features/visits/visits.page')) },
  {
    path: '/admin',
    label: 'nav.admin',
    page: lazy(() => import('../features/admin/admin.page')),
    roles: ['admin'],
  },
];

export const DEFAULT_PATH = '/overview';

export function routesFor(role: Role): RouteDef[] {
  return ROUTES.filter((r) => !r.roles || r.roles.includes(role));
}
