import { sql } from 'kysely';
import type { Db, Queryable } from '../../db/client.ts';
import { qb } from '../../db/query.ts';
import type { ListDefinition } from '../../shared/http/list.ts';
import type { AuditSortKey } from './audit.contract.ts';

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

export type AuditFilters = {
  actor?: string | undefined;
  action?: string | undefined;
  recordType?: string | undefined;
  recordId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
};

type AuditRow = {
  id: number;
  occurred_at: Date;
  actor_username: string | null;
  action: string;
  record_type: string;
  record_id: string | null;
  request_id: string | null;
  details: Record<string, unknown>;
};

export function toAuditEvent(row: AuditRow): AuditEvent {
  return {
    id: Number(row.id),
    occurredAt: new Date(row.occurred_at).toISOString(),
    actorUsername: row.actor_username,
    action: row.action,
    recordType: row.record_type,
    recordId: row.record_id,
    requestId: row.request_id,
    details: row.details,
  };
}

export function createAuditService(_deps: { db: Db }) {
  return {
    /** The trail, filtered; newest first by default. */
    list(filters: AuditFilters): ListDefinition<AuditSortKey, AuditRow> {
      let query = qb
        .selectFrom('audit_events')
        .select(['id', 'occurred_at', 'actor_username', 'action', 'record_type', 'record_id', 'request_id', 'details'])
        .$castTo<AuditRow>();
      if (filters.actor) query = query.where('actor_username', '=', filters.actor);
      if (filters.action) query = query.where('action', 'like', `${filters.action.replace(/[%_\\]/g, (ch) => `\\${ch}`)}%`);
      if (filters.recordType) query = query.where('record_type', '=', filters.recordType);
      if (filters.recordId) query = query.where('record_id', '=', filters.recordId);
      // Dates are Taiwan calendar days: the day runs from 00:00 to 24:00 UTC+8.
      if (filters.from) query = query.where(sql<boolean>`occurred_at >= (cast(${filters.from} as date))::timestamp AT TIME ZONE 'Asia/Taipei'`);
      if (filters.to) query = query.where(sql<boolean>`occurred_at < (cast(${filters.to} as date) + 1)::timestamp AT TIME ZONE 'Asia/Taipei'`);
      return {
        query,
        sortKeys: {
          occurredAt: { expression: sql.ref('occurred_at'), type: 'timestamptz' },
          action: { expression: sql.ref('action'), type: 'text' },
          actor: { expression: sql.ref('actor_username'), type: 'text' },
          recordType: { expression: sql.ref('record_type'), type: 'text' },
        },
        defaultSort: '-occurredAt',
        unique: { expression: sql.ref('id'), type: 'bigint' },
      };
    },
    toAuditEvent,
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
