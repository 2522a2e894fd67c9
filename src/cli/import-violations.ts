/**
 * `npm run import:violations -- FILE…`: imports Ministry of Labor violations CSV files (UTF-8 or Big5)
 * into the database the server uses (DATABASE_URL, or the embedded one in DATA_DIR — which the running
 * server holds: stop it first, or use the staff upload page). Each file is one transaction. Exits 1 if
 * any file cannot be read or parsed; rejected rows are listed but do not fail the run.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { exitWithStartupError, openPlatform } from '../platform.ts';
import { expectedHeaders } from '../modules/violations/violations.rows.ts';
import { createViolationsService } from '../modules/violations/violations.service.ts';
import { createProgress } from './progress.ts';

const files = process.argv.slice(2).filter((arg) => arg !== '--');
if (files.length === 0 || files.some((arg) => arg === '--help' || arg === '-h')) {
  process.stderr.write('usage: npm run import:violations -- FILE.csv [FILE.csv …]\n');
  process.exit(files.length === 0 ? 1 : 0);
}

const { db, referenceData } = await openPlatform({ seedDemo: false }).catch(exitWithStartupError);
const violations = createViolationsService({ db, clock: () => new Date(), authority: referenceData.city.name });

let current: string | undefined;
process.once('SIGINT', () => {
  // The file's transaction is never committed: nothing of it is saved.
  process.stderr.write(`\ninterrupted${current ? `: nothing from ${current} was saved` : ''}\n`);
  process.exit(130);
});

const shownRejections = 20;
let failed = 0;
for (const path of files) {
  const name = basename(path);
  current = name;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    process.stderr.write(`${name}: cannot read: ${(error as Error).message}\n`);
    failed += 1;
    continue;
  }
  const progress = createProgress(process.stderr, name);
  const started = performance.now();
  const outcome = await violations.importFile({
    bytes,
    fileName: name,
    actor: null,
    channel: 'cli',
    onProgress: ({ done, total }) => progress.update(done, total),
  });
  progress.finish();
  if (!outcome.ok) {
    const missing = outcome.missing?.length ? ` (missing columns: ${expectedHeaders(outcome.missing)})` : '';
    process.stderr.write(`${name}: not imported: ${outcome.reason}${missing}\n`);
    failed += 1;
    continue;
  }
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(
    `${name}: ${outcome.rowsRead} rows read (${outcome.encoding}): ${outcome.imported} imported, ` +
      `${outcome.updated} updated, ${outcome.unchanged} unchanged, ${outcome.rejectedTotal} rejected — ${seconds.toFixed(1)} s\n`,
  );
  for (const row of outcome.rejected.slice(0, shownRejections)) process.stdout.write(`  line ${row.line}: ${row.reason}\n`);
  if (outcome.rejectedTotal > shownRejections) process.stdout.write(`  … and ${outcome.rejectedTotal - shownRejections} more\n`);
}
current = undefined;
await db.close();
process.exit(failed > 0 ? 1 : 0);
