/** `npm run db:migrate`: applies pending migrations to the configured database and exits. */
import { exitWithStartupError, openPlatform } from '../platform.ts';

const { db, logger } = await openPlatform({ seedDemo: false }).catch(exitWithStartupError);
logger.info(`database at the latest migration (${db.engine})`);
await db.close();
