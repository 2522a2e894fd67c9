/**
 * @module youth.summer-jobs
 * 特定對象大專青年暑期工讀 (summer jobs for college students from economically vulnerable households, plan
 * 第二部分 一-4). Staff place a student, who is a person of the people module, with a host employer of the
 * employers module, for a number of hours at an hourly wage:
 * - eligibility: the household status is 低收入戶 (社會救助法 §4) or 中低收入戶 (§4-1), entered by staff
 *   from the certificate, whose number and date of issue are kept (the platform cannot check it);
 * - pay: the hourly wage may not be below the minimum hourly wage in force on the first day (最低工資法
 *   §5: a wage agreed below the minimum wage is not allowed); refused with a 400 naming `hourlyWage`
 *   and the minimum, which is kept with the placement.
 */
import type { z } from '@hono/zod-openapi';
import { minimumWageOn, type MinimumWageRate } from '#labor-rules';
import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import { qb } from '../../db/query.ts';
import { AppError } from '../../shared/errors.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import type { ListDefinition } from '../../shared/http/list.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { EmployersService } from '../employers/employers.service.ts';
import { maskName } from '../people/identifiers.ts';
import { findPersonByIdNumber, readEligibilityFacts } from '../people/people.facts.ts';
import type { createSummerJobRequest, summerJob } from './youth.contract.ts';

type Row = {
  id: string;
  person_name: string;
  school: string;
  household_status: 'low-income' | 'middle-low-income';
  employer_name: string;
  start_on: string;
  end_on: string;
  hours: number;
  hourly_wage: number;
  minimum_hourly_wage: number;
};
const fieldError = (field: string, message: string, params: Record<string, string | number> = {}) =>
  new AppError('VALIDATION_FAILED', { params, fieldIssues: [{ field, code: 'custom', message }] });

/** The hourly minimum in force on `on`, and whether `hourlyWage` meets it (最低工資法 §5). */
export function checkHourlyWage(hourlyWage: number, on: string, minimumWages?: readonly MinimumWageRate[]) {
  const minimum = minimumWageOn(on, minimumWages);
  return { ok: hourlyWage >= minimum.hourly, minimum: minimum.hourly, effectiveFrom: minimum.effectiveFrom };
}

export function createSummerJobs(deps: { db: Db; employers: EmployersService; minimumWages?: () => Promise<readonly MinimumWageRate[]> }) {
  const { db } = deps;
  const toItem = (r: Row): z.infer<typeof summerJob> => ({
    id: r.id,
    maskedName: maskName(r.person_name),
    school: r.school,
    householdStatus: r.household_status,
    employerName: r.employer_name,
    startOn: r.start_on,
    endOn: r.end_on,
    hours: r.hours,
    hourlyWage: r.hourly_wage,
    minimumHourlyWage: r.minimum_hourly_wage,
    pay: r.hours * r.hourly_wage,
  });

  return {
    async create(staff: StaffPrincipal, input: z.infer<typeof createSummerJobRequest>, requestId: string) {
      const wage = checkHourlyWage(input.hourlyWage, input.startOn, await deps.minimumWages?.());
      if (!wage.ok) throw fieldError('hourlyWage', 'validation.wage_minimum', { minimum: wage.minimum, effectiveFrom: wage.effectiveFrom });
      if (input.householdDocument.issuedOn > input.startOn) throw fieldError('householdDocument.issuedOn', 'validation.youth.document_after_start');
      if (!(await deps.employers.exists(db, input.employerId))) throw fieldError('employerId', 'validation.youth.employer_unknown');
      return db.transaction(async (tx) => {
        const personId = await findPersonByIdNumber(tx, input.personIdNumber);
        const facts = personId ? await readEligibilityFacts(tx, personId, { purpose: 'youth-summer-jobs', on: input.startOn }) : undefined;
        if (!personId || !facts) throw fieldError('personIdNumber', 'validation.programs.personUnknown');
        if (!facts.birthDate) throw fieldError('personIdNumber', 'validation.youth.birth_date_unknown');
        let id: string;
        try {
          id = (
            (
              await tx.query<{ id: string }>(
                `INSERT INTO youth_summer_jobs (person_id, birth_date, district_code, school, household_status, household_document_number,
                   household_document_issued_on, employer_id, start_on, end_on, hours, hourly_wage, minimum_hourly_wage, created_by)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
                [
                  personId, facts.birthDate, facts.districtCode, input.school, input.householdStatus, input.householdDocument.number,
                  input.householdDocument.issuedOn, input.employerId, input.startOn, input.endOn, input.hours, input.hourlyWage, wage.minimum, staff.id,
                ],
              )
            ).rows[0] as { id: string }
          ).id;
        } catch (error) {
          if ((error as { code?: string }).code === '23505') throw new AppError('DUPLICATE_APPLICATION');
          throw error;
        }
        // The household status is special-group data: the trail says a status was entered, never which.
        await recordAudit(tx, {
          actor: { id: staff.id, username: staff.username },
          action: 'youth-summer-job.create',
          recordType: 'youth-summer-job',
          recordId: id,
          requestId,
          details: { fields: ['householdStatus', 'householdDocument', 'employerId', 'hours', 'hourlyWage'] },
        });
        return { id };
      });
    },

    list(filters: { year?: number | undefined }): ListDefinition<'startOn', Row> {
      let query = qb
        .selectFrom('youth_summer_jobs as j')
        .innerJoin('people as p', 'p.id', 'j.person_id')
        .innerJoin('employers as e', 'e.id', 'j.employer_id')
        .select([
          'j.id',
          'p.name as person_name',
          'j.school',
          'j.household_status',
          'e.name as employer_name',
          sql<string>`j.start_on::text`.as('start_on'),
          sql<string>`j.end_on::text`.as('end_on'),
          'j.hours',
          'j.hourly_wage',
          'j.minimum_hourly_wage',
        ])
        .$castTo<Row>();
      if (filters.year) query = query.where(sql<boolean>`extract(year FROM j.start_on) = ${filters.year}`);
      return {
        query,
        sortKeys: { startOn: { expression: sql.ref('j.start_on'), type: 'date' } },
        defaultSort: '-startOn',
        unique: { expression: sql.ref('j.id'), type: 'uuid' },
      };
    },
    toItem,
  };
}

export type SummerJobs = ReturnType<typeof createSummerJobs>;
