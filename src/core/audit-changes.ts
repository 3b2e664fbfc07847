// What one audit entry changed, field by field: the trail stores whole rows before and after, and a reader
// wants "deadline: 31/12/2023 → 31/03/2024", not two rows to compare by eye.

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

// Bookkeeping every change moves: showing it would bury the one field a person changed.
const BOOKKEEPING = new Set(['version', 'updatedAt', 'updated_at', 'createdAt', 'created_at']);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The fields whose values differ between the row before and after (a created row: every field it has;
 * a deleted one: every field it had), in the row's own field order, bookkeeping left out.
 * @example auditChanges({ text: 'A', deadline: '2023-12-31', version: 1 }, { text: 'A', deadline: '2024-03-31', version: 2 })
 *   → [{ field: 'deadline', before: '2023-12-31', after: '2024-03-31' }]
 */
export function auditChanges(before: unknown, after: unknown): FieldChange[] {
  const was = isRecord(before) ? before : {};
  const is = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(was), ...Object.keys(is)])];
  return fields
    .filter((field) => !BOOKKEEPING.has(field))
    .filter((field) => JSON.stringify(was[field] ?? null) !== JSON.stringify(is[field] ?? null))
    .map((field) => ({ field, before: was[field] ?? null, after: is[field] ?? null }));
}
