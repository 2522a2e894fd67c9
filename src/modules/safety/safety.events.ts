/**
 * @module safety.events
 * Promotion and training events (宣導會, 教育訓練, 安全衛生家族; plan 三 items 1–3): staff publish them,
 * register attendees and mark attendance. The employment module's events (job fairs, youth events) are tied
 * to vacancies and job seekers, so this small model lives here (ADR 0035). A registration takes its place
 * with one conditional UPDATE, so two desks racing for the last place never overbook it.
 */
import type { z } from '@hono/zod-openapi';
import { sql } from 'kysely';
import type { Db, Queryable } from '../../db/client.ts';
import { qb } from '../../db/query.ts';
import { AppError } from '../../shared/errors.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import type { ListDefinition } from '../../shared/http/list.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { maskName } from '../people/identifiers.ts';
import type { eventDetail, eventQuery, eventRequest, eventSortKeys, registrationRequest, safetyEvent } from './safety.contract.ts';

type EventRow = {
  id: string;
  kind: z.infer<typeof safetyEvent>['kind'];
  title: string;
  starts_at: Date;
  ends_at: Date;
  venue: string;
  district_code: string;
  capacity: number;
  registered: number;
  attended: number;
};
const actorOf = (staff: StaffPrincipal) => ({ id: staff.id, username: staff.username });
const attendedCount = sql<number>`(SELECT count(*)::int FROM safety_event_registrations r WHERE r.event_id = e.id AND r.attended_at IS NOT NULL)`;

export function createEvents(deps: { db: Db; clock: () => Date }) {
  const { db, clock } = deps;
  const select = () =>
    qb
      .selectFrom('safety_events as e')
      .select(['e.id', 'e.kind', 'e.title', 'e.starts_at', 'e.ends_at', 'e.venue', 'e.district_code', 'e.capacity', 'e.registered'])
      .select(attendedCount.as('attended'))
      .$castTo<EventRow>();
  const toEvent = (r: EventRow): z.infer<typeof safetyEvent> => ({
    id: r.id, kind: r.kind, title: r.title, startsAt: new Date(r.starts_at).toISOString(), endsAt: new Date(r.ends_at).toISOString(),
    venue: r.venue, districtCode: r.district_code, capacity: r.capacity, registered: r.registered, attended: r.attended,
  });
  async function load(q: Queryable, id: string) {
    const compiled = select().where('e.id', '=', id).compile();
    const row = (await q.query<EventRow>(compiled.sql, [...compiled.parameters])).rows[0];
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  return {
    toEvent,
    async create(staff: StaffPrincipal, input: z.infer<typeof eventRequest>, requestId: string) {
      const now = clock();
      return db.transaction(async (tx) => {
        const { rows } = await tx.query<{ id: string }>(
          `INSERT INTO safety_events (kind, title, starts_at, ends_at, venue, district_code, capacity, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
          [input.kind, input.title, input.startsAt, input.endsAt, input.venue, input.districtCode, input.capacity, staff.id, now],
        );
        const id = rows[0]!.id;
        await recordAudit(tx, { actor: actorOf(staff), action: 'safety.event.create', recordType: 'safety-event', recordId: id, requestId, details: { kind: input.kind }, occurredAt: now });
        return { id };
      });
    },
    /** Takes a place (409 NO_PLACES_LEFT when the last one is gone) and records the attendee. */
    async register(staff: StaffPrincipal, eventId: string, input: z.infer<typeof registrationRequest>, requestId: string) {
      const now = clock();
      return db.transaction(async (tx) => {
        const event = await load(tx, eventId);
        if (event.ends_at <= now) throw new AppError('INVALID_TRANSITION');
        const taken = await tx.query('UPDATE safety_events SET registered = registered + 1 WHERE id = $1 AND registered < capacity RETURNING id', [eventId]);
        if (taken.rows.length === 0) throw new AppError('NO_PLACES_LEFT');
        const { rows } = await tx.query<{ id: string }>(
          'INSERT INTO safety_event_registrations (event_id, attendee_name, organisation, registered_by, registered_at) VALUES ($1, $2, $3, $4, $5) RETURNING id',
          [eventId, input.attendeeName, input.organisation, staff.id, now],
        );
        const id = rows[0]!.id;
        await recordAudit(tx, { actor: actorOf(staff), action: 'safety.event.register', recordType: 'safety-event', recordId: eventId, requestId, details: { registrationId: id }, occurredAt: now });
        return { id };
      });
    },
    async markAttended(staff: StaffPrincipal, eventId: string, registrationId: string, requestId: string) {
      const now = clock();
      return db.transaction(async (tx) => {
        const updated = await tx.query(
          'UPDATE safety_event_registrations SET attended_at = coalesce(attended_at, $3) WHERE id = $1 AND event_id = $2 RETURNING id',
          [registrationId, eventId, now],
        );
        if (updated.rows.length === 0) throw new AppError('NOT_FOUND');
        await recordAudit(tx, { actor: actorOf(staff), action: 'safety.event.attend', recordType: 'safety-event', recordId: eventId, requestId, details: { registrationId }, occurredAt: now });
        return { attended: true };
      });
    },
    /** The event and its registrations, names masked (the attendance desk calls them out in full on site). */
    async detail(id: string): Promise<z.infer<typeof eventDetail>> {
      const event = toEvent(await load(db, id));
      const { rows } = await db.query<{ id: string; attendee_name: string; organisation: string; attended_at: Date | null; registered_at: Date }>(
        'SELECT id, attendee_name, organisation, attended_at, registered_at FROM safety_event_registrations WHERE event_id = $1 ORDER BY registered_at, id',
        [id],
      );
      return {
        event,
        registrations: rows.map((r) => ({ id: r.id, maskedName: maskName(r.attendee_name), organisation: r.organisation, attended: r.attended_at !== null, registeredAt: new Date(r.registered_at).toISOString() })),
      };
    },
    list(filters: Omit<z.infer<typeof eventQuery>, 'page' | 'pageSize' | 'sort' | 'format'>): ListDefinition<(typeof eventSortKeys)[number], EventRow> {
      let query = select();
      if (filters.kind) query = query.where('e.kind', '=', filters.kind);
      return {
        query,
        sortKeys: { startsAt: { expression: sql.ref('e.starts_at'), type: 'timestamptz' }, title: { expression: sql.ref('e.title'), type: 'text' } },
        defaultSort: '-startsAt',
        unique: { expression: sql.ref('e.id'), type: 'uuid' },
      };
    },
    async figures(year: number, now: Date) {
      const { rows } = await db.query<{ held: number; attendees: number }>(
        `SELECT count(DISTINCT e.id)::int AS held, count(r.attended_at)::int AS attendees
           FROM safety_events e LEFT JOIN safety_event_registrations r ON r.event_id = e.id
          WHERE e.starts_at >= $1 AND e.starts_at < $2 AND e.ends_at <= $3`,
        // Taichung keeps +08:00 all year (no daylight saving), so the year's bounds are fixed offsets.
        [new Date(`${year}-01-01T00:00:00+08:00`), new Date(`${year + 1}-01-01T00:00:00+08:00`), now],
      );
      return { eventsHeld: rows[0]?.held ?? 0, attendees: rows[0]?.attendees ?? 0 };
    },
  };
}

export type Events = ReturnType<typeof createEvents>;
