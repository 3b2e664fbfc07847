// How the API answers about a stored record (a target, a unit, a visit…): one record under its own name,
// a list under the plural, and the four answers every resource repeats. Each schema file then declares only
// the answers that differ.
import { z } from 'zod';
import { answers, NoContentSchema } from './common.schema';

/**
 * An answer holding `schema` under `key`.
 * @example under('target', TargetSchema) answers { target: { id: 7, value: 30000, … } }
 */
export const under = <K extends string, S extends z.ZodType>(key: K, schema: S) =>
  z.object({ [key]: schema } as { [P in K]: S });

/**
 * An answer holding a list of `schema` under `key`.
 * @example listOf('targets', TargetSchema) answers { targets: [{ id: 7, … }] }
 */
export const listOf = <K extends string, S extends z.ZodType>(key: K, schema: S) =>
  under(key, z.array(schema));

/** The answers of a record's own routes: read (200), created (201), changed (200), deleted (204, no body). */
export function recordAnswers<K extends string, S extends z.ZodType>(key: K, record: S) {
  const one = under(key, record);
  return {
    one: answers({ 200: one }),
    created: answers({ 201: one }),
    changed: answers({ 200: one }),
    deleted: answers({ 204: NoContentSchema }),
  };
}
