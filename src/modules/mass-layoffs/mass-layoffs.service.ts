/**
 * @module mass-layoffs
 * Mass-layoff plans (大量解僱勞工保護法): the plan an employer files online or staff enter (Art. 4), whether
 * the layoff is "mass" (Art. 2) and the notice in time (Art. 4 para. 1), the negotiation and the committee
 * the bureau convenes without an agreement (Arts. 5, 6), and the plans ahead for the employment service.
 * The figures of Arts. 2, 4 and 5 are a rule set staff enter with its source (ADR 0037).
 */
import { sql } from 'kysely';
import { assessMassLayoff, checkLayoffNotice, isOverdue, negotiationDeadlines, type MassLayoffRuleSet } from '#labor-rules';
import type { Db, Queryable } from '../../db/client.ts';
import { qb, run, runFirst } from '../../db/query.ts';
import { AppError } from '../../shared/errors.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import type { ListDefinition, SortColumn } from '../../shared/http/list.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { EmployersService } from '../employers/employers.service.ts';
import type { LayoffReason, OwnPlanRequest, PlanSummary, RuleSetRequest } from './mass-layoffs.contract.ts';

type Actor = { id: string; username: string } | null;
export type PlanFiler = { kind: 'staff'; staff: StaffPrincipal | null } | { kind: 'employer'; accountId: string };

export const planSortKeys = ['layoffOn', 'noticeOn', 'employerName', 'plannedDismissals'] as const;
export type PlanSortKey = (typeof planSortKeys)[number];
const planSortColumns = {
  layoffOn: { expression: sql.ref('p.layoff_on'), type: 'date' },
  noticeOn: { expression: sql.ref('p.notice_on'), type: 'date' },
  employerName: { expression: sql.ref('e.name'), type: 'text' },
  plannedDismissals: { expression: sql.ref('p.planned_dismissals'), type: 'integer' },
} satisfies Record<PlanSortKey, SortColumn>;

export type PlanRow = {
  id: string; employer_id: string; employer_name: string; site_name: string; site_headcount: number; layoff_on: string; notice_on: string;
  planned_dismissals: number; is_mass: boolean; assessment: { article: string }; notice_status: 'in_time' | 'late' | 'exempt'; filed_by: 'staff' | 'employer';
  outcome: 'agreed' | 'not_agreed' | 'withdrawn' | null; rules: MassLayoffRuleSet; agreed_on: string | null; committee_convened_on: string | null;
  closed_on: string | null; last_meeting_on: string | null;
};

