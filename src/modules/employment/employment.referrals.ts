/**
 * Referrals (推介) and their pipeline: referred → contacted → interviewed → hired (start date, wage) / not hired
 * (reason) / withdrawn. Each step keeps its time and its actor (an officer, the employer through the card's
 * link, or the system). A placement schedules its 穩定就業 checks at 1 and 3 months after the start date;
 * a daily job marks them due for the officer.
 *
 * The employer answers through a link printed as a QR code on the card: a random token, of which only the
 * SHA-256 is stored. It names no person, expires, and shows the employer only the masked name.
 */
import type { z } from '@hono/zod-openapi';
import { createHash, randomBytes } from 'node:crypto';
import type { Db, Queryable } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import type { JobsService } from '../../shared/jobs/jobs.service.ts';
import { assertUnitVisible, registeringUnit } from '../../shared/scope.ts';
import type { HomeUnit } from '../access/access.contract.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { PeopleService } from '../people/people.service.ts';
import type { referralAnswerRequest, referralAnswerView, referralOutcomeRequest, referralRecord } from './employment.contract.ts';
import type { JobSeekers } from './employment.job-seekers.ts';
import type { Vacancies } from './employment.vacancies.ts';

export const followupsJobName = 'employment.followups-due';
/** How long the card's answer link works: a referral is normally settled within weeks. */
export const answerTokenDays = 60;

type Status = 'referred' | 'contacted' | 'interviewed' | 'hired' | 'not-hired' | 'withdrawn';
type ReferralRow = {
  id: string;
  card_number: string;
  job_seeker_id: string;
  vacancy_id: string;
  unit_kind: HomeUnit['kind'];
  unit_code: string | null;
  status: Status;
  answer_token_expires_at: Date;
  start_on: string | null;
  monthly_wage: number | null;
  reason: string | null;
};
const referralColumns = `id, card_number, job_seeker_id, vacancy_id, unit_kind, unit_code, status, answer_token_expires_at,
  start_on::text AS start_on, monthly_wage, reason`;

const order: Record<Status, number> = { referred: 0, contacted: 1, interviewed: 2, hired: 3, 'not-hired': 3, withdrawn: 3 };
const isOpen = (status: Status) => order[status] < 3;
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** `YYYY-MM-DD` plus whole months, clamped to the month's last day (01-31 + 1 month = 02-28). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

