// The change history of a managed record: GET /api/audit/:entity/:id.
import { z } from 'zod';
import { AUDITED_ENTITIES } from '../core/audited-entity';
import { answers, PathIdSchema } from './common.schema';
import { HistoryAnswer } from './observation.schema';

export const AuditParamsSchema = z.object({
  entity: z.enum(AUDITED_ENTITIES).describe('Loại bản ghi: unit, target, indicator, directive, visit, user'),
  id: PathIdSchema.describe('Mã số (id) của bản ghi'),
});

export const auditAnswers = {
  history: answers({ 200: HistoryAnswer }),
};
