/**
 * @module programs/vocational-training
 * Vocational training for the unemployed (失業者職業訓練, plan 第二部分 二-5; ADR 0041): classes run by training
 * providers for an occupation of the employment module's classification, and their applicants, who are
 * job seekers of the employment module (linked by the job seeker's id, read through its service, never its
 * tables). An application is selected on the selection day or waitlisted; a selected trainee may drop out
 * or complete with their attendance hours. Selection takes a place with one conditional UPDATE, so two
 * officers racing for the last place never overbook it. Completed trainees are the employment module's
 * follow-up prompt: `placementPrompts` is the read model it works from.
 *
 * The plan gives no training allowance (職業訓練生活津貼) rule or amount: a class carries one only as staff
 * entered it, with its source.
 */
import type { z } from '@hono/zod-openapi';
import type { Db, Queryable } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import type { AccountPrincipal, StaffPrincipal } from '../../shared/http/app-env.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { canSeeUnit } from '../../shared/scope.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { isOccupationCode, occupation } from '../employment/employment.occupations.ts';
import type { EmploymentSpells } from '../employment/employment.spells.ts';
import type { TrainingStatus, trainingClassInput, trainingTransitionRequest } from './vocational-training.contract.ts';

/** What training needs of the employment and people modules, through their services (wired in app.ts). */
export type JobSeekerDirectory = {
  /** The job seeker by id, with their person and station; undefined when there is none. */
  jobSeeker(id: string): Promise<{ id: string; personId: string; unitKind: 'station' | 'city'; stationCode: string | null } | undefined>;
  /** The person's job-seeker record, if they registered as one. */
  jobSeekerOfPerson(personId: string): Promise<{ id: string } | undefined>;
  /** Masked names of people. */
  maskedNames(personIds: readonly string[]): Promise<Map<string, string>>;
  /** The person's placements (employment's read model), to tell whether a completed trainee was placed. */
  spellsOfPerson(personId: string): Promise<EmploymentSpells>;
};

type ClassRow = {
  id: string; code: string; title: string; provider: string; occupation_code: string; hours: number; starts_on: string; ends_on: string;
  place: string; district_code: string | null; places: number; selected: number; selection_on: string;
  allowance_monthly_twd: number | null; allowance_source: string | null; applicants: number; waitlisted: number;
};
type EnrolmentRow = {
  id: string; class_id: string; job_seeker_id: string; person_id: string; status: TrainingStatus; attended_hours: number;
  channel: 'staff' | 'citizen'; applied_at: Date; completed_on: string | null;
};

const classColumns = `c.id, c.code, c.title, c.provider, c.occupation_code, c.hours, c.starts_on::text AS starts_on, c.ends_on::text AS ends_on,
  c.place, c.district_code, c.places, c.selected, c.selection_on::text AS selection_on, c.allowance_monthly_twd, c.allowance_source,
  (SELECT count(*)::int FROM training_enrolments e WHERE e.class_id = c.id AND e.status <> 'dropped') AS applicants,
  (SELECT count(*)::int FROM training_enrolments e WHERE e.class_id = c.id AND e.status = 'waitlisted') AS waitlisted`;
const enrolmentColumns = 'id, class_id, job_seeker_id, person_id, status, attended_hours, channel, applied_at, completed_on::text AS completed_on';

/** The steps an enrolment may take; every other one is INVALID_TRANSITION. */
const next: Record<TrainingStatus, readonly TrainingStatus[]> = {
  applied: ['selected', 'waitlisted', 'dropped'],
  waitlisted: ['selected', 'dropped'],
  selected: ['dropped', 'completed'],
  dropped: [],
  completed: [],
};

