/**
 * @module body-guards
 * Cheap checks that run on a request body before anything parses it, so that a small crafted body cannot
 * hold the event loop (issue 16, findings 6 and 12):
 * - `jsonBodyLimit`: a route's own, smaller size limit (the JSON calculators take 64 KB);
 * - `refuseDeepJson`: JSON nested deeper than `maxJsonDepth` is refused after one linear scan of the text,
 *   before `JSON.parse` and zod walk it;
 * - `readMultipartForm`: counts the parts of a multipart body in its bytes and refuses too many before
 *   the form parser sees them, and collects fields in a null-prototype object that refuses names such as
 *   `__proto__`.
 */
import type { IncomingMessage } from 'node:http';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Context } from 'hono';
import { AppError } from '../errors.ts';
import type { AppEnv } from './app-env.ts';

/** Deeper than any of our request schemas (the deepest nests 4 levels). */
export const maxJsonDepth = 32;

/**
 * A body size limit that costs nothing on the common request. Hono's `bodyLimit` reads `c.req.raw.body`
 * first, which on the Node adapter builds the whole Fetch Request and a web stream over the socket for every
 * request, GETs included: that was the largest single cost of a small request (issue 16 §4). Here:
 * - GET and HEAD carry no body for the app (Hono's limit let them through too);
 * - over Node's HTTP server with a Content-Length and no Transfer-Encoding, the header is compared, as Hono
 *   does: Node's parser delivers exactly that many bytes and refuses a request that sends both headers;
 * - with neither header, an HTTP/1.1 request has no body (RFC 9112 §6.3);
 * - anything else (a chunked body, an in-process request of the tests) is counted by Hono's limit as before.
 */
export function sizeLimit(maxBytes: number, tooLarge: () => never): MiddlewareHandler<AppEnv> {
  const counting = bodyLimit({ maxSize: maxBytes, onError: tooLarge });
  return (c, next) => {
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD') return next();
    const headers = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming?.headers;
    if (headers && headers['transfer-encoding'] === undefined) {
      const length = headers['content-length'];
      if (length === undefined) return next();
      return Number(length) > maxBytes ? tooLarge() : next();
    }
    return counting(c, next);
  };
}

/** A route's own body limit, smaller than the app's. Put it before anything reads the body. */
export function jsonBodyLimit(maxBytes: number): MiddlewareHandler<AppEnv> {
  return sizeLimit(maxBytes, () => {
    throw new AppError('PAYLOAD_TOO_LARGE', { params: { limit: maxBytes } });
  });
}

/** The deepest nesting of arrays and objects in JSON text, counted outside strings; stops past `stopAt`. */
export function jsonNestingDepth(text: string, stopAt = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c) i += 1; // backslash: skip the escaped character
      else if (code === 0x22) inString = false;
      continue;
    }
    if (code === 0x22) inString = true;
    else if (code === 0x5b || code === 0x7b) {
      depth += 1;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > stopAt) return deepest;
      }
    } else if (code === 0x5d || code === 0x7d) depth -= 1;
  }
  return deepest;
}

const tooDeep = () =>
  new AppError('VALIDATION_FAILED', {
    params: { max: maxJsonDepth },
    fieldIssues: [{ field: '(root)', code: 'too_deep', message: 'validation.json_too_deep' }],
  });

/** Throws 400 when JSON text nests deeper than `maxJsonDepth`. */
export function assertJsonDepth(text: string): void {
  if (jsonNestingDepth(text, maxJsonDepth) > maxJsonDepth) throw tooDeep();
}

const bodyMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const isJson = (contentType: string) => /^application\/([\w.+-]*\+)?json/.test(contentType.toLowerCase());

/**
 * Refuses JSON bodies nested deeper than `maxJsonDepth` on every API route, except `ownBodyPaths` (routes
 * with their own body limit, which must run before the body is read; they call `assertJsonDepth`).
 * Hono keeps the text it reads here, so the route's own parser does not read the body twice.
 */
export const refuseDeepJson = (ownBodyPaths: ReadonlySet<string>): MiddlewareHandler<AppEnv> => async (c, next) => {
  if (bodyMethods.has(c.req.method) && !ownBodyPaths.has(c.req.path) && isJson(c.req.header('content-type') ?? '')) {
    assertJsonDepth(await c.req.text());
  }
  return next();
};

/** Field names that would reach an object's prototype, or read through it, if used as keys. */
const reservedNames = new Set(['__proto__', 'constructor', 'prototype']);

export type MultipartForm = Record<string, (string | File)[]>;

function boundaryOf(contentType: string): string | undefined {
  const match = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match?.[1] ?? match?.[2];
}

