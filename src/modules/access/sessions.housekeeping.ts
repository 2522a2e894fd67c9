import type { Queryable } from '../../db/client.ts';

/**
 * Deletes staff sessions past their expiry. An expired session is refused when it is presented anyway
 * (access.service); this keeps the table from growing with sessions nobody signed out of.
 */
export async function deleteExpiredSessions(db: Queryable, now: Date): Promise<number> {
  return (await db.query('DELETE FROM staff_sessions WHERE expires_at <= $1', [now])).rowCount;
}
