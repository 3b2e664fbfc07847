// `tiendo audit ENTITY RECORD [--json]`: who changed a unit, target, indicator, directive, visit or account,
// when, and which fields from what to what — the trail GET /api/audit/:entity/:id serves, at the console.
// RECORD is an id; a unit may also be named by code or name, an indicator by code, an account by username.

import { createApplication } from '../app/application';
import type { NamedAuditEntry } from '../app/audit/audit.use-cases';
import { auditChanges } from '../core/audit-changes';
import {
  AUDITED_ENTITIES,
  type AuditedEntity,
  auditedEntityLabel,
  isAuditedEntity,
} from '../core/audited-entity';
import { DomainError } from '../core/errors';
import { findUnit } from '../core/unit-lookup';
import { formatDateTime } from '../core/vi/format';
import type { Db } from '../db/database';
import { createIndicatorRepository } from '../db/indicator.repository';
import { createUnitRepository } from '../db/unit.repository';
import { createUserRepository } from '../db/user.repository';
import { parseArgs, refusal } from './cli-args';
import { withDatabase } from './cli-database';
import { cliReader } from './cli-operator';

const USAGE = `Cách dùng: tiendo audit ${AUDITED_ENTITIES.join('|')} MÃ_HOẶC_SỐ [--json]  (ví dụ: tiendo audit unit HU_CAINUOC)`;

/** The kinds a record may be named by its code, name or username, not only its id. */
const NAMED = new Set<AuditedEntity>(['unit', 'indicator', 'user']);

const ACTIONS: Record<string, string> = { create: 'tạo', insert: 'tạo', update: 'sửa', delete: 'xóa' };

const refuse = refusal('audit', USAGE);

/** The record's id: digits as they are, else the code, name or username of the kinds that have one. */
async function recordId(db: Db, entity: AuditedEntity, text: string): Promise<number> {
  if (/^\d{1,9}$/.test(text)) return Number(text);
  if (entity === 'unit') return findUnit(await createUnitRepository(db).findAll(), text, 'RECORD').id;
  if (entity === 'indicator') {
    const found = await createIndicatorRepository(db).findByCode(text.trim().toUpperCase());
    if (found) return found.id;
  }
  if (entity === 'user') {
    const found = (await createUserRepository(db).findAll()).find((u) => u.username === text.trim());
    if (found) return found.id;
  }
  throw new DomainError(
    'invalid_input',
    'RECORD',
    `không có ${auditedEntityLabel(entity)} "${text}"; hãy ghi số hiệu${NAMED.has(entity) ? ' hoặc mã' : ''}`,
  );
}

const shown = (value: unknown) => (value === null || value === undefined ? '∅' : JSON.stringify(value));

/** One line per entry, then one indented line per field it changed. */
export function auditLines(entries: readonly NamedAuditEntry[]): string[] {
  if (entries.length === 0) return ['Chưa có thay đổi nào được ghi.'];
  return entries.flatMap((e) => [
    `${formatDateTime(e.at)}  ${e.who ?? (e.userId === null ? 'hệ thống / dòng lệnh' : `tài khoản #${e.userId}`)}  ${ACTIONS[e.action] ?? e.action}`,
    ...auditChanges(e.before, e.after).map((c) => `    ${c.field}: ${shown(c.before)} → ${shown(c.after)}`),
  ]);
}

export async function run(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const parsed = parseArgs(args, ['--json'], []);
  if (typeof parsed === 'string') return refuse(parsed);
  const [entity, record, ...rest] = parsed.positional;
  if (entity === undefined || record === undefined || rest.length > 0)
    return refuse('cần đúng một loại và một bản ghi');
  if (!isAuditedEntity(entity))
    return refuse(`"${entity}" không phải loại có nhật ký (${AUDITED_ENTITIES.join(', ')})`);
  return withDatabase(async (db) => {
    const id = await recordId(db, entity, record);
    const entries = await createApplication(db).audit.history(cliReader(), entity, id);
    console.log(
      parsed.flags.has('--json') ? JSON.stringify({ entries }, null, 2) : auditLines(entries).join('\n'),
    );
    return 0;
  }, env);
}
