/**
 * `npm run account:unlock -- <username>`: lifts every sign-in lock of a staff account (issue 16,
 * finding 2), for when no administrator who could unlock it in the back office can sign in. Audited.
 */
import { createAccessService } from '../modules/access/access.service.ts';
import { exitWithStartupError, openPlatform } from '../platform.ts';

const username = process.argv[2];
if (!username || username.startsWith('-')) {
  process.stderr.write('usage: npm run account:unlock -- <username>\n');
  process.exit(2);
}
const { db, logger, config, referenceData } = await openPlatform({ seedDemo: false }).catch(exitWithStartupError);
const access = createAccessService({ db, clock: () => new Date(), settings: config, referenceData });
try {
  const account = await access.unlockAccount(username, { requestId: `cli-${process.pid}` });
  logger.info(`account ${account.username} unlocked`);
} catch (error) {
  process.stderr.write(`no staff account named ${JSON.stringify(username)}\n`);
  process.exitCode = (error as { code?: string }).code === 'NOT_FOUND' ? 1 : 3;
} finally {
  await db.close();
}
