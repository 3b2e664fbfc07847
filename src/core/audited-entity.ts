// The records whose change history people browse, as the audit trail names them, and their Vietnamese
// names: one list for the use case that reads the trail, the contract that validates the path, the web.

export const AUDITED_ENTITIES = ['unit', 'target', 'indicator', 'directive', 'visit', 'user'] as const;
export type AuditedEntity = (typeof AUDITED_ENTITIES)[number];

const LABELS: Record<AuditedEntity, string> = {
  unit: 'đơn vị',
  target: 'chỉ tiêu kế hoạch',
  indicator: 'chỉ tiêu',
  directive: 'kết luận, chỉ đạo',
  visit: 'đoàn công tác',
  user: 'tài khoản',
};

/**
 * What a record of this entity is called in Vietnamese.
 * @example auditedEntityLabel('directive') === 'kết luận, chỉ đạo'
 */
export function auditedEntityLabel(entity: AuditedEntity): string {
  return LABELS[entity];
}

/**
 * Whether a text names an audited entity (a path segment, a CLI argument).
 * @example isAuditedEntity('target') === true; isAuditedEntity('observation') === false
 */
export function isAuditedEntity(text: string): text is AuditedEntity {
  return (AUDITED_ENTITIES as readonly string[]).includes(text);
}
