// Test helper of the API fuzzer: fast-check arbitraries for the JSON Schemas of the OpenAPI document (which
// is generated from the contract's zod schemas), and the mutations that turn a valid request into a bad one.
import fc from 'fast-check';

export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  format?: string;
  pattern?: string;
}

/** Ids that exist in the seeded database, by the name of the field that holds them. */
export type IdPool = (field: string) => readonly number[] | null;

const calendarDate = fc
  .date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  if (schema.format === 'date') return calendarDate;
  if (schema.format === 'date-time') return calendarDate.map((d) => `${d}T08:00:00.000Z`);
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length <= 300);
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.min(schema.maxLength ?? 40, minLength + 40);
  return fc.oneof(
    fc.string({ minLength, maxLength }),
    fc
      .constantFrom('Huyện ủy Cái Nước', 'Tổng sản lượng thủy sản', 'Đảng ủy xã Trần Thới')
      .filter((s) => s.length >= minLength && s.length <= maxLength),
  );
}

function numberArbitrary(schema: JsonSchema, integer: boolean, pool: readonly number[] | null) {
  const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -1e6);
  const max = schema.maximum ?? 1e6;
  const range = integer
    ? fc.integer({ min: Math.max(min, -2147483648), max: Math.min(max, 2147483647) })
    : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
  return pool && pool.length > 0
    ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...pool) }, range)
    : range;
}

function objectArbitrary(schema: JsonSchema, ids: IdPool): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, property] of Object.entries(properties)) record[name] = acceptedBy(property, ids, name);
  return fc.record(record, { requiredKeys: (schema.required ?? []).filter((k) => k in properties) });
}

/** A value the schema accepts (as far as JSON Schema says; zod's refinements may still refuse it). */
export function acceptedBy(schema: JsonSchema, ids: IdPool, field = ''): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices) return fc.oneof(...choices.map((choice) => acceptedBy(choice, ids, field)));
  if (schema.allOf?.[0]) return acceptedBy(schema.allOf[0], ids, field);
  const type = Array.isArray(schema.type) ? (schema.type.find((t) => t !== 'null') ?? 'null') : schema.type;
  switch (type) {
    case 'string':
      return stringArbitrary(schema);
    case 'integer':
    case 'number':
      return numberArbitrary(schema, type === 'integer', ids(field));
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const item = acceptedBy(schema.items ?? {}, ids, field);
      const minLength = schema.minItems ?? 0;
      return fc.array(item, { minLength, maxLength: Math.min(schema.maxItems ?? 4, minLength + 4) });
    }
    case 'object':
      return objectArbitrary(schema, ids);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** Values no field of our contract should take in: wrong types, extremes, impossible dates, odd text. */
export const hostileValue: fc.Arbitrary<unknown> = fc.constantFrom(
  null,
  true,
  -1,
  0,
  2147483648,
  -2147483649,
  1e308,
  Number.MAX_SAFE_INTEGER,
  1.5,
  '',
  ' ',
  'abc',
  '2023-02-30',
  '2023-04-31',
  '0000-00-00',
  '9999-99-99',
  '2023-13-01',
  'x'.repeat(100_000),
  '\u0000\uFFFF\uD800',
  'Thủy sản\u0301\u200B🐟',
  "'; DROP TABLE units; --",
  '=HYPERLINK("http://x")',
  [],
  [null],
  {},
  { nested: { deep: [1, 'a'] } },
);

/** A valid object made bad: a field dropped, retyped or given a hostile value, or a field added. */
export function mutatedObject(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc
    .tuple(valid, fc.nat(), hostileValue, fc.constantFrom('drop', 'replace', 'extra', 'whole'))
    .map(([value, index, hostile, how]) => {
      if (how === 'whole' || value === null || typeof value !== 'object' || Array.isArray(value))
        return hostile;
      const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
      const keys = Object.keys(copy);
      const key = keys[index % Math.max(keys.length, 1)];
      if (how === 'extra' || key === undefined) copy.__proto__extra = hostile;
      else if (how === 'drop') delete copy[key];
      else copy[key] = hostile;
      return copy;
    });
}

/** Path ids that are not ids of anything: out of int4, negative, not numbers. */
export const hostilePathId = fc.constantFrom(
  '-1',
  '0',
  '2147483648',
  '99999999999999999999',
  'abc',
  '1e3',
  '1.5',
  '%00',
  '%F0%9F%90%9F',
);
