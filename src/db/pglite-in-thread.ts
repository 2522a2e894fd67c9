/**
 * @module db/pglite-in-thread
 * The embedded engine on its own thread (ADR 0048): the same `Db` as `wrapPglite`, whose statements run
 * in `pglite-thread.ts`. The server's event loop then never waits on WebAssembly, however long a statement
 * takes (issue 16, finding 1); what it still pays is copying each result across, in chunks the callers
 * already keep small.
 * One connection, as before: a query outside a transaction waits for the open one to end (the thread's
 * PGlite lock), so the rule of never calling another module's service inside a transaction still holds.
 */
import { getCompileCacheDir } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Db, Queryable, Row } from './client.ts';
import { revive, type ThreadReply, type ThreadRequest, type ThreadStart } from './pglite-protocol.ts';

type Waiting = { resolve: (reply: ThreadReply & { ok: true }) => void; reject: (error: Error) => void; stack: string | undefined };
type Request = ThreadRequest extends infer R ? (R extends ThreadRequest ? Omit<R, 'id'> : never) : never;

export async function openPgliteInThread(options: { dataDir?: string | undefined; onClose?: () => Promise<void> }): Promise<Db> {
  const start: ThreadStart = { dataDir: options.dataDir, compileCacheDir: getCompileCacheDir() };
  const worker = new Worker(new URL('./pglite-thread.ts', import.meta.url), { workerData: start });
  const waiting = new Map<number, Waiting>();
  let nextId = 1;
  let nextTx = 1;
  let stopped: Error | undefined;

  // The thread keeps the process alive only while a statement is on its way, as a socket would: a command
  // that has finished its work exits even if it never closed the database.
  const settle = (id: number) => {
    waiting.delete(id);
    if (waiting.size === 0) worker.unref();
  };
  const opened = new Promise<void>((resolve, reject) => waiting.set(0, { resolve: () => resolve(), reject, stack: undefined }));
  // Node hands over every message already waiting in one turn of the loop, and runs every immediate queued
  // before its check phase in that same phase: three exports' pages arriving together were formatted back to
  // back, 114 ms with no timer or socket served. So the answers wait in line, and each turn of the loop hands
  // over one: the next is queued before the current one runs, and an immediate queued while the check phase
  // runs waits for the next turn.
  const answered: (() => void)[] = [];
  const handOver = () => {
    const next = answered.shift();
    if (answered.length > 0) setImmediate(handOver);
    next?.();
  };
  worker.on('message', (reply: ThreadReply) => {
    const entry = waiting.get(reply.id);
    if (!entry) return;
    settle(reply.id);
    answered.push(() => (reply.ok ? entry.resolve(reply) : entry.reject(revive(reply.error, entry.stack))));
    if (answered.length === 1) setImmediate(handOver);
  });
  const fail = (error: Error) => {
    stopped ??= new Error(`the embedded database thread stopped: ${error.message}`, { cause: error });
    for (const [id, entry] of waiting) {
      settle(id);
      entry.reject(stopped);
    }
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`exit code ${code}`)));

  const send = (request: Request): Promise<ThreadReply & { ok: true }> => {
    if (stopped) return Promise.reject(stopped);
    const id = nextId++;
    // The caller's stack, so that a failed statement points at the code that sent it, not at this file.
    const stack = new Error().stack;
    const answer = new Promise<ThreadReply & { ok: true }>((resolve, reject) => waiting.set(id, { resolve, reject, stack }));
    worker.ref();
    worker.postMessage({ ...request, id });
    return answer;
  };

  try {
    await opened;
  } catch (error) {
    await worker.terminate();
    throw error;
  }

  const query = (tx: number | undefined) => async <T extends Row>(sql: string, params?: readonly unknown[]) => {
    const reply = await send({ kind: 'query', sql, params, tx });
    return { rows: (reply.rows ?? []) as T[], rowCount: reply.rowCount ?? 0 };
  };

  return {
    engine: 'pglite',
    query: query(undefined),
    transaction: async (work) => {
      const tx = nextTx++;
      await send({ kind: 'begin', tx });
      let result;
      try {
        result = await work({ query: query(tx) } satisfies Queryable);
      } catch (error) {
        await send({ kind: 'rollback', tx }).catch(() => undefined);
        throw error;
      }
      await send({ kind: 'commit', tx });
      return result;
    },
    exec: async (sql) => {
      await send({ kind: 'exec', sql });
    },
    script: async (sql) => (await send({ kind: 'script', sql })).rows ?? [],
    close: async () => {
      if (!stopped) await send({ kind: 'close', sql: '' });
      await worker.terminate();
      await options.onClose?.();
    },
  };
}
