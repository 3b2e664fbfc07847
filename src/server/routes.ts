// Every route module of the API, in one list: adding a resource is adding a line here.
import type { FastifyInstance } from 'fastify';
import { auditRoutes } from './audit/audit.routes';
import { installAuth } from './auth/auth.plugin';
import { authRoutes } from './auth/auth.routes';
import { databaseAuthStore } from './auth/auth-store';
import type { RouteModule, ServerContext, ZodApp } from './context';
import { healthRoutes } from './health/health.routes';
import { importRoutes } from './import/import.routes';
import { indicatorRoutes } from './indicators/indicator.routes';
import { observationRoutes } from './observations/observation.routes';
import { observationHistoryRoutes } from './observations/observation-history.routes';
import { regimeRoutes } from './regimes/regime.routes';
import { reportRoutes } from './reports/report.routes';
import { scorecardRoutes } from './scorecard/scorecard.routes';
import { stateReportRoutes } from './scorecard/state-report.routes';
import { submissionRoutes } from './submissions/submission.routes';
import { targetRoutes } from './targets/target.routes';
import { unitRoutes } from './units/unit.routes';
import { userRoutes } from './users/user.routes';
import { visitModule } from './visits/visits.module';

export function routeModules(context: ServerContext): RouteModule[] {
  return [
    healthRoutes,
    authRoutes(databaseAuthStore(context.db)),
    unitRoutes,
    indicatorRoutes,
    targetRoutes,
    observationRoutes,
    observationHistoryRoutes,
    auditRoutes,
    scorecardRoutes,
    stateReportRoutes,
    importRoutes,
    reportRoutes,
    regimeRoutes,
    submissionRoutes,
    userRoutes,
    visitModule,
  ];
}

/** Registers every module under /api behind the session and CSRF checks. */
export async function registerRoutes(api: FastifyInstance, context: ServerContext): Promise<void> {
  installAuth(api, databaseAuthStore(context.db));
  const app = api.withTypeProvider() as ZodApp;
  for (const module of routeModules(context)) await module(app, context);
}