/** The number of parts in a multipart body, counted by its boundary lines; stops counting past `stopAt`. */
export function countMultipartParts(bytes: Uint8Array, boundary: string, stopAt: number): number {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const delimiter = Buffer.from(`--${boundary}`);
  let count = 0;
  let at = buffer.indexOf(delimiter);
  while (at !== -1) {
    const after = at + delimiter.length;
    // The closing delimiter (`--boundary--`) ends the body and starts no part.
    if (buffer[after] === 0x2d && buffer[after + 1] === 0x2d) break;
    count += 1;
    if (count > stopAt) return count;
    at = buffer.indexOf(delimiter, after);
  }
  return count;
}

const tooManyParts = (maxParts: number) =>
  new AppError('VALIDATION_FAILED', {
    params: { max: maxParts },
    fieldIssues: [{ field: '(body)', code: 'too_many_parts', message: 'validation.too_many_parts' }],
  });

/**
 * The body's bytes, read chunk by chunk as they arrive, counting the boundary lines on the way: a body with
 * far more than `maxParts` parts is refused at the chunk that shows it, not read to its end first. A
 * 100,000-field form of 7 MB was read whole, then copied, before the count refused it (84 ms of CPU in one
 * step on a loaded heap, against the 100 ms budget). The request's middleware drains or closes what is left.
 */
async function readCountingBoundaries(c: Context<AppEnv>, boundary: string, maxParts: number): Promise<Uint8Array<ArrayBuffer>> {
  const stream = c.req.raw.body;
  if (!stream || c.req.raw.bodyUsed) return new Uint8Array(await c.req.arrayBuffer());
  const delimiter = Buffer.from(`--${boundary}`);
  const chunks: Buffer[] = [];
  let length = 0;
  let seen = 0;
  // The last bytes of the previous chunk, shorter than a delimiter: a delimiter cut in two is found once.
  let carry = Buffer.alloc(0);
  for await (const chunk of stream) {
    const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    chunks.push(bytes);
    length += bytes.byteLength;
    const window = carry.byteLength ? Buffer.concat([carry, bytes]) : bytes;
    for (let at = window.indexOf(delimiter); at !== -1; at = window.indexOf(delimiter, at + delimiter.length)) seen += 1;
    // Every part opens with a delimiter and the closing one ends the body: more than that is too many parts.
    if (seen > maxParts + 1) throw tooManyParts(maxParts);
    carry = Buffer.from(window.subarray(Math.max(0, window.byteLength - (delimiter.byteLength - 1))));
  }
  return Buffer.concat(chunks, length);
}

/**
 * Reads a multipart/form-data body (after the route's body limit) into a null-prototype object of values
 * per field name. More than `maxParts` parts, or a reserved field name, is a 400 naming the problem.
 */
export async function readMultipartForm(c: Context<AppEnv>, options: { maxParts: number }): Promise<MultipartForm> {
  const contentType = c.req.header('content-type') ?? '';
  const boundary = boundaryOf(contentType);
  if (!boundary) throw new AppError('VALIDATION_FAILED');
  const bytes = await readCountingBoundaries(c, boundary, options.maxParts);
  if (countMultipartParts(bytes, boundary, options.maxParts) > options.maxParts) throw tooManyParts(options.maxParts);
  let data: FormData;
  try {
    data = await new Request('http://local/', { method: 'POST', headers: { 'content-type': contentType }, body: bytes }).formData();
  } catch (error) {
    throw new AppError('VALIDATION_FAILED', { cause: error });
  }
  const form: MultipartForm = Object.create(null);
  for (const [name, value] of data) {
    if (reservedNames.has(name)) {
      throw new AppError('VALIDATION_FAILED', {
        fieldIssues: [{ field: name, code: 'reserved_name', message: 'validation.reserved_field_name' }],
      });
    }
    (form[name] ??= []).push(value);
  }
  return form;
}

/**
 * The one file a staff import sends (multipart field `field`), read with the same guards as every form: parts
 * counted before parsing, reserved names refused (issue 16, findings 6 and 12). No file, a body that is not
 * multipart, or one that does not parse is the route's own `missing` error, worded for its import.
 */
export async function readUploadedFile(c: Context<AppEnv>, options: { field?: string; maxParts?: number; missing: () => AppError }): Promise<File> {
  let form: MultipartForm;
  try {
    form = (c.req.header('content-type') ?? '').toLowerCase().startsWith('multipart/form-data') ? await readMultipartForm(c, { maxParts: options.maxParts ?? 8 }) : Object.create(null);
  } catch (error) {
    if (error instanceof AppError && (error.fieldIssues || error.code !== 'VALIDATION_FAILED')) throw error;
    throw options.missing();
  }
  const file = form[options.field ?? 'file']?.[0];
  if (!(file instanceof File)) throw options.missing();
  return file;
}
