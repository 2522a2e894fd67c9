/**
 * `npm run import:violations -- FILE…`: imports Ministry of Labor violations CSV files (UTF-8 or Big5)
 * into the database the server uses (DATABASE_URL, or the embedded one in DATA_DIR — which the running
 * server holds: stop it first, or use the staff upload page). Each file is written in short transactions
 * and published at once when complete (ADR 0044): interrupted, nothing of it shows. Exits 1 if
 * any file cannot be read or parsed; rejected rows are listed but do not fail the run.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { exitWithStartupError, openPlatform } from '../platform.ts';
import { expectedHeaders } from '../modules/violations/violations.rows.ts';
import { createViolationsService } from '../modules/violations/violations.service.ts';
import { createProgress } from './progress.ts';
import { AppError } from '../shared/errors.ts';

const files = process.argv.slice(2).filter((arg) => arg !== '--');
if (files.length === 0 || files.some((arg) => arg === '--help' || arg === '-h')) {
  process.stderr.write('usage: npm run import:violations -- FILE.csv [FILE.csv …]\n');
  process.exit(files.length === 0 ? 1 : 0);
}

const { db, referenceData } = await openPlatform({ seedDemo: false }).catch(exitWithStartupError);
const violations = createViolationsService({ db, clock: () => new Date(), authority: referenceData.city.name });

let current: string | undefined;
process.once('SIGINT', () => {
  // The file is never published: nothing of it shows, and the next import deletes what it wrote.
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
  let outcome: Awaited<ReturnType<typeof violations.importFile>>;
  try {
    outcome = await violations.importFile({
      bytes,
      fileName: name,
      actor: null,
      channel: 'cli',
      onProgress: ({ done, total }) => progress.update(done, total),
    });
  } catch (error) {
    progress.finish();
    if (!(error instanceof AppError && error.code === 'CONFLICT')) throw error;
    // One import is written at a time (ADR 0044); a killed one is abandoned two minutes after its last batch.
    process.stderr.write(`${name}: not imported: another import is being written; try again when it is done (or 2 minutes after it stopped)\n`);
    failed += 1;
    continue;
  }
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
