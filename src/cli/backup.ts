/**
 * `npm run db:backup -- FILE` and `npm run db:restore -- FILE` (issue 16 §3), on the engine the environment
 * names: DATABASE_URL (pg_dump / pg_restore into an empty database) or DATA_DIR (PGlite's own dump of the
 * folder, with the server stopped; a restore goes into an empty folder). docs/operations.md says when to use which.
 */
import { backupPglite, backupPostgres, restorePglite, restorePostgres } from '../db/backup.ts';
import { loadConfig } from '../config.ts';

const [mode, file] = process.argv.slice(2);
if ((mode !== 'backup' && mode !== 'restore') || !file || file.startsWith('-')) {
  process.stderr.write('usage: npm run db:backup -- FILE   |   npm run db:restore -- FILE\n');
  process.exit(2);
}
const config = loadConfig();
const started = performance.now();
try {
  if (config.databaseUrl) {
    await (mode === 'backup' ? backupPostgres(config.databaseUrl, file) : restorePostgres(file, config.databaseUrl));
  } else {
    await (mode === 'backup' ? backupPglite(config.dataDir, file) : restorePglite(file, config.dataDir));
  }
  const engine = config.databaseUrl ? 'PostgreSQL server' : `PGlite folder ${config.dataDir}`;
  process.stdout.write(`${mode === 'backup' ? 'backed up' : 'restored'} ${engine} ${mode === 'backup' ? 'to' : 'from'} ${file} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
} catch (error) {
  process.stderr.write(`${mode} failed: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
