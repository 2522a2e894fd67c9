/**
 * @module db/pglite-protocol
 * The messages between the server's thread and the embedded engine's thread (ADR 0048), and what both
 * sides share: the type parsers, and errors as plain data (a structured clone keeps only an Error's
 * message, and the modules read PostgreSQL's `code` and `constraint`).
 */
export type ThreadStart = { dataDir?: string | undefined; compileCacheDir?: string | undefined };

export type ThreadRequest =
  | { id: number; kind: 'query'; sql: string; params?: readonly unknown[] | undefined; tx?: number | undefined }
  | { id: number; kind: 'exec' | 'script' | 'close'; sql: string }
  | { id: number; kind: 'begin' | 'commit' | 'rollback'; tx: number };

export type SerializedDbError = { name: string; message: string; fields: Record<string, string | number> };

export type ThreadReply =
  | { id: number; ok: true; rows?: Record<string, unknown>[]; rowCount?: number }
  | { id: number; ok: false; error: SerializedDbError };

// Keep dates as the strings PostgreSQL sends: a `date` is a calendar day, not an instant, and turning it
// into a JS Date would shift it by the server's time zone. Counts (bigint) as numbers, as node-postgres
// is set to in client.ts.
export const DATE_OID = 1082;
export const INT8_OID = 20;
export const pgliteParsers = { [DATE_OID]: (value: string) => value, [INT8_OID]: (value: string) => Number(value) };

/** PostgreSQL's error fields (pg-protocol's DatabaseError), kept when an error crosses the threads. */
const fieldNames = ['code', 'severity', 'detail', 'hint', 'position', 'schema', 'table', 'column', 'dataType', 'constraint', 'routine', 'where'] as const;

export function serializeDbError(error: unknown): SerializedDbError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error), fields: {} };
  const fields: Record<string, string | number> = {};
  for (const name of fieldNames) {
    const value = (error as unknown as Record<string, unknown>)[name];
    if (typeof value === 'string' || typeof value === 'number') fields[name] = value;
  }
  return { name: error.name, message: error.message, fields };
}

/** The error again, on the server's thread, with the stack of the call that sent the statement. */
export function revive(serialized: SerializedDbError, stack: string | undefined): Error {
  const error = Object.assign(new Error(serialized.message), serialized.fields);
  error.name = serialized.name;
  if (stack) error.stack = `${serialized.name}: ${serialized.message}\n${stack.split('\n').slice(1).join('\n')}`;
  return error;
}
