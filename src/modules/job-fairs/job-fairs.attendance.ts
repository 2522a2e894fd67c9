/**
 * @module job-fairs.attendance
 * Job seekers at a fair: pre-registration by a signed-in citizen, registration at the door by staff, the
 * code their QR code carries, check-in (twice is the same check-in), interviews and hires recorded on the
 * spot, and the fair's figures. A place is one conditional UPDATE of the fair's row (never more than the
 * capacity, whichever engine; ADR 0029); a second place for the same person is the unique index's 409.
 */
import { randomInt } from 'node:crypto';
import type { z } from '@hono/zod-openapi';
import QRCode from 'qrcode';
import type { Db, Queryable } from '../../db/client.ts';
import { plainDateIn } from '../../shared/documents/pdf.ts';
import { AppError } from '../../shared/errors.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { EmploymentService } from '../employment/employment.service.ts';
import { maskName } from '../people/identifiers.ts';
import type { checkedIn, fairReport, myRegistration, outcomeRequest, staffOutcome, staffRegistration } from './job-fairs.contract.ts';
import type { Fairs } from './job-fairs.fairs.ts';

// No 0/O or 1/I: the code is also typed in by hand at the door.
const codeAlphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const newCode = () => Array.from({ length: 10 }, () => codeAlphabet[randomInt(codeAlphabet.length)]).join('');
const actorOf = (staff: StaffPrincipal) => ({ id: staff.id, username: staff.username });
const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === '23505';

/** The QR code of a registration: an SVG of the code alone, made on the server (no web bundle cost). */
export const qrSvg = (code: string) => QRCode.toString(code, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });

type RegistrationRow = { id: string; fair_id: string; name: string; person_id: string | null; channel: 'online' | 'door'; checked_in_at: Date | null; locale?: Locale };

