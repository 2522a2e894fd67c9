/**
 * The job seeker's own side (ADR 0028): a signed-in citizen registers as a job seeker online, keeps the
 * profile, applies to vacancies and follows their referrals. Only the account's own person: the session
 * names it (`account.personId`), never a parameter. A job seeker never sees another job seeker.
 */
import type { z } from '@hono/zod-openapi';
import type { Db, Queryable } from '../../db/client.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { AppError } from '../../shared/errors.ts';
import type { AccountPrincipal } from '../../shared/http/app-env.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { PeopleService } from '../people/people.service.ts';
import type { ReferenceData } from '../reference-data/reference-data.ts';
import { jobSeekerColumnsOf, type JobSeekerRow, specialGroupConsentPurpose } from './employment.job-seekers.ts';
import type { selfApplication, SelfProfileRequest, selfProfile, selfReferral } from './employment.self-service.contract.ts';
import type { Vacancies } from './employment.vacancies.ts';

/** The citizen account's person, or why there is none. */
function personOf(account: AccountPrincipal | undefined): { account: AccountPrincipal; personId: string } {
  if (!account) throw new AppError('UNAUTHENTICATED');
  if (account.kind !== 'citizen') throw new AppError('FORBIDDEN');
  if (!account.personId) throw new AppError('ACCOUNT_NOT_LINKED');
  return { account, personId: account.personId };
}

const actorOf = (account: AccountPrincipal) => ({ id: account.id, username: `account:${account.kind}` });

