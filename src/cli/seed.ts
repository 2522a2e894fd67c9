/** `npm run db:seed`: migrates, then loads demo data if the database has no staff accounts yet. */
import { exitWithStartupError, openPlatform } from '../platform.ts';

const { db, logger } = await openPlatform({ seedDemo: true }).catch(exitWithStartupError);
logger.info('seed done');
await db.close();
