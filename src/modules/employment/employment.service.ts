/**
 * @module employment
 * Employment services (issue 8): job seekers, vacancies and their screening, public search, explained
 * matching, referrals with the employer's answer link, 穩定就業 follow-ups and indicator 1. This file wires
 * the parts and holds matching, which reads both sides.
 */
import type { MinimumWageRate } from '#labor-rules';
import type { Db } from '../../db/client.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import type { UnitScope } from '../../shared/scope.ts';
import type { EmployersService } from '../employers/employers.service.ts';
import { maskName } from '../people/identifiers.ts';
import type { PeopleService } from '../people/people.service.ts';
import type { ReferenceData } from '../reference-data/reference-data.ts';
import type { ViolationsService } from '../violations/violations.service.ts';
import { createEmploymentIndicators } from './employment.indicators.ts';
import { createJobSeekers, seekerProfile } from './employment.job-seekers.ts';
import { scoreMatch, type VacancyProfile } from './employment.matching.ts';
import { createReferrals } from './employment.referrals.ts';
import { applicationsOf, createSelfService } from './employment.self-service.ts';
import { employmentSpellsOfPerson } from './employment.spells.ts';
import { createVacancies, type MatchCandidateRow } from './employment.vacancies.ts';

/** How many candidates matching scores of each kind (vacancies: by occupation, by district, newest); the best `top` are answered. */
const candidateLimit = 2000;
const top = 20;

const vacancyProfile = (row: MatchCandidateRow): VacancyProfile => ({
  occupationCode: row.occupation_code,
  districtCode: row.district_code,
  wage: { type: row.wage_type, min: row.wage_min, max: row.wage_max },
  employmentType: row.employment_type,
  shifts: row.shifts,
  requiredCertificates: row.required_certificates,
  languages: row.languages,
});

export function createEmploymentService(deps: {
  db: Db;
  clock: () => Date;
  referenceData: ReferenceData;
  people: PeopleService;
  employers: EmployersService;
  violations: ViolationsService;
  /** The minimum wages in force, published periods included (the rates module). */
  minimumWages?: () => Promise<readonly MinimumWageRate[]>;
}) {
  const timeZone = deps.referenceData.city.bureau.timeZone;
  // The bureau's calendar date: a vacancy expires, and a minimum wage starts, at local midnight.
  const today = () => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(deps.clock());
  const regions = new Map(deps.referenceData.city.rehabilitationRegions.flatMap((r) => r.districtCodes.map((d) => [d, r.code] as const)));
  const regionOf = (code: string) => regions.get(code);

  const jobSeekers = createJobSeekers({ db: deps.db, referenceData: deps.referenceData, people: deps.people, today });
  const vacancies = createVacancies({ db: deps.db, referenceData: deps.referenceData, employers: deps.employers, violations: deps.violations, today, ...(deps.minimumWages ? { minimumWages: deps.minimumWages } : {}) });
  const referrals = createReferrals({ db: deps.db, clock: deps.clock, today, people: deps.people, jobSeekers, vacancies });
  const indicators = createEmploymentIndicators({ db: deps.db });
  const self = createSelfService({ db: deps.db, clock: deps.clock, today, referenceData: deps.referenceData, people: deps.people, vacancies });

  return {
    today,
    jobSeekers,
    vacancies,
    referrals,
    indicators,
    self,

    /**
     * Read model for the job fairs (ADR 0029): the vacancies named, with their employer's name and status,
     * in the order asked; unknown ids are left out.
     */
    async vacancySummaries(ids: readonly string[]) {
      if (ids.length === 0) return [];
      const { rows } = await deps.db.query<{ id: string; employer_id: string; employer_name: string; title: string; openings: number; status: string }>(
        `SELECT v.id, v.employer_id, e.name AS employer_name, v.title, v.openings, v.status
           FROM vacancies v JOIN employers e ON e.id = v.employer_id WHERE v.id = ANY($1::uuid[])`,
        [ids],
      );
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.flatMap((id) => {
        const r = byId.get(id);
        return r ? [{ id: r.id, employerId: r.employer_id, employerName: r.employer_name, title: r.title, openings: r.openings, status: r.status }] : [];
      });
    },

    /**
     * Read model for the job fairs' confirmed hires (ADR 0029): the persons among `personIds` placed through a
     * referral recorded as hired to one of `vacancyIds`, starting on or after `from`.
     */
    async hiredPersons(input: { personIds: readonly string[]; vacancyIds: readonly string[]; from: string }): Promise<string[]> {
      if (input.personIds.length === 0 || input.vacancyIds.length === 0) return [];
      const { rows } = await deps.db.query<{ person_id: string }>(
        `SELECT DISTINCT j.person_id FROM referrals r JOIN job_seekers j ON j.id = r.job_seeker_id
          WHERE r.status = 'hired' AND r.start_on >= $3::date AND j.person_id = ANY($1::uuid[]) AND r.vacancy_id = ANY($2::uuid[])`,
        [input.personIds, input.vacancyIds, input.from],
      );
      return rows.map((r) => r.person_id);
    },

    /** Read model for the programs engine (ADR 0041): a person's job-seeker registration and placements, verified by follow-ups. */
    async employmentSpellsOfPerson(personId: string) {
      return employmentSpellsOfPerson(deps.db, personId);
    },

    /** The online applications of a job seeker the officer may see. */
    async applicationsOfJobSeeker(staff: StaffPrincipal, id: string) {
      const seeker = await jobSeekers.visible(staff, id);
      return applicationsOf(deps.db, seeker.id);
    },

    /** Vacancies for a job seeker, best first, each with the reasons of its score. */
    async matchesForJobSeeker(staff: StaffPrincipal, id: string) {
      const seeker = seekerProfile(await jobSeekers.visible(staff, id));
      const candidates = await vacancies.openFor(candidateLimit, { occupations: seeker.desiredOccupations, districts: seeker.districtCodes });
      const scored = candidates.map((row) => ({ row, ...scoreMatch(seeker, vacancyProfile(row), regionOf) }));
      scored.sort((a, b) => b.score - a.score || (b.row.published_on ?? '').localeCompare(a.row.published_on ?? ''));
      return {
        items: scored.slice(0, top).map(({ row, score, reasons }) => ({
          vacancyId: row.id,
          title: row.title,
          employerName: row.employer_name,
          score,
          reasons,
        })),
      };
    },

    /** Job seekers of the officer's scope for a vacancy, best first; names masked. */
    async matchesForVacancy(scope: UnitScope, vacancyId: string) {
      const vacancy = vacancyProfile(await vacancies.load(deps.db, vacancyId));
      const scored = (await jobSeekers.inScope(scope, candidateLimit)).map((row) => ({ row, ...scoreMatch(seekerProfile(row), vacancy, regionOf) }));
      scored.sort((a, b) => b.score - a.score);
      return {
        items: scored.slice(0, top).map(({ row, score, reasons }) => ({ jobSeekerId: row.id, personName: maskName(row.person_name), score, reasons })),
      };
    },
  };
}

export type EmploymentService = ReturnType<typeof createEmploymentService>;
