/**
 * The work on a case: the plan (goals and services), job referrals through the employment module, notes,
 * tasks with due dates, the placement with its follow-ups at 1, 3 and 6 months, and closure.
 */
import type { applicationStatuses } from '../programs/programs.contract.ts';
import type { ProgramsService } from '../programs/programs.service.ts';
import type { z } from '@hono/zod-openapi';
import type { Queryable } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { addMonths } from '../employment/employment.referrals.ts';
import type { EmploymentService } from '../employment/employment.service.ts';
import {
  followupMonths,
  type caseRecord,
  type closeRequest,
  type noteRequest,
  type placementRequest,
  type planItemRequest,
  type taskRequest,
} from './cases.contract.ts';
import { actorOf, handledCase, type CasesContext } from './cases.core.ts';

type CaseRec = z.infer<typeof caseRecord>;
type PlanRow = { id: string; kind: CaseRec['plan'][number]['kind']; description: string; status: CaseRec['plan'][number]['status']; due_on: string | null; employment_referral_id: string | null; program_application_id: string | null };
type TaskRow = { id: string; title: string; followup_months: number | null; due_on: string; done_on: string | null; outcome: CaseRec['tasks'][number]['outcome'] };

/** The follow-up after which a placement counts as stable (穩定就業), as the employment module's last check. */
export const stableAfterMonths = 3;

