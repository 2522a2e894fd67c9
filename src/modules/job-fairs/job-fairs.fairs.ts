/**
 * @module job-fairs.fairs
 * The fairs themselves: created as drafts and published by employment officers, listed for staff (the
 * kit's list, with the report's figures in its export) and on the public calendar, and the employers who
 * sign up with their own published vacancies (read through the employment service) for an officer to approve.
 */
import type { z } from '@hono/zod-openapi';
import { sql } from 'kysely';
import type { Db, Queryable } from '../../db/client.ts';
import { qb } from '../../db/query.ts';
import { AppError } from '../../shared/errors.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import type { ListDefinition } from '../../shared/http/list.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { EmploymentService } from '../employment/employment.service.ts';
import type { createFairRequest, fairEmployer, publicFair, staffFair } from './job-fairs.contract.ts';

export type FairRow = {
  id: string;
  kind: z.infer<typeof publicFair>['kind'];
  title: string;
  description: string;
  starts_at: Date;
  ends_at: Date;
  venue: string;
  district_code: string;
  capacity: number;
  registered: number;
  status: 'draft' | 'published' | 'cancelled';
  checked_in: number;
  employers: number;
  vacancies: number;
  updated_at: Date;
  published_at: Date | null;
  cancelled_at: Date | null;
  cancel_reason: string | null;
};
const actorOf = (staff: StaffPrincipal) => ({ id: staff.id, username: staff.username });
const checkedInCount = sql<number>`(SELECT count(*)::int FROM job_fair_registrations r WHERE r.fair_id = f.id AND r.checked_in_at IS NOT NULL)`;
const employerCount = sql<number>`(SELECT count(*)::int FROM job_fair_employers fe WHERE fe.fair_id = f.id AND fe.status = 'approved')`;
const vacancyCount = sql<number>`(SELECT count(*)::int FROM job_fair_vacancies fv JOIN job_fair_employers fe ON fe.id = fv.fair_employer_id WHERE fe.fair_id = f.id AND fe.status = 'approved')`;

type Employment = Pick<EmploymentService, 'vacancySummaries'>;