export function createSelfService(deps: {
  db: Db;
  clock: () => Date;
  today: () => string;
  referenceData: ReferenceData;
  people: PeopleService;
  vacancies: Vacancies;
}) {
  const { db, clock, today, referenceData } = deps;
  const stations = new Set(referenceData.city.employmentServiceStations.map((s) => s.code));

  async function seekerOf(q: Queryable, personId: string): Promise<JobSeekerRow | undefined> {
    return (await q.query<JobSeekerRow>(`SELECT ${jobSeekerColumnsOf('j')} FROM job_seekers j WHERE j.person_id = $1`, [personId])).rows[0];
  }

  async function requireSeeker(personId: string): Promise<JobSeekerRow> {
    const row = await seekerOf(db, personId);
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  return {
    /** The account's own profile, 特定對象 included (it is theirs); 404 until they register. */
    async profile(principal: AccountPrincipal | undefined): Promise<z.infer<typeof selfProfile>> {
      const { personId } = personOf(principal);
      const row = await requireSeeker(personId);
      const person = (await deps.people.summaries([personId])).get(personId);
      const special = (
        await db.query<{ special_groups: string[]; consent_given_on: string; consent_expires_on: string | null }>(
          `SELECT special_groups, consent_given_on::text AS consent_given_on, consent_expires_on::text AS consent_expires_on
           FROM job_seeker_special_groups WHERE job_seeker_id = $1`,
          [row.id],
        )
      ).rows[0];
      return {
        id: row.id,
        person: { name: person?.name ?? '', districtCode: person?.districtCode ?? null },
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
        specialGroups: special
          ? { groups: special.special_groups, consentGivenOn: special.consent_given_on, consentExpiresOn: special.consent_expires_on }
          : null,
      };
    },

    /**
     * Registers (the first time, at the station they choose) or updates the profile. Two saves at once
     * cannot make two job seekers: the insert is ON CONFLICT on the unique person. The station is kept from
     * the first registration (an officer moves a job seeker). Leaving `specialGroups` out withdraws the
     * consent, and the status is erased with it (個資法 Art. 7 and 11: consent that ends ends the use).
     */
    async saveProfile(principal: AccountPrincipal | undefined, input: SelfProfileRequest, requestId: string): Promise<{ id: string; created: boolean }> {
      const { account, personId } = personOf(principal);
      const badDistrict = input.districtCodes.find((code) => !referenceData.isDistrictCode(code));
      if (badDistrict) throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'districtCodes', code: 'custom', message: 'validation.district' }] });
      if (!stations.has(input.stationCode)) {
        throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'stationCode', code: 'custom', message: 'validation.station' }] });
      }
      const on = today();
      const values = [
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
      ];
      return db.transaction(async (tx) => {
        const inserted = await tx.query<{ id: string }>(
          `INSERT INTO job_seekers (desired_occupations, district_codes, lowest_wage_type, lowest_wage, employment_type, shifts, skills,
             certificates, languages, driving_licences, person_id, unit_kind, unit_code, officer_id, registered_on)
           VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,'station',$12,NULL,$13)
           ON CONFLICT (person_id) DO NOTHING RETURNING id`,
          [...values, personId, input.stationCode, on],
        );
        let id = inserted.rows[0]?.id;
        const created = id !== undefined;
        if (created) await deps.people.assignUnitIfUnassigned(tx, personId, { kind: 'station', code: input.stationCode });
        if (!id) {
          const updated = await tx.query<{ id: string }>(
            `UPDATE job_seekers SET desired_occupations = $1, district_codes = $2, lowest_wage_type = $3, lowest_wage = $4,
               employment_type = $5, shifts = $6, skills = $7, certificates = $8, languages = $9, driving_licences = $10, updated_at = $12
             WHERE person_id = $11 RETURNING id`,
            [...values, personId, clock()],
          );
          id = (updated.rows[0] as { id: string }).id;
        }
        if (input.specialGroups) {
          await tx.query(
            `INSERT INTO job_seeker_special_groups (job_seeker_id, special_groups, consent_purpose, consent_given_on, consent_expires_on)
             VALUES ($1, $2, $3, $4, NULL)
             ON CONFLICT (job_seeker_id) DO UPDATE SET special_groups = EXCLUDED.special_groups, consent_given_on = EXCLUDED.consent_given_on,
               consent_expires_on = NULL, updated_at = now()`,
            [id, input.specialGroups.groups, specialGroupConsentPurpose, on],
          );
        } else {
          await tx.query('DELETE FROM job_seeker_special_groups WHERE job_seeker_id = $1', [id]);
        }
        await recordAudit(tx, {
          actor: actorOf(account),
          action: created ? 'job-seeker.self-register' : 'job-seeker.self-update',
          recordType: 'job-seeker',
          recordId: id,
          requestId,
          details: { station: input.stationCode, hasSpecialGroups: Boolean(input.specialGroups) },
        });
        return { id, created };
      });
    },

    /** Applies to a published, unexpired vacancy; a second application to the same one is a 409. */
    async apply(principal: AccountPrincipal | undefined, vacancyId: string, meta: { requestId: string; locale: Locale }): Promise<z.infer<typeof selfApplication>> {
      const { requestId, locale } = meta;
      const { account, personId } = personOf(principal);
      const seeker = await requireSeeker(personId);
      return db.transaction(async (tx) => {
        const vacancy = await deps.vacancies.load(tx, vacancyId);
        if (vacancy.status !== 'published' || vacancy.expires_on < today()) throw new AppError('CONFLICT');
        const at = clock();
        // ON CONFLICT, not a caught unique violation: the same answer on PGlite and PostgreSQL, and no aborted transaction.
        const inserted = await tx.query<{ id: string }>(
          `INSERT INTO job_applications (job_seeker_id, vacancy_id, applied_at, locale) VALUES ($1, $2, $3, $4)
           ON CONFLICT ON CONSTRAINT job_applications_once DO NOTHING RETURNING id`,
          [seeker.id, vacancy.id, at, locale],
        );
        const id = inserted.rows[0]?.id;
        if (!id) throw new AppError('CONFLICT');
        await recordAudit(tx, { actor: actorOf(account), action: 'job-application.create', recordType: 'job-seeker', recordId: seeker.id, requestId, details: { vacancyId } });
        return { id, vacancyId, vacancyTitle: vacancy.title, employerName: vacancy.employer_name, appliedAt: at.toISOString(), withdrawnAt: null, locale };
      });
    },

    async applications(principal: AccountPrincipal | undefined): Promise<z.infer<typeof selfApplication>[]> {
      const { personId } = personOf(principal);
      const seeker = await requireSeeker(personId);
      return applicationsOf(db, seeker.id);
    },

    /** The account's referrals, newest first; steps carry the kind of actor only. */
    async referrals(principal: AccountPrincipal | undefined): Promise<z.infer<typeof selfReferral>[]> {
      const { personId } = personOf(principal);
      const seeker = await requireSeeker(personId);
      const rows = await db.query<{
        id: string; card_number: string; title: string; employer_name: string; unit_code: string | null;
        status: z.infer<typeof selfReferral>['status']; start_on: string | null;
      }>(
        `SELECT r.id, r.card_number, v.title, e.name AS employer_name, r.unit_code, r.status, r.start_on::text AS start_on
         FROM referrals r JOIN vacancies v ON v.id = r.vacancy_id JOIN employers e ON e.id = v.employer_id
         WHERE r.job_seeker_id = $1 ORDER BY r.created_at DESC, r.id`,
        [seeker.id],
      );
      const events = await db.query<{ referral_id: string; status: string; occurred_at: Date; actor_kind: string }>(
        `SELECT ev.referral_id, ev.status, ev.occurred_at, ev.actor_kind FROM referral_events ev
         JOIN referrals r ON r.id = ev.referral_id WHERE r.job_seeker_id = $1 ORDER BY ev.occurred_at, ev.id`,
        [seeker.id],
      );
      return rows.rows.map((r) => ({
        id: r.id,
        cardNumber: r.card_number,
        vacancyTitle: r.title,
        employerName: r.employer_name,
        stationCode: r.unit_code,
        status: r.status,
        startOn: r.start_on,
        events: events.rows.filter((e) => e.referral_id === r.id).map((e) => ({ status: e.status, at: e.occurred_at.toISOString(), actorKind: e.actor_kind })),
      }));
    },
  };
}

