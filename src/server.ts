/**
 * The server's entry: turns on Node's compile cache, then starts the platform (`server.main.ts`, the only
 * file that listens). Run as `node src/server.ts`.
 *
 * Stripping the types of several hundred source files and compiling them was a third of a warm start's own
 * time (issue 16 §4). Node's compile cache keeps the compiled code keyed by a checksum of each file's text,
 * so a changed file is compiled afresh and a stale entry is never used. It lives beside the code, in
 * node_modules/.cache, rather than in the machine's shared temporary folder, where another user could plant
 * entries. `NODE_COMPILE_CACHE` chooses another folder and `NODE_DISABLE_COMPILE_CACHE=1` turns it off; a
 * folder that cannot be written only means no cache (Node reports it and carries on). The embedded
 * database's thread uses the same cache.
 */
import { enableCompileCache, flushCompileCache } from 'node:module';
import { fileURLToPath } from 'node:url';

// Only a static import graph loaded after this line benefits: hence the dynamic import below.
enableCompileCache(fileURLToPath(new URL('../node_modules/.cache/node-compile-cache', import.meta.url)));
// The embedded engine's thread (ADR 0048) loads PGlite and opens its folder while this thread loads the
// platform's code: on two cores the two overlap. A configuration that does not load is left for
// server.main.ts to report, as before.
const { loadConfig } = await import('./config.ts');
const config = (() => {
  try {
    return loadConfig();
  } catch {
    return undefined;
  }
})();
if (config && !config.databaseUrl) (await import('./db/client.ts')).prestartEmbeddedDb(config.dataDir);
await import('./server.main.ts');
// Written now, not at exit: a server stopped by kill -9 would otherwise never keep it.
flushCompileCache();