/** The bureau's calendar day of an instant (YYYY-MM-DD): deadlines are calendar days in Taiwan time. */
export function localDay(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

function deadlinesOf(row: Pick<PlanRow, 'layoff_on' | 'notice_on' | 'rules' | 'agreed_on' | 'committee_convened_on' | 'last_meeting_on' | 'closed_on' | 'notice_status'>, today: string) {
  return negotiationDeadlines({
    layoffOn: row.layoff_on, noticeOn: row.notice_on, rules: row.rules, agreedOn: row.agreed_on, committeeConvenedOn: row.committee_convened_on,
    lastMeetingOn: row.last_meeting_on, closedOn: row.closed_on,
  }).map((d) => {
    // An exempt notice (Art. 4 para. 1 proviso) has no notice deadline to miss; a closed plan has none left open.
    const met = d.kind === 'notice' && row.notice_status === 'exempt' ? row.notice_on : d.metOn;
    const settled = row.closed_on !== null && d.kind !== 'notice';
    return { ...d, metOn: met, overdue: !settled && isOverdue({ ...d, metOn: met }, today) };
  });
}

export const toPlanSummary = (today: string) => (r: PlanRow): PlanSummary => ({
  id: r.id, employerId: r.employer_id, employerName: r.employer_name, siteName: r.site_name, siteHeadcount: r.site_headcount, layoffOn: r.layoff_on,
  noticeOn: r.notice_on, plannedDismissals: r.planned_dismissals, isMass: r.is_mass, article: r.assessment.article, noticeStatus: r.notice_status,
  filedBy: r.filed_by, outcome: r.outcome, deadlines: deadlinesOf(r, today),
});

const planListQuery = () =>
  qb
    .selectFrom('mass_layoff_plans as p')
    .innerJoin('employers as e', 'e.id', 'p.employer_id')
    .select([
      'p.id', 'p.employer_id', 'e.name as employer_name', 'p.site_name', 'p.site_headcount', 'p.planned_dismissals', 'p.is_mass', 'p.assessment',
      'p.notice_status', 'p.filed_by', 'p.outcome', 'p.rules',
      sql<string>`p.layoff_on::text`.as('layoff_on'),
      sql<string>`p.notice_on::text`.as('notice_on'),
      sql<string | null>`p.agreed_on::text`.as('agreed_on'),
      sql<string | null>`p.committee_convened_on::text`.as('committee_convened_on'),
      sql<string | null>`p.closed_on::text`.as('closed_on'),
      sql<string | null>`(SELECT max(m.held_on)::text FROM mass_layoff_committee_meetings m WHERE m.plan_id = p.id)`.as('last_meeting_on'),
    ]);

export function createMassLayoffsService(deps: { db: Db; clock: () => Date; timeZone: string; employers: EmployersService }) {
  const { db, clock, employers } = deps;
  const today = () => localDay(clock(), deps.timeZone);
  const actorOf = (filer: PlanFiler): Actor =>
    filer.kind === 'employer' ? { id: filer.accountId, username: 'account:employer' } : filer.staff ? { id: filer.staff.id, username: filer.staff.username } : null;
  const staffActor = (staff: StaffPrincipal | null): Actor => (staff ? { id: staff.id, username: staff.username } : null);

  async function ruleSetOn(on: Queryable, day: string) {
    const row = (
      await on.query<{ id: string; rules: Omit<MassLayoffRuleSet, 'source' | 'effectiveFrom'>; source: string; effective_from: string }>(
        'SELECT id, rules, source, effective_from::text AS effective_from FROM mass_layoff_rule_sets WHERE effective_from <= $1 ORDER BY effective_from DESC LIMIT 1',
        [day],
      )
    ).rows[0];
    if (!row) throw new AppError('NO_RULE_SET', { params: { date: day } });
    return { id: row.id, rules: { ...row.rules, effectiveFrom: row.effective_from, source: row.source } satisfies MassLayoffRuleSet };
  }

  async function lockedPlan(tx: Queryable, id: string, employerId?: string) {
    const row = (
      await tx.query<{ id: string; employer_id: string; notice_on: string; agreed_on: string | null; committee_convened_on: string | null; closed_on: string | null }>(
        `SELECT id, employer_id, notice_on::text AS notice_on, agreed_on::text AS agreed_on, committee_convened_on::text AS committee_convened_on, closed_on::text AS closed_on
         FROM mass_layoff_plans WHERE id = $1 FOR UPDATE`,
        [id],
      )
    ).rows[0];
    if (!row || (employerId && row.employer_id !== employerId)) throw new AppError('NOT_FOUND');
    return row;
  }

  return {
    async createRuleSet(staff: StaffPrincipal | null, input: RuleSetRequest, requestId: string) {
      const { effectiveFrom, source, ...rules } = input;
      return db.transaction(async (tx) => {
        const inserted = await tx.query<{ id: string }>(
          'INSERT INTO mass_layoff_rule_sets (effective_from, rules, source, created_by, created_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (effective_from) DO NOTHING RETURNING id',
          [effectiveFrom, JSON.stringify(rules), source, staff?.id ?? null, clock()],
        );
        const id = inserted.rows[0]?.id;
        if (!id) throw new AppError('CONFLICT');
        await recordAudit(tx, { actor: staffActor(staff), action: 'mass-layoff.rule-set', recordType: 'mass-layoff-rule-set', recordId: id, requestId, details: { effectiveFrom } });
        return { id };
      });
    },

    async ruleSets() {
      const rows = (
        await db.query<{ id: string; effective_from: string; rules: Omit<RuleSetRequest, 'effectiveFrom' | 'source'>; source: string; created_at: Date }>(
          'SELECT id, effective_from::text AS effective_from, rules, source, created_at FROM mass_layoff_rule_sets ORDER BY effective_from DESC',
        )
      ).rows;
      return rows.map((r) => ({ id: r.id, effectiveFrom: r.effective_from, ...r.rules, source: r.source, createdAt: r.created_at.toISOString() }));
    },

    /** Files a plan: assessed and checked with the rule set in force on the notice date, which the plan keeps. */
    async file(filer: PlanFiler, employerId: string, input: OwnPlanRequest, requestId: string) {
      return db.transaction(async (tx) => {
        if (!(await employers.exists(tx, employerId))) throw new AppError('NOT_FOUND');
        const ruleSet = await ruleSetOn(tx, input.noticeOn);
        const assessment = assessMassLayoff(
          { siteHeadcount: input.siteHeadcount, siteDismissals: input.plannedDismissals, siteSingleDayMax: input.singleDayMax, enterpriseDismissals: input.enterpriseDismissals, enterpriseSingleDayMax: input.enterpriseSingleDayMax },
          ruleSet.rules,
        );
        const notice = checkLayoffNotice({ noticeOn: input.noticeOn, layoffOn: input.layoffOn, noticeDays: ruleSet.rules.noticeDays, exempt: Boolean(input.exemptEvent) });
        const deadlines = negotiationDeadlines({ layoffOn: input.layoffOn, noticeOn: input.noticeOn, rules: ruleSet.rules, agreedOn: null, committeeConvenedOn: null, lastMeetingOn: null, closedOn: null });
        const due = (kind: string) => deadlines.find((d) => d.kind === kind)!.dueOn;
        const now = clock();
        const id = (
          await tx.query<{ id: string }>(
            `INSERT INTO mass_layoff_plans (employer_id, site_name, site_headcount, layoff_on, notice_on, planned_dismissals, single_day_max, enterprise_dismissals,
               enterprise_single_day_max, categories, reasons, departments, selection_criteria, severance_method, exempt_event, rule_set_id, rules, assessment, is_mass,
               notice_status, negotiation_due_on, committee_due_on, filed_by, account_id, created_by, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $26) RETURNING id`,
            [employerId, input.siteName, input.siteHeadcount, input.layoffOn, input.noticeOn, input.plannedDismissals, input.singleDayMax, input.enterpriseDismissals ?? null,
              input.enterpriseSingleDayMax ?? null, JSON.stringify(input.categories), input.reasons, input.departments, input.selectionCriteria, input.severanceMethod,
              input.exemptEvent || null, ruleSet.id, JSON.stringify(ruleSet.rules), JSON.stringify(assessment), assessment.isMass, notice.status, due('negotiation'),
              due('committee'), filer.kind, filer.kind === 'employer' ? filer.accountId : null, filer.kind === 'staff' ? (filer.staff?.id ?? null) : null, now],
          )
        ).rows[0]!.id;
        await recordAudit(tx, { actor: actorOf(filer), action: 'mass-layoff.file', recordType: 'mass-layoff-plan', recordId: id, requestId, details: { isMass: assessment.isMass, notice: notice.status } });
        const shown = deadlinesOf({ layoff_on: input.layoffOn, notice_on: input.noticeOn, rules: ruleSet.rules, agreed_on: null, committee_convened_on: null, last_meeting_on: null, closed_on: null, notice_status: notice.status }, today());
        return { id, assessment, noticeStatus: notice.status, deadlines: shown };
      });
    },

    /** The staff list on the kit's list contract; `overdue` keeps plans whose committee or next meeting is late. */
    list(filters: { overdue?: boolean | undefined; mass?: boolean | undefined; employerId?: string | undefined }): ListDefinition<PlanSortKey, PlanRow> {
      let query = planListQuery();
      const day = today();
      if (filters.mass !== undefined) query = query.where('p.is_mass', '=', filters.mass);
      if (filters.employerId) query = query.where('p.employer_id', '=', filters.employerId);
      if (filters.overdue) {
        query = query.where('p.closed_on', 'is', null).where(sql<boolean>`(
          (p.agreed_on IS NULL AND p.committee_convened_on IS NULL AND p.committee_due_on < ${day}::date)
          OR (p.committee_convened_on IS NOT NULL AND COALESCE((SELECT max(m.held_on) FROM mass_layoff_committee_meetings m WHERE m.plan_id = p.id), p.committee_convened_on) + 14 < ${day}::date))`);
      }
      return { query: query as never, sortKeys: planSortColumns, defaultSort: '-layoffOn', unique: { expression: sql.ref('p.id'), type: 'uuid' } };
    },
    today,

    /** The employer's own plans, latest layoff first (the employer account's list). */
    async ofEmployer(employerId: string) {
      const rows = (await run(db, planListQuery().where('p.employer_id', '=', employerId).orderBy('p.layoff_on', 'desc').orderBy('p.id'))) as PlanRow[];
      return rows.map(toPlanSummary(today()));
    },

    async detail(id: string, employerId?: string) {
      let query = planListQuery().where('p.id', '=', id);
      if (employerId) query = query.where('p.employer_id', '=', employerId);
      const plan = (await runFirst(db, query)) as PlanRow | undefined;
      if (!plan) throw new AppError('NOT_FOUND');
      const more = (
        await db.query<{ single_day_max: number; categories: { category: string; count: number }[]; reasons: LayoffReason[]; departments: string; selection_criteria: string;
          severance_method: string; exempt_event: string | null; assessment: unknown; rule_source: string }>(
          `SELECT p.single_day_max, p.categories, p.reasons, p.departments, p.selection_criteria, p.severance_method, p.exempt_event, p.assessment, r.source AS rule_source
           FROM mass_layoff_plans p JOIN mass_layoff_rule_sets r ON r.id = p.rule_set_id WHERE p.id = $1`,
          [id],
        )
      ).rows[0]!;
      const members = (await db.query<{ id: string; side: 'authority' | 'employer' | 'workers'; name: string; title: string | null }>(
        'SELECT id, side, name, title FROM mass_layoff_committee_members WHERE plan_id = $1 ORDER BY created_at, id', [id])).rows;
      const meetings = (await db.query<{ id: string; held_on: string; summary: string }>(
        'SELECT id, held_on::text AS held_on, summary FROM mass_layoff_committee_meetings WHERE plan_id = $1 ORDER BY held_on', [id])).rows;
      return {
        ...toPlanSummary(today())(plan),
        singleDayMax: more.single_day_max, categories: more.categories, reasons: more.reasons, departments: more.departments, selectionCriteria: more.selection_criteria,
        severanceMethod: more.severance_method, exemptEvent: more.exempt_event, assessment: more.assessment, ruleSource: more.rule_source,
        agreedOn: plan.agreed_on, committeeConvenedOn: plan.committee_convened_on, closedOn: plan.closed_on,
        members, meetings: meetings.map((m) => ({ id: m.id, heldOn: m.held_on, summary: m.summary })),
      };
    },

    /** Art. 5 para. 1: the parties agreed on the plan. */
    async recordAgreement(staff: StaffPrincipal | null, id: string, agreedOn: string, requestId: string) {
      await db.transaction(async (tx) => {
        const plan = await lockedPlan(tx, id);
        if (plan.closed_on || plan.agreed_on) throw new AppError('INVALID_TRANSITION');
        if (agreedOn < plan.notice_on) throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'agreedOn', code: 'custom', message: 'validation.date_range' }] });
        await tx.query(`UPDATE mass_layoff_plans SET agreed_on = $2, outcome = 'agreed', closed_on = $2, updated_at = $3 WHERE id = $1`, [id, agreedOn, clock()]);
        await recordAudit(tx, { actor: staffActor(staff), action: 'mass-layoff.agreement', recordType: 'mass-layoff-plan', recordId: id, requestId });
      });
      return this.detail(id);
    },

    /** Art. 5 para. 2, Art. 6 para. 1: the bureau convenes the committee with its members. */
    async convene(staff: StaffPrincipal | null, id: string, input: { convenedOn: string; members: { side: 'authority' | 'employer' | 'workers'; name: string; title?: string | undefined }[] }, requestId: string) {
      await db.transaction(async (tx) => {
        const plan = await lockedPlan(tx, id);
        if (plan.closed_on || plan.agreed_on || plan.committee_convened_on) throw new AppError('INVALID_TRANSITION');
        if (input.convenedOn < plan.notice_on) throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'convenedOn', code: 'custom', message: 'validation.date_range' }] });
        await tx.query('UPDATE mass_layoff_plans SET committee_convened_on = $2, updated_at = $3 WHERE id = $1', [id, input.convenedOn, clock()]);
        for (const member of input.members) {
          await tx.query('INSERT INTO mass_layoff_committee_members (plan_id, side, name, title, created_at) VALUES ($1, $2, $3, $4, $5)', [id, member.side, member.name, member.title ?? null, clock()]);
        }
        await recordAudit(tx, { actor: staffActor(staff), action: 'mass-layoff.committee', recordType: 'mass-layoff-plan', recordId: id, requestId, details: { members: input.members.length } });
      });
      return this.detail(id);
    },

    /** A committee meeting (Art. 6 para. 3: at least every two weeks). */
    async recordMeeting(staff: StaffPrincipal | null, id: string, input: { heldOn: string; summary: string }, requestId: string) {
      await db.transaction(async (tx) => {
        const plan = await lockedPlan(tx, id);
        if (!plan.committee_convened_on || plan.closed_on) throw new AppError('INVALID_TRANSITION');
        if (input.heldOn < plan.committee_convened_on) throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'heldOn', code: 'custom', message: 'validation.date_range' }] });
        const inserted = await tx.query('INSERT INTO mass_layoff_committee_meetings (plan_id, held_on, summary, created_by, created_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (plan_id, held_on) DO NOTHING', [id, input.heldOn, input.summary, staff?.id ?? null, clock()]);
        if (!inserted.rowCount) throw new AppError('CONFLICT');
        await recordAudit(tx, { actor: staffActor(staff), action: 'mass-layoff.meeting', recordType: 'mass-layoff-plan', recordId: id, requestId });
      });
      return this.detail(id);
    },

    async close(staff: StaffPrincipal | null, id: string, input: { closedOn: string; outcome: 'agreed' | 'not_agreed' | 'withdrawn' }, requestId: string) {
      await db.transaction(async (tx) => {
        const plan = await lockedPlan(tx, id);
        if (plan.closed_on) throw new AppError('INVALID_TRANSITION');
        await tx.query(
          `UPDATE mass_layoff_plans SET closed_on = $2, outcome = $3, agreed_on = CASE WHEN $3 = 'agreed' THEN COALESCE(agreed_on, $2::date) ELSE agreed_on END, updated_at = $4 WHERE id = $1`,
          [id, input.closedOn, input.outcome, clock()],
        );
        await recordAudit(tx, { actor: staffActor(staff), action: 'mass-layoff.close', recordType: 'mass-layoff-plan', recordId: id, requestId, details: { outcome: input.outcome } });
      });
      return this.detail(id);
    },

    /** Read model for the employment service: plans not withdrawn whose layoff date is today or later, nearest first. */
    async upcoming(withinDays: number) {
      const day = today();
      const rows = (
        await db.query<{ id: string; employer_name: string; site_name: string; layoff_on: string; days_left: number; planned_dismissals: number; categories: { category: string; count: number }[] }>(
          `SELECT p.id, e.name AS employer_name, p.site_name, p.layoff_on::text AS layoff_on, (p.layoff_on - $1::date)::int AS days_left, p.planned_dismissals, p.categories
           FROM mass_layoff_plans p JOIN employers e ON e.id = p.employer_id
           WHERE p.layoff_on >= $1::date AND p.layoff_on <= $1::date + $2::int AND p.outcome IS DISTINCT FROM 'withdrawn'
           ORDER BY p.layoff_on, p.id`,
          [day, withinDays],
        )
      ).rows;
      return rows.map((r) => ({ id: r.id, employerName: r.employer_name, siteName: r.site_name, layoffOn: r.layoff_on, daysLeft: r.days_left, plannedDismissals: r.planned_dismissals, categories: r.categories }));
    },
  };
}

export type MassLayoffsService = ReturnType<typeof createMassLayoffsService>;
