/**
 * @module safety.guidance
 * On-site guidance (臨場輔導, plan 五-2 工安診斷輔導): employers ask for it (or staff enter it for them), the
 * bureau assigns an expert of the partner universities' platform (experts are reference data staff keep),
 * each visit records the hazards found and the improvements due, and a follow-up checks every open
 * improvement: done, or not done with the next due date (a further follow-up). Audited in each transaction.
 */
import type { z } from '@hono/zod-openapi';
import { sql } from 'kysely';
import type { Db, Queryable } from '../../db/client.ts';
import { qb, run } from '../../db/query.ts';
import { AppError } from '../../shared/errors.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import type { ListDefinition } from '../../shared/http/list.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { EmployersService } from '../employers/employers.service.ts';
import type {
  expert,
  expertRequest,
  guidanceDetail,
  guidanceItem,
  guidanceQuery,
  guidanceRequestInput,
  guidanceSortKeys,
  overdueItem,
  overdueSortKeys,
  visitRequest,
} from './safety.contract.ts';
import type { Actor } from './safety.projects.ts';

type RequestRow = {
  id: string;
  employer_ubn: string;
  employer_name: string;
  employer_id: string | null;
  district_code: string;
  site_address: string;
  topic: string;
  channel: 'staff' | 'employer';
  status: z.infer<typeof guidanceItem>['status'];
  expert_id: string | null;
  expert_name: string | null;
  requested_at: Date;
  open_improvements: number;
};
type ExpertRow = { id: string; name: string; university: z.infer<typeof expert>['university']; specialty: string; is_active: boolean };
type OverdueRow = { id: string; request_id: string; employer_name: string; hazard: string; improvement: string; due_on: string; days_overdue: number };

const actorOf = (staff: StaffPrincipal) => ({ id: staff.id, username: staff.username });
const openCount = sql<number>`(SELECT count(*)::int FROM safety_improvements i WHERE i.request_id = g.id AND i.status = 'open')`;

