import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { z } from 'zod';
import { createTestContext, type TestContext } from '../../../test/test-app.ts';
import { type Locale, locales } from '../i18n/locales.ts';
import { serverCatalogs } from '../i18n/translate.ts';
import { toFieldIssues } from './validation.ts';
import { issueMessage } from './validation-messages.ts';

const zodLocales: Record<Locale, () => { localeError: z.core.$ZodErrorMap }> = {
  'zh-TW': z.locales.zhTW,
  en: z.locales.en,
  id: z.locales.id,
  vi: z.locales.vi,
  th: z.locales.th,
};

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

/**
 * The user-facing test of one issue: its key is in every locale's own catalog (no fallback to Chinese),
 * its placeholders are all filled, and the text is not zod's wording of the check.
 */
function assertHuman(issue: z.core.$ZodIssue, input: unknown, where: string): void {
  const { key } = issueMessage(issue, valueAt(input, issue.path));
  for (const locale of locales) {
    assert.ok(Object.hasOwn(serverCatalogs[locale], key), `${where}: ${key} (${issue.code}) is not in the ${locale} catalog`);
    const [field] = toFieldIssues([issue], locale, input);
    assert.ok(field && !/\{\w+\}/.test(field.message), `${where}: "${field?.message}" keeps a placeholder`);
    const raw = zodLocales[locale]().localeError({ ...issue, input: valueAt(input, issue.path) } as never);
    const rawText = typeof raw === 'string' ? raw : raw?.message;
    assert.notEqual(field.message, rawText, `${where}: zod's own wording reached the user`);
    assert.doesNotMatch(field.message, /\bstring\b|\bundefined\b|>=|<=|\/\^|預期/, `${where}: "${field.message}"`);
  }
}

function issuesOf(schema: z.ZodType, input: unknown): z.core.$ZodIssue[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues;
}

/** Wrong values of every kind zod checks: types, lengths, ranges, formats, choices. */
const badValues: unknown[] = ['', 'x', 'x'.repeat(20_000), 12_345, -1, 0.5, 1e15, true, null, [], {}, ['x'], '2026-13-45', 'not-a-uuid', '1'.repeat(30)];

/** An object schema's shape, looking through the wrappers contracts use (pipes, refinements, optional). */
function shapeOf(schema: unknown): Record<string, z.ZodType> | undefined {
  let current = schema as { shape?: unknown; def?: { type?: string; innerType?: unknown; in?: unknown; schema?: unknown } } | undefined;
  for (let depth = 0; current && depth < 6; depth++) {
    if (current.shape && typeof current.shape === 'object') return current.shape as Record<string, z.ZodType>;
    current = (current.def?.innerType ?? current.def?.in ?? current.def?.schema) as typeof current;
  }
  return undefined;
}

/** Inputs that break each field in turn, and each field of a nested object. */
function* brokenInputs(schema: z.ZodType): Generator<unknown> {
  yield undefined;
  yield {};
  yield { unexpected: 'x' };
  const shape = shapeOf(schema) ?? {};
  for (const [key, field] of Object.entries(shape)) {
    for (const value of badValues) yield { [key]: value };
    const inner = shapeOf(field);
    for (const [innerKey] of Object.entries(inner ?? {})) for (const value of badValues) yield { [key]: { [innerKey]: value } };
  }
}

describe('every validation issue reaches the user as a translated, human message', () => {
  it('words each kind of zod issue from our catalog in all five languages', () => {
    const cases: [string, z.ZodType, unknown][] = [
      ['string min (staff username)', z.string().min(3), 'ab'],
      ['string max', z.string().max(5), 'abcdefgh'],
      ['empty required', z.string().min(1), ''],
      ['missing', z.object({ name: z.string() }), {}],
      ['regex', z.string().regex(/^[A-Z]{2}\d{8}$/), 'abc'],
      ['email', z.email(), 'nobody'],
      ['url', z.url(), 'nowhere'],
      ['uuid', z.uuid(), 'not-a-uuid'],
      ['iso date', z.iso.date(), '2026-13-45'],
      ['iso datetime', z.iso.datetime(), 'yesterday'],
      ['iso time', z.iso.time(), '25:99'],
      ['number type', z.number(), 'x'],
      ['integer', z.int(), 1.5],
      ['minimum', z.number().min(10), 3],
      ['maximum', z.number().max(10), 30],
      ['positive', z.number().positive(), 0],
      ['less than', z.number().lt(10), 10],
      ['multiple of', z.number().multipleOf(5), 7],
      ['array min', z.array(z.string()).min(2), ['x']],
      ['array max', z.array(z.string()).max(1), ['x', 'y']],
      ['enum', z.enum(['a', 'b']), 'c'],
      ['literal true (consent)', z.literal(true), false],
      ['strict object', z.strictObject({ a: z.string() }), { a: 'x', b: 'y' }],
      ['union', z.union([z.string(), z.number()]), true],
      ['record key', z.record(z.enum(['a']), z.string()), { b: 'x' }],
      ['custom refine', z.string().refine((value) => value === 'ok'), 'no'],
      ['boolean', z.boolean(), 'yes'],
    ];
    for (const [name, schema, input] of cases) {
      const issues = issuesOf(schema, input);
      assert.ok(issues.length > 0, `${name} raises an issue`);
      for (const issue of issues) assertHuman(issue, input, name);
    }
  });

  it('says "at least 3 characters", not zod\'s "數值過小：預期 string 應為 >=3 字元"', () => {
    const [issue] = toFieldIssues(issuesOf(z.object({ username: z.string().min(3) }), { username: 'ab' }), 'zh-TW', { username: 'ab' });
    assert.equal(issue?.message, '至少需要 3 個字元。');
    const [english] = toFieldIssues(issuesOf(z.object({ username: z.string().min(3) }), { username: 'ab' }), 'en', { username: 'ab' });
    assert.equal(english?.message, 'Enter at least 3 characters.');
  });

  describe('the contracts of every API route', () => {
    let t: TestContext;
    before(async () => {
      t = await createTestContext();
    });
    after(() => t.close());

    it('map every issue their bodies, queries and paths can raise', () => {
      type RouteDefinition = { type: string; route?: { method: string; path: string; request?: { body?: { content?: Record<string, { schema?: unknown }> }; query?: unknown; params?: unknown } } };
      const definitions = (t.app as unknown as { openAPIRegistry: { definitions: RouteDefinition[] } }).openAPIRegistry.definitions;
      let schemas = 0;
      let issues = 0;
      for (const definition of definitions) {
        if (definition.type !== 'route' || !definition.route) continue;
        const { method, path, request } = definition.route;
        const candidates = [request?.query, request?.params, ...Object.values(request?.body?.content ?? {}).map((content) => content.schema)];
        for (const schema of candidates) {
          if (!schema || typeof (schema as z.ZodType).safeParse !== 'function') continue;
          schemas += 1;
          for (const input of brokenInputs(schema as z.ZodType)) {
            for (const issue of issuesOf(schema as z.ZodType, input)) {
              issues += 1;
              assertHuman(issue, input, `${method.toUpperCase()} ${path} ${issue.path.join('.')}`);
            }
          }
        }
      }
      assert.ok(schemas > 100, `walked ${schemas} contracts`);
      assert.ok(issues > 1000, `checked ${issues} issues`);
    });
  });
});
