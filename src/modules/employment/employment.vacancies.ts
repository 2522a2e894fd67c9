/**
 * Vacancies: posting with the legal screening, publishing (over a hit only with a recorded reason), renewal,
 * closing, the staff list and the public search.
 */
import type { MinimumWageRate } from '#labor-rules';
import type { z } from '@hono/zod-openapi';
import { sql } from 'kysely';
import type { Db, Queryable } from '../../db/client.ts';
import { qb } from '../../db/query.ts';
import { AppError } from '../../shared/errors.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import type { ListDefinition } from '../../shared/http/list.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { EmployersService } from '../employers/employers.service.ts';
import type { ReferenceData } from '../reference-data/reference-data.ts';
import type { ViolationsService } from '../violations/violations.service.ts';
import type { createVacancyRequest, publicVacancy, publicVacancyQuery, vacancyRecord, VacancySortKey } from './employment.contract.ts';
import { coveredOccupationCodes } from './employment.occupations.ts';
import { checkWage, screenText, screenWageText, type ScreeningHit } from './employment.screening.ts';
import { charPairs, expandQuery, foldText, likePattern } from './employment.search.ts';

export type VacancyRow = {
  id: string;
  employer_id: string;
  employer_name: string;
  occupation_code: string;
  title: string;
  description: string;
  requirements: string;
  district_code: string;
  address: string | null;
  wage_type: 'monthly' | 'hourly';
  wage_min: number;
  wage_max: number | null;
  hours_per_week: number | null;
  employment_type: 'full-time' | 'part-time';
  shifts: string[];
  openings: number;
  required_certificates: string[];
  languages: string[];
  start_on: string | null;
  expires_on: string;
  status: 'held' | 'published' | 'closed';
  closed_reason: string | null;
  screening: ScreeningHit[];
  override_reason: string | null;
  published_on: string | null;
};

/** What matching reads of a candidate vacancy: the fields it scores, and those its answer shows. */
export type MatchCandidateRow = Pick<
  VacancyRow,
  'id' | 'employer_name' | 'occupation_code' | 'title' | 'district_code' | 'wage_type' | 'wage_min' | 'wage_max' | 'employment_type' | 'shifts' | 'required_certificates' | 'languages' | 'published_on'
>;

export const matchCandidateColumns = `v.id, e.name AS employer_name, v.occupation_code, v.title, v.district_code, v.wage_type, v.wage_min,
  v.wage_max, v.employment_type, v.shifts, v.required_certificates, v.languages, v.published_on::text AS published_on`;

/** Dates come back as text (`::text`) so that no time zone shifts them. */
export const vacancyColumns = `v.id, v.employer_id, e.name AS employer_name, v.occupation_code, v.title, v.description, v.requirements,
  v.district_code, v.address, v.wage_type, v.wage_min, v.wage_max, v.hours_per_week, v.employment_type, v.shifts, v.openings,
  v.required_certificates, v.languages, v.start_on::text AS start_on, v.expires_on::text AS expires_on, v.status, v.closed_reason,
  v.screening, v.override_reason, v.published_on::text AS published_on`;

const actorOf = (staff: StaffPrincipal) => ({ id: staff.id, username: staff.username });
const pageSize = 20;

