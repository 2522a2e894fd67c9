/**
 * @module youth.bookings
 * Counselling at the career development centre (職涯發展中心): counsellors publish slots; a young person
 * books one online with their name, e-mail and date of birth and gets a booking code (ADR 0027), a
 * confirmation at once and a reminder the day before, both through the notifications outbox; they may
 * cancel with the code until the slot starts; the counsellor records a no-show or the session held.
 *
 * A place is taken by one conditional UPDATE of the slot's row (`booked < capacity`): concurrent bookers
 * queue on that row and the one that would overbook updates nothing (409 NO_PLACES_LEFT), on PostgreSQL
 * and on PGlite alike; the CHECK on the table is the backstop.
 */
import type { z } from '@hono/zod-openapi';
import { createHash, randomInt } from 'node:crypto';
import type { Db, Queryable } from '../../db/client.ts';
import { sql } from 'kysely';
import { qb } from '../../db/query.ts';
import { AppError } from '../../shared/errors.ts';
import type { AccountPrincipal, StaffPrincipal } from '../../shared/http/app-env.ts';
import type { ListDefinition } from '../../shared/http/list.ts';
import { plainDateIn } from '../../shared/documents/pdf.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { NotificationsService } from '../notifications/notifications.service.ts';
import { maskName } from '../people/identifiers.ts';
import type { bookRequest, createSlotRequest, publicSlot, sessionRecord, sessionRequest, slotDetail, staffSlot } from './youth.contract.ts';
import { ageOn } from './youth.age.ts';

export const remindersJobName = 'youth.booking-reminders';
/** The reminder goes out once the slot is this close (the day before). */
export const reminderLeadMs = 24 * 3_600_000;

const codeAlphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
/** 10 characters of 32: 50 bits, and no 0/O or 1/I to misread from a mail. */
export const newCode = () => Array.from({ length: 10 }, () => codeAlphabet[randomInt(codeAlphabet.length)]).join('');
export const hashCode = (code: string) => createHash('sha256').update(code.toUpperCase()).digest('hex');
const actorOf = (staff: StaffPrincipal) => ({ id: staff.id, username: staff.username });

type SlotRow = {
  id: string;
  starts_at: Date;
  ends_at: Date;
  venue: string;
  capacity: number;
  booked: number;
  status: 'open' | 'withdrawn';
  counsellor_name: string;
};
type BookingRow = {
  id: string;
  slot_id: string;
  name: string;
  email: string;
  birth_date: string;
  locale: string;
  status: 'booked' | 'cancelled' | 'no-show' | 'attended';
};
const slotColumns = `s.id, s.starts_at, s.ends_at, s.venue, s.capacity, s.booked, s.status, u.display_name AS counsellor_name`;

