import type { Queryable } from '../../db/client.ts';

/**
 * Deletes staff sessions past their expiry. An expired session is refused when it is presented anyway
 * (access.service); this keeps the table from growing with sessions nobody signed out of.
 */
export async function deleteExpiredSessions(db: Queryable, now: Date): Promise<number> {
  return (await db.query('DELETE FROM staff_sessions WHERE expires_at <= $1', [now])).rowCount;
}

/**
 * Deletes sign-in failure counts (per account and address) untouched for a day and not locked now: a count
 * only matters while failures follow each other.
 */
export async function deleteStaleLoginFailures(db: Queryable, now: Date): Promise<number> {
  return (
    await db.query(
      `DELETE FROM login_failures WHERE updated_at <= $1 AND (locked_until IS NULL OR locked_until <= $2)`,
      [new Date(now.getTime() - 24 * 60 * 60_000), now],
    )
  ).rowCount;
}
