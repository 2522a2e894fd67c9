import { sql } from 'kysely';
import type { Db, Queryable } from '../../db/client.ts';
import { qb } from '../../db/query.ts';
import type { ListDefinition } from '../../shared/http/list.ts';
import type { AuditSortKey } from './audit.contract.ts';
import type { AuditReference } from './audit.references.ts';

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
  /** The staff member's name as the bureau knows them; null for the system and for public accounts. */
  actorName: string | null;
  action: string;
  recordType: string;
  recordId: string | null;
  /** The record's public reference (a complaint's tracking code) where its module gives one. */
  reference: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
};

export type AuditFilters = {
  actor?: string | undefined;
  action?: string | undefined;
  recordType?: string | undefined;
  recordId?: string | undefined;
  /** A public reference (TC-…, MC-…): resolved to its record by the module that owns it. */
  reference?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
};

type AuditRow = {
  id: number;
  occurred_at: Date;
  actor_username: string | null;
  actor_name: string | null;
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
    actorName: row.actor_name,
    action: row.action,
    recordType: row.record_type,
    recordId: row.record_id,
    reference: null,
    requestId: row.request_id,
    details: row.details,
  };
}

/** A reference that matches no record: the search answers an empty trail rather than the whole of it. */
const noRecord = '00000000-0000-0000-0000-000000000000';

export function createAuditService(deps: { db: Db; references?: readonly AuditReference[] }) {
  const references = deps.references ?? [];
  return {
    /**
     * The trail, filtered; newest first by default. `actor` finds a staff member by username or by name (a
     * supervisor knows 張勞檢員, not inspector-3); `reference` finds a record by its public reference.
     */
    async list(filters: AuditFilters): Promise<ListDefinition<AuditSortKey, AuditRow>> {
      // Staff names come from the shared staff record (the access module's accounts), as on every staff page.
      let query = qb
        .selectFrom('audit_events as a')
        .leftJoin('staff_users as s', 's.id', 'a.actor_id')
        .select(['a.id', 'a.occurred_at', 'a.actor_username', 's.display_name as actor_name', 'a.action', 'a.record_type', 'a.record_id', 'a.request_id', 'a.details'])
        .$castTo<AuditRow>();
      if (filters.actor) {
        const actor = filters.actor;
        const contains = `%${actor.replace(/[%_\\]/g, (ch) => `\\${ch}`)}%`;
        query = query.where((eb) => eb.or([eb('a.actor_username', '=', actor), eb('s.display_name', 'like', contains)]));
      }
      if (filters.action) query = query.where('a.action', 'like', `${filters.action.replace(/[%_\\]/g, (ch) => `\\${ch}`)}%`);
      if (filters.recordType) query = query.where('a.record_type', '=', filters.recordType);
      if (filters.recordId) query = query.where('a.record_id', '=', filters.recordId);
      if (filters.reference) {
        const text = filters.reference.trim();
        const resolver = references.find((r) => r.matches(text));
        const id = resolver ? await resolver.find(text) : null;
        query = resolver && id ? query.where('a.record_type', '=', resolver.recordType).where('a.record_id', '=', id) : query.where('a.record_id', '=', noRecord);
      }
      // Dates are Taiwan calendar days: the day runs from 00:00 to 24:00 UTC+8.
      if (filters.from) query = query.where(sql<boolean>`a.occurred_at >= (cast(${filters.from} as date))::timestamp AT TIME ZONE 'Asia/Taipei'`);
      if (filters.to) query = query.where(sql<boolean>`a.occurred_at < (cast(${filters.to} as date) + 1)::timestamp AT TIME ZONE 'Asia/Taipei'`);
      return {
        query,
        sortKeys: {
          occurredAt: { expression: sql.ref('a.occurred_at'), type: 'timestamptz' },
          action: { expression: sql.ref('a.action'), type: 'text' },
          actor: { expression: sql.ref('a.actor_username'), type: 'text' },
          recordType: { expression: sql.ref('a.record_type'), type: 'text' },
        },
        defaultSort: '-occurredAt',
        unique: { expression: sql.ref('a.id'), type: 'bigint' },
      };
    },
    toAuditEvent,
    /** Adds each row's public reference, one query per record type on the page. */
    async withReferences(events: AuditEvent[]): Promise<AuditEvent[]> {
      const byType = new Map<string, string[]>();
      for (const event of events) if (event.recordId) byType.set(event.recordType, [...(byType.get(event.recordType) ?? []), event.recordId]);
      const labels = new Map<string, string>();
      for (const [recordType, ids] of byType) {
        const resolver = references.find((r) => r.recordType === recordType);
        if (!resolver) continue;
        for (const [id, reference] of await resolver.labels(ids)) labels.set(`${recordType}:${id}`, reference);
      }
      return events.map((event) => ({ ...event, reference: event.recordId ? (labels.get(`${event.recordType}:${event.recordId}`) ?? null) : null }));
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
