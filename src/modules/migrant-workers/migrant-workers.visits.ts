/**
 * Visit tasks (one per arrival, due 3 months after it) and the visits that close them. Tasks go to the
 * officer named for the work district; a supervisor reassigns. A visit carries the task version the
 * officer saw: a visit synced from the field app after the task was reassigned is a 409 the officer
 * resolves (ADR 0019), never a silent overwrite; the same visit synced twice (same clientId) is stored once.
 */
import type { z } from '@hono/zod-openapi';
import { sql } from 'kysely';
import { randomUUID } from 'node:crypto';
import type { Db, Queryable } from '../../db/client.ts';
import { qb } from '../../db/query.ts';
import { AppError } from '../../shared/errors.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import type { ListDefinition } from '../../shared/http/list.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { ComplaintsService } from '../complaints/complaints.service.ts';
import { maskName } from '../people/identifiers.ts';
import type { ReferenceData } from '../reference-data/reference-data.ts';
import { checklistItems, type TaskSortKey, type visitRequest, type visitTask } from './migrant-workers.contract.ts';
import { addDays } from './migrant-workers.dates.ts';
import { openWorkerMessageTranslation, type VisitTranslations } from './migrant-workers.follow-up.ts';

/** Tasks "due soon" are those due within this many days (issue 10 §2). */
export const dueSoonDays = 14;

export type TaskRow = {
  id: string;
  worker_id: string;
  name: string;
  nationality: string;
  preferred_language: string;
  arrival_date: string;
  due_on: string;
  district_code: string;
  assigned_to: string | null;
  assignee_name: string | null;
  status: string;
  version: number;
};

export type TaskFilters = { status?: 'due' | 'overdue' | 'done' | undefined; district?: string | undefined; mine?: 'true' | 'false' | undefined };