export function createVocationalTrainingService({ db, clock, timeZone, seekers }: { db: Db; clock: () => Date; timeZone: string; seekers: JobSeekerDirectory }) {
  const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const today = () => dayFormat.format(clock());
  const isOpen = (row: { selection_on: string }) => today() < row.selection_on;
  const occupationName = (code: string, locale: Locale) => {
    const found = occupation(code);
    return found ? (locale === 'zh-TW' || !found.nameEn ? found.name : found.nameEn) : code;
  };
  const staffActor = (staff: StaffPrincipal) => ({ id: staff.id, username: staff.username });

  const classView = (row: ClassRow, locale: Locale) => ({
    id: row.id,
    code: row.code,
    title: row.title,
    provider: row.provider,
    occupationCode: row.occupation_code,
    occupationName: occupationName(row.occupation_code, locale),
    hours: row.hours,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    place: row.place,
    districtCode: row.district_code,
    selectionOn: row.selection_on,
    allowanceMonthlyTwd: row.allowance_monthly_twd,
    allowanceSource: row.allowance_source,
    open: isOpen(row),
  });

  async function loadClass(q: Queryable, id: string): Promise<ClassRow> {
    const row = (await q.query<ClassRow>(`SELECT ${classColumns} FROM training_classes c WHERE c.id = $1`, [id])).rows[0];
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  async function event(tx: Queryable, enrolmentId: string, status: string, actorId: string | null, note: string | null = null) {
    await tx.query('INSERT INTO training_enrolment_events (enrolment_id, status, occurred_at, actor_id, note) VALUES ($1, $2, $3, $4, $5)', [enrolmentId, status, clock(), actorId, note]);
  }

  /** Files the application of a job seeker to an open class (one per job seeker and class). */
  async function applyFor(
    who: { staff: StaffPrincipal } | { account: AccountPrincipal },
    classId: string,
    seeker: { id: string; personId: string },
    requestId: string,
  ): Promise<{ id: string }> {
    const staff = 'staff' in who ? who.staff : null;
    const account = 'account' in who ? who.account : null;
    return db.transaction(async (tx) => {
      const row = await loadClass(tx, classId);
      if (!isOpen(row)) throw new AppError('PROGRAM_CLOSED');
      const at = clock();
      const inserted = await tx.query<{ id: string }>(
        `INSERT INTO training_enrolments (class_id, job_seeker_id, person_id, status, channel, account_id, applied_at, updated_at, created_by)
         VALUES ($1, $2, $3, 'applied', $4, $5, $6, $6, $7) ON CONFLICT (class_id, job_seeker_id) DO NOTHING RETURNING id`,
        [classId, seeker.id, seeker.personId, staff ? 'staff' : 'citizen', account?.id ?? null, at, staff?.id ?? null],
      );
      const id = inserted.rows[0]?.id;
      if (!id) throw new AppError('DUPLICATE_APPLICATION');
      await event(tx, id, 'applied', staff?.id ?? null);
      await recordAudit(tx, {
        actor: staff ? staffActor(staff) : { id: (account as AccountPrincipal).id, username: 'account:citizen' },
        action: 'training.apply',
        recordType: 'training_enrolment',
        recordId: id,
        requestId,
        details: { classId },
      });
      return { id };
    });
  }

  return {
    today,

    async addClass(staff: StaffPrincipal, input: z.infer<typeof trainingClassInput>, requestId: string) {
      if (!isOccupationCode(input.occupationCode)) {
        throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'occupationCode', code: 'custom', message: 'validation.programs.occupation' }] });
      }
      return db.transaction(async (tx) => {
        const inserted = await tx.query<{ id: string }>(
          `INSERT INTO training_classes (code, title, provider, occupation_code, hours, starts_on, ends_on, place, district_code, places, selection_on,
             allowance_monthly_twd, allowance_source, created_by, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) ON CONFLICT (code) DO NOTHING RETURNING id`,
          [
            input.code, input.title, input.provider, input.occupationCode, input.hours, input.startsOn, input.endsOn, input.place, input.districtCode ?? null,
            input.places, input.selectionOn, input.allowanceMonthlyTwd ?? null, input.allowanceSource ?? null, staff.id, clock(),
          ],
        );
        const id = inserted.rows[0]?.id;
        if (!id) throw new AppError('CONFLICT');
        await recordAudit(tx, { actor: staffActor(staff), action: 'training.class', recordType: 'training_class', recordId: id, requestId, details: { code: input.code } });
        return { id };
      });
    },

    /** Every class, newest start first, with its places, selected trainees, applicants and waitlist. */
    async classes(locale: Locale) {
      const { rows } = await db.query<ClassRow>(`SELECT ${classColumns} FROM training_classes c ORDER BY c.starts_on DESC, c.code`);
      return rows.map((row) => ({ ...classView(row, locale), places: row.places, selected: row.selected, applicants: row.applicants, waitlisted: row.waitlisted }));
    },

    /** The classes taking applications today, for job seekers: no applicant data, only the places left. */
    async openClasses(locale: Locale) {
      const { rows } = await db.query<ClassRow>(`SELECT ${classColumns} FROM training_classes c WHERE c.selection_on > $1::date ORDER BY c.selection_on, c.code`, [today()]);
      return rows.map((row) => ({ ...classView(row, locale), placesLeft: Math.max(0, row.places - row.selected) }));
    },

    /** One class with its applicants (names masked, each with their station); the view is audited. */
    async classDetail(staff: StaffPrincipal, id: string, locale: Locale, requestId: string) {
      const row = await loadClass(db, id);
      const { rows } = await db.query<EnrolmentRow>(`SELECT ${enrolmentColumns} FROM training_enrolments WHERE class_id = $1 ORDER BY applied_at, id`, [id]);
      const names = await seekers.maskedNames([...new Set(rows.map((r) => r.person_id))]);
      const stations = new Map<string, string | null>();
      for (const r of rows) stations.set(r.job_seeker_id, (await seekers.jobSeeker(r.job_seeker_id))?.stationCode ?? null);
      await db.transaction(async (tx) => {
        await recordAudit(tx, { actor: staffActor(staff), action: 'training.class.view', recordType: 'training_class', recordId: id, requestId });
      });
      return {
        ...classView(row, locale),
        places: row.places,
        selected: row.selected,
        applicants: row.applicants,
        waitlisted: row.waitlisted,
        enrolments: rows.map((r) => ({
          id: r.id,
          jobSeekerId: r.job_seeker_id,
          name: names.get(r.person_id) ?? '',
          stationCode: stations.get(r.job_seeker_id) ?? null,
          status: r.status,
          attendedHours: r.attended_hours,
          channel: r.channel,
          appliedAt: r.applied_at.toISOString(),
          completedOn: r.completed_on,
        })),
      };
    },

    /** Staff file the application of a job seeker they name by id. */
    async apply(staff: StaffPrincipal, input: { classId: string; jobSeekerId: string }, requestId: string) {
      const seeker = await seekers.jobSeeker(input.jobSeekerId);
      if (!seeker) {
        throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'jobSeekerId', code: 'custom', message: 'validation.programs.jobSeekerUnknown' }] });
      }
      return applyFor({ staff }, input.classId, seeker, requestId);
    },

    /** A signed-in citizen applies for themselves: only as a registered job seeker (NOT_A_JOB_SEEKER otherwise). */
    async applySelf(account: AccountPrincipal, classId: string, requestId: string) {
      if (account.kind !== 'citizen') throw new AppError('FORBIDDEN');
      if (!account.personId) throw new AppError('ACCOUNT_NOT_LINKED');
      const seeker = await seekers.jobSeekerOfPerson(account.personId);
      if (!seeker) throw new AppError('NOT_A_JOB_SEEKER');
      return applyFor({ account }, classId, { id: seeker.id, personId: account.personId }, requestId);
    },

    async mine(account: AccountPrincipal) {
      if (account.kind !== 'citizen' || !account.personId) return [];
      const { rows } = await db.query<{ id: string; code: string; title: string; starts_on: string; selection_on: string; status: TrainingStatus; attended_hours: number; hours: number }>(
        `SELECT e.id, c.code, c.title, c.starts_on::text AS starts_on, c.selection_on::text AS selection_on, e.status, e.attended_hours, c.hours
           FROM training_enrolments e JOIN training_classes c ON c.id = e.class_id WHERE e.person_id = $1 ORDER BY e.applied_at DESC, e.id`,
        [account.personId],
      );
      return rows.map((r) => ({ id: r.id, classCode: r.code, classTitle: r.title, startsOn: r.starts_on, selectionOn: r.selection_on, status: r.status, attendedHours: r.attended_hours, hours: r.hours }));
    },

    /**
     * Moves an enrolment on: selected (takes a place, NO_PLACES_LEFT when the class is full), waitlisted,
     * dropped (a selected trainee gives the place back), completed (with the hours attended, at most the
     * class's hours). The row lock on the enrolment makes two steps on it take turns.
     */
    async transition(staff: StaffPrincipal, id: string, input: z.infer<typeof trainingTransitionRequest>, requestId: string) {
      return db.transaction(async (tx) => {
        const row = (await tx.query<EnrolmentRow>(`SELECT ${enrolmentColumns} FROM training_enrolments WHERE id = $1 FOR UPDATE`, [id])).rows[0];
        if (!row) throw new AppError('NOT_FOUND');
        if (!next[row.status].includes(input.to)) throw new AppError('INVALID_TRANSITION');
        const klass = await loadClass(tx, row.class_id);
        if (input.attendedHours !== undefined && input.attendedHours > klass.hours) {
          throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'attendedHours', code: 'custom', message: 'validation.programs.attendedHoursMax' }] });
        }
        if (input.to === 'selected') {
          const taken = await tx.query('UPDATE training_classes SET selected = selected + 1 WHERE id = $1 AND selected < places', [row.class_id]);
          if (taken.rowCount === 0) throw new AppError('NO_PLACES_LEFT');
        }
        if (input.to === 'dropped' && row.status === 'selected') {
          await tx.query('UPDATE training_classes SET selected = selected - 1 WHERE id = $1', [row.class_id]);
        }
        await tx.query(
          `UPDATE training_enrolments SET status = $2, attended_hours = COALESCE($3, attended_hours), completed_on = $4, updated_at = $5 WHERE id = $1`,
          [id, input.to, input.attendedHours ?? null, input.to === 'completed' ? today() : null, clock()],
        );
        await event(tx, id, input.to, staff.id, input.note ?? null);
        await recordAudit(tx, { actor: staffActor(staff), action: `training.${input.to}`, recordType: 'training_enrolment', recordId: id, requestId, details: { attendedHours: input.attendedHours ?? null } });
        return { id, status: input.to };
      });
    },

    /** Records the hours a selected trainee attended so far (at most the class's hours). */
    async recordAttendance(staff: StaffPrincipal, id: string, attendedHours: number, requestId: string) {
      return db.transaction(async (tx) => {
        const row = (await tx.query<EnrolmentRow & { hours: number }>(
          `SELECT e.status, c.hours FROM training_enrolments e JOIN training_classes c ON c.id = e.class_id WHERE e.id = $1 FOR UPDATE OF e`,
          [id],
        )).rows[0];
        if (!row) throw new AppError('NOT_FOUND');
        if (row.status !== 'selected') throw new AppError('INVALID_TRANSITION');
        if (attendedHours > row.hours) {
          throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'attendedHours', code: 'custom', message: 'validation.programs.attendedHoursMax' }] });
        }
        await tx.query('UPDATE training_enrolments SET attended_hours = $2, updated_at = $3 WHERE id = $1', [id, attendedHours, clock()]);
        await recordAudit(tx, { actor: staffActor(staff), action: 'training.attendance', recordType: 'training_enrolment', recordId: id, requestId, details: { attendedHours } });
        return { id, attendedHours };
      });
    },

    /**
     * The employment module's follow-up prompt: trainees who completed a class, for the officer of their
     * station to place (the staff member's own station unless they see the whole city), with whether a
     * placement starting on or after the completion has been recorded since.
     */
    async placementPrompts(staff: StaffPrincipal, locale: Locale) {
      const { rows } = await db.query<EnrolmentRow & { code: string; title: string; occupation_code: string; hours: number }>(
        `SELECT e.id, e.class_id, e.job_seeker_id, e.person_id, e.status, e.attended_hours, e.channel, e.applied_at, e.completed_on::text AS completed_on,
                c.code, c.title, c.occupation_code, c.hours
           FROM training_enrolments e JOIN training_classes c ON c.id = e.class_id
          WHERE e.status = 'completed' ORDER BY e.completed_on DESC, e.id LIMIT 500`,
      );
      const names = await seekers.maskedNames([...new Set(rows.map((r) => r.person_id))]);
      const prompts = [];
      for (const r of rows) {
        const seeker = await seekers.jobSeeker(r.job_seeker_id);
        if (!seeker || !canSeeUnit(staff, { kind: seeker.unitKind, code: seeker.stationCode })) continue;
        const spells = await seekers.spellsOfPerson(r.person_id);
        const completedOn = r.completed_on as string;
        prompts.push({
          enrolmentId: r.id,
          jobSeekerId: r.job_seeker_id,
          name: names.get(r.person_id) ?? '',
          stationCode: seeker.stationCode,
          classCode: r.code,
          classTitle: r.title,
          occupationCode: r.occupation_code,
          occupationName: occupationName(r.occupation_code, locale),
          completedOn,
          attendedHours: r.attended_hours,
          hours: r.hours,
          placed: spells.spells.some((s) => s.startOn >= completedOn),
        });
      }
      return prompts;
    },
  };
}

export type VocationalTrainingService = ReturnType<typeof createVocationalTrainingService>;
