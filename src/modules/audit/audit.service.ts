import type { Db, Queryable } from '../../db/client.ts';

export type AuditActor = { id: string; username: string } | null;

/**
 * One line of the audit trail. `details` says what changed in words a supervisor can read
 * (field names, old and new roles); it never holds personal data such as ID numbers or phones.
 */
export type AuditEntry = {
  actor: AuditActor;
  action: string;
  recordType: string;
  recordId?: string | null;
  requestId?: string | null;
  details?: Record<string, unknown>;
  /** When it happened by the service's clock; the database's clock when absent. */
  occurredAt?: Date;
};

/** Appends to the trail inside the caller's transaction, so the change and its record commit together. */
export async function recordAudit(tx: Queryable, entry: AuditEntry): Promise<void> {
  await tx.query(
    `INSERT INTO audit_events (actor_id, actor_username, action, record_type, record_id, request_id, details, occurred_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, COALESCE($8, now()))`,
    [
      entry.actor?.id ?? null,
      entry.actor?.username ?? null,
      entry.action,
      entry.recordType,
      entry.recordId ?? null,
      entry.requestId ?? null,
      JSON.stringify(entry.details ?? {}),
      entry.occurredAt ?? null,
    ],
  );
}

export type AuditEvent = {
  id: number;
  occurredAt: string;
  actorUsername: string | null;
  action: string;
  recordType: string;
  recordId: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
};

export type AuditSearch = {
  actor?: string | undefined;
  action?: string | undefined;
  recordType?: string | undefined;
  recordId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  page: number;
  pageSize: number;
};

export function createAuditService({ db }: { db: Db }) {
  return {
    async search(filters: AuditSearch): Promise<{ total: number; items: AuditEvent[] }> {
      const where: string[] = [];
      const params: unknown[] = [];
      const add = (clause: string, value: unknown) => {
        params.push(value);
        where.push(clause.replace('?', `$${params.length}`));
      };
      if (filters.actor) add('actor_username = ?', filters.actor);
      if (filters.action) add('action LIKE ?', `${filters.action}%`);
      if (filters.recordType) add('record_type = ?', filters.recordType);
      if (filters.recordId) add('record_id = ?', filters.recordId);
      // Dates are Taiwan calendar days: the day runs from 00:00 to 24:00 UTC+8.
      if (filters.from) add(`occurred_at >= (?::date)::timestamp AT TIME ZONE 'Asia/Taipei'`, filters.from);
      if (filters.to) add(`occurred_at < ((?::date) + 1)::timestamp AT TIME ZONE 'Asia/Taipei'`, filters.to);
      const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
      const total = await db.query<{ count: number }>(`SELECT count(*)::int AS count FROM audit_events ${whereSql}`, params);
      const rows = await db.query<{
        id: number;
        occurred_at: Date;
        actor_username: string | null;
        action: string;
        record_type: string;
        record_id: string | null;
        request_id: string | null;
        details: Record<string, unknown>;
      }>(
        `SELECT id, occurred_at, actor_username, action, record_type, record_id, request_id, details
         FROM audit_events ${whereSql}
         ORDER BY occurred_at DESC, id DESC
         LIMIT ${filters.pageSize} OFFSET ${(filters.page - 1) * filters.pageSize}`,
        params,
      );
      return {
        total: total.rows[0]?.count ?? 0,
        items: rows.rows.map((row) => ({
          id: Number(row.id),
          occurredAt: new Date(row.occurred_at).toISOString(),
          actorUsername: row.actor_username,
          action: row.action,
          recordType: row.record_type,
          recordId: row.record_id,
          requestId: row.request_id,
          details: row.details,
        })),
      };
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
