/**
 * @module programs/labor-university
 * The labor university (勞工大學, plan 第二部分 二-4 and 第一部分 七): courses at times and places that fit
 * working people, enrolments, and the full subsidy for the special groups, which is an application to the
 * `labor-university-subsidy` program of the engine, made in the same transaction as the enrolment.
 *
 * Indicator 7 (申請弱勢勞工就讀勞工大學補助人次 ÷ 當年度勞工大學人次 × 100, target 14.5 %) is read from here:
 * the numerator counts the year's enrolments that applied for the subsidy (an application, whatever its
 * decision, as the plan counts 申請…人次), the denominator every enrolment of the year.
 */
import type { z } from '@hono/zod-openapi';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import type { AccountPrincipal, StaffPrincipal } from '../../shared/http/app-env.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { ProgramsService } from './programs.service.ts';
import type { courseInput, enrolmentRequest } from './labor-university.contract.ts';

export const laborUniversitySubsidyCode = 'labor-university-subsidy';

export type Indicator7 = { year: number; subsidisedEnrolments: number; enrolments: number; percent: number | null; target: number };

export function createLaborUniversityService({ db, programs, clock }: { db: Db; programs: ProgramsService; clock: () => Date }) {
  return {
    async addCourse(staff: StaffPrincipal | null, input: z.infer<typeof courseInput>, requestId: string) {
      return db.transaction(async (tx) => {
        const exists = await tx.query('SELECT 1 FROM labor_university_courses WHERE year = $1 AND code = $2', [input.year, input.code]);
        if (exists.rowCount > 0) throw new AppError('CONFLICT');
        const row = await tx.query<{ id: string }>(
          `INSERT INTO labor_university_courses (year, code, title, location, district_code, schedule, hours, fee_twd, places)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
          [input.year, input.code, input.title, input.location, input.districtCode ?? null, input.schedule, input.hours, input.feeTwd, input.places],
        );
        const id = (row.rows[0] as { id: string }).id;
        await recordAudit(tx, { actor: staff ? { id: staff.id, username: staff.username } : null, action: 'labor-university.course', recordType: 'labor_university_course', recordId: id, requestId });
        return { id };
      });
    },

    /** A person's labor-university courses, for their career record (勞工職涯工作卡): what, where, hours, when. */
    async enrolmentsOfPerson(personId: string): Promise<{ enrolmentId: string; title: string; location: string; hours: number; enrolledAt: Date }[]> {
      const { rows } = await db.query<{ id: string; title: string; location: string; hours: number; enrolled_at: Date }>(
        `SELECT e.id, c.title, c.location, c.hours, e.enrolled_at FROM labor_university_enrolments e
           JOIN labor_university_courses c ON c.id = e.course_id WHERE e.person_id = $1 ORDER BY e.enrolled_at, e.id`,
        [personId],
      );
      return rows.map((r) => ({ enrolmentId: r.id, title: r.title, location: r.location, hours: r.hours, enrolledAt: r.enrolled_at }));
    },

    /** This year's courses for the public page: no enrolment data, only the places left. */
    async openCourses(year: number) {
      return (await this.courses(year)).map(({ enrolled, places, ...rest }) => ({ ...rest, placesLeft: Math.max(0, places - enrolled) }));
    },

    async courses(year: number) {
      const rows = await db.query<{ id: string; year: number; code: string; title: string; location: string; district_code: string | null; schedule: string; hours: number; fee_twd: number; places: number; enrolled: number }>(
        'SELECT * FROM labor_university_courses WHERE year = $1 ORDER BY code',
        [year],
      );
      return rows.rows.map((r) => ({
        id: r.id, year: r.year, code: r.code, title: r.title, location: r.location, districtCode: r.district_code,
        schedule: r.schedule, hours: r.hours, feeTwd: r.fee_twd, places: r.places, enrolled: r.enrolled,
      }));
    },

    /**
     * Enrols a person on a course: one conditional UPDATE takes a place (two enrolments racing for the last
     * place: one wins, the other gets PROGRAM_FULL). With a special group and consent, the subsidy is applied
     * for through the programs engine; its application rides on the enrolment.
     */
    async enrol(staff: StaffPrincipal, input: z.infer<typeof enrolmentRequest>, locale: Locale, requestId: string) {
      return this.enrolAs({ staff }, input, locale, requestId);
    },

    /** A signed-in citizen enrols themselves (their person record), applying for the subsidy the same way. */
    async enrolSelf(account: AccountPrincipal, input: Omit<z.infer<typeof enrolmentRequest>, 'personId'>, locale: Locale, requestId: string) {
      if (account.kind !== 'citizen') throw new AppError('FORBIDDEN');
      if (!account.personId) throw new AppError('ACCOUNT_NOT_LINKED');
      return this.enrolAs({ account }, { ...input, personId: account.personId }, locale, requestId);
    },

    async enrolAs(who: { staff: StaffPrincipal } | { account: AccountPrincipal }, input: z.infer<typeof enrolmentRequest>, locale: Locale, requestId: string) {
      const staff = 'staff' in who ? who.staff : null;
      const account = 'account' in who ? who.account : undefined;
      const actor = staff ? { id: staff.id, username: staff.username } : { id: (account as AccountPrincipal).id, username: `account:${(account as AccountPrincipal).kind}` };
      const course = (
        await db.query<{ id: string; year: number; fee_twd: number }>('SELECT id, year, fee_twd FROM labor_university_courses WHERE id = $1', [input.courseId])
      ).rows[0];
      if (!course) throw new AppError('NOT_FOUND');
      // The subsidy application is its own transaction in the engine; the enrolment follows and, if the
      // course is full or the person is already enrolled, the application is withdrawn again.
      let applicationId: string | null = null;
      if (input.specialGroup) {
        applicationId = (
          await programs.apply(
            staff,
            laborUniversitySubsidyCode,
            {
              personId: input.personId,
              facts: { specialGroups: [input.specialGroup], costTwd: course.fee_twd },
              specialGroupConsent: input.specialGroupConsent,
            },
            { channel: staff ? 'staff' : 'citizen', locale, requestId, ...(account ? { account } : {}) },
          )
        ).id;
      }
      try {
        return await db.transaction(async (tx) => {
          const taken = await tx.query('UPDATE labor_university_courses SET enrolled = enrolled + 1 WHERE id = $1 AND enrolled < places', [input.courseId]);
          if (taken.rowCount === 0) throw new AppError('PROGRAM_FULL');
          const already = await tx.query('SELECT 1 FROM labor_university_enrolments WHERE course_id = $1 AND person_id = $2', [input.courseId, input.personId]);
          if (already.rowCount > 0) throw new AppError('CONFLICT');
          const row = await tx.query<{ id: string }>(
            `INSERT INTO labor_university_enrolments (course_id, person_id, year, special_group, application_id, enrolled_at, created_by)
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
            [input.courseId, input.personId, course.year, applicationId ? input.specialGroup : null, applicationId, clock(), staff?.id ?? null],
          );
          const id = (row.rows[0] as { id: string }).id;
          await recordAudit(tx, { actor, action: 'labor-university.enrol', recordType: 'labor_university_enrolment', recordId: id, requestId, details: { subsidy: Boolean(applicationId) } });
          return { id, applicationId };
        });
      } catch (error) {
        if (applicationId) {
          await db.query(`UPDATE program_applications SET status = 'withdrawn' WHERE id = $1 AND status = 'submitted'`, [applicationId]);
        }
        throw error;
      }
    },

    /** Indicator 7 for a year: the read model the indicators module calls. */
    async indicator7(year: number): Promise<Indicator7> {
      const row = (
        await db.query<{ enrolments: number; subsidised: number }>(
          `SELECT count(*)::int AS enrolments,
                  count(*) FILTER (WHERE e.application_id IS NOT NULL AND a.status <> 'withdrawn')::int AS subsidised
             FROM labor_university_enrolments e LEFT JOIN program_applications a ON a.id = e.application_id
            WHERE e.year = $1`,
          [year],
        )
      ).rows[0] as { enrolments: number; subsidised: number };
      return {
        year,
        subsidisedEnrolments: row.subsidised,
        enrolments: row.enrolments,
        percent: row.enrolments === 0 ? null : Math.round((row.subsidised / row.enrolments) * 1000) / 10,
        target: 14.5,
      };
    },
  };
}

export type LaborUniversityService = ReturnType<typeof createLaborUniversityService>;
