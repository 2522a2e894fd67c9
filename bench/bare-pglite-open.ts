/** A bare PGlite open of an existing folder (process start, open, SELECT 1): the floor for a warm start. */
import { PGlite } from '@electric-sql/pglite';

const started = performance.now();
const db = await PGlite.create({ dataDir: process.argv[2] });
await db.query('SELECT 1');
process.stdout.write(`${Math.round(performance.now() - started)}\n`);
await db.close();