export function createBookings(deps: {
  db: Db;
  clock: () => Date;
  timeZone: string;
  bureauName: (locale: string) => string;
  notifications: Pick<NotificationsService, 'notify'>;
}) {
  const { db, clock, timeZone } = deps;
  const timeOf = (instant: Date) =>
    new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);

  const toPublic = (row: SlotRow): z.infer<typeof publicSlot> => ({
    id: row.id,
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    venue: row.venue,
    placesLeft: row.status === 'open' ? row.capacity - row.booked : 0,
  });
  const toStaff = (row: SlotRow): z.infer<typeof staffSlot> => ({
    ...toPublic(row),
    capacity: row.capacity,
    booked: row.booked,
    status: row.status,
    counsellorName: row.counsellor_name,
  });

  async function loadSlot(q: Queryable, id: string): Promise<SlotRow> {
    const row = (await q.query<SlotRow>(`SELECT ${slotColumns} FROM youth_slots s JOIN staff_users u ON u.id = s.counsellor_id WHERE s.id = $1`, [id])).rows[0];
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  async function bookingByCode(q: Queryable, code: string, lock = false): Promise<BookingRow> {
    const row = (
      await q.query<BookingRow>(
        `SELECT id, slot_id, name, email, birth_date::text AS birth_date, locale, status FROM youth_bookings WHERE code_hash = $1${lock ? ' FOR UPDATE' : ''}`,
        [hashCode(code)],
      )
    ).rows[0];
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  async function staffBooking(q: Queryable, id: string): Promise<BookingRow & { starts_at: Date }> {
    const row = (
      await q.query<BookingRow & { starts_at: Date }>(
        `SELECT b.id, b.slot_id, b.name, b.email, b.birth_date::text AS birth_date, b.locale, b.status, s.starts_at
           FROM youth_bookings b JOIN youth_slots s ON s.id = b.slot_id WHERE b.id = $1 FOR UPDATE OF b`,
        [id],
      )
    ).rows[0];
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  return {
    async createSlot(staff: StaffPrincipal, input: z.infer<typeof createSlotRequest>, requestId: string) {
      const startsAt = new Date(input.startsAt);
      if (startsAt <= clock()) {
        throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'startsAt', code: 'custom', message: 'validation.youth.slot_in_past' }] });
      }
      const endsAt = new Date(startsAt.getTime() + input.minutes * 60_000);
      return db.transaction(async (tx) => {
        const row = (
          await tx.query<{ id: string }>(
            'INSERT INTO youth_slots (counsellor_id, starts_at, ends_at, venue, capacity) VALUES ($1, $2, $3, $4, $5) RETURNING id',
            [staff.id, startsAt, endsAt, input.venue, input.capacity],
          )
        ).rows[0] as { id: string };
        await recordAudit(tx, { actor: actorOf(staff), action: 'youth-slot.create', recordType: 'youth-slot', recordId: row.id, requestId });
        return { id: row.id };
      });
    },

    async withdrawSlot(staff: StaffPrincipal, id: string, requestId: string) {
      return db.transaction(async (tx) => {
        const updated = await tx.query(`UPDATE youth_slots SET status = 'withdrawn' WHERE id = $1 AND status = 'open' AND booked = 0`, [id]);
        if (updated.rowCount === 0) {
          await loadSlot(tx, id);
          throw new AppError('INVALID_TRANSITION');
        }
        await recordAudit(tx, { actor: actorOf(staff), action: 'youth-slot.withdraw', recordType: 'youth-slot', recordId: id, requestId });
        return toStaff(await loadSlot(tx, id));
      });
    },

    /** Open slots from now on, with places left, earliest first: the public page. */
    async openSlots(): Promise<{ items: z.infer<typeof publicSlot>[] }> {
      const { rows } = await db.query<SlotRow>(
        `SELECT ${slotColumns} FROM youth_slots s JOIN staff_users u ON u.id = s.counsellor_id
          WHERE s.status = 'open' AND s.starts_at > $1 AND s.booked < s.capacity ORDER BY s.starts_at, s.id LIMIT 200`,
        [clock()],
      );
      return { items: rows.map(toPublic) };
    },

    /** The staff list of slots, from a day on (default: every slot). */
    list(filters: { from?: string | undefined }): ListDefinition<'startsAt', SlotRow> {
      let query = qb
        .selectFrom('youth_slots as s')
        .innerJoin('staff_users as u', 'u.id', 's.counsellor_id')
        .select(['s.id', 's.starts_at', 's.ends_at', 's.venue', 's.capacity', 's.booked', 's.status', 'u.display_name as counsellor_name'])
        .$castTo<SlotRow>();
      if (filters.from) query = query.where(sql<boolean>`(s.starts_at AT TIME ZONE ${timeZone})::date >= ${filters.from}::date`);
      return {
        query,
        sortKeys: { startsAt: { expression: sql.ref('s.starts_at'), type: 'timestamptz' } },
        defaultSort: '-startsAt',
        unique: { expression: sql.ref('s.id'), type: 'uuid' },
      };
    },
    toStaff,

    async slotDetail(id: string): Promise<z.infer<typeof slotDetail>> {
      const slot = await loadSlot(db, id);
      const { rows } = await db.query<{ id: string; name: string; birth_date: string; status: BookingRow['status']; session_id: string | null }>(
        `SELECT b.id, b.name, b.birth_date::text AS birth_date, b.status, se.id AS session_id
           FROM youth_bookings b LEFT JOIN youth_sessions se ON se.booking_id = b.id
          WHERE b.slot_id = $1 ORDER BY b.created_at, b.id`,
        [id],
      );
      const day = plainDateIn(slot.starts_at, timeZone);
      return {
        slot: toStaff(slot),
        bookings: rows.map((r) => ({ id: r.id, maskedName: maskName(r.name), ageOnSlotDay: ageOn(r.birth_date, day), status: r.status, sessionId: r.session_id })),
      };
    },

    /** Takes a place, or 409 NO_PLACES_LEFT / ALREADY_BOOKED; the confirmation mail commits with it. */
    async book(slotId: string, input: z.infer<typeof bookRequest>, account: AccountPrincipal | undefined, requestId: string) {
      const now = clock();
      if (input.birthDate > plainDateIn(now, timeZone)) {
        throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'birthDate', code: 'custom', message: 'validation.not_in_future' }] });
      }
      return db.transaction(async (tx) => {
        const taken = await tx.query(
          `UPDATE youth_slots SET booked = booked + 1 WHERE id = $1 AND status = 'open' AND starts_at > $2 AND booked < capacity`,
          [slotId, now],
        );
        const slot = await loadSlot(tx, slotId);
        if (taken.rowCount === 0) throw new AppError('NO_PLACES_LEFT');
        const code = newCode();
        let bookingId: string;
        try {
          bookingId = (
            (
              await tx.query<{ id: string }>(
                `INSERT INTO youth_bookings (slot_id, code_hash, name, email, birth_date, district_code, person_id, locale, created_at, updated_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id`,
                [slotId, hashCode(code), input.name, input.email, input.birthDate, input.districtCode ?? null, account?.kind === 'citizen' ? account.personId : null, input.locale, now],
              )
            ).rows[0] as { id: string }
          ).id;
        } catch (error) {
          if ((error as { code?: string }).code === '23505') throw new AppError('ALREADY_BOOKED');
          throw error;
        }
        await deps.notifications.notify(tx, {
          recordType: 'youth-booking',
          recordId: bookingId,
          channel: 'email',
          template: 'youth-booking-confirmation',
          locale: input.locale,
          to: input.email,
          params: {
            bureau: deps.bureauName(input.locale),
            code,
            date: plainDateIn(slot.starts_at, timeZone),
            time: timeOf(slot.starts_at),
            venue: slot.venue,
          },
        });
        await recordAudit(tx, { actor: null, action: 'youth-booking.create', recordType: 'youth-booking', recordId: bookingId, requestId });
        return { code, startsAt: slot.starts_at.toISOString(), endsAt: slot.ends_at.toISOString(), venue: slot.venue };
      });
    },

    /** The booking behind a code, for its holder (the name masked: a code can be overheard). */
    async byCode(code: string) {
      const booking = await bookingByCode(db, code);
      const slot = await loadSlot(db, booking.slot_id);
      return { status: booking.status, startsAt: slot.starts_at.toISOString(), endsAt: slot.ends_at.toISOString(), venue: slot.venue, maskedName: maskName(booking.name) };
    },

    /** Cancels with the code, until the slot starts; the place is free again. */
    async cancel(code: string, requestId: string) {
      return db.transaction(async (tx) => {
        const booking = await bookingByCode(tx, code, true);
        const slot = await loadSlot(tx, booking.slot_id);
        if (booking.status !== 'booked' || slot.starts_at <= clock()) throw new AppError('INVALID_TRANSITION');
        await tx.query(`UPDATE youth_bookings SET status = 'cancelled', updated_at = $2 WHERE id = $1`, [booking.id, clock()]);
        await tx.query('UPDATE youth_slots SET booked = booked - 1 WHERE id = $1', [booking.slot_id]);
        await recordAudit(tx, { actor: null, action: 'youth-booking.cancel', recordType: 'youth-booking', recordId: booking.id, requestId });
        return { status: 'cancelled' as const, startsAt: slot.starts_at.toISOString(), endsAt: slot.ends_at.toISOString(), venue: slot.venue, maskedName: maskName(booking.name) };
      });
    },

    /** The counsellor records that the young person did not come (only once the slot has started). */
    async recordNoShow(staff: StaffPrincipal, bookingId: string, requestId: string) {
      return db.transaction(async (tx) => {
        const booking = await staffBooking(tx, bookingId);
        if (booking.status !== 'booked' || booking.starts_at > clock()) throw new AppError('INVALID_TRANSITION');
        await tx.query(`UPDATE youth_bookings SET status = 'no-show', updated_at = $2 WHERE id = $1`, [bookingId, clock()]);
        await recordAudit(tx, { actor: actorOf(staff), action: 'youth-booking.no-show', recordType: 'youth-booking', recordId: bookingId, requestId });
        return { slotId: booking.slot_id };
      });
    },

    /** The session held: assessment, résumé review and plan. The booking becomes attended (a service counted). */
    async recordSession(staff: StaffPrincipal, bookingId: string, input: z.infer<typeof sessionRequest>, requestId: string) {
      return db.transaction(async (tx) => {
        const booking = await staffBooking(tx, bookingId);
        if (booking.status !== 'booked' || booking.starts_at > clock()) throw new AppError('INVALID_TRANSITION');
        const heldOn = plainDateIn(booking.starts_at, timeZone);
        const row = (
          await tx.query<{ id: string }>(
            `INSERT INTO youth_sessions (booking_id, counsellor_id, held_on, assessment, resume_review, plan) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
            [bookingId, staff.id, heldOn, input.assessment, input.resumeReview, input.plan],
          )
        ).rows[0] as { id: string };
        await tx.query(`UPDATE youth_bookings SET status = 'attended', updated_at = $2 WHERE id = $1`, [bookingId, clock()]);
        // Field names only: the notes themselves are the young person's and stay out of the trail.
        await recordAudit(tx, {
          actor: actorOf(staff),
          action: 'youth-session.record',
          recordType: 'youth-session',
          recordId: row.id,
          requestId,
          details: { fields: Object.entries(input).filter(([, v]) => v !== '').map(([k]) => k) },
        });
        return { id: row.id };
      });
    },

    /** A session record in full; every reading audited. */
    async viewSession(staff: StaffPrincipal, id: string, requestId: string): Promise<z.infer<typeof sessionRecord>> {
      return db.transaction(async (tx) => {
        const row = (
          await tx.query<{ id: string; booking_id: string; held_on: string; counsellor_name: string; assessment: string; resume_review: string; plan: string }>(
            `SELECT se.id, se.booking_id, se.held_on::text AS held_on, u.display_name AS counsellor_name, se.assessment, se.resume_review, se.plan
               FROM youth_sessions se JOIN staff_users u ON u.id = se.counsellor_id WHERE se.id = $1`,
            [id],
          )
        ).rows[0];
        if (!row) throw new AppError('NOT_FOUND');
        await recordAudit(tx, { actor: actorOf(staff), action: 'youth-session.view', recordType: 'youth-session', recordId: id, requestId });
        return {
          id: row.id,
          bookingId: row.booking_id,
          heldOn: row.held_on,
          counsellorName: row.counsellor_name,
          assessment: row.assessment,
          resumeReview: row.resume_review,
          plan: row.plan,
        };
      });
    },

    /**
     * Queues the reminder of every live booking whose slot starts within the next day and has none yet;
     * run hourly by the jobs kit. Rows are claimed with SKIP LOCKED, so two instances never mail twice.
     */
    async sendDueReminders(): Promise<number> {
      const now = clock();
      return db.transaction(async (tx) => {
        const { rows } = await tx.query<{ id: string; email: string; locale: string; starts_at: Date; venue: string }>(
          `SELECT b.id, b.email, b.locale, s.starts_at, s.venue FROM youth_bookings b JOIN youth_slots s ON s.id = b.slot_id
            WHERE b.status = 'booked' AND b.reminder_sent_at IS NULL AND s.starts_at > $1 AND s.starts_at <= $2
            ORDER BY s.starts_at LIMIT 500 FOR UPDATE OF b SKIP LOCKED`,
          [now, new Date(now.getTime() + reminderLeadMs)],
        );
        for (const row of rows) {
          await deps.notifications.notify(tx, {
            recordType: 'youth-booking',
            recordId: row.id,
            channel: 'email',
            template: 'youth-booking-reminder',
            locale: row.locale,
            to: row.email,
            params: { bureau: deps.bureauName(row.locale), date: plainDateIn(row.starts_at, timeZone), time: timeOf(row.starts_at), venue: row.venue },
          });
          await tx.query('UPDATE youth_bookings SET reminder_sent_at = $2 WHERE id = $1', [row.id, now]);
        }
        return rows.length;
      });
    },
  };
}

export type Bookings = ReturnType<typeof createBookings>;