export function createFairs(deps: { db: Db; clock: () => Date; employment: Employment }) {
  const { db, clock } = deps;

  const toPublic = (row: FairRow): z.infer<typeof publicFair> => ({
    id: row.id,
    kind: row.kind,
    title: row.title,
    description: row.description,
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    venue: row.venue,
    districtCode: row.district_code,
    capacity: row.capacity,
    placesLeft: row.status === 'published' ? row.capacity - row.registered : 0,
    employers: row.employers,
    vacancies: row.vacancies,
    cancelled: row.cancelled_at ? { at: row.cancelled_at.toISOString(), reason: row.cancel_reason ?? '' } : null,
  });
  const toStaff = (row: FairRow): z.infer<typeof staffFair> => ({ ...toPublic(row), status: row.status, registered: row.registered, checkedIn: row.checked_in });

  const select = () =>
    qb
      .selectFrom('job_fairs as f')
      .select(['f.id', 'f.kind', 'f.title', 'f.description', 'f.starts_at', 'f.ends_at', 'f.venue', 'f.district_code', 'f.capacity', 'f.registered', 'f.status', 'f.updated_at', 'f.published_at', 'f.cancelled_at', 'f.cancel_reason'])
      .select([checkedInCount.as('checked_in'), employerCount.as('employers'), vacancyCount.as('vacancies')])
      .$castTo<FairRow>();

  async function load(q: Queryable, id: string): Promise<FairRow> {
    const compiled = select().where('f.id', '=', id).compile();
    const row = (await q.query<FairRow>(compiled.sql, [...compiled.parameters])).rows[0];
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }
  async function loadPublished(q: Queryable, id: string): Promise<FairRow> {
    const row = await load(q, id);
    if (row.status !== 'published') throw new AppError('NOT_FOUND');
    return row;
  }
  /** What the public may read: a published fair, or one cancelled after it was announced (shown as cancelled). */
  async function loadListed(q: Queryable, id: string): Promise<FairRow> {
    const row = await load(q, id);
    if (!row.published_at || row.status === 'draft') throw new AppError('NOT_FOUND');
    return row;
  }
  const capacityBelowRegistered = () =>
    new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'capacity', code: 'custom', message: 'validation.jobFairs.capacity_below_registered' }] });

  /** The employers signed up for a fair and the vacancies they offer (only approved ones for the public). */
  async function employersOf(fairId: string, approvedOnly: boolean): Promise<z.infer<typeof fairEmployer>[]> {
    const { rows } = await db.query<{ employer_id: string; status: 'pending' | 'approved' | 'rejected'; vacancy_ids: string[] }>(
      `SELECT fe.employer_id, fe.status, COALESCE(array_agg(fv.vacancy_id::text ORDER BY fv.vacancy_id) FILTER (WHERE fv.vacancy_id IS NOT NULL), '{}') AS vacancy_ids
         FROM job_fair_employers fe LEFT JOIN job_fair_vacancies fv ON fv.fair_employer_id = fe.id
        WHERE fe.fair_id = $1 ${approvedOnly ? `AND fe.status = 'approved'` : ''}
        GROUP BY fe.id, fe.employer_id, fe.status, fe.signed_up_at ORDER BY fe.signed_up_at, fe.id`,
      [fairId],
    );
    const summaries = await deps.employment.vacancySummaries(rows.flatMap((r) => r.vacancy_ids));
    return rows.map((r) => {
      const offered = summaries.filter((v) => r.vacancy_ids.includes(v.id));
      return {
        employerId: r.employer_id,
        employerName: offered[0]?.employerName ?? '',
        status: r.status,
        vacancies: offered.map((v) => ({ id: v.id, title: v.title, openings: v.openings })),
      };
    });
  }

  /** Signs an employer up with vacancies that are its own and published; a second sign-up replaces the list and waits again. */
  async function signUp(actor: { id: string; username: string } | null, fairId: string, employerId: string, vacancyIds: readonly string[], requestId: string) {
    const unique = [...new Set(vacancyIds)];
    const offered = await deps.employment.vacancySummaries(unique);
    if (offered.length !== unique.length || offered.some((v) => v.employerId !== employerId || v.status !== 'published')) {
      throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'vacancyIds', code: 'custom', message: 'validation.jobFairs.vacancy_not_offered' }] });
    }
    return db.transaction(async (tx) => {
      const fair = await loadPublished(tx, fairId);
      if (fair.ends_at <= clock()) throw new AppError('INVALID_TRANSITION');
      const row = (
        await tx.query<{ id: string }>(
          `INSERT INTO job_fair_employers (fair_id, employer_id, signed_up_at) VALUES ($1, $2, $3)
           ON CONFLICT (fair_id, employer_id) DO UPDATE SET status = 'pending', signed_up_at = EXCLUDED.signed_up_at, decided_by = NULL, decided_at = NULL
           RETURNING id`,
          [fairId, employerId, clock()],
        )
      ).rows[0] as { id: string };
      await tx.query('DELETE FROM job_fair_vacancies WHERE fair_employer_id = $1', [row.id]);
      await tx.query('INSERT INTO job_fair_vacancies (fair_employer_id, vacancy_id) SELECT $1, unnest($2::uuid[])', [row.id, unique]);
      await recordAudit(tx, { actor, action: 'job-fair.sign-up', recordType: 'job-fair', recordId: fairId, requestId, details: { employerId, vacancies: unique.length } });
      return { status: 'pending' as const };
    });
  }

  return {
    load,
    loadPublished,
    getListed: (id: string) => loadListed(db, id),
    employersOf,
    toPublic,
    toStaff,

    async create(staff: StaffPrincipal, input: z.infer<typeof createFairRequest>, requestId: string) {
      return db.transaction(async (tx) => {
        const now = clock();
        const row = (
          await tx.query<{ id: string }>(
            `INSERT INTO job_fairs (kind, title, description, starts_at, ends_at, venue, district_code, capacity, created_by, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id`,
            [input.kind, input.title, input.description, new Date(input.startsAt), new Date(input.endsAt), input.venue, input.districtCode, input.capacity, staff.id, now],
          )
        ).rows[0] as { id: string };
        await recordAudit(tx, { actor: actorOf(staff), action: 'job-fair.create', recordType: 'job-fair', recordId: row.id, requestId });
        return { id: row.id };
      });
    },

    /** Publishes a draft: it appears on the calendar and takes registrations and sign-ups. */
    async publish(staff: StaffPrincipal, id: string, requestId: string) {
      return db.transaction(async (tx) => {
        const updated = await tx.query(`UPDATE job_fairs SET status = 'published', published_at = $2, updated_at = $2 WHERE id = $1 AND status = 'draft'`, [id, clock()]);
        const fair = await load(tx, id);
        if (updated.rowCount === 0) throw new AppError('INVALID_TRANSITION');
        await recordAudit(tx, { actor: actorOf(staff), action: 'job-fair.publish', recordType: 'job-fair', recordId: id, requestId });
        return toStaff(fair);
      });
    },

    /**
     * An edit of a fair not yet over. The capacity may not fall below the places already taken: the check is the
     * UPDATE's own condition, so a registration landing at the same moment either counts or is refused, never both.
     */
    async update(staff: StaffPrincipal, id: string, input: z.infer<typeof createFairRequest>, requestId: string) {
      return db.transaction(async (tx) => {
        const before = await load(tx, id);
        if (before.status === 'cancelled' || before.ends_at <= clock()) throw new AppError('INVALID_TRANSITION');
        const updated = await tx.query(
          `UPDATE job_fairs SET kind = $2, title = $3, description = $4, starts_at = $5, ends_at = $6, venue = $7, district_code = $8, capacity = $9, updated_at = $10
            WHERE id = $1 AND status IN ('draft', 'published') AND registered <= $9`,
          [id, input.kind, input.title, input.description, new Date(input.startsAt), new Date(input.endsAt), input.venue, input.districtCode, input.capacity, clock()],
        );
        if (updated.rowCount === 0) throw capacityBelowRegistered();
        const after = await load(tx, id);
        const changed: string[] = (['kind', 'title', 'description', 'venue', 'district_code', 'capacity'] as const).filter((k) => before[k] !== after[k]);
        if (before.starts_at.getTime() !== after.starts_at.getTime()) changed.push('starts_at');
        if (before.ends_at.getTime() !== after.ends_at.getTime()) changed.push('ends_at');
        await recordAudit(tx, { actor: actorOf(staff), action: 'job-fair.update', recordType: 'job-fair', recordId: id, requestId, details: { changed } });
        return toStaff(after);
      });
    },

    /** Calls a fair off before it ends, with the reason the public will read; registrations and sign-ups stop. */
    async cancel(staff: StaffPrincipal, id: string, reason: string, requestId: string) {
      return db.transaction(async (tx) => {
        const now = clock();
        const updated = await tx.query(
          `UPDATE job_fairs SET status = 'cancelled', cancelled_at = $2, cancel_reason = $3, updated_at = $2
            WHERE id = $1 AND status IN ('draft', 'published') AND ends_at > $2`,
          [id, now, reason],
        );
        const fair = await load(tx, id);
        if (updated.rowCount === 0) throw new AppError('INVALID_TRANSITION');
        await recordAudit(tx, { actor: actorOf(staff), action: 'job-fair.cancel', recordType: 'job-fair', recordId: id, requestId, details: { wasPublished: fair.published_at !== null } });
        return toStaff(fair);
      });
    },

    list(filters: { kind?: FairRow['kind'] | undefined; status?: FairRow['status'] | undefined }): ListDefinition<'startsAt' | 'title', FairRow> {
      let query = select();
      if (filters.kind) query = query.where('f.kind', '=', filters.kind);
      if (filters.status) query = query.where('f.status', '=', filters.status);
      return {
        query,
        sortKeys: {
          startsAt: { expression: sql.ref('f.starts_at'), type: 'timestamptz' },
          title: { expression: sql.ref('f.title'), type: 'text' },
        },
        defaultSort: '-startsAt',
        unique: { expression: sql.ref('f.id'), type: 'uuid' },
      };
    },

    /**
     * The public calendar: announced fairs ending on or after `from` (default: every one), earliest first. A fair
     * cancelled after its announcement stays listed, marked, so those who planned to go (and their calendars) learn it.
     */
    async published(from?: Date): Promise<FairRow[]> {
      let query = select().where('f.status', 'in', ['published', 'cancelled']).where('f.published_at', 'is not', null);
      if (from) query = query.where('f.ends_at', '>=', from);
      const compiled = query.orderBy('f.starts_at').orderBy('f.id').limit(500).compile();
      return (await db.query<FairRow>(compiled.sql, [...compiled.parameters])).rows;
    },

    signUpAsEmployer(account: { id: string; employerId: string }, fairId: string, vacancyIds: readonly string[], requestId: string) {
      return signUp(null, fairId, account.employerId, vacancyIds, requestId);
    },
    signUpByStaff(staff: StaffPrincipal, fairId: string, employerId: string, vacancyIds: readonly string[], requestId: string) {
      return signUp(actorOf(staff), fairId, employerId, vacancyIds, requestId);
    },

    async decide(staff: StaffPrincipal, fairId: string, employerId: string, decision: 'approved' | 'rejected', requestId: string) {
      return db.transaction(async (tx) => {
        const updated = await tx.query(
          `UPDATE job_fair_employers SET status = $3, decided_by = $4, decided_at = $5 WHERE fair_id = $1 AND employer_id = $2`,
          [fairId, employerId, decision, staff.id, clock()],
        );
        if (updated.rowCount === 0) throw new AppError('NOT_FOUND');
        await recordAudit(tx, { actor: actorOf(staff), action: `job-fair.sign-up-${decision}`, recordType: 'job-fair', recordId: fairId, requestId, details: { employerId } });
        return { status: decision };
      });
    },

    /** The fairs an employer signed up for, with the status of its sign-up. */
    async ofEmployer(employerId: string) {
      const { rows } = await db.query<{ fair_id: string; status: 'pending' | 'approved' | 'rejected' }>(
        'SELECT fair_id, status FROM job_fair_employers WHERE employer_id = $1 ORDER BY signed_up_at DESC',
        [employerId],
      );
      return Promise.all(rows.map(async (r) => ({ status: r.status, fair: toPublic(await load(db, r.fair_id)) })));
    },
  };
}

export type Fairs = ReturnType<typeof createFairs>;
