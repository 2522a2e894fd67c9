/**
 * @module job-fairs
 * Job fairs (就業博覽會, issue 8 "Job fairs", plan 一-2 and 五-4, ADR 0029): fairs of four kinds published by
 * employment officers, employers' sign-ups with their vacancies (read through the employment service),
 * pre-registration and check-in by QR code, interviews and hires on the spot, each fair's figures and the
 * public calendar with iCalendar files.
 */
import type { Db, Queryable } from '../../db/client.ts';
import type { EmploymentService } from '../employment/employment.service.ts';
import { createAttendance } from './job-fairs.attendance.ts';
import { createFairs } from './job-fairs.fairs.ts';

export function createJobFairsService(deps: { db: Db; clock: () => Date; timeZone: string; employment: Pick<EmploymentService, 'vacancySummaries' | 'hiredPersons'> }) {
  const fairs = createFairs(deps);
  const attendance = createAttendance({ ...deps, fairs });
  return {
    fairs,
    attendance,
    /** The staff page of a fair: everything, names masked. */
    async detail(id: string) {
      const fair = fairs.toStaff(await fairs.load(deps.db, id));
      const [employers, people, report] = await Promise.all([fairs.employersOf(id, false), attendance.registrationsOf(id), attendance.report(id)]);
      return { fair, employers, ...people, report };
    },
  };
}

export type JobFairsService = ReturnType<typeof createJobFairsService>;

/**
 * The citizen's data download and deletion (public-accounts privacy): their registrations are listed;
 * on deletion the name they gave is erased and the link to the person cut, while the fair keeps the
 * place in its counts (the figures are statistics, not about the person).
 */
export const jobFairsSubjectData = {
  name: 'job-fairs',
  async read(q: Queryable, personId: string) {
    const { rows } = await q.query(
      `SELECT f.title, f.starts_at, r.name, r.channel, r.checked_in_at, r.created_at
         FROM job_fair_registrations r JOIN job_fairs f ON f.id = r.fair_id WHERE r.person_id = $1 ORDER BY r.created_at`,
      [personId],
    );
    return { registrations: rows };
  },
  async forget(q: Queryable, personId: string) {
    await q.query(`UPDATE job_fair_registrations SET name = '-', person_id = NULL WHERE person_id = $1`, [personId]);
  },
};