/**
 * For the account holder's data download and deletion (ADR 0017, 0028): the job-seeker record of a person
 * in full, and what deletion erases. Kept on deletion: the job-seeker row without its identifiers (the
 * person row is anonymised by the people module) and the referral pipeline, which indicator 1 counts.
 */
export const employmentSubjectData = {
  name: 'employment',
  async read(q: Queryable, personId: string) {
    const seeker = (await q.query<JobSeekerRow>(`SELECT ${jobSeekerColumnsOf('j')} FROM job_seekers j WHERE j.person_id = $1`, [personId])).rows[0];
    if (!seeker) return { jobSeeker: null, applications: [], referrals: [] };
    const special = (await q.query('SELECT special_groups, consent_purpose, consent_given_on::text AS consent_given_on FROM job_seeker_special_groups WHERE job_seeker_id = $1', [seeker.id])).rows[0] ?? null;
    const referrals = (
      await q.query(
        `SELECT r.card_number, v.title, r.status, r.start_on::text AS start_on, r.monthly_wage, r.reason, r.created_at
         FROM referrals r JOIN vacancies v ON v.id = r.vacancy_id WHERE r.job_seeker_id = $1 ORDER BY r.created_at`,
        [seeker.id],
      )
    ).rows;
    const { person_id: _person, officer_id: _officer, ...profile } = seeker;
    return { jobSeeker: { ...profile, specialGroups: special }, applications: await applicationsOf(q, seeker.id), referrals };
  },
  /** Erases the special-group status and the certificate numbers, which identify the person. */
  async forget(q: Queryable, personId: string) {
    await q.query('DELETE FROM job_seeker_special_groups WHERE job_seeker_id IN (SELECT id FROM job_seekers WHERE person_id = $1)', [personId]);
    await q.query(
      `UPDATE job_seekers SET certificates = COALESCE((SELECT jsonb_agg(c - 'number') FROM jsonb_array_elements(certificates) c), '[]'::jsonb),
         skills = '{}', driving_licences = '{}' WHERE person_id = $1`,
      [personId],
    );
  },
};

/** A job seeker's applications, newest first (also for the officer's profile page). */
export async function applicationsOf(q: Queryable, jobSeekerId: string): Promise<z.infer<typeof selfApplication>[]> {
  const rows = await q.query<{ id: string; vacancy_id: string; title: string; employer_name: string; applied_at: Date; withdrawn_at: Date | null; locale: Locale }>(
    `SELECT a.id, a.vacancy_id, v.title, e.name AS employer_name, a.applied_at, a.withdrawn_at, a.locale
     FROM job_applications a JOIN vacancies v ON v.id = a.vacancy_id JOIN employers e ON e.id = v.employer_id
     WHERE a.job_seeker_id = $1 ORDER BY a.applied_at DESC, a.id`,
    [jobSeekerId],
  );
  return rows.rows.map((a) => ({
    id: a.id,
    vacancyId: a.vacancy_id,
    vacancyTitle: a.title,
    employerName: a.employer_name,
    appliedAt: a.applied_at.toISOString(),
    withdrawnAt: a.withdrawn_at?.toISOString() ?? null,
    locale: a.locale,
  }));
}

export type SelfService = ReturnType<typeof createSelfService>;