export function createReferrals(deps: {
  db: Db;
  clock: () => Date;
  today: () => string;
  people: PeopleService;
  jobSeekers: JobSeekers;
  vacancies: Vacancies;
}) {
  const { db, clock, today } = deps;

  async function load(q: Queryable, id: string, lock = false): Promise<ReferralRow> {
    const row = (await q.query<ReferralRow>(`SELECT ${referralColumns} FROM referrals WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id])).rows[0];
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  /** Moves a referral on; never back, never out of a final state. Writes the event and, on hiring, the checks. */
  async function advance(
    tx: Queryable,
    row: ReferralRow,
    to: Status,
    actor: { kind: 'staff' | 'employer'; id: string | null },
    extra: { startOn?: string | undefined; monthlyWage?: number | undefined; reason?: string | undefined },
  ) {
    if (!isOpen(row.status) || (order[to] <= order[row.status] && to !== 'withdrawn')) throw new AppError('CONFLICT');
    const at = clock();
    await tx.query(
      `UPDATE referrals SET status = $2, start_on = COALESCE($3, start_on), monthly_wage = COALESCE($4, monthly_wage),
         reason = COALESCE($5, reason), updated_at = $6 WHERE id = $1`,
      [row.id, to, extra.startOn ?? null, extra.monthlyWage ?? null, extra.reason ?? null, at],
    );
    await tx.query(
      'INSERT INTO referral_events (referral_id, status, occurred_at, actor_kind, actor_id, note) VALUES ($1, $2, $3, $4, $5, $6)',
      [row.id, to, at, actor.kind, actor.id, extra.reason ?? null],
    );
    if (to === 'hired' && extra.startOn) {
      for (const months of [1, 3]) {
        await tx.query('INSERT INTO placement_followups (referral_id, months, due_on) VALUES ($1, $2, $3)', [
          row.id,
          months,
          addMonths(extra.startOn, months),
        ]);
      }
    }
  }

  async function record(q: Queryable, row: ReferralRow): Promise<z.infer<typeof referralRecord>> {
    const vacancy = await deps.vacancies.load(q, row.vacancy_id);
    const events = await q.query<{ status: string; occurred_at: Date; actor_kind: string; actor_name: string | null }>(
      `SELECT ev.status, ev.occurred_at, ev.actor_kind, s.display_name AS actor_name
       FROM referral_events ev LEFT JOIN staff_users s ON s.id = ev.actor_id WHERE ev.referral_id = $1 ORDER BY ev.occurred_at, ev.id`,
      [row.id],
    );
    const followups = await q.query<{ months: number; due_on: string; status: string }>(
      'SELECT months, due_on::text AS due_on, status FROM placement_followups WHERE referral_id = $1 ORDER BY months',
      [row.id],
    );
    return {
      id: row.id,
      cardNumber: row.card_number,
      jobSeekerId: row.job_seeker_id,
      vacancyId: row.vacancy_id,
      vacancyTitle: vacancy.title,
      employerName: vacancy.employer_name,
      stationCode: row.unit_code,
      status: row.status,
      startOn: row.start_on,
      monthlyWage: row.monthly_wage,
      reason: row.reason,
      events: events.rows.map((e) => ({ status: e.status, at: e.occurred_at.toISOString(), actorKind: e.actor_kind, actorName: e.actor_name })),
      followups: followups.rows.map((f) => ({ months: f.months, dueOn: f.due_on, status: f.status })),
    };
  }

  async function byToken(q: Queryable, token: string, lock = false): Promise<ReferralRow> {
    const row = (
      await q.query<ReferralRow>(
        `SELECT ${referralColumns} FROM referrals WHERE answer_token_hash = $1${lock ? ' FOR UPDATE' : ''}`,
        [hashToken(token)],
      )
    ).rows[0];
    // An unknown and an expired link answer alike.
    if (!row || row.answer_token_expires_at.getTime() <= clock().getTime()) throw new AppError('NOT_FOUND');
    return row;
  }

  return {
    /** Refers a job seeker to a published, unexpired vacancy; answers the card number and the answer link's token. */
    async create(staff: StaffPrincipal, input: { jobSeekerId: string; vacancyId: string }, requestId: string) {
      const seeker = await deps.jobSeekers.visible(staff, input.jobSeekerId);
      const unit = registeringUnit(staff);
      const token = randomBytes(24).toString('base64url');
      const now = clock();
      const cardNumber = `${(unit.code ?? 'city').toUpperCase()}-${today().replaceAll('-', '')}-${randomBytes(4).toString('hex').toUpperCase()}`;
      return db.transaction(async (tx) => {
        // The vacancy's row lock makes two officers referring at once take turns, so the second finds the
        // first's open referral (409) instead of meeting the unique index as a database error.
        const vacancy = await deps.vacancies.load(tx, input.vacancyId, true);
        if (vacancy.status !== 'published' || vacancy.expires_on < today()) throw new AppError('CONFLICT');
        // One open referral per person and vacancy; the partial unique index stays as the last guard.
        const open = await tx.query(
          `SELECT 1 FROM referrals WHERE job_seeker_id = $1 AND vacancy_id = $2 AND status IN ('referred', 'contacted', 'interviewed')`,
          [seeker.id, vacancy.id],
        );
        if (open.rowCount > 0) throw new AppError('CONFLICT');
        const inserted = await tx.query<{ id: string }>(
          `INSERT INTO referrals (card_number, job_seeker_id, vacancy_id, unit_kind, unit_code, officer_id, status, answer_token_hash,
             answer_token_expires_at, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, 'referred', $7, $8, $9, $9) RETURNING id`,
          [cardNumber, seeker.id, vacancy.id, unit.kind, unit.code, staff.id, hashToken(token), new Date(now.getTime() + answerTokenDays * 86_400_000), now],
        );
        const id = (inserted.rows[0] as { id: string }).id;
        await tx.query(
          `INSERT INTO referral_events (referral_id, status, occurred_at, actor_kind, actor_id) VALUES ($1, 'referred', $2, 'staff', $3)`,
          [id, now, staff.id],
        );
        await recordAudit(tx, { actor: { id: staff.id, username: staff.username }, action: 'referral.create', recordType: 'referral', recordId: id, requestId });
        return { id, cardNumber, answerToken: token };
      });
    },

    /**
     * A person's placements (referrals recorded as hired), for their career record (勞工職涯工作卡): the
     * employer, the job and the start date; nothing of the referral's pipeline or the officer.
     */
    async placementsOfPerson(personId: string): Promise<{ referralId: string; employerName: string; title: string; startOn: string }[]> {
      const { rows } = await db.query<{ id: string; employer_name: string; title: string; start_on: string }>(
        `SELECT r.id, e.name AS employer_name, v.title, r.start_on::text AS start_on
           FROM referrals r JOIN job_seekers j ON j.id = r.job_seeker_id JOIN vacancies v ON v.id = r.vacancy_id JOIN employers e ON e.id = v.employer_id
          WHERE j.person_id = $1 AND r.status = 'hired' AND r.start_on IS NOT NULL ORDER BY r.start_on, r.id`,
        [personId],
      );
      return rows.map((r) => ({ referralId: r.id, employerName: r.employer_name, title: r.title, startOn: r.start_on }));
    },

    async get(staff: StaffPrincipal, id: string) {
      const row = await load(db, id);
      assertUnitVisible(staff, { kind: row.unit_kind, code: row.unit_code });
      return record(db, row);
    },

    /** The referrals of one job seeker, newest first. */
    async ofJobSeeker(staff: StaffPrincipal, jobSeekerId: string) {
      await deps.jobSeekers.visible(staff, jobSeekerId);
      const rows = (await db.query<ReferralRow>(`SELECT ${referralColumns} FROM referrals WHERE job_seeker_id = $1 ORDER BY created_at DESC`, [jobSeekerId])).rows;
      return Promise.all(rows.map((row) => record(db, row)));
    },

    /** A new answer token for the card (printing it again): the old link stops working. */
    async reissueToken(staff: StaffPrincipal, id: string, requestId: string) {
      const token = randomBytes(24).toString('base64url');
      return db.transaction(async (tx) => {
        const row = await load(tx, id, true);
        assertUnitVisible(staff, { kind: row.unit_kind, code: row.unit_code });
        await tx.query('UPDATE referrals SET answer_token_hash = $2, answer_token_expires_at = $3 WHERE id = $1', [
          id,
          hashToken(token),
          new Date(clock().getTime() + answerTokenDays * 86_400_000),
        ]);
        await recordAudit(tx, { actor: { id: staff.id, username: staff.username }, action: 'referral.print-card', recordType: 'referral', recordId: id, requestId });
        return { token, card: await record(tx, row) };
      });
    },

    async progress(staff: StaffPrincipal, id: string, status: 'contacted' | 'interviewed', requestId: string) {
      return db.transaction(async (tx) => {
        const row = await load(tx, id, true);
        assertUnitVisible(staff, { kind: row.unit_kind, code: row.unit_code });
        await advance(tx, row, status, { kind: 'staff', id: staff.id }, {});
        await recordAudit(tx, { actor: { id: staff.id, username: staff.username }, action: `referral.${status}`, recordType: 'referral', recordId: id, requestId });
        return record(tx, await load(tx, id));
      });
    },

    async outcome(staff: StaffPrincipal, id: string, input: z.infer<typeof referralOutcomeRequest>, requestId: string) {
      return db.transaction(async (tx) => {
        const row = await load(tx, id, true);
        assertUnitVisible(staff, { kind: row.unit_kind, code: row.unit_code });
        await advance(tx, row, input.outcome, { kind: 'staff', id: staff.id }, { startOn: input.startDate, monthlyWage: input.monthlyWage, reason: input.reason });
        await recordAudit(tx, {
          actor: { id: staff.id, username: staff.username },
          action: `referral.${input.outcome}`,
          recordType: 'referral',
          recordId: id,
          requestId,
        });
        return record(tx, await load(tx, id));
      });
    },

    /** What the employer sees through the card's link. */
    async answerView(token: string): Promise<z.infer<typeof referralAnswerView>> {
      const row = await byToken(db, token);
      const seeker = await deps.jobSeekers.load(db, row.job_seeker_id);
      const person = (await deps.people.summaries([seeker.person_id])).get(seeker.person_id);
      const vacancy = await deps.vacancies.load(db, row.vacancy_id);
      return {
        cardNumber: row.card_number,
        personName: person?.name ?? '',
        vacancyTitle: vacancy.title,
        employerName: vacancy.employer_name,
        status: row.status,
        expiresAt: row.answer_token_expires_at.toISOString(),
      };
    },

    /** The employer's answer, without an account: the token is the authority, the step is recorded as theirs. */
    async answer(token: string, input: z.infer<typeof referralAnswerRequest>, requestId: string) {
      await db.transaction(async (tx) => {
        const row = await byToken(tx, token, true);
        await advance(tx, row, input.answer, { kind: 'employer', id: null }, { startOn: input.startDate, monthlyWage: input.monthlyWage, reason: input.reason });
        await recordAudit(tx, { actor: null, action: `referral.employer-${input.answer}`, recordType: 'referral', recordId: row.id, requestId });
      });
      return this.answerView(token);
    },

    /**
     * Referrals to an employer's vacancies, for its account: no person data at all (a self-registered
     * employer account proves its address, not its authority: ADR 0017), and no card number either, which
     * is what the employer proves possession of when answering.
     */
    async ofEmployer(employerId: string) {
      const rows = await db.query<{ id: string; title: string; status: Status; created_at: Date; start_on: string | null }>(
        `SELECT r.id, v.title, r.status, r.created_at, r.start_on::text AS start_on FROM referrals r JOIN vacancies v ON v.id = r.vacancy_id
         WHERE v.employer_id = $1 ORDER BY r.created_at DESC, r.id LIMIT 200`,
        [employerId],
      );
      return rows.rows.map((r) => ({ id: r.id, vacancyTitle: r.title, status: r.status, referredAt: r.created_at.toISOString(), startOn: r.start_on }));
    },

    /**
     * The employer account answers with the card number printed on the card the job seeker brought (the
     * same proof of possession as the card's QR link); a card of another employer's vacancy is a 404.
     */
    async answerByCard(
      account: { id: string; employerId: string },
      input: z.infer<typeof referralAnswerRequest> & { cardNumber: string },
      requestId: string,
    ) {
      return db.transaction(async (tx) => {
        const row = (
          await tx.query<ReferralRow & { employer_id: string }>(
            `SELECT r.id, r.card_number, r.job_seeker_id, r.vacancy_id, r.unit_kind, r.unit_code, r.status, r.answer_token_expires_at,
               r.start_on::text AS start_on, r.monthly_wage, r.reason, v.employer_id
             FROM referrals r JOIN vacancies v ON v.id = r.vacancy_id WHERE r.card_number = $1 FOR UPDATE OF r`,
            [input.cardNumber],
          )
        ).rows[0];
        if (!row || row.employer_id !== account.employerId) throw new AppError('NOT_FOUND');
        await advance(tx, row, input.answer, { kind: 'employer', id: null }, { startOn: input.startDate, monthlyWage: input.monthlyWage, reason: input.reason });
        await recordAudit(tx, {
          actor: { id: account.id, username: 'account:employer' },
          action: `referral.employer-${input.answer}`,
          recordType: 'referral',
          recordId: row.id,
          requestId,
        });
        return { id: row.id, status: input.answer };
      });
    },

    /** Records a 穩定就業 check (still employed or not) at 1 or 3 months. */
    async checkFollowup(staff: StaffPrincipal, id: string, months: 1 | 3, stillEmployed: boolean, requestId: string) {
      return db.transaction(async (tx) => {
        const row = await load(tx, id, true);
        assertUnitVisible(staff, { kind: row.unit_kind, code: row.unit_code });
        const updated = await tx.query(
          `UPDATE placement_followups SET status = $3, checked_at = $4, checked_by = $5
           WHERE referral_id = $1 AND months = $2 AND status IN ('scheduled', 'due')`,
          [id, months, stillEmployed ? 'employed' : 'not-employed', clock(), staff.id],
        );
        if (updated.rowCount === 0) throw new AppError('CONFLICT');
        await recordAudit(tx, { actor: { id: staff.id, username: staff.username }, action: 'referral.followup', recordType: 'referral', recordId: id, requestId, details: { months, stillEmployed } });
        return record(tx, await load(tx, id));
      });
    },

    /** The daily job: checks whose date has come are marked due, for the officers' work list. */
    async markFollowupsDue(): Promise<number> {
      const result = await db.query(`UPDATE placement_followups SET status = 'due' WHERE status = 'scheduled' AND due_on <= $1::date`, [today()]);
      return result.rowCount;
    },

    async startWorkers(jobs: JobsService) {
      await jobs.work(followupsJobName, async () => {
        await this.markFollowupsDue();
      });
      await jobs.schedule(followupsJobName, '0 6 * * *');
    },
  };
}

export type Referrals = ReturnType<typeof createReferrals>;
