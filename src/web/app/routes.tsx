// The route table: one line per screen. A feature folder exports a default page component (pages.ts).
import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import type { Role } from '../../core/types';
import { DEFAULT_PATH, type Load, PAGES } from './pages';

export { DEFAULT_PATH };

export interface RouteDef {
  path: string;
  /** i18n key of the navigation label. */
  label: string;
  page: LazyExoticComponent<ComponentType>;
  /** Roles allowed to open the screen; everyone when absent. */
  roles?: Role[];
}

function page(path: string): LazyExoticComponent<ComponentType> {
  const load = PAGES[path] as Load;
  return lazy(load);
}

export const ROUTES: RouteDef[] = [
  { path: '/overview', label: 'nav.overview', page: page('/overview') },
  { path: '/scorecard', label: 'nav.scorecard', page: page('/scorecard') },
  { path: '/data-entry', label: 'nav.dataEntry', page: page('/data-entry'), roles: ['admin', 'editor'] },
  {
    path: '/report-import',
    label: 'nav.reportImport',
    page: page('/report-import'),
    roles: ['admin', 'editor'],
  },
  { path: '/visits', label: 'nav.visits', page: page('/visits') },
  { path: '/submissions', label: 'nav.submissions', page: page('/submissions') },
  { path: '/admin', label: 'nav.admin', page: page('/admin'), roles: ['admin'] },
];

export function routesFor(role: Role): RouteDef[] {
  return ROUTES.filter((r) => !r.roles || r.roles.includes(role));
}
