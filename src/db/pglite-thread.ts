/**
 * @module db/pglite-thread
 * The embedded engine's own thread (ADR 0048). PGlite runs each statement synchronously in WebAssembly: on
 * the server's thread one 100-row insert or one ANALYZE held every request for 60–500 ms (issue 16, finding
 * 1). Here the statements run on a worker thread, and the server's thread only waits for a message.
 * It answers the messages of `pglite-in-thread.ts`, one connection as before: PGlite's own lock makes a
 * query outside an open transaction wait for it, exactly as in one thread.
 */
import type { PGlite, Transaction } from '@electric-sql/pglite';
import { enableCompileCache } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { ThreadReply, ThreadRequest, ThreadStart } from './pglite-protocol.ts';
import { pgliteParsers, serializeDbError } from './pglite-protocol.ts';

const port = parentPort;
if (!port) throw new Error('pglite-thread.ts runs as a worker thread (see pglite-in-thread.ts)');

const start = workerData as ThreadStart;
// The server's compile cache (server.ts) serves this thread too, for PGlite's own large module: enabled
// before it is imported, hence the dynamic import.
if (start.compileCacheDir) enableCompileCache(start.compileCacheDir);
const { PGlite: Engine } = await import('@electric-sql/pglite');
const reply = (message: ThreadReply) => port.postMessage(message);

/** How the request that ends a transaction (commit or rollback) is answered once PGlite has ended it. */
type Ending = { id: number; outcome: 'commit' | 'rollback'; deliver: (message: ThreadReply) => void };
const open = new Map<number, Transaction>();
const enders = new Map<number, (ending: Ending) => void>();
const rollback = Symbol('rollback');

// The first answer (id 0) says whether the folder opened; on failure the client ends this thread.
// The parsers are given once here: as a query's option PGlite builds its parser table again for each
// query, which cost more than the query itself (≈0.3 ms for SELECT 1).
const pglite = await Engine.create({ ...(start.dataDir ? { dataDir: start.dataDir } : {}), parsers: pgliteParsers }).then(
  (opened) => (reply({ id: 0, ok: true }), opened),
  (error: unknown) => void reply({ id: 0, ok: false, error: serializeDbError(error) }),
);

const rowsOf = (result: { rows: Record<string, unknown>[]; affectedRows?: number }) => ({
  rows: result.rows,
  // PGlite reports affectedRows 0 for a SELECT; node-postgres counts the rows returned.
  rowCount: result.rows.length || (result.affectedRows ?? 0),
});

async function handle(pglite: PGlite, request: ThreadRequest): Promise<ThreadReply> {
  switch (request.kind) {
    case 'query': {
      const target = request.tx === undefined ? pglite : open.get(request.tx);
      if (!target) throw new Error(`transaction ${request.tx} is not open`);
      const result = await target.query<Record<string, unknown>>(request.sql, request.params as unknown[] | undefined);
      return { id: request.id, ok: true, ...rowsOf(result) };
    }
    case 'exec':
      await pglite.exec(request.sql);
      return { id: request.id, ok: true };
    case 'script':
      try {
        const results = await pglite.exec(request.sql);
        return { id: request.id, ok: true, rows: results.flatMap((result) => result.rows), rowCount: 0 };
      } catch (error) {
        // One connection: an aborted BEGIN block would poison every later query of the process.
        await pglite.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    case 'begin': {
      const txId = request.tx;
      return await new Promise<ThreadReply>((answered) => {
        const ended = new Promise<Ending>((resolve) => enders.set(txId, resolve));
        let ending: Ending | undefined;
        pglite
          .transaction(async (tx) => {
            open.set(txId, tx);
            answered({ id: request.id, ok: true });
            ending = await ended;
            // Thrown, so that PGlite rolls back and releases its lock as for any failed transaction.
            if (ending.outcome === 'rollback') throw rollback;
          })
          .then(
            () => ending!.deliver({ id: ending!.id, ok: true }),
            (error: unknown) => {
              // No ending yet: BEGIN itself failed, and the begin request is answered with the error.
              if (!ending) answered({ id: request.id, ok: false, error: serializeDbError(error) });
              else ending.deliver(error === rollback ? { id: ending.id, ok: true } : { id: ending.id, ok: false, error: serializeDbError(error) });
            },
          )
          .finally(() => {
            open.delete(txId);
            enders.delete(txId);
          });
      });
    }
    case 'commit':
    case 'rollback': {
      const end = enders.get(request.tx);
      if (!end) throw new Error(`transaction ${request.tx} is not open`);
      enders.delete(request.tx);
      const outcome = request.kind;
      return await new Promise<ThreadReply>((deliver) => end({ id: request.id, outcome, deliver }));
    }
    case 'close':
      await pglite.close();
      return { id: request.id, ok: true };
  }
}

if (pglite) port.on('message', (request: ThreadRequest) => {
  handle(pglite, request).then(reply, (error: unknown) => reply({ id: request.id, ok: false, error: serializeDbError(error) }));
});
