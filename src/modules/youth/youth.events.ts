/**
 * @module youth.events
 * Campus and workplace events (職涯探索, 職場體驗, 企業參訪): published by staff, with registration online
 * (a code, as for bookings), a capacity never overbooked (one conditional UPDATE of the event's row, as
 * youth.bookings does), attendance taken by staff and feedback from those who attended. There is no
 * job-fair module yet whose events these could reuse (ADR 0027).
 */
import type { z } from '@hono/zod-openapi';
import { sql } from 'kysely';
import type { Db, Queryable } from '../../db/client.ts';
import { qb } from '../../db/query.ts';
import { plainDateIn } from '../../shared/documents/pdf.ts';
import { AppError } from '../../shared/errors.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import type { ListDefinition } from '../../shared/http/list.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { EmployersService } from '../employers/employers.service.ts';
import { maskName } from '../people/identifiers.ts';
import { hashCode, newCode } from './youth.bookings.ts';
import type { bookRequest, createEventRequest, eventDetail, feedbackRequest, publicEvent, staffEvent } from './youth.contract.ts';

type EventRow = {
  id: string;
  kind: 'exploration' | 'experience' | 'visit';
  title: string;
  starts_at: Date;
  venue: string;
  district_code: string;
  capacity: number;
  registered: number;
  status: 'open' | 'cancelled';
  attended: number;
  feedback_average: string | null;
};
const actorOf = (staff: StaffPrincipal) => ({ id: staff.id, username: staff.username });
const attendedCount = sql<number>`(SELECT count(*)::int FROM youth_event_registrations r WHERE r.event_id = e.id AND r.attended_on IS NOT NULL)`;
const feedbackAverage = sql<string | null>`(SELECT avg(r.feedback_rating)::text FROM youth_event_registrations r WHERE r.event_id = e.id)`;

