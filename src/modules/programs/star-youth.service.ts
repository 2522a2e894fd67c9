/**
 * @module programs/star-youth
 * 摘星青年 築夢臺中 (plan 第二部分 一-8, ADR 0040) on the programs engine: the application, its eligibility,
 * its place among the 108 (the program's quota) and its monthly amount are the engine's; this adds the
 * three bases and their units, the tenancy (進駐) of an approved applicant in one unit, the mentoring visits
 * (輔導訪視), and the month-by-month payment of the per-month entitlement (租金及獎勵金, NT$33,000 a month
 * together) as parts of the approved amount.
 */
import type { z } from '@hono/zod-openapi';
import type { Db, Queryable } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import type { AccountPrincipal, StaffPrincipal } from '../../shared/http/app-env.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { maskName } from '../people/identifiers.ts';
import type { ReferenceData } from '../reference-data/reference-data.ts';
import { definitionById, type Definition } from './programs.definitions.ts';
import { paymentsOf, preparePeriodPayment } from './programs.period-payments.ts';
import { ownsApplication } from './programs.service.ts';
import type { board, myTenancy, tenancyDetail, tenancyInput, unitInput, visitDue, visitInput } from './star-youth.contract.ts';

export const starYouthCode = 'star-youth';

const actor = (staff: StaffPrincipal) => ({ id: staff.id, username: staff.username });
const day = (value: string | Date) => (typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10));

