/**
 * @module programs/labor-university.sessions
 * The meetings of a labor-university course and the attendance taken at each (plan 第二部分 二-4: courses at
 * hours that fit working people, with enrolment and attendance). Lists mask the enrolled people's names.
 */
import type { z } from '@hono/zod-openapi';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { maskName } from '../people/identifiers.ts';
import type { attendanceInput, courseDetail, sessionInput } from './labor-university.contract.ts';

const actor = (staff: StaffPrincipal) => ({ id: staff.id, username: staff.username });

export function createCourseSessions({ db, clock }: { db: Db; clock: () => Date }) {
  return {
    async detail(courseId: string): Promise<z.infer<typeof courseDetail>> {
      const course = (
        await db.query<{ id: string; year: number; code: string; title: string; location: string; district_code: string | null; schedule: string; hours: number; fee_twd: number; places: number; enrolled: number }>(
          'SELECT * FROM labor_university_courses WHERE id = $1',
          [courseId],
        )
      ).rows[0];
      if (!course) throw new AppError('NOT_FOUND');
      const sessions = await db.query<{ id: string; starts_at: Date; ends_at: Date; location: string | null; taken: number; present: number }>(
        `SELECT s.id, s.starts_at, s.ends_at, s.location, count(a.enrolment_id)::int AS taken, count(a.enrolment_id) FILTER (WHERE a.present)::int AS present
           FROM labor_university_sessions s LEFT JOIN labor_university_attendance a ON a.session_id = s.id
          WHERE s.course_id = $1 GROUP BY s.id ORDER BY s.starts_at`,
        [courseId],
      );
      const enrolments = await db.query<{ id: string; name: string; application_id: string | null; enrolled_at: Date }>(
        `SELECT e.id, p.name, e.application_id, e.enrolled_at FROM labor_university_enrolments e JOIN people p ON p.id = e.person_id
          WHERE e.course_id = $1 ORDER BY e.enrolled_at, e.id`,
        [courseId],
      );
      const attended = await db.query<{ enrolment_id: string; session_id: string }>(
        `SELECT a.enrolment_id, a.session_id FROM labor_university_attendance a JOIN labor_university_sessions s ON s.id = a.session_id
          WHERE s.course_id = $1 AND a.present`,
        [courseId],
      );
      return {
        id: course.id, year: course.year, code: course.code, title: course.title, location: course.location, districtCode: course.district_code,
        schedule: course.schedule, hours: course.hours, feeTwd: course.fee_twd, places: course.places, enrolled: course.enrolled,
        sessions: sessions.rows.map((s) => ({ id: s.id, startsAt: s.starts_at.toISOString(), endsAt: s.ends_at.toISOString(), location: s.location, taken: s.taken > 0, present: s.present })),
        enrolments: enrolments.rows.map((e) => ({
          id: e.id,
          name: maskName(e.name),
          subsidised: e.application_id !== null,
          enrolledAt: e.enrolled_at.toISOString(),
          present: attended.rows.filter((a) => a.enrolment_id === e.id).map((a) => a.session_id),
        })),
      };
    },

    async addSession(staff: StaffPrincipal, courseId: string, input: z.infer<typeof sessionInput>, requestId: string) {
      return db.transaction(async (tx) => {
        const course = await tx.query('SELECT 1 FROM labor_university_courses WHERE id = $1', [courseId]);
        if (course.rowCount === 0) throw new AppError('NOT_FOUND');
        const clash = await tx.query('SELECT 1 FROM labor_university_sessions WHERE course_id = $1 AND starts_at = $2', [courseId, input.startsAt]);
        if (clash.rowCount > 0) throw new AppError('CONFLICT');
        const row = await tx.query<{ id: string }>(
          'INSERT INTO labor_university_sessions (course_id, starts_at, ends_at, location) VALUES ($1, $2, $3, $4) RETURNING id',
          [courseId, input.startsAt, input.endsAt, input.location ?? null],
        );
        const id = (row.rows[0] as { id: string }).id;
        await recordAudit(tx, { actor: actor(staff), action: 'labor-university.session', recordType: 'labor_university_course', recordId: courseId, requestId, details: { sessionId: id } });
        return { id };
      });
    },

    /**
     * Takes (or retakes) a session's attendance: every enrolment of the course is recorded, present when in
     * the list. Not before the session has started; an id that is no enrolment of the course is refused.
     */
    async recordAttendance(staff: StaffPrincipal, sessionId: string, input: z.infer<typeof attendanceInput>, requestId: string) {
      return db.transaction(async (tx) => {
        const session = (await tx.query<{ course_id: string; starts_at: Date }>('SELECT course_id, starts_at FROM labor_university_sessions WHERE id = $1 FOR UPDATE', [sessionId])).rows[0];
        if (!session) throw new AppError('NOT_FOUND');
        const now = clock();
        if (session.starts_at.getTime() > now.getTime()) {
          throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'present', code: 'custom', message: 'validation.programs.sessionNotStarted' }] });
        }
        const enrolments = (await tx.query<{ id: string }>('SELECT id FROM labor_university_enrolments WHERE course_id = $1', [session.course_id])).rows.map((r) => r.id);
        const known = new Set(enrolments);
        if (input.present.some((id) => !known.has(id))) {
          throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'present', code: 'custom', message: 'validation.programs.notEnrolled' }] });
        }
        const present = new Set(input.present);
        for (const id of enrolments) {
          await tx.query(
            `INSERT INTO labor_university_attendance (session_id, enrolment_id, present, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (session_id, enrolment_id) DO UPDATE SET present = EXCLUDED.present, recorded_by = EXCLUDED.recorded_by, recorded_at = EXCLUDED.recorded_at`,
            [sessionId, id, present.has(id), staff.id, now],
          );
        }
        await recordAudit(tx, { actor: actor(staff), action: 'labor-university.attendance', recordType: 'labor_university_course', recordId: session.course_id, requestId, details: { sessionId, present: present.size, of: enrolments.length } });
        return { present: present.size, absent: enrolments.length - present.size };
      });
    },
  };
}

export type CourseSessions = ReturnType<typeof createCourseSessions>;
