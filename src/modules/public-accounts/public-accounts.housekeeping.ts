import type { Queryable } from '../../db/client.ts';

/**
 * Deletes what has outlived its use in public accounts: expired sessions, tokens past their expiry (used
 * or not), and OpenID Connect logins that never came back. Each is refused when presented late anyway;
 * this keeps the tables small and the spent links of no use to anyone.
 */
export async function deleteExpiredAccountRecords(db: Queryable, now: Date): Promise<number> {
  const sessions = (await db.query('DELETE FROM public_sessions WHERE expires_at <= $1', [now])).rowCount;
  const tokens = (await db.query('DELETE FROM public_account_tokens WHERE expires_at <= $1', [now])).rowCount;
  const logins = (await db.query('DELETE FROM public_oidc_logins WHERE expires_at <= $1', [now])).rowCount;
  return sessions + tokens + logins;
}
