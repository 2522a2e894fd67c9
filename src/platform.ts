/**
 * @module platform
 * Opens what the server and the CLI commands share: configuration, logger, city reference data and the
 * migrated database (plus demo data on a fresh one). Only `server.ts` listens.
 */
import { loadConfig, type Config } from './config.ts';
import { openDb, type Db } from './db/client.ts';
import { migrate } from './db/migrate.ts';
import { loadDemoData } from './db/seed/demo-data.ts';
import { loadContentSeed } from './modules/content/content.seed-loader.ts';
import { assertNoDemoAccounts } from './modules/access/demo-accounts.ts';
import { assertNoDemoPublicAccounts, demoPublicAccounts } from './modules/public-accounts/public-accounts.demo.ts';
import { demoWorkerEmail } from './modules/career-record/career-record.demo.ts';
import { createReferenceData, loadCityConfig, type ReferenceData } from './modules/reference-data/reference-data.ts';
import { createLogger, type Logger } from './shared/logger.ts';

export type Platform = { config: Config; logger: Logger; referenceData: ReferenceData; db: Db };

export async function openPlatform(options: { seedDemo: boolean }): Promise<Platform> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const referenceData = createReferenceData(loadCityConfig(config.city));
  const db = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const applied = await migrate(db);
    if (applied.length) logger.info({ migrations: applied }, 'database migrated');
    const wantsDemo = config.demoData ?? db.engine === 'pglite';
    if (options.seedDemo && wantsDemo) {
      const { rows } = await db.query<{ count: number }>('SELECT count(*)::int AS count FROM staff_users');
      if ((rows[0]?.count ?? 0) === 0) {
        const usernames = await loadDemoData(db, { city: referenceData.city, password: config.demoPassword });
        const passwordNote = process.env.DEMO_PASSWORD ? 'the DEMO_PASSWORD you set' : `"${config.demoPassword}"`;
        // Announced once, on the start that creates them; the password is the documented demo default.
        logger.warn(
          `Demo data loaded. Staff accounts (username = role): ${usernames.join(', ')}; password ${passwordNote}. ` +
            `Public demo accounts: ${[...demoPublicAccounts.map((a) => a.email), demoWorkerEmail].join(', ')}, same password. ` +
            'Change or remove them before real use.',
        );
      }
    }
    if (config.nodeEnv === 'production') {
      await assertNoDemoAccounts(db, ['demo1234', config.demoPassword]);
      await assertNoDemoPublicAccounts(db, ['demo1234', config.demoPassword], [demoWorkerEmail]);
    }
    if (options.seedDemo) {
      // The bureau's labor-law Q&A is real content, for every install; the sample news only with demo data.
      // Idempotent: items already present (edited or unpublished by staff) are left alone.
      const added = await loadContentSeed(db, { now: new Date(), news: wantsDemo });
      if (added.qa + added.news > 0) logger.info(added, 'content loaded');
    }
  } catch (error) {
    await db.close();
    throw error;
  }
  return { config, logger, referenceData, db };
}

/** Prints a start-up failure as one readable message (bad variable, folder in use) and exits. */
export function exitWithStartupError(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  const expected = ['ConfigError', 'DataDirInUseError', 'DemoAccountError'].includes((error as Error)?.name);
  process.stderr.write(`\n${expected ? message : (error as Error)?.stack ?? message}\n\n`);
  process.exit(1);
}