/** The calendar day in the bureau's time zone. */
export function localDay(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

const actorOf = (staff: StaffPrincipal) => ({ id: staff.id, username: staff.username });

/** The findings a checklist calls for: each unchecked item, and complaints the worker raised. */
export function findingsOf(checklist: z.infer<typeof visitRequest>['checklist']): string[] {
  const findings: string[] = checklistItems.filter((item) => !checklist[item]);
  if (checklist.complaintsRaised.trim() !== '') findings.push('complaintsRaised');
  return findings;
}

/**
 * Findings that are a breach the worker can complain of open a complaint: an employer keeping the passport
 * or resident certificate (就業服務法 art. 57 subpara. 8), unpaid wages, and complaints the worker raised; the
 * others call for a follow-up visit.
 */
const complaintFindings = new Set(['passportKeptByWorker', 'residentCertificateKeptByWorker', 'wagesPaidInFull', 'complaintsRaised']);

export function createVisitsService(deps: {
  db: Db;
  clock: () => Date;
  referenceData: ReferenceData;
  complaints: ComplaintsService;
  /** The follow-up message's translation for a worker who reads another language (migrant-workers.follow-up.ts). */
  translations?: VisitTranslations | undefined;
}) {
  const { db, clock, referenceData, complaints } = deps;
  const today = () => localDay(clock(), referenceData.city.bureau.timeZone);

  async function assertMigrantOfficer(on: Queryable, officerId: string, field: string) {
    const row = (await on.query<{ roles: string[] }>('SELECT roles FROM staff_users WHERE id = $1 AND is_active', [officerId])).rows[0];
    if (!row || !row.roles.includes('migrant-officer')) {
      throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field, code: 'custom', message: 'validation.migrant.officer' }] });
    }
  }

  const toTask = (row: TaskRow, day: string): z.infer<typeof visitTask> => ({
    id: row.id,
    workerId: row.worker_id,
    workerName: maskName(row.name),
    nationality: row.nationality as z.infer<typeof visitTask>['nationality'],
    preferredLanguage: row.preferred_language as z.infer<typeof visitTask>['preferredLanguage'],
    arrivalDate: row.arrival_date,
    dueOn: row.due_on,
    districtCode: row.district_code,
    assignedTo: row.assigned_to ? { id: row.assigned_to, displayName: row.assignee_name ?? '' } : null,
    status: row.status as 'open' | 'done',
    overdue: row.status === 'open' && row.due_on < day,
    version: row.version,
  });

  return {
    today,
    toTask: (row: TaskRow) => toTask(row, today()),

    /** `due`: open, due within 14 days (overdue ones are in `overdue`); `overdue`: open, past due. */
    list(staff: StaffPrincipal, filters: TaskFilters): ListDefinition<TaskSortKey, TaskRow> {
      const day = today();
      let query = qb
        .selectFrom('migrant_visit_tasks as t')
        .innerJoin('migrant_workers as w', 'w.id', 't.worker_id')
        .innerJoin('people as p', 'p.id', 'w.person_id')
        .leftJoin('staff_users as s', 's.id', 't.assigned_to')
        .select([
          't.id',
          't.worker_id',
          'p.name',
          'w.nationality',
          'w.preferred_language',
          'w.arrival_date',
          't.due_on',
          't.district_code',
          't.assigned_to',
          's.display_name as assignee_name',
          't.status',
          't.version',
        ])
        .$castTo<TaskRow>();
      if (filters.status === 'done') query = query.where('t.status', '=', 'done');
      else query = query.where('t.status', '=', 'open');
      if (filters.status === 'due') query = query.where('t.due_on', '>=', day).where('t.due_on', '<=', addDays(day, dueSoonDays));
      if (filters.status === 'overdue') query = query.where('t.due_on', '<', day);
      if (filters.district) query = query.where('t.district_code', '=', filters.district);
      if (filters.mine === 'true') query = query.where('t.assigned_to', '=', staff.id);
      return {
        query,
        sortKeys: {
          dueOn: { expression: sql.ref('t.due_on'), type: 'date' },
          districtCode: { expression: sql.ref('t.district_code'), type: 'text' },
        },
        defaultSort: 'dueOn',
        unique: { expression: sql.ref('t.id'), type: 'uuid' },
      };
    },

    /** One task, for the field app to keep offline. */
    async task(id: string): Promise<z.infer<typeof visitTask>> {
      const compiled = qb
        .selectFrom('migrant_visit_tasks as t')
        .innerJoin('migrant_workers as w', 'w.id', 't.worker_id')
        .innerJoin('people as p', 'p.id', 'w.person_id')
        .leftJoin('staff_users as s', 's.id', 't.assigned_to')
        .select(['t.id', 't.worker_id', 'p.name', 'w.nationality', 'w.preferred_language', 'w.arrival_date', 't.due_on', 't.district_code', 't.assigned_to', 's.display_name as assignee_name', 't.status', 't.version'])
        .where('t.id', '=', id)
        .compile();
      const row = (await db.query(compiled.sql, compiled.parameters)).rows[0] as TaskRow | undefined;
      if (!row) throw new AppError('NOT_FOUND');
      return toTask(row, today());
    },

    /** A supervisor hands a task to another migrant officer; the version moves on (audited). */
    async reassign(staff: StaffPrincipal, id: string, officerId: string, requestId: string): Promise<void> {
      await db.transaction(async (tx) => {
        await assertMigrantOfficer(tx, officerId, 'officerId');
        const updated = await tx.query(
          `UPDATE migrant_visit_tasks SET assigned_to = $2, version = version + 1, updated_at = now()
           WHERE id = $1 AND status = 'open' RETURNING id`,
          [id, officerId],
        );
        if (updated.rowCount === 0) {
          const exists = await tx.query('SELECT 1 FROM migrant_visit_tasks WHERE id = $1', [id]);
          throw new AppError(exists.rowCount === 0 ? 'NOT_FOUND' : 'INVALID_TRANSITION');
        }
        await recordAudit(tx, { actor: actorOf(staff), action: 'migrant-visit-task.reassign', recordType: 'migrant-visit-task', recordId: id, requestId, details: { officerId } });
      });
    },

    /** Names the officer of a work district; open unassigned tasks of the district go to them (audited). */
    async setDistrictOfficer(staff: StaffPrincipal, districtCode: string, officerId: string, requestId: string): Promise<{ assigned: number }> {
      if (!referenceData.isDistrictCode(districtCode)) throw new AppError('UNKNOWN_DISTRICT');
      return db.transaction(async (tx) => {
        await assertMigrantOfficer(tx, officerId, 'officerId');
        await tx.query(
          `INSERT INTO migrant_district_officers (district_code, officer_id) VALUES ($1, $2)
           ON CONFLICT (district_code) DO UPDATE SET officer_id = EXCLUDED.officer_id, updated_at = now()`,
          [districtCode, officerId],
        );
        const assigned = await tx.query(
          `UPDATE migrant_visit_tasks SET assigned_to = $2, version = version + 1, updated_at = now()
           WHERE district_code = $1 AND status = 'open' AND assigned_to IS NULL`,
          [districtCode, officerId],
        );
        await recordAudit(tx, { actor: actorOf(staff), action: 'migrant-district-officer.set', recordType: 'district', recordId: districtCode, requestId, details: { officerId, assigned: assigned.rowCount } });
        return { assigned: assigned.rowCount };
      });
    },

    /**
     * Records a visit and closes the task. The row lock on the task serialises a visit against a
     * reassignment; a stale `taskVersion` is TASK_REASSIGNED (409, with the current assignee), which the
     * officer resolves by sending the visit again with the current version. A finding of a kept passport,
     * unpaid wages or a raised complaint opens a complaint (complaints module) after the visit is stored.
     */
    async record(
      staff: StaffPrincipal,
      taskId: string,
      input: z.infer<typeof visitRequest>,
      meta: { requestId: string; locale: Locale },
    ): Promise<{ id: string; taskId: string; withinWindow: boolean; findings: string[]; complaintTrackingCode: string | null; replayed: boolean }> {
      const day = today();
      const findings = findingsOf(input.checklist);
      const opensComplaint = findings.some((finding) => complaintFindings.has(finding));
      const stored = await db.transaction(async (tx) => {
        const task = (
          await tx.query<{ id: string; status: string; due_on: string; version: number; assigned_to: string | null; arrival_date: string; district_code: string; employer_name: string | null; ubn: string | null; household_employer_name: string | null; preferred_language: string }>(
            `SELECT t.id, t.status, t.due_on, t.version, t.assigned_to, w.arrival_date, w.district_code, e.name AS employer_name, e.ubn, w.preferred_language,
                    h.name AS household_employer_name
             FROM migrant_visit_tasks t JOIN migrant_workers w ON w.id = t.worker_id
             LEFT JOIN employers e ON e.id = w.employer_id LEFT JOIN people h ON h.id = w.household_employer_id
             WHERE t.id = $1 FOR UPDATE OF t`,
            [taskId],
          )
        ).rows[0];
        if (!task) throw new AppError('NOT_FOUND');
        if (input.clientId) {
          const replay = (await tx.query<{ id: string; task_id: string; visited_on: string; complaint_tracking_code: string | null }>('SELECT id, task_id, visited_on, complaint_tracking_code FROM migrant_visits WHERE client_id = $1', [input.clientId])).rows[0];
          // The device's id names one visit: the same id sent for another task is a client bug, not a replay.
          if (replay && replay.task_id !== taskId) throw new AppError('CONFLICT');
          if (replay) return { kind: 'replay' as const, replay: { id: replay.id, visited_on: replay.visited_on, complaint_tracking_code: replay.complaint_tracking_code } };
        }
        // Checked before the version: a task closed by someone else is done, whoever holds it now.
        if (task.status === 'done') throw new AppError('TASK_ALREADY_VISITED');
        if (input.taskVersion !== undefined && input.taskVersion !== task.version) {
          throw new AppError('TASK_REASSIGNED', { params: { version: task.version } });
        }
        const issues = [];
        if (input.visitedOn < task.arrival_date) issues.push({ field: 'visitedOn', code: 'custom', message: 'validation.migrant.visit_before_arrival' });
        if (input.visitedOn > day) issues.push({ field: 'visitedOn', code: 'custom', message: 'validation.migrant.visit_in_future' });
        if (issues.length > 0) throw new AppError('VALIDATION_FAILED', { fieldIssues: issues });
        const followUp = opensComplaint ? 'complaint' : findings.length > 0 ? 'follow-up-visit' : 'none';
        const inserted = (
          await tx.query<{ id: string }>(
            `INSERT INTO migrant_visits (task_id, client_id, visited_on, place, interpreter_language, video_call, present, checklist, notes,
               follow_up, recorded_by, worker_message)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
            [
              taskId,
              input.clientId ?? randomUUID(),
              input.visitedOn,
              input.place,
              input.interpreterLanguage === 'none' ? null : input.interpreterLanguage,
              input.videoCall,
              input.present,
              JSON.stringify(input.checklist),
              input.notes ?? null,
              followUp,
              staff.id,
              input.workerMessage || null,
            ],
          )
        ).rows[0] as { id: string };
        await openWorkerMessageTranslation(tx, deps.translations, { visitId: inserted.id, locale: task.preferred_language, message: input.workerMessage || null });
        await tx.query(`UPDATE migrant_visit_tasks SET status = 'done', updated_at = now() WHERE id = $1`, [taskId]);
        await recordAudit(tx, {
          actor: actorOf(staff),
          action: 'migrant-visit.record',
          recordType: 'migrant-visit-task',
          recordId: taskId,
          requestId: meta.requestId,
          details: { visitId: inserted.id, visitedOn: input.visitedOn, findings },
        });
        return { kind: 'stored' as const, inserted, task };
      });
      if (stored.kind === 'replay') {
        const replay = stored.replay;
        const dueOn = (await db.query<{ due_on: string }>('SELECT due_on FROM migrant_visit_tasks WHERE id = $1', [taskId])).rows[0]?.due_on ?? '';
        return { id: replay.id, taskId, withinWindow: replay.visited_on <= dueOn, findings, complaintTrackingCode: replay.complaint_tracking_code, replayed: true };
      }
      let complaintTrackingCode: string | null = null;
      if (opensComplaint) {
        const { task } = stored;
        const employerName = task.employer_name ?? task.household_employer_name ?? '-';
        // Filed in the complaints module's own transaction, after the visit: a failure here leaves the visit
        // stored with follow_up 'complaint' and no tracking code, which the visit list shows as to be filed.
        const receipt = await complaints.file(
          {
            employerName,
            ...(task.ubn ? { employerUbn: task.ubn } : {}),
            districtCode: task.district_code,
            law: 'employmentServiceAct',
            description: `migrant-worker visit ${input.visitedOn}: ${findings.join(', ')}${input.checklist.complaintsRaised ? ` — ${input.checklist.complaintsRaised}` : ''}`,
            anonymous: true,
          } as Parameters<ComplaintsService['file']>[0],
          [],
          meta,
        );
        complaintTrackingCode = receipt.trackingCode;
        await db.query('UPDATE migrant_visits SET complaint_tracking_code = $2 WHERE id = $1', [stored.inserted.id, complaintTrackingCode]);
      }
      return { id: stored.inserted.id, taskId, withinWindow: input.visitedOn <= stored.task.due_on, findings, complaintTrackingCode, replayed: false };
    },
  };
}

export type VisitsService = ReturnType<typeof createVisitsService>;
