/**
 * Job seekers: registered by an officer at their station (the record carries the station, ADR 0016), linked
 * to a person of the people module. 特定對象 status is kept apart, only with consent, and shown only to roles
 * with `employment.read-sensitive`; every full view is audited in the transaction that reads it.
 */
import type { z } from '@hono/zod-openapi';
import { sql } from 'kysely';
import type { Db, Queryable } from '../../db/client.ts';
import { qb } from '../../db/query.ts';
import { AppError } from '../../shared/errors.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import type { ListDefinition } from '../../shared/http/list.ts';
import { assertUnitVisible, inScope, registeringUnit, type UnitScope } from '../../shared/scope.ts';
import type { HomeUnit } from '../access/access.contract.ts';
import { hasPermission } from '../access/permissions.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { maskName } from '../people/identifiers.ts';
import type { PeopleService } from '../people/people.service.ts';
import type { ReferenceData } from '../reference-data/reference-data.ts';
import type { createJobSeekerRequest, jobSeekerRecord, jobSeekerSummary, JobSeekerSortKey } from './employment.contract.ts';
import type { SeekerProfile } from './employment.matching.ts';

export type JobSeekerRow = {
  id: string;
  person_id: string;
  unit_kind: HomeUnit['kind'];
  unit_code: string | null;
  officer_id: string | null;
  registered_on: string;
  desired_occupations: string[];
  district_codes: string[];
  lowest_wage_type: 'monthly' | 'hourly';
  lowest_wage: number | null;
  employment_type: 'full-time' | 'part-time' | 'either';
  shifts: string[];
  skills: string[];
  certificates: { kind: '技術士' | 'other'; name: string; level?: '甲' | '乙' | '丙' | '單一級'; number?: string }[];
  languages: string[];
  driving_licences: string[];
};

/** The columns a row needs, of table alias `t`; dates as text so that no time zone shifts them. */
export const jobSeekerColumnsOf = (t: string) =>
  `${t}.id, ${t}.person_id, ${t}.unit_kind, ${t}.unit_code, ${t}.officer_id, ${t}.registered_on::text AS registered_on,
  ${t}.desired_occupations, ${t}.district_codes, ${t}.lowest_wage_type, ${t}.lowest_wage, ${t}.employment_type, ${t}.shifts,
  ${t}.skills, ${t}.certificates, ${t}.languages, ${t}.driving_licences`;

/** The consent purpose under which 特定對象 status is kept (person_consents names the same purpose). */
export const specialGroupConsentPurpose = 'employment-special-group-services';

const actorOf = (staff: StaffPrincipal) => ({ id: staff.id, username: staff.username });

export function seekerProfile(row: JobSeekerRow): SeekerProfile {
  return {
    desiredOccupations: row.desired_occupations,
    districtCodes: row.district_codes,
    lowestWage: row.lowest_wage === null ? null : { type: row.lowest_wage_type, amount: row.lowest_wage },
    employmentType: row.employment_type,
    shifts: row.shifts,
    certificateNames: row.certificates.map((c) => (c.level ? `${c.level}級${c.name}` : c.name)).concat(row.certificates.map((c) => c.name)),
    languages: row.languages,
  };
}