export function createAttendance(deps: { db: Db; clock: () => Date; timeZone: string; fairs: Fairs; employment: Pick<EmploymentService, 'hiredPersons'> }) {
  const { db, clock, fairs } = deps;

  /** Check-in runs on the fair's day (in the bureau's time zone) until the fair ends. */
  const doorsOpen = (fair: { starts_at: Date; ends_at: Date }, now: Date) =>
    plainDateIn(now, deps.timeZone) >= plainDateIn(fair.starts_at, deps.timeZone) && now < fair.ends_at;

  /** Takes a place on an open fair and inserts the registration, in the caller's transaction. */
  async function takePlace(tx: Queryable, fairId: string, row: { name: string; personId: string | null; channel: 'online' | 'door'; checkedInBy: string | null; locale: Locale }) {
    const now = clock();
    const taken = await tx.query(
      `UPDATE job_fairs SET registered = registered + 1 WHERE id = $1 AND status = 'published' AND ends_at > $2 AND registered < capacity`,
      [fairId, now],
    );
    const fair = await fairs.loadPublished(tx, fairId);
    if (taken.rowCount === 0) throw new AppError(fair.ends_at <= now ? 'INVALID_TRANSITION' : 'NO_PLACES_LEFT');
    // At the door means on the fair's day: the row's UPDATE is undone with the transaction.
    if (row.checkedInBy && !doorsOpen(fair, now)) throw new AppError('INVALID_TRANSITION');
    const code = newCode();
    try {
      const inserted = await tx.query<{ id: string }>(
        `INSERT INTO job_fair_registrations (fair_id, code, name, person_id, channel, checked_in_at, checked_in_by, created_at, locale)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [fairId, code, row.name, row.personId, row.channel, row.checkedInBy ? now : null, row.checkedInBy, now, row.locale],
      );
      return { id: (inserted.rows[0] as { id: string }).id, fairId, code, qrSvg: await qrSvg(code) };
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError('ALREADY_BOOKED');
      throw error;
    }
  }

  async function registrationByCode(q: Queryable, fairId: string, code: string): Promise<RegistrationRow> {
    const row = (
      await q.query<RegistrationRow>(
        'SELECT id, fair_id, name, person_id, channel, checked_in_at FROM job_fair_registrations WHERE code = $1 AND fair_id = $2 FOR UPDATE',
        [code, fairId],
      )
    ).rows[0];
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  async function report(fairId: string): Promise<z.infer<typeof fairReport>> {
    const fair = await fairs.load(db, fairId);
    const counts = (
      await db.query<{ registered: number; pre_registered: number; checked_in: number; interviews: number; hired: number }>(
        `SELECT
           (SELECT count(*)::int FROM job_fair_registrations WHERE fair_id = $1) AS registered,
           (SELECT count(*)::int FROM job_fair_registrations WHERE fair_id = $1 AND channel = 'online') AS pre_registered,
           (SELECT count(*)::int FROM job_fair_registrations WHERE fair_id = $1 AND checked_in_at IS NOT NULL) AS checked_in,
           (SELECT count(DISTINCT (registration_id, employer_id))::int FROM job_fair_outcomes WHERE fair_id = $1) AS interviews,
           (SELECT count(DISTINCT registration_id)::int FROM job_fair_outcomes WHERE fair_id = $1 AND kind = 'hire') AS hired`,
        [fairId],
      )
    ).rows[0] as { registered: number; pre_registered: number; checked_in: number; interviews: number; hired: number };
    const employers = await fairs.employersOf(fairId, true);
    const vacancyIds = employers.flatMap((e) => e.vacancies.map((v) => v.id));
    const persons = (
      await db.query<{ person_id: string }>(
        'SELECT DISTINCT person_id FROM job_fair_registrations WHERE fair_id = $1 AND checked_in_at IS NOT NULL AND person_id IS NOT NULL',
        [fairId],
      )
    ).rows.map((r) => r.person_id);
    const confirmed = await deps.employment.hiredPersons({ personIds: persons, vacancyIds, from: plainDateIn(fair.starts_at, deps.timeZone) });
    return {
      fairId,
      registered: counts.registered,
      preRegistered: counts.pre_registered,
      checkedIn: counts.checked_in,
      employers: employers.length,
      vacancies: vacancyIds.length,
      openings: employers.reduce((sum, e) => sum + e.vacancies.reduce((s, v) => s + v.openings, 0), 0),
      interviews: counts.interviews,
      hiredOnSpot: counts.hired,
      preliminaryMatchRate: counts.checked_in === 0 ? null : Math.round((counts.hired / counts.checked_in) * 1000) / 10,
      confirmedHires: confirmed.length,
    };
  }

  return {
    report,

    /** A signed-in citizen pre-registers for themself; 409 ALREADY_BOOKED for a second place. */
    /** A signed-in citizen's registration, in the language of the pages they used (shown to staff, issue 15 §1). */
    async preRegister(person: { personId: string }, fairId: string, name: string, meta: { requestId: string; locale: Locale }) {
      const { requestId, locale } = meta;
      return db.transaction(async (tx) => {
        const placed = await takePlace(tx, fairId, { name, personId: person.personId, channel: 'online', checkedInBy: null, locale });
        await recordAudit(tx, { actor: null, action: 'job-fair.pre-register', recordType: 'job-fair-registration', recordId: placed.id, requestId });
        return placed;
      });
    },

    /** Staff register someone at the door, who is checked in at once. */
    async registerAtDoor(staff: StaffPrincipal, fairId: string, name: string, requestId: string) {
      return db.transaction(async (tx) => {
        // Registered by staff at the door: the language is the desk's, recorded as Chinese.
        const placed = await takePlace(tx, fairId, { name, personId: null, channel: 'door', checkedInBy: staff.id, locale: 'zh-TW' });
        await recordAudit(tx, { actor: actorOf(staff), action: 'job-fair.door-register', recordType: 'job-fair-registration', recordId: placed.id, requestId });
        return placed;
      });
    },

    /** Checks in the holder of a code; a second scan answers the first check-in, unchanged. */
    async checkIn(staff: StaffPrincipal, fairId: string, code: string, requestId: string): Promise<z.infer<typeof checkedIn>> {
      return db.transaction(async (tx) => {
        const fair = await fairs.loadPublished(tx, fairId);
        const registration = await registrationByCode(tx, fairId, code);
        const masked = maskName(registration.name);
        if (registration.checked_in_at) {
          return { registrationId: registration.id, maskedName: masked, checkedInAt: registration.checked_in_at.toISOString(), alreadyCheckedIn: true };
        }
        const now = clock();
        if (!doorsOpen(fair, now)) throw new AppError('INVALID_TRANSITION');
        await tx.query('UPDATE job_fair_registrations SET checked_in_at = $2, checked_in_by = $3 WHERE id = $1', [registration.id, now, staff.id]);
        await recordAudit(tx, { actor: actorOf(staff), action: 'job-fair.check-in', recordType: 'job-fair-registration', recordId: registration.id, requestId });
        return { registrationId: registration.id, maskedName: masked, checkedInAt: now.toISOString(), alreadyCheckedIn: false };
      });
    },

    /** An interview or a hire at the fair, by an approved employer, of a job seeker who checked in. */
    async recordOutcome(staff: StaffPrincipal, fairId: string, input: z.infer<typeof outcomeRequest>, requestId: string) {
      const employer = (await fairs.employersOf(fairId, true)).find((e) => e.employerId === input.employerId);
      if (!employer) throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'employerId', code: 'custom', message: 'validation.jobFairs.employer_not_approved' }] });
      if (input.vacancyId && !employer.vacancies.some((v) => v.id === input.vacancyId)) {
        throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'vacancyId', code: 'custom', message: 'validation.jobFairs.vacancy_not_offered' }] });
      }
      return db.transaction(async (tx) => {
        const registration = (
          await tx.query<{ checked_in_at: Date | null }>('SELECT checked_in_at FROM job_fair_registrations WHERE id = $1 AND fair_id = $2', [input.registrationId, fairId])
        ).rows[0];
        if (!registration) throw new AppError('NOT_FOUND');
        if (!registration.checked_in_at) throw new AppError('INVALID_TRANSITION');
        let id: string;
        try {
          id = (
            (
              await tx.query<{ id: string }>(
                `INSERT INTO job_fair_outcomes (fair_id, registration_id, employer_id, vacancy_id, kind, recorded_by, recorded_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
                [fairId, input.registrationId, input.employerId, input.vacancyId ?? null, input.kind, staff.id, clock()],
              )
            ).rows[0] as { id: string }
          ).id;
        } catch (error) {
          if (isUniqueViolation(error)) throw new AppError('CONFLICT');
          throw error;
        }
        await recordAudit(tx, { actor: actorOf(staff), action: `job-fair.${input.kind}`, recordType: 'job-fair-registration', recordId: input.registrationId, requestId });
        return { id };
      });
    },

    /** Registrations (names masked) and outcomes of a fair, for its staff page. */
    async registrationsOf(fairId: string): Promise<{ registrations: z.infer<typeof staffRegistration>[]; outcomes: z.infer<typeof staffOutcome>[] }> {
      const regs = (
        await db.query<RegistrationRow>(
          'SELECT id, fair_id, name, person_id, channel, checked_in_at, locale FROM job_fair_registrations WHERE fair_id = $1 ORDER BY created_at, id LIMIT 2000',
          [fairId],
        )
      ).rows;
      const names = new Map(regs.map((r) => [r.id, maskName(r.name)]));
      const employers = await fairs.employersOf(fairId, false);
      const outcomes = (
        await db.query<{ id: string; registration_id: string; employer_id: string; vacancy_id: string | null; kind: 'interview' | 'hire'; recorded_at: Date }>(
          'SELECT id, registration_id, employer_id, vacancy_id, kind, recorded_at FROM job_fair_outcomes WHERE fair_id = $1 ORDER BY recorded_at, kind DESC, id',
          [fairId],
        )
      ).rows;
      return {
        registrations: regs.map((r) => ({ id: r.id, maskedName: maskName(r.name), channel: r.channel, checkedInAt: r.checked_in_at?.toISOString() ?? null, locale: r.locale ?? 'zh-TW' })),
        outcomes: outcomes.map((o) => {
          const employer = employers.find((e) => e.employerId === o.employer_id);
          return {
            id: o.id,
            registrationId: o.registration_id,
            maskedName: names.get(o.registration_id) ?? '',
            employerName: employer?.employerName ?? '',
            vacancyTitle: employer?.vacancies.find((v) => v.id === o.vacancy_id)?.title ?? null,
            kind: o.kind,
            recordedAt: o.recorded_at.toISOString(),
          };
        }),
      };
    },

    /** A citizen's own registrations, each with its code and QR code. */
    async mine(personId: string): Promise<z.infer<typeof myRegistration>[]> {
      const { rows } = await db.query<{ id: string; fair_id: string; code: string; checked_in_at: Date | null }>(
        'SELECT id, fair_id, code, checked_in_at FROM job_fair_registrations WHERE person_id = $1 ORDER BY created_at DESC LIMIT 100',
        [personId],
      );
      return Promise.all(
        rows.map(async (r) => ({
          id: r.id,
          code: r.code,
          qrSvg: await qrSvg(r.code),
          checkedInAt: r.checked_in_at?.toISOString() ?? null,
          fair: fairs.toPublic(await fairs.load(db, r.fair_id)),
        })),
      );
    },
  };
}
