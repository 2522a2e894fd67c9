/**
 * Values for a JSON Schema (the subset our OpenAPI document uses: type, enum, const, format, min/max,
 * items, properties, required, oneOf/anyOf/allOf, $ref to components), as fast-check arbitraries. Most values
 * follow the schema closely enough to get past the first check, so the fuzzer reaches the services; a share
 * of every node is wild (another type, an edge string), so the validators meet what a client really sends.
 */
import fc from 'fast-check';

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  nullable?: boolean;
};

/** Strings that have broken servers: NUL, lone surrogates, prototype keys, long runs, injection shapes. */
export const edgeStrings = [
  '',
  ' ',
  '\u0000',
  '\ud800',
  '__proto__',
  'constructor',
  "' OR 1=1 --",
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '%00',
  '１２３',
  '臺中市',
  '9'.repeat(400),
  'x'.repeat(5000),
  '-1',
  '1e309',
  'NaN',
  '2026-02-30',
  '0000-00-00',
  '115/01/01',
];

const wild: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(...edgeStrings),
  fc.constantFrom<unknown>(null, true, false, 0, -1, 2 ** 53, -(2 ** 31), 1.5, 1e308, [], {}),
  fc.jsonValue({ maxDepth: 3 }),
);

const dateString = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

function stringFor(schema: JsonSchema): fc.Arbitrary<string> {
  switch (schema.format) {
    case 'uuid':
      return fc.uuid();
    case 'date':
      return dateString;
    case 'date-time':
      return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
    case 'email':
      return fc.emailAddress();
    case 'uri':
      return fc.webUrl();
    default: {
      const minLength = Math.min(schema.minLength ?? 0, 50);
      const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? 40, 60));
      return fc.oneof(
        fc.string({ minLength, maxLength }),
        fc.string({ unit: 'grapheme', minLength, maxLength }),
        fc.stringMatching(/^[A-Z][0-9]{9}$/),
        fc.stringMatching(/^[0-9]{8}$/),
      );
    }
  }
}

function numberFor(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = schema.minimum ?? schema.exclusiveMinimum ?? -1e6;
  const max = schema.maximum ?? schema.exclusiveMaximum ?? 1e9;
  const lo = Math.max(min, -1e12);
  const hi = Math.min(max, 1e12);
  return integer
    ? fc.integer({ min: Math.ceil(Math.max(lo, Number.MIN_SAFE_INTEGER)), max: Math.floor(Math.min(hi, Number.MAX_SAFE_INTEGER)) })
    : fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true });
}

export function schemaArbitrary(
  schema: JsonSchema | undefined,
  resolve: (ref: string) => JsonSchema,
  depth = 0,
): fc.Arbitrary<unknown> {
  if (!schema || depth > 6) return wild;
  if (schema.$ref) return schemaArbitrary(resolve(schema.$ref), resolve, depth + 1);
  const close = closeArbitrary(schema, resolve, depth);
  // One value in eight is wild at every level, so nested fields get odd values inside valid objects.
  return fc.oneof({ weight: 7, arbitrary: close }, { weight: 1, arbitrary: wild });
}

function closeArbitrary(schema: JsonSchema, resolve: (ref: string) => JsonSchema, depth: number): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  const choices = schema.oneOf ?? schema.anyOf;
  if (choices?.length) return fc.oneof(...choices.map((choice) => schemaArbitrary(choice, resolve, depth + 1)));
  if (schema.allOf?.length) {
    const merged: JsonSchema = { type: 'object', properties: {}, required: [] };
    for (const part of schema.allOf) {
      const resolved = part.$ref ? resolve(part.$ref) : part;
      Object.assign(merged.properties!, resolved.properties ?? {});
      merged.required!.push(...(resolved.required ?? []));
    }
    return closeArbitrary(merged, resolve, depth);
  }
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const nonNull = types.filter((type) => type !== 'null');
  const base = typeArbitrary(nonNull[0] ?? (schema.properties ? 'object' : undefined), schema, resolve, depth);
  return types.includes('null') || schema.nullable ? fc.option(base, { nil: null, freq: 6 }) : base;
}

function typeArbitrary(type: string | undefined, schema: JsonSchema, resolve: (ref: string) => JsonSchema, depth: number): fc.Arbitrary<unknown> {
  switch (type) {
    case 'string':
      return stringFor(schema);
    case 'integer':
      return numberFor(schema, true);
    case 'number':
      return numberFor(schema, false);
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(schemaArbitrary(schema.items, resolve, depth + 1), {
        minLength: Math.min(schema.minItems ?? 0, 5),
        maxLength: Math.min(Math.max(schema.maxItems ?? 4, schema.minItems ?? 0), 8),
      });
    case 'object': {
      const properties = schema.properties ?? {};
      const required = new Set(schema.required ?? []);
      const fields = Object.entries(properties).map(([name, property]) => {
        const value = schemaArbitrary(property, resolve, depth + 1);
        // Required fields are mostly present; optional ones half the time; every field sometimes missing.
        return fc.oneof({ weight: required.has(name) ? 9 : 1, arbitrary: value.map((v) => [name, v] as const) }, {
          weight: required.has(name) ? 1 : 1,
          arbitrary: fc.constant(undefined),
        });
      });
      return fc.tuple(...fields, fc.dictionary(fc.constantFrom('extra', '__proto__', 'constructor', 'x'), wild, { maxKeys: 1 })).map((entries) => {
        const object: Record<string, unknown> = Object.create(null);
        const extras = entries.pop() as Record<string, unknown>;
        for (const entry of entries as (readonly [string, unknown] | undefined)[]) if (entry) object[entry[0]] = entry[1];
        for (const key of Object.keys(extras)) object[key] = extras[key];
        return object;
      });
    }
    default:
      return wild;
  }
}