export function createJobSeekers(deps: { db: Db; referenceData: ReferenceData; people: PeopleService; today: () => string }) {
  const { db, referenceData, today } = deps;

  async function load(q: Queryable, id: string): Promise<JobSeekerRow> {
    const row = (await q.query<JobSeekerRow>(`SELECT ${jobSeekerColumnsOf('j')} FROM job_seekers j WHERE j.id = $1`, [id])).rows[0];
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  return {
    load,

    /** The person's job-seeker record, if they are one (the cases module refers its clients through it). */
    async ofPerson(personId: string): Promise<JobSeekerRow | undefined> {
      return (await db.query<JobSeekerRow>(`SELECT ${jobSeekerColumnsOf('j')} FROM job_seekers j WHERE j.person_id = $1`, [personId])).rows[0];
    },

    /** Loads a job seeker the staff member may see (another station's is a 404). */
    async visible(staff: StaffPrincipal, id: string): Promise<JobSeekerRow> {
      const row = await load(db, id);
      assertUnitVisible(staff, { kind: row.unit_kind, code: row.unit_code });
      return row;
    },

    async create(staff: StaffPrincipal, input: z.infer<typeof createJobSeekerRequest>, requestId: string): Promise<{ id: string }> {
      const bad = input.districtCodes.find((code) => !referenceData.isDistrictCode(code));
      if (bad) throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'districtCodes', code: 'custom', message: 'validation.district' }] });
      const on = today();
      const consent = input.specialGroups?.consent;
      if (consent && (consent.givenOn > on || (consent.expiresOn !== undefined && consent.expiresOn <= on))) {
        throw new AppError('VALIDATION_FAILED', {
          fieldIssues: [{ field: 'specialGroups.consent', code: 'custom', message: 'validation.special_group_consent' }],
        });
      }
      // The person must exist (404 otherwise). People are one city-wide record each; whether an officer may
      // register a person registered by another unit is not checked yet (left in the report of issue 8).
      if ((await deps.people.summaries([input.personId])).size === 0) throw new AppError('NOT_FOUND');
      const unit = registeringUnit(staff);
      return db.transaction(async (tx) => {
        if ((await tx.query('SELECT 1 FROM job_seekers WHERE person_id = $1', [input.personId])).rowCount > 0) throw new AppError('CONFLICT');
        const inserted = await tx.query<{ id: string }>(
          `INSERT INTO job_seekers (person_id, unit_kind, unit_code, officer_id, registered_on, desired_occupations, district_codes,
             lowest_wage_type, lowest_wage, employment_type, shifts, skills, certificates, languages, driving_licences)
           VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15) RETURNING id`,
          [
            input.personId,
            unit.kind,
            unit.code,
            staff.id,
            on,
            input.desiredOccupations,
            input.districtCodes,
            input.lowestWage?.type ?? 'monthly',
            input.lowestWage?.amount ?? null,
            input.employmentType,
            input.shifts,
            input.skills,
            JSON.stringify(input.certificates),
            input.languages,
            input.drivingLicences,
          ],
        );
        const id = (inserted.rows[0] as { id: string }).id;
        if (input.specialGroups) {
          await tx.query(
            `INSERT INTO job_seeker_special_groups (job_seeker_id, special_groups, consent_purpose, consent_given_on, consent_expires_on)
             VALUES ($1, $2, $3, $4, $5)`,
            [id, input.specialGroups.groups, specialGroupConsentPurpose, input.specialGroups.consent.givenOn, input.specialGroups.consent.expiresOn ?? null],
          );
        }
        await recordAudit(tx, {
          actor: actorOf(staff),
          action: 'job-seeker.create',
          recordType: 'job-seeker',
          recordId: id,
          requestId,
          details: { station: unit.code, hasSpecialGroups: Boolean(input.specialGroups) },
        });
        return { id };
      });
    },

    /** The staff list: masked names only, the home station unless `scope=city`. */
    list(scope: UnitScope): ListDefinition<JobSeekerSortKey, JobSeekerRow & { person_name: string; placed: boolean }> {
      // The masked name comes from the shared person record (people module), joined for display only.
      const query = qb
        .selectFrom('job_seekers as j')
        .innerJoin('people as p', 'p.id', 'j.person_id')
        .selectAll('j')
        .select([
          'p.name as person_name',
          sql<string>`j.registered_on::text`.as('registered_on'),
          sql<boolean>`EXISTS (SELECT 1 FROM referrals r WHERE r.job_seeker_id = j.id AND r.status = 'hired')`.as('placed'),
        ])
        .where(inScope(scope, 'j'))
        .$castTo<JobSeekerRow & { person_name: string; placed: boolean }>();
      return {
        query,
        sortKeys: { registeredOn: { expression: sql.ref('j.registered_on'), type: 'date' } },
        defaultSort: '-registeredOn',
        unique: { expression: sql.ref('j.id'), type: 'uuid' },
      };
    },

    toSummary: (row: JobSeekerRow & { person_name: string; placed: boolean }): z.infer<typeof jobSeekerSummary> => ({
      id: row.id,
      personName: maskName(row.person_name),
      stationCode: row.unit_code,
      registeredOn: row.registered_on,
      desiredOccupations: row.desired_occupations,
      districtCodes: row.district_codes,
      placed: row.placed,
    }),

    /**
     * The full profile, with the person's identifiers. Audited in the same transaction as the read; the
     * person record itself is read through the people service, which audits its own view.
     */
    async view(staff: StaffPrincipal, id: string, requestId: string): Promise<z.infer<typeof jobSeekerRecord>> {
      const includeSensitive = hasPermission(staff.roles, 'employment.read-sensitive');
      const result = await db.transaction(async (tx) => {
        const row = await load(tx, id);
        assertUnitVisible(staff, { kind: row.unit_kind, code: row.unit_code });
        let special: { special_groups: string[]; consent_given_on: string; consent_expires_on: string | null } | undefined;
        if (includeSensitive) {
          special = (
            await tx.query<{ special_groups: string[]; consent_given_on: string; consent_expires_on: string | null }>(
              `SELECT special_groups, consent_given_on::text AS consent_given_on, consent_expires_on::text AS consent_expires_on
               FROM job_seeker_special_groups WHERE job_seeker_id = $1`,
              [id],
            )
          ).rows[0];
        }
        await recordAudit(tx, {
          actor: actorOf(staff),
          action: includeSensitive ? 'job-seeker.view-full-sensitive' : 'job-seeker.view-full',
          recordType: 'job-seeker',
          recordId: id,
          requestId,
        });
        return { row, special };
      });
      const person = await deps.people.view(staff, result.row.person_id, { includeSensitive: false, requestId });
      const { row, special } = result;
      // Consent that has run out no longer lets anyone see the status.
      const consentValid = special && (special.consent_expires_on === null || special.consent_expires_on > today());
      return {
        id: row.id,
        person: { id: person.id, name: person.name, idNumber: person.idNumber, phone: person.phone, districtCode: person.districtCode },
        stationCode: row.unit_code,
        registeredOn: row.registered_on,
        desiredOccupations: row.desired_occupations,
        districtCodes: row.district_codes,
        lowestWage: row.lowest_wage === null ? null : { type: row.lowest_wage_type, amount: row.lowest_wage },
        employmentType: row.employment_type,
        shifts: row.shifts,
        skills: row.skills,
        certificates: row.certificates,
        languages: row.languages,
        drivingLicences: row.driving_licences,
        ...(includeSensitive
          ? {
              specialGroups: special && consentValid
                ? { groups: special.special_groups, consentGivenOn: special.consent_given_on, consentExpiresOn: special.consent_expires_on }
                : null,
            }
          : {}),
      };
    },

    /** Job seekers of a scope, for matching a vacancy. */
    async inScope(scope: UnitScope, limit: number): Promise<(JobSeekerRow & { person_name: string })[]> {
      const params: unknown[] = scope.wholeCity ? [] : [scope.unit.kind, scope.unit.code];
      return (
        await db.query<JobSeekerRow & { person_name: string }>(
          `SELECT ${jobSeekerColumnsOf('j')}, p.name AS person_name
           FROM job_seekers j JOIN people p ON p.id = j.person_id
           ${scope.wholeCity ? '' : 'WHERE j.unit_kind = $1 AND j.unit_code = $2'}
           ORDER BY j.registered_on DESC, j.id LIMIT ${limit}`,
          params,
        )
      ).rows;
    },
  };
}

export type JobSeekers = ReturnType<typeof createJobSeekers>;
