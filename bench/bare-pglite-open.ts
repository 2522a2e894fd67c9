/**
 * A bare PGlite open of an existing folder (process start, open, SELECT 1): the floor for a warm start.
 * Prints the open's milliseconds and the process's CPU milliseconds.
 */
import { PGlite } from '@electric-sql/pglite';

const started = performance.now();
const db = await PGlite.create({ dataDir: process.argv[2] });
await db.query('SELECT 1');
const cpu = process.cpuUsage(); // the whole process, Node's start included, as the bench reads the server's
process.stdout.write(`${Math.round(performance.now() - started)} ${Math.round((cpu.user + cpu.system) / 1000)}\n`);
await db.close();