export function createEvents(deps: { db: Db; clock: () => Date; timeZone: string; employers: EmployersService }) {
  const { db, clock, timeZone } = deps;

  const toPublic = (row: EventRow): z.infer<typeof publicEvent> => ({
    id: row.id,
    kind: row.kind,
    title: row.title,
    startsAt: row.starts_at.toISOString(),
    venue: row.venue,
    districtCode: row.district_code,
    placesLeft: row.status === 'open' ? row.capacity - row.registered : 0,
  });
  const toStaff = (row: EventRow): z.infer<typeof staffEvent> => ({
    ...toPublic(row),
    capacity: row.capacity,
    registered: row.registered,
    attended: row.attended,
    status: row.status,
    feedbackAverage: row.feedback_average === null ? null : Math.round(Number(row.feedback_average) * 10) / 10,
  });

  const select = () =>
    qb
      .selectFrom('youth_events as e')
      .select(['e.id', 'e.kind', 'e.title', 'e.starts_at', 'e.venue', 'e.district_code', 'e.capacity', 'e.registered', 'e.status'])
      .select([attendedCount.as('attended'), feedbackAverage.as('feedback_average')])
      .$castTo<EventRow>();

  async function load(q: Queryable, id: string): Promise<EventRow> {
    const compiled = select().where('e.id', '=', id).compile();
    const row = (await q.query<EventRow>(compiled.sql, [...compiled.parameters])).rows[0];
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  async function registrationByCode(q: Queryable, code: string) {
    const row = (
      await q.query<{ id: string; event_id: string; status: string; attended_on: string | null }>(
        'SELECT id, event_id, status, attended_on::text AS attended_on FROM youth_event_registrations WHERE code_hash = $1 FOR UPDATE',
        [hashCode(code)],
      )
    ).rows[0];
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  return {
    async create(staff: StaffPrincipal, input: z.infer<typeof createEventRequest>, requestId: string) {
      if (input.employerId && !(await deps.employers.exists(db, input.employerId))) {
        throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'employerId', code: 'custom', message: 'validation.youth.employer_unknown' }] });
      }
      return db.transaction(async (tx) => {
        const row = (
          await tx.query<{ id: string }>(
            `INSERT INTO youth_events (kind, title, starts_at, venue, district_code, employer_id, capacity, created_by)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
            [input.kind, input.title, new Date(input.startsAt), input.venue, input.districtCode, input.employerId ?? null, input.capacity, staff.id],
          )
        ).rows[0] as { id: string };
        await recordAudit(tx, { actor: actorOf(staff), action: 'youth-event.create', recordType: 'youth-event', recordId: row.id, requestId });
        return { id: row.id };
      });
    },

    list(filters: { kind?: EventRow['kind'] | undefined }): ListDefinition<'startsAt' | 'title', EventRow> {
      let query = select();
      if (filters.kind) query = query.where('e.kind', '=', filters.kind);
      return {
        query,
        sortKeys: {
          startsAt: { expression: sql.ref('e.starts_at'), type: 'timestamptz' },
          title: { expression: sql.ref('e.title'), type: 'text' },
        },
        defaultSort: '-startsAt',
        unique: { expression: sql.ref('e.id'), type: 'uuid' },
      };
    },
    toStaff,

    async upcoming(): Promise<{ items: z.infer<typeof publicEvent>[] }> {
      const compiled = select().where('e.status', '=', 'open').where('e.starts_at', '>', clock()).orderBy('e.starts_at').orderBy('e.id').limit(200).compile();
      const { rows } = await db.query<EventRow>(compiled.sql, [...compiled.parameters]);
      return { items: rows.map(toPublic) };
    },

    async detail(id: string): Promise<z.infer<typeof eventDetail>> {
      const event = await load(db, id);
      const { rows } = await db.query<{ id: string; name: string; status: 'registered' | 'cancelled'; attended_on: string | null; feedback_rating: number | null; feedback_text: string | null }>(
        `SELECT id, name, status, attended_on::text AS attended_on, feedback_rating, feedback_text FROM youth_event_registrations
          WHERE event_id = $1 ORDER BY created_at, id`,
        [id],
      );
      return {
        event: toStaff(event),
        registrations: rows.map((r) => ({ id: r.id, maskedName: maskName(r.name), status: r.status, attendedOn: r.attended_on, feedbackRating: r.feedback_rating })),
        // Feedback without names: it is for improving the event, not about the person.
        feedback: rows.filter((r) => r.feedback_rating !== null).map((r) => ({ rating: r.feedback_rating as number, text: r.feedback_text ?? '' })),
      };
    },

    /** Registers for a place, or 409 NO_PLACES_LEFT / ALREADY_BOOKED. */
    async register(eventId: string, input: z.infer<typeof bookRequest>, requestId: string) {
      const now = clock();
      return db.transaction(async (tx) => {
        const taken = await tx.query(
          `UPDATE youth_events SET registered = registered + 1 WHERE id = $1 AND status = 'open' AND starts_at > $2 AND registered < capacity`,
          [eventId, now],
        );
        const event = await load(tx, eventId);
        if (taken.rowCount === 0) throw new AppError('NO_PLACES_LEFT');
        const code = newCode();
        let id: string;
        try {
          id = (
            (
              await tx.query<{ id: string }>(
                `INSERT INTO youth_event_registrations (event_id, code_hash, name, email, birth_date, district_code, locale, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
                [eventId, hashCode(code), input.name, input.email, input.birthDate, input.districtCode ?? null, input.locale, now],
              )
            ).rows[0] as { id: string }
          ).id;
        } catch (error) {
          if ((error as { code?: string }).code === '23505') throw new AppError('ALREADY_BOOKED');
          throw error;
        }
        await recordAudit(tx, { actor: null, action: 'youth-registration.create', recordType: 'youth-registration', recordId: id, requestId });
        return { code, title: event.title, startsAt: event.starts_at.toISOString(), venue: event.venue };
      });
    },

    /** Staff take attendance: each registration named is marked attended on the event's day. */
    async recordAttendance(staff: StaffPrincipal, eventId: string, registrationIds: readonly string[], requestId: string) {
      return db.transaction(async (tx) => {
        const event = await load(tx, eventId);
        if (event.starts_at > clock()) throw new AppError('INVALID_TRANSITION');
        const day = plainDateIn(event.starts_at, timeZone);
        const updated = await tx.query(
          `UPDATE youth_event_registrations SET attended_on = $3
            WHERE event_id = $1 AND id = ANY($2::uuid[]) AND status = 'registered' AND attended_on IS NULL`,
          [eventId, registrationIds, day],
        );
        await recordAudit(tx, {
          actor: actorOf(staff),
          action: 'youth-event.attendance',
          recordType: 'youth-event',
          recordId: eventId,
          requestId,
          details: { marked: updated.rowCount },
        });
        return { marked: updated.rowCount };
      });
    },

    /** Cancels a registration with its code before the event. */
    async cancel(code: string, requestId: string) {
      return db.transaction(async (tx) => {
        const registration = await registrationByCode(tx, code);
        const event = await load(tx, registration.event_id);
        if (registration.status !== 'registered' || event.starts_at <= clock()) throw new AppError('INVALID_TRANSITION');
        await tx.query(`UPDATE youth_event_registrations SET status = 'cancelled' WHERE id = $1`, [registration.id]);
        await tx.query('UPDATE youth_events SET registered = registered - 1 WHERE id = $1', [event.id]);
        await recordAudit(tx, { actor: null, action: 'youth-registration.cancel', recordType: 'youth-registration', recordId: registration.id, requestId });
        return { status: 'cancelled' as const };
      });
    },

    /** Feedback from someone who attended (their code), once. */
    async feedback(input: z.infer<typeof feedbackRequest>, requestId: string) {
      return db.transaction(async (tx) => {
        const registration = await registrationByCode(tx, input.code);
        const updated = await tx.query(
          'UPDATE youth_event_registrations SET feedback_rating = $2, feedback_text = $3 WHERE id = $1 AND attended_on IS NOT NULL AND feedback_rating IS NULL',
          [registration.id, input.rating, input.text],
        );
        if (updated.rowCount === 0) throw new AppError('INVALID_TRANSITION');
        await recordAudit(tx, { actor: null, action: 'youth-registration.feedback', recordType: 'youth-registration', recordId: registration.id, requestId });
        return { status: 'recorded' as const };
      });
    },
  };
}

export type Events = ReturnType<typeof createEvents>;