export function createCaseWork({
  db,
  clock,
  today,
  employment,
  programs,
}: CasesContext & { employment: EmploymentService; programs?: Pick<ProgramsService, 'applicationOf'> }) {
  const audit = (tx: Queryable, staff: StaffPrincipal, caseId: string, action: string, requestId: string, details: Record<string, unknown> = {}) =>
    recordAudit(tx, { actor: actorOf(staff), action, recordType: 'case', recordId: caseId, requestId, details });
  const touch = (tx: Queryable, caseId: string) => tx.query('UPDATE cases SET updated_at = $2 WHERE id = $1', [caseId, clock()]);

  async function insertPlanItem(
    tx: Queryable,
    staff: StaffPrincipal,
    caseId: string,
    item: { kind: string; description: string; dueOn?: string | undefined; referralId?: string; programApplicationId?: string | undefined },
  ) {
    const inserted = await tx.query<{ id: string }>(
      `INSERT INTO case_plan_items (case_id, kind, description, status, due_on, employment_referral_id, program_application_id, created_by, created_at, updated_at)
       VALUES ($1, $2, $3, 'planned', $4, $5, $6, $7, $8, $8) RETURNING id`,
      [caseId, item.kind, item.description, item.dueOn ?? null, item.referralId ?? null, item.programApplicationId ?? null, staff.id, clock()],
    );
    return (inserted.rows[0] as { id: string }).id;
  }

  return {
    /** The plan and the tasks of a case, for its full view. */
    /**
     * The statuses of the programs applications that financial-aid items point at. Called after the
     * case's transaction: on the embedded engine the programs module's read would wait for it for ever.
     */
    async withApplications(parts: { plan: CaseRec['plan']; applicationIds: ReadonlyMap<string, string> }): Promise<CaseRec['plan']> {
      if (!programs || parts.applicationIds.size === 0) return parts.plan;
      const found = new Map(
        await Promise.all([...parts.applicationIds].map(async ([itemId, applicationId]) => [itemId, await programs.applicationOf(applicationId)] as const)),
      );
      return parts.plan.map((item) => {
        const application = found.get(item.id);
        return application
          ? { ...item, programApplication: { id: application.id, programCode: application.programCode, status: application.status as (typeof applicationStatuses)[number] } }
          : item;
      });
    },

    async partsOf(q: Queryable, caseId: string): Promise<{ plan: CaseRec['plan']; tasks: CaseRec['tasks']; applicationIds: ReadonlyMap<string, string> }> {
      const plan = (
        await q.query<PlanRow>(
          `SELECT id, kind, description, status, due_on::text AS due_on, employment_referral_id, program_application_id FROM case_plan_items WHERE case_id = $1 ORDER BY seq`,
          [caseId],
        )
      ).rows;
      const tasks = (
        await q.query<TaskRow>(
          `SELECT id, title, followup_months, due_on::text AS due_on, done_on::text AS done_on, outcome FROM case_tasks WHERE case_id = $1 ORDER BY due_on, id`,
          [caseId],
        )
      ).rows;
      const on = today();
      return {
        applicationIds: new Map(plan.filter((p) => p.program_application_id).map((p) => [p.id, p.program_application_id as string])),
        plan: plan.map((p) => ({
          id: p.id,
          kind: p.kind,
          description: p.description,
          status: p.status,
          dueOn: p.due_on,
          employmentReferralId: p.employment_referral_id,
          programApplication: null,
        })),
        tasks: tasks.map((t) => ({
          id: t.id,
          title: t.title,
          followupMonths: t.followup_months,
          dueOn: t.due_on,
          doneOn: t.done_on,
          outcome: t.outcome,
          overdue: t.done_on === null && t.due_on < on,
        })),
      };
    },

    async addPlanItem(staff: StaffPrincipal, caseId: string, input: z.infer<typeof planItemRequest>, requestId: string) {
      if (input.kind === 'job-referral') throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'kind', code: 'custom', message: 'validation.case_job_referral' }] });
      const applicationField = (message: string) =>
        new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'programApplicationId', code: 'custom', message }] });
      if (input.programApplicationId && input.kind !== 'financial-aid') throw applicationField('validation.case_application_financial_aid');
      // Read before the transaction: the programs module answers on its own connection.
      const application = input.programApplicationId && programs ? await programs.applicationOf(input.programApplicationId) : undefined;
      if (input.programApplicationId && !application) throw applicationField('validation.case_application_person');
      return db.transaction(async (tx) => {
        const row = await handledCase(tx, staff, caseId);
        // Only the case's own person's application: a case never points at someone else's file.
        if (application && application.personId !== row.person_id) throw applicationField('validation.case_application_person');
        const id = await insertPlanItem(tx, staff, caseId, input);
        await touch(tx, caseId);
        await audit(tx, staff, caseId, 'case.plan-add', requestId, { planItemId: id, kind: input.kind });
        return { id };
      });
    },

    async setPlanItemStatus(staff: StaffPrincipal, caseId: string, itemId: string, status: 'planned' | 'done' | 'cancelled', requestId: string) {
      await db.transaction(async (tx) => {
        await handledCase(tx, staff, caseId);
        const updated = await tx.query('UPDATE case_plan_items SET status = $3, updated_at = $4 WHERE id = $1 AND case_id = $2', [itemId, caseId, status, clock()]);
        if (updated.rowCount === 0) throw new AppError('NOT_FOUND');
        await audit(tx, staff, caseId, 'case.plan-status', requestId, { planItemId: itemId, status });
      });
    },

    /**
     * Refers the case's person to a vacancy through the employment module (its service, never its tables):
     * the person is registered as a job seeker of the case manager's unit first if they are not one yet.
     * The employment module commits the referral in its own transaction and audits it; the plan item that
     * points at it follows in this module's transaction (a failure there leaves the referral, which the
     * job seeker's page still shows).
     */
    async referToVacancy(staff: StaffPrincipal, caseId: string, vacancyId: string, requestId: string) {
      const row = await handledCase(db, staff, caseId);
      let seeker = await employment.jobSeekers.ofPerson(row.person_id);
      if (!seeker) {
        await employment.jobSeekers.create(
          staff,
          { personId: row.person_id, desiredOccupations: [], districtCodes: [], employmentType: 'either', shifts: [], skills: [], certificates: [], languages: [], drivingLicences: [] },
          requestId,
        );
        seeker = await employment.jobSeekers.ofPerson(row.person_id);
      }
      if (!seeker) throw new AppError('NOT_FOUND');
      const referral = await employment.referrals.create(staff, { jobSeekerId: seeker.id, vacancyId }, requestId);
      const vacancy = await employment.vacancies.get(vacancyId);
      return db.transaction(async (tx) => {
        await handledCase(tx, staff, caseId);
        const id = await insertPlanItem(tx, staff, caseId, {
          kind: 'job-referral',
          description: `${vacancy.title}（${vacancy.employerName}）${referral.cardNumber}`,
          referralId: referral.id,
        });
        await touch(tx, caseId);
        await audit(tx, staff, caseId, 'case.job-referral', requestId, { planItemId: id, referralId: referral.id });
        return { id, referralId: referral.id, cardNumber: referral.cardNumber };
      });
    },

    async addNote(staff: StaffPrincipal, caseId: string, input: z.infer<typeof noteRequest>, requestId: string) {
      return db.transaction(async (tx) => {
        await handledCase(tx, staff, caseId, { open: false });
        const inserted = await tx.query<{ id: string }>(
          'INSERT INTO case_notes (case_id, body, confidential, author_id, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id',
          [caseId, input.body, input.confidential, staff.id, clock()],
        );
        const id = (inserted.rows[0] as { id: string }).id;
        await audit(tx, staff, caseId, 'case.note-add', requestId, { noteId: id, confidential: input.confidential });
        return { id };
      });
    },

    async addTask(staff: StaffPrincipal, caseId: string, input: z.infer<typeof taskRequest>, requestId: string) {
      return db.transaction(async (tx) => {
        await handledCase(tx, staff, caseId);
        const inserted = await tx.query<{ id: string }>(
          'INSERT INTO case_tasks (case_id, title, due_on, created_by, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id',
          [caseId, input.title, input.dueOn, staff.id, clock()],
        );
        const id = (inserted.rows[0] as { id: string }).id;
        await audit(tx, staff, caseId, 'case.task-add', requestId, { taskId: id });
        return { id };
      });
    },

    /**
     * Marks a task done. A follow-up says whether the person is still employed, and is recorded from its due
     * date on: a check at 3 months made earlier would not show three months of work.
     */
    async completeTask(staff: StaffPrincipal, caseId: string, taskId: string, outcome: 'done' | 'employed' | 'not-employed', requestId: string) {
      await db.transaction(async (tx) => {
        await handledCase(tx, staff, caseId);
        const task = (
          await tx.query<TaskRow>('SELECT id, followup_months, due_on::text AS due_on, done_on::text AS done_on FROM case_tasks WHERE id = $1 AND case_id = $2 FOR UPDATE', [taskId, caseId])
        ).rows[0];
        if (!task) throw new AppError('NOT_FOUND');
        if (task.done_on !== null) throw new AppError('INVALID_TRANSITION');
        const isFollowup = task.followup_months !== null;
        if (isFollowup === (outcome === 'done')) {
          throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'outcome', code: 'custom', message: 'validation.case_followup_outcome' }] });
        }
        if (isFollowup && today() < task.due_on) throw new AppError('FOLLOWUP_NOT_DUE', { params: { dueOn: task.due_on } });
        await tx.query('UPDATE case_tasks SET done_on = $3, outcome = $4, done_by = $5 WHERE id = $1 AND case_id = $2', [taskId, caseId, today(), outcome, staff.id]);
        await audit(tx, staff, caseId, 'case.task-done', requestId, { taskId, outcome, followupMonths: task.followup_months });
      });
    },

    /** The placement (就業) of the person: its start date and employer; the follow-ups at 1, 3 and 6 months. */
    async recordPlacement(staff: StaffPrincipal, caseId: string, input: z.infer<typeof placementRequest>, requestId: string) {
      await db.transaction(async (tx) => {
        const row = await handledCase(tx, staff, caseId);
        if (row.placed_on !== null) throw new AppError('INVALID_TRANSITION');
        if (input.startOn > today()) throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'startOn', code: 'custom', message: 'validation.not_in_future' }] });
        await tx.query('UPDATE cases SET placed_on = $2, placement_employer = $3, updated_at = $4 WHERE id = $1', [caseId, input.startOn, input.employer, clock()]);
        for (const months of followupMonths) {
          await tx.query(
            'INSERT INTO case_tasks (case_id, title, followup_months, due_on, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6)',
            [caseId, `followup-${months}`, months, addMonths(input.startOn, months), staff.id, clock()],
          );
        }
        await audit(tx, staff, caseId, 'case.placement', requestId, { startOn: input.startOn });
      });
    },

    /**
     * Closure with its reason. "Employed and stable" needs the 3-month follow-up recorded as still employed,
     * so that the dashboard's placed share and the reason agree.
     */
    async close(staff: StaffPrincipal, caseId: string, input: z.infer<typeof closeRequest>, requestId: string) {
      await db.transaction(async (tx) => {
        await handledCase(tx, staff, caseId);
        if (input.reason === 'employed-stable') {
          const stable = await tx.query(
            `SELECT 1 FROM case_tasks WHERE case_id = $1 AND followup_months >= $2 AND outcome = 'employed'`,
            [caseId, stableAfterMonths],
          );
          if (stable.rowCount === 0) throw new AppError('CASE_NOT_STABLE');
        }
        await tx.query(
          `UPDATE cases SET status = 'closed', closed_on = $2, closure_reason = $3, closure_note = $4, updated_at = $5 WHERE id = $1`,
          [caseId, today(), input.reason, input.note || null, clock()],
        );
        await audit(tx, staff, caseId, 'case.close', requestId, { reason: input.reason });
      });
    },
  };
}
