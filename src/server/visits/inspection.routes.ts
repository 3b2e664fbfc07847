// The inspection and supervision programme: teams, their findings, and the counts reports state.

import {
  FindingCreateSchema,
  FindingPatchSchema,
  IdParamsSchema,
  InspectionCountsQuerySchema,
  InspectionCreateSchema,
  InspectionQuerySchema,
  inspectionAnswers,
} from '../../contract';
import type { User } from '../../core/types';
import { countInspections, describeInspectionCounts } from '../../core/visit/inspection-counts';
import { can, canSeeInspection } from '../../core/visit/visit-access';
import { createUnitRepository } from '../../db/unit.repository';
import { createInspectionRepository } from '../../db/visit-inspection.repository';
import { currentUser } from '../auth/auth.plugin';
import { requireUnit } from '../auth/scope';
import type { RouteModule } from '../context';
import { invalidInput } from '../errors/api-error';
import { notFoundRecord } from '../shared/lookup';
import { allow, visitViewer } from './visit.access';

export const inspectionRoutes: RouteModule = (app, { db }) => {
  const units = createUnitRepository(db);
  const inspections = createInspectionRepository(db);
  const tags = ['inspections'];

  async function readable(user: User, id: number) {
    const inspection = await inspections.findById(id);
    if (!inspection) throw notFoundRecord('đoàn kiểm tra, giám sát', id);
    const { actor } = await visitViewer(units, user);
    allow(canSeeInspection(actor.scope, inspection), `id: đoàn kiểm tra ${id} nằm ngoài phạm vi của bạn`);
    return { inspection, actor };
  }

  const onlyOrganiser = (id: number) => `id: chỉ đơn vị tổ chức đoàn kiểm tra ${id} được ghi kết quả`;

  app.get(
    '/inspections',
    { schema: { tags, querystring: InspectionQuerySchema, response: inspectionAnswers.list } },
    async (request) => {
      const { scopeIds } = await visitViewer(units, currentUser(request));
      return { inspections: await inspections.list({ scopeUnitIds: scopeIds, ...request.query }) };
    },
  );

  app.get(
    '/inspections/counts',
    {
      schema: { tags, querystring: InspectionCountsQuerySchema, response: inspectionAnswers.counts },
    },
    async (request) => {
      const { year, organiserUnitId } = request.query;
      await requireUnit(units, currentUser(request), organiserUnitId, 'read', 'organiserUnitId');
      const counts = countInspections(
        await inspections.list({ scopeUnitIds: null, year, organiserUnitId }),
        year,
        organiserUnitId,
      );
      return { ...counts, text: describeInspectionCounts(counts) };
    },
  );

  app.post(
    '/inspections',
    { schema: { tags, body: InspectionCreateSchema, response: inspectionAnswers.created } },
    async (request, reply) => {
      const user = currentUser(request);
      const body = request.body;
      if (body.periodFrom > body.periodTo)
        throw invalidInput('periodTo', `${body.periodTo} trước ngày bắt đầu ${body.periodFrom}`);
      await requireUnit(units, user, body.organiserUnitId, 'read', 'organiserUnitId');
      const { actor } = await visitViewer(units, user);
      allow(
        can(actor, 'inspection.create', body),
        'organiserUnitId: chỉ người nhập liệu của đơn vị tổ chức (hoặc cấp trên) được lập đoàn kiểm tra',
      );
      await requireUnit(units, user, body.targetUnitId, 'read', 'targetUnitId');
      return reply.status(201).send({ inspection: await inspections.create(body, { userId: user.id }) });
    },
  );

  app.get(
    '/inspections/:id',
    { schema: { tags, params: IdParamsSchema, response: inspectionAnswers.detail } },
    async (request) => {
      const { inspection } = await readable(currentUser(request), request.params.id);
      return { inspection, findings: await inspections.findingsOf([inspection.id]) };
    },
  );

  app.post(
    '/inspections/:id/findings',
    {
      schema: {
        tags,
        params: IdParamsSchema,
        body: FindingCreateSchema,
        response: inspectionAnswers.finding,
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const { inspection, actor } = await readable(user, request.params.id);
      allow(can(actor, 'finding.create', inspection), onlyOrganiser(inspection.id));
      const finding = await inspections.addFinding(
        { inspectionId: inspection.id, text: request.body.text, status: 'open' },
        { userId: user.id },
      );
      return reply.status(201).send({ finding });
    },
  );

  app.patch(
    '/findings/:id',
    {
      schema: {
        tags,
        params: IdParamsSchema,
        body: FindingPatchSchema,
        response: inspectionAnswers.findingChanged,
      },
    },
    async (request) => {
      const user = currentUser(request);
      const finding = await inspections.findFinding(request.params.id);
      if (!finding) throw notFoundRecord('kết quả kiểm tra', request.params.id);
      const { inspection, actor } = await readable(user, finding.inspectionId);
      allow(can(actor, 'finding.edit', inspection), onlyOrganiser(inspection.id));
      return {
        finding: await inspections.setFindingStatus(finding.id, request.body.status, { userId: user.id }),
      };
    },
  );
};
