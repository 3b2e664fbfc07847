// The `next` of a page of figures: the last key it held, opaque to clients (base64url of JSON), and
// checked on the way back in so a tampered cursor is a 400 naming `after`, never a database error.
import { z } from 'zod';
import type { ObservationKey } from '../../app/figures/figure.use-cases';
import { ObservationKindSchema, PeriodSchema } from '../../contract';
import { invalidInput } from '../errors/api-error';

const KeySchema = z.tuple([
  z.number().int().positive(),
  z.number().int().positive(),
  PeriodSchema,
  ObservationKindSchema,
]);

export function encodeCursor(key: ObservationKey): string {
  return Buffer.from(JSON.stringify([key.unitId, key.indicatorId, key.period, key.kind])).toString(
    'base64url',
  );
}

export function decodeCursor(cursor: string): ObservationKey {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  const key = KeySchema.safeParse(parsed);
  if (!key.success) throw invalidInput('after', 'không phải con trỏ trang do máy chủ trả về (trường "next")');
  const [unitId, indicatorId, period, kind] = key.data;
  return { unitId, indicatorId, period, kind };
}