/** The months `YYYY-MM` from the month of `from` to the month of `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const last = to.slice(0, 7);
  for (;;) {
    const label = `${year}-${String(month).padStart(2, '0')}`;
    if (label > last) return months;
    months.push(label);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
}

type TenancyRow = {
  id: string;
  unit_id: string;
  application_id: string;
  business_name: string;
  starts_on: string;
  ends_on: string;
  ended_on: string | null;
  unit_code: string;
  unit_name: string;
  base_names: Record<string, string>;
  person_name: string | null;
};

export function createStarYouthService({ db, clock, referenceData }: { db: Db; clock: () => Date; referenceData: ReferenceData }) {
  const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: referenceData.city.bureau.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const today = () => dayFormat.format(clock());
  const nameOf = (names: Record<string, string>, locale: Locale) => names[locale] ?? names['zh-TW'] ?? '';

  async function tenancyRow(on: Queryable, id: string): Promise<TenancyRow | undefined> {
    return (
      await on.query<TenancyRow>(
        `SELECT t.id, t.unit_id, t.application_id, t.business_name, t.starts_on::text, t.ends_on::text, t.ended_on::text,
                u.code AS unit_code, u.name AS unit_name, b.names AS base_names, p.name AS person_name
           FROM star_youth_tenancies t JOIN star_youth_units u ON u.id = t.unit_id JOIN star_youth_bases b ON b.code = u.base_code
           JOIN program_applications a ON a.id = t.application_id LEFT JOIN people p ON p.id = a.person_id
          WHERE t.id = $1`,
        [id],
      )
    ).rows[0];
  }

  return {
    today,

    /** The bases with their units and who is in each (masked), the places, and the approved applicants waiting. */
    async board(locale: Locale): Promise<z.infer<typeof board>> {
      const year = Number(today().slice(0, 4));
      const bases = await db.query<{ code: string; names: Record<string, string>; district_code: string; source: string }>('SELECT * FROM star_youth_bases ORDER BY sort_order, code');
      const units = await db.query<{ id: string; base_code: string; code: string; name: string; area_m2: string | null; status: string; demo: boolean }>(
        'SELECT id, base_code, code, name, area_m2, status, demo FROM star_youth_units ORDER BY base_code, code',
      );
      const tenancies = await db.query<{ id: string; unit_id: string; application_id: string; business_name: string; starts_on: string; ends_on: string; name: string | null }>(
        `SELECT t.id, t.unit_id, t.application_id, t.business_name, t.starts_on::text, t.ends_on::text, p.name
           FROM star_youth_tenancies t JOIN program_applications a ON a.id = t.application_id LEFT JOIN people p ON p.id = a.person_id
          WHERE t.ended_on IS NULL`,
      );
      const byUnit = new Map(tenancies.rows.map((t) => [t.unit_id, t]));
      const quota = (await db.query<{ places: number | null; places_committed: number; source: string | null }>('SELECT places, places_committed, source FROM program_quotas WHERE program_code = $1 AND year = $2', [starYouthCode, year])).rows[0];
      const waiting = await db.query<{ id: string; name: string | null; amount_twd: string | null }>(
        `SELECT a.id, p.name, a.amount_twd FROM program_applications a LEFT JOIN people p ON p.id = a.person_id
          WHERE a.program_code = $1 AND a.status IN ('approved', 'paid')
            AND NOT EXISTS (SELECT 1 FROM star_youth_tenancies t WHERE t.application_id = a.id AND t.ended_on IS NULL)
          ORDER BY a.decided_at, a.id`,
        [starYouthCode],
      );
      const district = (code: string) => referenceData.district(code);
      return {
        program: { places: quota?.places ?? null, placesCommitted: quota?.places_committed ?? 0, housed: tenancies.rowCount, source: quota?.source ?? null },
        bases: bases.rows.map((b) => ({
          code: b.code,
          name: nameOf(b.names, locale),
          districtCode: b.district_code,
          districtName: (locale === 'zh-TW' ? district(b.district_code)?.name : district(b.district_code)?.nameEn) ?? b.district_code,
          source: b.source,
          units: units.rows
            .filter((u) => u.base_code === b.code)
            .map((u) => {
              const t = byUnit.get(u.id);
              return {
                id: u.id,
                code: u.code,
                name: u.name,
                areaM2: u.area_m2 === null ? null : Number(u.area_m2),
                status: u.status as 'vacant' | 'occupied' | 'closed',
                demo: u.demo,
                tenancy: t ? { id: t.id, applicationId: t.application_id, tenant: maskName(t.name ?? ''), businessName: t.business_name, startsOn: t.starts_on, endsOn: t.ends_on } : null,
              };
            }),
        })),
        waiting: waiting.rows.map((w) => ({ applicationId: w.id, applicant: maskName(w.name ?? ''), amountTwd: w.amount_twd === null ? null : Number(w.amount_twd) })),
      };
    },

    async addUnit(staff: StaffPrincipal, input: z.infer<typeof unitInput>, requestId: string, options: { demo?: boolean } = {}) {
      return db.transaction(async (tx) => {
        const base = await tx.query('SELECT 1 FROM star_youth_bases WHERE code = $1', [input.baseCode]);
        if (base.rowCount === 0) throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'baseCode', code: 'custom', message: 'validation.starYouth.base' }] });
        const clash = await tx.query('SELECT 1 FROM star_youth_units WHERE base_code = $1 AND code = $2', [input.baseCode, input.code]);
        if (clash.rowCount > 0) throw new AppError('CONFLICT');
        const row = await tx.query<{ id: string }>(
          'INSERT INTO star_youth_units (base_code, code, name, area_m2, status, demo, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id',
          [input.baseCode, input.code, input.name, input.areaM2 ?? null, input.status, options.demo ?? false, staff.id, clock()],
        );
        const id = (row.rows[0] as { id: string }).id;
        await recordAudit(tx, { actor: actor(staff), action: 'star-youth.unit.add', recordType: 'star_youth_unit', recordId: id, requestId, details: { base: input.baseCode, code: input.code } });
        return { id };
      });
    },

    /** Opens or closes a unit that nobody is in; an occupied one changes only by its tenancy ending. */
    async setUnitStatus(staff: StaffPrincipal, unitId: string, status: 'vacant' | 'closed', requestId: string) {
      return db.transaction(async (tx) => {
        const updated = await tx.query(`UPDATE star_youth_units SET status = $2 WHERE id = $1 AND status <> 'occupied'`, [unitId, status]);
        if (updated.rowCount === 0) {
          const exists = await tx.query('SELECT 1 FROM star_youth_units WHERE id = $1', [unitId]);
          throw new AppError(exists.rowCount > 0 ? 'INVALID_TRANSITION' : 'NOT_FOUND');
        }
        await recordAudit(tx, { actor: actor(staff), action: 'star-youth.unit.status', recordType: 'star_youth_unit', recordId: unitId, requestId, details: { status } });
      });
    },

    /**
     * 進駐: places an approved applicant in a vacant unit. The unit is taken with one conditional UPDATE
     * (`status = 'vacant'`): two staff allocating the last unit at once queue on its row, and the second
     * finds it occupied (409 UNIT_TAKEN); the partial unique indexes are the backstop.
     */
    async allocate(staff: StaffPrincipal, input: z.infer<typeof tenancyInput>, requestId: string) {
      return db.transaction(async (tx) => {
        const application = (await tx.query<{ program_code: string; status: string }>('SELECT program_code, status FROM program_applications WHERE id = $1 FOR UPDATE', [input.applicationId])).rows[0];
        if (!application || application.program_code !== starYouthCode) throw new AppError('NOT_FOUND');
        if (application.status !== 'approved' && application.status !== 'paid') throw new AppError('INVALID_TRANSITION');
        const housed = await tx.query('SELECT 1 FROM star_youth_tenancies WHERE application_id = $1 AND ended_on IS NULL', [input.applicationId]);
        if (housed.rowCount > 0) throw new AppError('CONFLICT');
        const taken = await tx.query(`UPDATE star_youth_units SET status = 'occupied' WHERE id = $1 AND status = 'vacant'`, [input.unitId]);
        if (taken.rowCount === 0) {
          const exists = await tx.query('SELECT 1 FROM star_youth_units WHERE id = $1', [input.unitId]);
          throw new AppError(exists.rowCount > 0 ? 'UNIT_TAKEN' : 'NOT_FOUND');
        }
        const row = await tx.query<{ id: string }>(
          `INSERT INTO star_youth_tenancies (unit_id, application_id, business_name, starts_on, ends_on, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
          [input.unitId, input.applicationId, input.businessName, input.startsOn, input.endsOn, staff.id, clock()],
        );
        const id = (row.rows[0] as { id: string }).id;
        await recordAudit(tx, { actor: actor(staff), action: 'star-youth.allocate', recordType: 'star_youth_tenancy', recordId: id, requestId, details: { unitId: input.unitId, applicationId: input.applicationId } });
        return { id };
      });
    },

    /** The tenant leaves: the tenancy ends on that day and the unit is vacant again. */
    async endTenancy(staff: StaffPrincipal, tenancyId: string, endedOn: string, requestId: string) {
      return db.transaction(async (tx) => {
        const t = (await tx.query<{ unit_id: string; starts_on: string; ended_on: string | null }>('SELECT unit_id, starts_on::text, ended_on::text FROM star_youth_tenancies WHERE id = $1 FOR UPDATE', [tenancyId])).rows[0];
        if (!t) throw new AppError('NOT_FOUND');
        if (t.ended_on !== null) throw new AppError('INVALID_TRANSITION');
        if (endedOn < t.starts_on) throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'endedOn', code: 'custom', message: 'validation.starYouth.endsBeforeStart' }] });
        await tx.query('UPDATE star_youth_tenancies SET ended_on = $2 WHERE id = $1', [tenancyId, endedOn]);
        await tx.query(`UPDATE star_youth_units SET status = 'vacant' WHERE id = $1`, [t.unit_id]);
        await recordAudit(tx, { actor: actor(staff), action: 'star-youth.tenancy.end', recordType: 'star_youth_tenancy', recordId: tenancyId, requestId, details: { endedOn } });
      });
    },

    /** One tenancy with its visits and its months, each with its payment. The applicant is masked. */
    async tenancy(staff: StaffPrincipal, id: string, locale: Locale): Promise<z.infer<typeof tenancyDetail>> {
      const t = await tenancyRow(db, id);
      if (!t) throw new AppError('NOT_FOUND');
      const visits = await db.query<{ id: string; visited_on: string; mentor: string; topics: string; findings: string; follow_ups: string | null; follow_up_due_on: string | null }>(
        'SELECT id, visited_on::text, mentor, topics, findings, follow_ups, follow_up_due_on::text FROM star_youth_visits WHERE tenancy_id = $1 ORDER BY visited_on DESC, recorded_at DESC',
        [id],
      );
      const application = (await db.query<{ definition_id: string; amount_twd: string | null }>('SELECT definition_id, amount_twd FROM program_applications WHERE id = $1', [t.application_id])).rows[0] as { definition_id: string; amount_twd: string | null };
      const definition = (await definitionById(db, application.definition_id)) as Definition;
      const monthly = definition.entitlement.kind === 'monthly' ? (definition.entitlement.amount ?? null) : null;
      const payments = await paymentsOf(db, t.application_id);
      return {
        id: t.id,
        applicationId: t.application_id,
        tenant: maskName(t.person_name ?? ''),
        businessName: t.business_name,
        startsOn: t.starts_on,
        endsOn: t.ends_on,
        endedOn: t.ended_on,
        baseName: nameOf(t.base_names, locale),
        unitCode: t.unit_code,
        unitName: t.unit_name,
        visits: visits.rows.map((v) => ({ id: v.id, visitedOn: v.visited_on, mentor: v.mentor, topics: v.topics, findings: v.findings, followUps: v.follow_ups, followUpDueOn: v.follow_up_due_on })),
        monthlyTwd: monthly,
        approvedTwd: application.amount_twd === null ? null : Number(application.amount_twd),
        months: monthsBetween(t.starts_on, t.ended_on ?? t.ends_on).map((month) => {
          const p = payments.find((payment) => payment.periodLabel === month);
          return { month, payment: p ? { id: p.id, amountTwd: p.amountTwd, status: p.status, preparedByCaller: p.preparedBy === staff.id } : null };
        }),
      };
    },

    async recordVisit(staff: StaffPrincipal, tenancyId: string, input: z.infer<typeof visitInput>, requestId: string) {
      return db.transaction(async (tx) => {
        const t = (await tx.query<{ starts_on: string }>('SELECT starts_on::text FROM star_youth_tenancies WHERE id = $1', [tenancyId])).rows[0];
        if (!t) throw new AppError('NOT_FOUND');
        const issue = (field: string, message: string) => new AppError('VALIDATION_FAILED', { fieldIssues: [{ field, code: 'custom', message }] });
        if (input.visitedOn < t.starts_on) throw issue('visitedOn', 'validation.starYouth.visitBeforeTenancy');
        if (input.visitedOn > today()) throw issue('visitedOn', 'validation.starYouth.visitInFuture');
        const row = await tx.query<{ id: string }>(
          `INSERT INTO star_youth_visits (tenancy_id, visited_on, mentor, topics, findings, follow_ups, follow_up_due_on, recorded_by, recorded_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
          [tenancyId, input.visitedOn, input.mentor, input.topics, input.findings, input.followUps ?? null, input.followUpDueOn ?? null, staff.id, clock()],
        );
        const id = (row.rows[0] as { id: string }).id;
        await recordAudit(tx, { actor: actor(staff), action: 'star-youth.visit', recordType: 'star_youth_tenancy', recordId: tenancyId, requestId, details: { visitId: id } });
        return { id };
      });
    },

    /**
     * The visits due: every tenant in a unit whose last visit's follow-ups fall due within `withinDays`, or
     * who has never been visited (due from the tenancy's start). A last visit with no follow-up due date
     * asks for no visit (the plan's visits are 不定期, so no interval is assumed). Soonest first.
     */
    async visitsDue(locale: Locale, withinDays = 14): Promise<z.infer<typeof visitDue>[]> {
      const now = today();
      const horizon = day(new Date(Date.parse(`${now}T00:00:00Z`) + withinDays * 86_400_000));
      const rows = await db.query<{ id: string; business_name: string; starts_on: string; unit_code: string; base_names: Record<string, string>; name: string | null; last_on: string | null; due_on: string | null }>(
        `SELECT t.id, t.business_name, t.starts_on::text, u.code AS unit_code, b.names AS base_names, p.name, last.visited_on::text AS last_on, last.follow_up_due_on::text AS due_on
           FROM star_youth_tenancies t JOIN star_youth_units u ON u.id = t.unit_id JOIN star_youth_bases b ON b.code = u.base_code
           JOIN program_applications a ON a.id = t.application_id LEFT JOIN people p ON p.id = a.person_id
           LEFT JOIN LATERAL (SELECT v.visited_on, v.follow_up_due_on FROM star_youth_visits v WHERE v.tenancy_id = t.id ORDER BY v.visited_on DESC, v.recorded_at DESC LIMIT 1) last ON true
          WHERE t.ended_on IS NULL`,
      );
      return rows.rows
        .map((r) => ({ r, dueOn: r.last_on === null ? r.starts_on : r.due_on }))
        .filter((x): x is { r: (typeof rows.rows)[number]; dueOn: string } => x.dueOn !== null && x.dueOn <= horizon)
        .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.r.id.localeCompare(b.r.id))
        .map(({ r, dueOn }) => ({
          tenancyId: r.id,
          tenant: maskName(r.name ?? ''),
          businessName: r.business_name,
          baseName: nameOf(r.base_names, locale),
          unitCode: r.unit_code,
          lastVisitedOn: r.last_on,
          dueOn,
          overdue: dueOn < now,
        }));
    },

    /**
     * Prepares the payment of one month of the tenancy: the program's per-month entitlement of the version
     * the application was filed under, as a part of the approved amount (the engine refuses a second one for
     * the month, or one beyond the amount approved). Only a month the tenancy covers, and not a future one.
     */
    async payMonth(staff: StaffPrincipal, tenancyId: string, month: string, requestId: string) {
      const issue = (message: string) => new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'month', code: 'custom', message }] });
      return db.transaction(async (tx) => {
        const t = (await tx.query<{ application_id: string; starts_on: string; ends_on: string; ended_on: string | null }>('SELECT application_id, starts_on::text, ends_on::text, ended_on::text FROM star_youth_tenancies WHERE id = $1', [tenancyId])).rows[0];
        if (!t) throw new AppError('NOT_FOUND');
        if (!monthsBetween(t.starts_on, t.ended_on ?? t.ends_on).includes(month)) throw issue('validation.starYouth.monthOutsideTenancy');
        if (month > today().slice(0, 7)) throw issue('validation.starYouth.monthInFuture');
        const application = (await tx.query<{ definition_id: string }>('SELECT definition_id FROM program_applications WHERE id = $1', [t.application_id])).rows[0] as { definition_id: string };
        const definition = (await definitionById(tx, application.definition_id)) as Definition;
        const amount = definition.entitlement.kind === 'monthly' ? definition.entitlement.amount : null;
        if (amount === null || amount === undefined || amount <= 0) throw issue('validation.starYouth.noMonthlyAmount');
        return preparePeriodPayment(tx, staff, { applicationId: t.application_id, periodLabel: month, amountTwd: amount, programCode: starYouthCode }, clock(), requestId);
      });
    },

    /** The applicant's own tenancy on their application, for their page; undefined when none. */
    async mine(account: AccountPrincipal, applicationId: string, locale: Locale): Promise<z.infer<typeof myTenancy> | null> {
      const application = (await db.query<{ account_id: string | null; person_id: string | null; employer_id: string | null }>('SELECT account_id, person_id, employer_id FROM program_applications WHERE id = $1', [applicationId])).rows[0];
      if (!application || !ownsApplication(account, application)) throw new AppError('NOT_FOUND');
      const id = (await db.query<{ id: string }>('SELECT id FROM star_youth_tenancies WHERE application_id = $1 ORDER BY starts_on DESC LIMIT 1', [applicationId])).rows[0]?.id;
      if (!id) return null;
      const t = (await tenancyRow(db, id)) as TenancyRow;
      const paid = (await paymentsOf(db, applicationId)).filter((p) => p.status === 'paid' && p.periodLabel !== null).length;
      return { baseName: nameOf(t.base_names, locale), unitCode: t.unit_code, unitName: t.unit_name, startsOn: t.starts_on, endsOn: t.ends_on, endedOn: t.ended_on, monthsPaid: paid };
    },
  };
}

export type StarYouthService = ReturnType<typeof createStarYouthService>;
