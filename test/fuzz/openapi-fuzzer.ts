/**
 * An OpenAPI-driven fuzzer over real HTTP (issue 16 §2): every operation of the document, anonymously and as
 * each signed-in session, with values drawn from the operation's own schemas (mostly close, partly wild) and
 * a fixed seed, so a failure is found again by the same run. A case fails on a 5xx, a dropped connection or
 * an answer slower than the timeout (a hang). Ids seen in answers are reused as path parameters, so the
 * fuzzer gets past "not found" into the records the demo data holds.
 */
import fc from 'fast-check';
import { schemaArbitrary, type JsonSchema } from './schema-arbitrary.ts';

type Parameter = { name: string; in: 'path' | 'query' | 'header' | 'cookie'; required?: boolean; schema?: JsonSchema };
type Operation = {
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema?: JsonSchema }> };
};
export type OpenApiDocument = { paths: Record<string, Record<string, Operation>>; components?: { schemas?: Record<string, JsonSchema> } };

export type FuzzSession = { label: string; cookie?: string; csrfToken?: string };

export type FuzzFailure = {
  operation: string;
  session: string;
  kind: '5xx' | 'dropped' | 'hang';
  status?: number;
  detail: string;
  case: number;
};

export type FuzzReport = { cases: number; operations: number; statuses: Record<string, number>; failures: FuzzFailure[]; ms: number };

const methods = new Set(['get', 'post', 'put', 'patch', 'delete']);
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function harvest(value: unknown, pool: string[], depth = 0): void {
  if (depth > 5 || pool.length >= 2000 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value.slice(0, 20)) harvest(item, pool, depth + 1);
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    if (typeof item === 'string' && (key === 'id' || key.endsWith('Id')) && uuidPattern.test(item) && !pool.includes(item)) pool.push(item);
    else harvest(item, pool, depth + 1);
  }
}

/** A value as a client would put it in a URL or a form field (objects from the schema have no prototype). */
function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

/** A lone surrogate has no UTF-8 form: it goes out as the bytes of an invalid sequence, itself a good case. */
function encodePathValue(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ED%A0%80';
  }
}

const garbageBodies = ['{', '[[[[', 'null', '"text"', '{"a":', '\u0000', '{"__proto__":{"admin":true}}', '1e999999'];

export async function fuzzOpenApi(options: {
  baseUrl: string;
  document: OpenApiDocument;
  sessions: FuzzSession[];
  cases: number;
  seed: number;
  timeoutMs?: number;
  /** Operations ("post /api/v1/auth/logout") the run must not call: they would end its own sessions. */
  skip?: ReadonlySet<string>;
  onProgress?: (done: number) => void;
}): Promise<FuzzReport> {
  const started = performance.now();
  const schemas = options.document.components?.schemas ?? {};
  const resolve = (ref: string): JsonSchema => schemas[ref.replace('#/components/schemas/', '')] ?? {};
  const operations = Object.entries(options.document.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => methods.has(method))
      .filter(([method]) => !options.skip?.has(`${method} ${path}`))
      .map(([method, operation]) => ({ method, path, operation })),
  );
  const statuses: Record<string, number> = {};
  const failures: FuzzFailure[] = [];
  const ids: string[] = [];
  const timeoutMs = options.timeoutMs ?? 10_000;

  for (let n = 0; n < options.cases; n += 1) {
    // Round robin over operations, then sessions: every pair is reached before any repeats.
    const { method, path, operation } = operations[n % operations.length]!;
    const session = options.sessions[Math.floor(n / operations.length) % options.sessions.length]!;
    const seed = options.seed + n;
    const draw = <T>(arbitrary: fc.Arbitrary<T>, salt: number): T => fc.sample(arbitrary, { seed: seed * 31 + salt, numRuns: 1 })[0]!;
    const chance = draw(fc.integer({ min: 0, max: 99 }), 1);

    let url = path;
    const query = new URLSearchParams();
    for (const [index, parameter] of (operation.parameters ?? []).entries()) {
      if (parameter.in === 'path') {
        const fromPool = ids.length > 0 && chance < 60;
        const value = fromPool ? ids[draw(fc.nat({ max: ids.length - 1 }), 2 + index)]! : draw(schemaArbitrary(parameter.schema, resolve), 2 + index);
        url = url.replace(`{${parameter.name}}`, encodePathValue(asText(value)));
      } else if (parameter.in === 'query' && (parameter.required || draw(fc.boolean(), 40 + index))) {
        const value = draw(schemaArbitrary(parameter.schema, resolve), 80 + index);
        for (const item of Array.isArray(value) ? value : [value]) {
          query.append(parameter.name, asText(item));
        }
      }
    }
    const headers: Record<string, string> = {};
    if (session.cookie) headers.cookie = session.cookie;
    if (session.csrfToken) headers['x-csrf-token'] = session.csrfToken;
    let body: string | FormData | undefined;
    const content = operation.requestBody?.content ?? {};
    if (content['application/json']) {
      headers['content-type'] = 'application/json';
      // One body in a hundred is 2 MB: the early 413 that once dropped kept-alive connections (§2).
      if (chance === 99) body = `{"x":"${'a'.repeat(2 * 1024 * 1024)}"}`;
      else body = chance % 10 === 0 ? garbageBodies[chance % garbageBodies.length]! : JSON.stringify(draw(schemaArbitrary(content['application/json'].schema, resolve), 200) ?? null);
    } else if (content['multipart/form-data']) {
      const form = new FormData();
      const value = draw(schemaArbitrary(content['multipart/form-data'].schema, resolve), 300);
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        for (const [key, item] of Object.entries(value)) form.append(key, asText(item));
      }
      if (chance % 3 === 0) form.append('attachments', new File([draw(fc.string({ maxLength: 200 }), 301)], 'evidence.csv', { type: 'text/csv' }));
      body = form;
    }
    const target = `${options.baseUrl}${url}${query.size ? `?${query}` : ''}`;
    const operationName = `${method} ${path}`;
    try {
      const response = await fetch(target, { method: method.toUpperCase(), headers, body, signal: AbortSignal.timeout(timeoutMs), redirect: 'manual' });
      const text = await response.text();
      statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      if (response.status >= 500) {
        failures.push({ operation: operationName, session: session.label, kind: '5xx', status: response.status, detail: `${target} ${text.slice(0, 300)}`, case: n });
      } else if (response.ok && (response.headers.get('content-type') ?? '').includes('json')) {
        try {
          harvest(JSON.parse(text), ids);
        } catch {
          // an answer that says JSON but is not: the schema tests catch that; the fuzzer looks for crashes
        }
      }
    } catch (error) {
      const name = (error as Error).name;
      const kind = name === 'TimeoutError' || name === 'AbortError' ? 'hang' : 'dropped';
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      failures.push({ operation: operationName, session: session.label, kind, detail: `${target} ${cause?.code ?? ''} ${cause?.message ?? (error as Error).message}`, case: n });
    }
    options.onProgress?.(n + 1);
  }
  return { cases: options.cases, operations: operations.length, statuses, failures, ms: Math.round(performance.now() - started) };
}