export function createGuidance(deps: { db: Db; clock: () => Date; timeZone: string; employers: Pick<EmployersService, 'idByUbn'> }) {
  const { db, clock } = deps;
  const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: deps.timeZone }).format(clock());

  const select = () =>
    qb
      .selectFrom('safety_guidance_requests as g')
      .leftJoin('safety_experts as x', 'x.id', 'g.expert_id')
      .select(['g.id', 'g.employer_ubn', 'g.employer_name', 'g.employer_id', 'g.district_code', 'g.site_address', 'g.topic', 'g.channel', 'g.status', 'g.expert_id', 'g.requested_at'])
      .select(['x.name as expert_name', openCount.as('open_improvements')])
      .$castTo<RequestRow>();
  const toItem = (r: RequestRow): z.infer<typeof guidanceItem> => ({
    id: r.id,
    employerUbn: r.employer_ubn,
    employerName: r.employer_name,
    districtCode: r.district_code,
    siteAddress: r.site_address,
    topic: r.topic,
    channel: r.channel,
    status: r.status,
    expertName: r.expert_name,
    requestedAt: new Date(r.requested_at).toISOString(),
    openImprovements: r.open_improvements,
  });
  const toExpert = (r: ExpertRow): z.infer<typeof expert> => ({ id: r.id, name: r.name, university: r.university, specialty: r.specialty, isActive: r.is_active });

  async function load(q: Queryable, id: string): Promise<RequestRow> {
    const compiled = select().where('g.id', '=', id).compile();
    const row = (await q.query<RequestRow>(compiled.sql, [...compiled.parameters])).rows[0];
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  return {
    toItem,
    toExpert,
    async experts(): Promise<z.infer<typeof expert>[]> {
      return (await db.query<ExpertRow>('SELECT id, name, university, specialty, is_active FROM safety_experts ORDER BY university, name, id')).rows.map(toExpert);
    },
    async addExpert(staff: StaffPrincipal, input: z.infer<typeof expertRequest>, requestId: string) {
      const now = clock();
      return db.transaction(async (tx) => {
        const { rows } = await tx.query<{ id: string }>(
          'INSERT INTO safety_experts (name, university, specialty, created_by, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id',
          [input.name, input.university, input.specialty, staff.id, now],
        );
        const id = rows[0]!.id;
        await recordAudit(tx, { actor: actorOf(staff), action: 'safety.expert.add', recordType: 'safety-expert', recordId: id, requestId, details: { university: input.university }, occurredAt: now });
        return { id };
      });
    },

    /** A request for guidance, by staff for an employer or by the employer's own account. */
    async request(actor: Actor, input: z.infer<typeof guidanceRequestInput>, requestId: string) {
      const employerId = actor.kind === 'employer' ? actor.employerId : await deps.employers.idByUbn(input.employerUbn);
      const now = clock();
      return db.transaction(async (tx) => {
        const { rows } = await tx.query<{ id: string }>(
          `INSERT INTO safety_guidance_requests (employer_ubn, employer_name, employer_id, district_code, site_address, topic, channel, requested_by, requested_by_account, requested_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id`,
          [input.employerUbn, input.employerName, employerId, input.districtCode, input.siteAddress, input.topic, actor.kind,
            actor.kind === 'staff' ? actor.staff.id : null, actor.kind === 'employer' ? actor.accountId : null, now],
        );
        const id = rows[0]!.id;
        await recordAudit(tx, {
          actor: actor.kind === 'staff' ? actorOf(actor.staff) : { id: actor.accountId, username: 'account:employer' },
          action: 'safety.guidance.request', recordType: 'safety-guidance', recordId: id, requestId, details: { channel: actor.kind }, occurredAt: now,
        });
        return { id };
      });
    },

    async assign(staff: StaffPrincipal, id: string, expertId: string, requestId: string) {
      const now = clock();
      return db.transaction(async (tx) => {
        const row = await load(tx, id);
        if (row.status === 'closed') throw new AppError('INVALID_TRANSITION');
        const found = (await tx.query<{ is_active: boolean }>('SELECT is_active FROM safety_experts WHERE id = $1', [expertId])).rows[0];
        if (!found?.is_active) throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'expertId', code: 'custom', message: 'validation.safety.expert' }] });
        await tx.query(
          `UPDATE safety_guidance_requests SET expert_id = $2, assigned_by = $3, assigned_at = $4, updated_at = $4,
                  status = CASE WHEN status = 'requested' THEN 'assigned' ELSE status END WHERE id = $1`,
          [id, expertId, staff.id, now],
        );
        await recordAudit(tx, { actor: actorOf(staff), action: 'safety.guidance.assign', recordType: 'safety-guidance', recordId: id, requestId, details: { expertId }, occurredAt: now });
        return toItem(await load(tx, id));
      });
    },

    /**
     * Records a visit. The first visit lists hazards and improvements; a follow-up must check every open
     * improvement (done, or not done with its next due date) and may list new hazards. When nothing is open
     * after a visit, the request is closed.
     */
    async recordVisit(staff: StaffPrincipal, id: string, input: z.infer<typeof visitRequest>, requestId: string) {
      const now = clock();
      if (input.visitedOn > today()) {
        throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'visitedOn', code: 'custom', message: 'validation.not_in_future' }] });
      }
      return db.transaction(async (tx) => {
        const row = await load(tx, id);
        if (row.status === 'requested' || row.status === 'closed' || !row.expert_id) throw new AppError('INVALID_TRANSITION');
        const open = (await tx.query<{ id: string }>(`SELECT id FROM safety_improvements WHERE request_id = $1 AND status = 'open' ORDER BY id FOR UPDATE`, [id])).rows.map((r) => r.id);
        const checked = new Set(input.checks.map((c) => c.improvementId));
        const unknown = input.checks.findIndex((c) => !open.includes(c.improvementId));
        if (unknown >= 0 || checked.size !== input.checks.length) {
          throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: `checks.${Math.max(unknown, 0)}.improvementId`, code: 'custom', message: 'validation.safety.improvement' }] });
        }
        if (open.some((o) => !checked.has(o))) {
          throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'checks', code: 'custom', message: 'validation.safety.check_every_improvement' }] });
        }
        for (const [index, c] of input.checks.entries()) {
          if (c.nextDueOn !== undefined && c.nextDueOn <= input.visitedOn) {
            throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: `checks.${index}.nextDueOn`, code: 'custom', message: 'validation.safety.due_after_visit' }] });
          }
        }
        for (const [index, h] of input.hazards.entries()) {
          if (h.dueOn <= input.visitedOn) {
            throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: `hazards.${index}.dueOn`, code: 'custom', message: 'validation.safety.due_after_visit' }] });
          }
        }
        const visits = (await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM safety_guidance_visits WHERE request_id = $1', [id])).rows[0]?.n ?? 0;
        const kind: 'first' | 'follow-up' = visits === 0 ? 'first' : 'follow-up';
        const visitId = (
          await tx.query<{ id: string }>(
            `INSERT INTO safety_guidance_visits (request_id, kind, visited_on, expert_id, notes, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
            [id, kind, input.visitedOn, row.expert_id, input.notes, staff.id, now],
          )
        ).rows[0]!.id;
        for (const c of input.checks) {
          await tx.query('INSERT INTO safety_improvement_checks (improvement_id, visit_id, result, next_due_on) VALUES ($1, $2, $3, $4)', [c.improvementId, visitId, c.result, c.nextDueOn ?? null]);
          if (c.result === 'done') {
            await tx.query(`UPDATE safety_improvements SET status = 'done', closed_visit_id = $2, closed_on = $3 WHERE id = $1`, [c.improvementId, visitId, input.visitedOn]);
          } else {
            await tx.query('UPDATE safety_improvements SET due_on = $2 WHERE id = $1', [c.improvementId, c.nextDueOn]);
          }
        }
        for (const h of input.hazards) {
          await tx.query('INSERT INTO safety_improvements (request_id, found_visit_id, hazard, improvement, due_on) VALUES ($1, $2, $3, $4, $5)', [id, visitId, h.hazard, h.improvement, h.dueOn]);
        }
        const stillOpen = (await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM safety_improvements WHERE request_id = $1 AND status = 'open'`, [id])).rows[0]?.n ?? 0;
        await tx.query('UPDATE safety_guidance_requests SET status = $2, updated_at = $3 WHERE id = $1', [id, stillOpen > 0 ? 'visited' : 'closed', now]);
        await recordAudit(tx, {
          actor: actorOf(staff), action: 'safety.guidance.visit', recordType: 'safety-guidance', recordId: id, requestId,
          details: { kind, hazards: input.hazards.length, checks: input.checks.length, stillOpen }, occurredAt: now,
        });
        return { id: visitId, kind, stillOpen };
      });
    },

    async detail(id: string, employerId?: string): Promise<z.infer<typeof guidanceDetail>> {
      const row = await load(db, id);
      if (employerId !== undefined && row.employer_id !== employerId) throw new AppError('NOT_FOUND');
      const expertRow = row.expert_id ? (await db.query<ExpertRow>('SELECT id, name, university, specialty, is_active FROM safety_experts WHERE id = $1', [row.expert_id])).rows[0] : undefined;
      const visits = (
        await db.query<{ id: string; kind: 'first' | 'follow-up'; visited_on: string; expert_name: string; notes: string }>(
          `SELECT v.id, v.kind, v.visited_on, x.name AS expert_name, v.notes FROM safety_guidance_visits v JOIN safety_experts x ON x.id = v.expert_id
            WHERE v.request_id = $1 ORDER BY v.visited_on, v.recorded_at`,
          [id],
        )
      ).rows;
      const improvements = (
        await db.query<{ id: string; hazard: string; improvement: string; due_on: string; status: 'open' | 'done'; closed_on: string | null }>(
          'SELECT id, hazard, improvement, due_on, status, closed_on FROM safety_improvements WHERE request_id = $1 ORDER BY due_on, id',
          [id],
        )
      ).rows;
      const checks = (
        await db.query<{ improvement_id: string; visited_on: string; result: 'done' | 'not-done'; next_due_on: string | null }>(
          `SELECT c.improvement_id, v.visited_on, c.result, c.next_due_on FROM safety_improvement_checks c JOIN safety_guidance_visits v ON v.id = c.visit_id
            JOIN safety_improvements i ON i.id = c.improvement_id WHERE i.request_id = $1 ORDER BY v.visited_on`,
          [id],
        )
      ).rows;
      return {
        request: toItem(row),
        expert: expertRow ? toExpert(expertRow) : null,
        visits: visits.map((v) => ({ id: v.id, kind: v.kind, visitedOn: v.visited_on, expertName: v.expert_name, notes: v.notes })),
        improvements: improvements.map((i) => ({
          id: i.id, hazard: i.hazard, improvement: i.improvement, dueOn: i.due_on, status: i.status, closedOn: i.closed_on,
          checks: checks.filter((c) => c.improvement_id === i.id).map((c) => ({ visitedOn: c.visited_on, result: c.result, nextDueOn: c.next_due_on })),
        })),
      };
    },

    async ofEmployer(employerId: string) {
      return (await run(db, select().where('g.employer_id', '=', employerId).orderBy('g.requested_at', 'desc'))).map(toItem);
    },

    list(filters: Omit<z.infer<typeof guidanceQuery>, 'page' | 'pageSize' | 'sort' | 'format'>): ListDefinition<(typeof guidanceSortKeys)[number], RequestRow> {
      let query = select();
      if (filters.status) query = query.where('g.status', '=', filters.status);
      return {
        query,
        sortKeys: {
          requestedAt: { expression: sql.ref('g.requested_at'), type: 'timestamptz' },
          employerName: { expression: sql.ref('g.employer_name'), type: 'text' },
          status: { expression: sql.ref('g.status'), type: 'text' },
        },
        defaultSort: '-requestedAt',
        unique: { expression: sql.ref('g.id'), type: 'uuid' },
      };
    },

    /** Open improvements past their due date (today in the bureau's time zone), the most overdue first. */
    overdue(): ListDefinition<(typeof overdueSortKeys)[number], OverdueRow> {
      const on = today();
      const query = qb
        .selectFrom('safety_improvements as i')
        .innerJoin('safety_guidance_requests as g', 'g.id', 'i.request_id')
        .select(['i.id', 'i.request_id', 'g.employer_name', 'i.hazard', 'i.improvement', 'i.due_on'])
        .select(sql<number>`(cast(${on} as date) - i.due_on)`.as('days_overdue'))
        .where('i.status', '=', 'open')
        .where('i.due_on', '<', on)
        .$castTo<OverdueRow>();
      return {
        query,
        sortKeys: { dueOn: { expression: sql.ref('i.due_on'), type: 'date' }, employerName: { expression: sql.ref('g.employer_name'), type: 'text' } },
        defaultSort: 'dueOn',
        unique: { expression: sql.ref('i.id'), type: 'uuid' },
      };
    },
    toOverdue: (r: OverdueRow): z.infer<typeof overdueItem> => ({
      id: r.id, requestId: r.request_id, employerName: r.employer_name, hazard: r.hazard, improvement: r.improvement, dueOn: r.due_on, daysOverdue: r.days_overdue,
    }),

    /** The year's guidance figures: visits done, improvements closed and still open. */
    async figures(year: number) {
      const from = `${year}-01-01`;
      const to = `${year}-12-31`;
      const { rows } = await db.query<{ visits: number; closed: number; open: number }>(
        `SELECT (SELECT count(*)::int FROM safety_guidance_visits WHERE visited_on BETWEEN $1 AND $2) AS visits,
                (SELECT count(*)::int FROM safety_improvements WHERE status = 'done' AND closed_on BETWEEN $1 AND $2) AS closed,
                (SELECT count(*)::int FROM safety_improvements WHERE status = 'open') AS open`,
        [from, to],
      );
      return { visitsDone: rows[0]?.visits ?? 0, improvementsClosed: rows[0]?.closed ?? 0, improvementsOpen: rows[0]?.open ?? 0 };
    },
  };
}

export type Guidance = ReturnType<typeof createGuidance>;
