/**
 * Issue 16, finding 8: a demo data folder started with NODE_ENV=production let `admin`/`demo1234` sign in with
 * no warning. In production the platform refuses to start while a demo account still has a demo password.
 */
import type { Queryable } from '../../db/client.ts';
import { demoUsernames } from '../../db/seed/demo-data.ts';
import { verifyPassword } from './passwords.ts';

export class DemoAccountError extends Error {
  override name = 'DemoAccountError';
}

/** Throws DemoAccountError naming the active demo accounts whose password is still one of `demoPasswords`. */
export async function assertNoDemoAccounts(db: Queryable, demoPasswords: readonly string[]): Promise<void> {
  const { rows } = await db.query<{ username: string; password_hash: string }>(
    'SELECT username, password_hash FROM staff_users WHERE is_active AND lower(username) = ANY($1::text[])',
    [demoUsernames.map((name) => name.toLowerCase())],
  );
  const open: string[] = [];
  for (const row of rows) {
    for (const password of new Set(demoPasswords)) {
      if (await verifyPassword(row.password_hash, password)) {
        open.push(row.username);
        break;
      }
    }
  }
  if (open.length) {
    throw new DemoAccountError(
      `Refusing to start with NODE_ENV=production: demo account(s) ${open.join(', ')} still have the demo password. ` +
        'Deactivate them or set new passwords (in the back office, or start once without NODE_ENV=production).',
    );
  }
}