export function createVacancies(deps: {
  db: Db;
  referenceData: ReferenceData;
  employers: EmployersService;
  violations: ViolationsService;
  today: () => string;
  /** The minimum wages in force, with the periods admins published (the rates module, ADR 0024). */
  minimumWages?: () => Promise<readonly MinimumWageRate[]>;
}) {
  const { db, referenceData, today } = deps;

  const toRecord = (row: VacancyRow): z.infer<typeof vacancyRecord> => ({
    id: row.id,
    employerId: row.employer_id,
    employerName: row.employer_name,
    occupationCode: row.occupation_code,
    title: row.title,
    description: row.description,
    requirements: row.requirements,
    districtCode: row.district_code,
    address: row.address,
    wage: { type: row.wage_type, min: row.wage_min, max: row.wage_max },
    hoursPerWeek: row.hours_per_week,
    employmentType: row.employment_type,
    shifts: row.shifts,
    openings: row.openings,
    requiredCertificates: row.required_certificates,
    languages: row.languages,
    startOn: row.start_on,
    expiresOn: row.expires_on,
    status: row.status,
    expired: row.expires_on < today(),
    closedReason: row.closed_reason,
    screening: row.screening,
    overrideReason: row.override_reason,
    postedOn: row.published_on,
  });

  async function load(q: Queryable, id: string, lock = false): Promise<VacancyRow> {
    const row = (
      await q.query<VacancyRow>(
        `SELECT ${vacancyColumns} FROM vacancies v JOIN employers e ON e.id = v.employer_id WHERE v.id = $1${lock ? ' FOR UPDATE OF v' : ''}`,
        [id],
      )
    ).rows[0];
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  /** 400 naming `wage` for a wage the law refuses, with the figure and article in the message. */
  async function assertLawfulWage(input: z.infer<typeof createVacancyRequest>, on: string) {
    const problems = checkWage(input.wage, input.employmentType, on, await deps.minimumWages?.());
    const [first] = problems;
    if (!first) return;
    const message =
      first.code === 'below-minimum' ? 'validation.wage_minimum' : first.code === 'range-required' ? 'validation.wage_disclosure' : 'validation.part_time_hourly';
    throw new AppError('VALIDATION_FAILED', {
      params: first.code === 'below-minimum' ? { minimum: first.minimum, effectiveFrom: first.effectiveFrom } : {},
      fieldIssues: [{ field: 'wage', code: 'custom', message }],
    });
  }

  async function createAs(actor: { audit: { id: string; username: string }; staffId: string | null }, input: z.infer<typeof createVacancyRequest>, requestId: string) {
    const on = today();
    if (!referenceData.isDistrictCode(input.districtCode)) {
      throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'districtCode', code: 'custom', message: 'validation.district' }] });
    }
    if (input.expiresOn <= on) {
      throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'expiresOn', code: 'custom', message: 'validation.expiry' }] });
    }
    await assertLawfulWage(input, on);
    const text = { title: input.title, description: input.description, requirements: input.requirements };
    const screening = [...screenText(text), ...screenWageText(text, input.wage)];
    if ((await deps.employers.byIds([input.employerId])).size === 0) {
      throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'employerId', code: 'custom', message: 'validation.required' }] });
    }
    const searchText = foldText(`${input.title} ${input.description} ${input.requirements}`);
    return db.transaction(async (tx) => {
      // Every new posting waits for an officer's publish step; the screening tells them what to look at.
      const inserted = await tx.query<{ id: string }>(
        `INSERT INTO vacancies (employer_id, occupation_code, title, description, requirements, district_code, address, wage_type,
           wage_min, wage_max, hours_per_week, employment_type, shifts, openings, required_certificates, languages, start_on,
           expires_on, status, screening, search_text, search_grams, created_by)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,'held',$19,$20,$21,$22) RETURNING id`,
        [
          input.employerId,
          input.occupationCode,
          input.title,
          input.description,
          input.requirements,
          input.districtCode,
          input.address ?? null,
          input.wage.type,
          input.wage.min,
          input.wage.max ?? null,
          input.hoursPerWeek ?? null,
          input.employmentType,
          input.shifts,
          input.openings,
          input.requiredCertificates,
          input.languages,
          input.startOn ?? null,
          input.expiresOn,
          JSON.stringify(screening),
          searchText,
          charPairs(searchText),
          actor.staffId,
        ],
      );
      const id = (inserted.rows[0] as { id: string }).id;
      await recordAudit(tx, {
        actor: actor.audit,
        action: 'vacancy.create',
        recordType: 'vacancy',
        recordId: id,
        requestId,
        details: { hits: screening.map((hit) => hit.term) },
      });
      return { id, status: 'held' as const, screening };
    });
  }

  async function get(id: string) {
    return toRecord(await load(db, id));
  }

  /** Publishes a held vacancy. With screening hits, only with a reason, which is kept with the vacancy. */
  async function publish(staff: StaffPrincipal, id: string, overrideReason: string | undefined, requestId: string) {
    return db.transaction(async (tx) => {
      const row = await load(tx, id, true);
      if (row.status !== 'held') throw new AppError('CONFLICT');
      if (row.expires_on <= today()) {
        throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'expiresOn', code: 'custom', message: 'validation.expiry' }] });
      }
      if (row.screening.length > 0 && !overrideReason) {
        throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'overrideReason', code: 'custom', message: 'validation.override_reason' }] });
      }
      const reason = row.screening.length > 0 ? (overrideReason ?? null) : null;
      await tx.query(
        `UPDATE vacancies SET status = 'published', published_on = $2, published_by = $3, override_reason = $4, updated_at = now() WHERE id = $1`,
        [id, today(), staff.id, reason],
      );
      await recordAudit(tx, {
        actor: actorOf(staff),
        action: reason ? 'vacancy.publish-override' : 'vacancy.publish',
        recordType: 'vacancy',
        recordId: id,
        requestId,
        ...(reason ? { details: { reason, hits: row.screening.map((hit) => hit.term) } } : {}),
      });
      return toRecord(await load(tx, id));
    });
  }

  /** A new expiry date; an expired published vacancy is listed again from then on. */
  async function renewAs(actor: { id: string; username: string }, id: string, expiresOn: string, requestId: string, employerId?: string) {
    if (expiresOn <= today()) {
      throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'expiresOn', code: 'custom', message: 'validation.expiry' }] });
    }
    return db.transaction(async (tx) => {
      const row = await load(tx, id, true);
      if (employerId !== undefined && row.employer_id !== employerId) throw new AppError('NOT_FOUND');
      if (row.status === 'closed') throw new AppError('CONFLICT');
      await tx.query('UPDATE vacancies SET expires_on = $2, updated_at = now() WHERE id = $1', [id, expiresOn]);
      await recordAudit(tx, { actor, action: 'vacancy.renew', recordType: 'vacancy', recordId: id, requestId, details: { expiresOn } });
      return toRecord(await load(tx, id));
    });
  }

  async function closeAs(actor: { id: string; username: string }, id: string, reason: 'filled' | 'withdrawn', requestId: string, employerId?: string) {
    return db.transaction(async (tx) => {
      const row = await load(tx, id, true);
      if (employerId !== undefined && row.employer_id !== employerId) throw new AppError('NOT_FOUND');
      if (row.status === 'closed') throw new AppError('CONFLICT');
      await tx.query(`UPDATE vacancies SET status = 'closed', closed_reason = $2, updated_at = now() WHERE id = $1`, [id, reason]);
      await recordAudit(tx, { actor, action: 'vacancy.close', recordType: 'vacancy', recordId: id, requestId, details: { reason } });
      return toRecord(await load(tx, id));
    });
  }

  return {
    toRecord,

    async create(staff: StaffPrincipal, input: z.infer<typeof createVacancyRequest>, requestId: string) {
      return createAs({ audit: actorOf(staff), staffId: staff.id }, input, requestId);
    },

    /** An employer account's own posting (ADR 0028): held like every posting, for an officer's publish step. */
    async createForEmployer(account: { id: string; employerId: string }, input: z.infer<typeof createVacancyRequest>, requestId: string) {
      if (input.employerId !== account.employerId) throw new AppError('FORBIDDEN');
      return createAs({ audit: { id: account.id, username: 'account:employer' }, staffId: null }, input, requestId);
    },

    get,
    publish,
    renew: (staff: StaffPrincipal, id: string, expiresOn: string, requestId: string) => renewAs(actorOf(staff), id, expiresOn, requestId),
    close: (staff: StaffPrincipal, id: string, reason: 'filled' | 'withdrawn', requestId: string) => closeAs(actorOf(staff), id, reason, requestId),
    /** The employer's own vacancy only: another employer's is a 404, as if it did not exist. */
    renewForEmployer: (account: { id: string; employerId: string }, id: string, expiresOn: string, requestId: string) =>
      renewAs({ id: account.id, username: 'account:employer' }, id, expiresOn, requestId, account.employerId),
    closeForEmployer: (account: { id: string; employerId: string }, id: string, reason: 'filled' | 'withdrawn', requestId: string) =>
      closeAs({ id: account.id, username: 'account:employer' }, id, reason, requestId, account.employerId),

    /** The employer's own vacancies, every status, newest first. */
    async ofEmployer(employerId: string) {
      const rows = await db.query<VacancyRow>(
        `SELECT ${vacancyColumns} FROM vacancies v JOIN employers e ON e.id = v.employer_id WHERE v.employer_id = $1 ORDER BY v.created_at DESC, v.id LIMIT 200`,
        [employerId],
      );
      return rows.rows.map(toRecord);
    },

    /** The staff list (every status), newest first by default. */
    list(filters: { status?: 'held' | 'published' | 'closed' | undefined }): ListDefinition<VacancySortKey, VacancyRow> {
      let query = qb
        .selectFrom('vacancies as v')
        .innerJoin('employers as e', 'e.id', 'v.employer_id')
        .select([
          'v.id',
          'v.employer_id',
          'e.name as employer_name',
          'v.occupation_code',
          'v.title',
          'v.description',
          'v.requirements',
          'v.district_code',
          'v.address',
          'v.wage_type',
          'v.wage_min',
          'v.wage_max',
          'v.hours_per_week',
          'v.employment_type',
          'v.shifts',
          'v.openings',
          'v.required_certificates',
          'v.languages',
          sql<string>`v.start_on::text`.as('start_on'),
          sql<string>`v.expires_on::text`.as('expires_on'),
          'v.status',
          'v.closed_reason',
          'v.screening',
          'v.override_reason',
          sql<string>`v.published_on::text`.as('published_on'),
        ])
        .$castTo<VacancyRow>();
      if (filters.status) query = query.where('v.status', '=', filters.status);
      return {
        query,
        sortKeys: {
          createdAt: { expression: sql.ref('v.created_at'), type: 'timestamptz' },
          expiresOn: { expression: sql.ref('v.expires_on'), type: 'date' },
          title: { expression: sql.ref('v.title'), type: 'text' },
        },
        defaultSort: '-createdAt',
        unique: { expression: sql.ref('v.id'), type: 'uuid' },
      };
    },

    /**
     * The public search: published, unexpired vacancies. Each query word (with its synonyms) must occur in
     * the folded title or text; relevance ranks title hits first, then newest.
     */
    async search(query: z.infer<typeof publicVacancyQuery>) {
      const on = today();
      const where: string[] = [`v.status = 'published'`, `v.expires_on >= $1::date`];
      const params: unknown[] = [on];
      const add = (value: unknown) => {
        params.push(value);
        return `$${params.length}`;
      };
      const titleHits: string[] = [];
      for (const words of query.q ? expandQuery(query.q) : []) {
        const patterns = add(words.map(likePattern));
        // A word's pairs narrow the search through the GIN index; LIKE confirms the word is there in one piece.
        // A one-character word has no pair. A job title with its synonyms is read by LIKE alone: at 1,000,000
        // vacancies an OR of four pair sets (作業員/技術員/操作員/生產線人員, with the common 人員) made the
        // planner fetch most of the table row by row, slower than one pass over it (docs/employment.md, Scale).
        const pairs = words.length === 1 ? charPairs(words[0] ?? '') : [];
        if (pairs.length > 0) where.push(`v.search_grams @> ${add(pairs)}::text[]`);
        where.push(`v.search_text LIKE ANY(${patterns}::text[])`);
        titleHits.push(`(CASE WHEN replace(lower(translate(v.title, '台', '臺')), ' ', '') LIKE ANY(${patterns}::text[]) THEN 1 ELSE 0 END)`);
      }
      if (query.district) where.push(`v.district_code = ${add(query.district)}`);
      if (query.occupation) where.push(`v.occupation_code LIKE ${add(`${query.occupation}%`)}`);
      if (query.employmentType) where.push(`v.employment_type = ${add(query.employmentType)}`);
      if (query.postedSince) where.push(`v.published_on >= ${add(query.postedSince)}::date`);
      if (query.wageMin !== undefined) {
        // A monthly floor compares with monthly wages' highest figure; hourly postings are compared by the hour.
        where.push(`COALESCE(v.wage_max, v.wage_min) >= ${add(query.wageMin)} AND v.wage_type = 'monthly'`);
      }
      const relevance = titleHits.length > 0 ? titleHits.join(' + ') : '0';
      const order = query.sort === 'date' || titleHits.length === 0 ? 'v.published_on DESC, v.id' : `${relevance} DESC, v.published_on DESC, v.id`;
      const total = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM vacancies v WHERE ${where.join(' AND ')}`, params)).rows[0]?.n ?? 0;
      const rows = (
        await db.query<VacancyRow>(
          `SELECT ${vacancyColumns} FROM vacancies v JOIN employers e ON e.id = v.employer_id
           WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ${pageSize} OFFSET ${(query.page - 1) * pageSize}`,
          params,
        )
      ).rows;
      // The employer's violations of the last 3 years, from the violations module.
      const since = `${Number(on.slice(0, 4)) - 3}${on.slice(4)}`;
      const flags = await deps.violations.flagsByEmployer([...new Set(rows.map((r) => r.employer_id))], since);
      const items: z.infer<typeof publicVacancy>[] = rows.map((row) => {
        const flag = flags.get(row.employer_id);
        return {
          id: row.id,
          title: row.title,
          employerName: row.employer_name,
          districtCode: row.district_code,
          occupationCode: row.occupation_code,
          wage: { type: row.wage_type, min: row.wage_min, max: row.wage_max },
          employmentType: row.employment_type,
          postedOn: row.published_on ?? on,
          expiresOn: row.expires_on,
          violations: flag
            ? { count: flag.count, latestOn: flag.latestOn, link: `/violations/employers/${encodeURIComponent(flag.employerKey)}` }
            : null,
        };
      });
      return { total, page: query.page, pageSize, items };
    },

    /**
     * Open vacancies worth scoring for a job seeker: the newest of their occupations (a wanted code covers the
     * finer codes under it, and a vacancy coded only at a coarser level), the newest in their districts, and
     * the newest of all, each up to `limit`. At a million vacancies the newest 2,000 alone are about a day of
     * postings, which left out most of what a seeker could take (bench/vacancies.bench.ts, docs/employment.md).
     * Each look-up reads its own index (migration 0047), and only the columns scoring and the answer use.
     */
    async openFor(limit: number, prefer: { occupations: readonly string[]; districts: readonly string[] }): Promise<MatchCandidateRow[]> {
      const open = `v.status = 'published' AND v.expires_on >= $1::date`;
      return (
        await db.query<MatchCandidateRow>(
          `SELECT ${matchCandidateColumns} FROM vacancies v JOIN employers e ON e.id = v.employer_id
           WHERE v.id IN (
             (SELECT v.id FROM vacancies v WHERE ${open} AND v.occupation_code = ANY($2::text[]) ORDER BY v.published_on DESC, v.id LIMIT ${limit})
             UNION
             (SELECT v.id FROM vacancies v WHERE ${open} AND v.district_code = ANY($3::text[]) ORDER BY v.published_on DESC, v.id LIMIT ${limit})
             UNION
             (SELECT v.id FROM vacancies v WHERE ${open} ORDER BY v.published_on DESC, v.id LIMIT ${limit})
           )`,
          [today(), coveredOccupationCodes(prefer.occupations), [...prefer.districts]],
        )
      ).rows;
    },

    load,
  };
}

export type Vacancies = ReturnType<typeof createVacancies>;
