/**
 * @module safety.projects
 * Zero-disaster certification (無災害工程認證, plan 四-5): construction projects registered by staff or by the
 * contractor's employer account, one log per project and month (a second is 409 LOG_EXISTS; a correction is an
 * amendment that keeps the earlier text), the end of the works, and the bureau's review (查核), which runs the
 * rule in safety.certification.ts and issues the certificate. Every write is audited in its transaction.
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
import { nameKey, searchTokens } from '../violations/violations.normalize.ts';
import { certificationResult, majorReasons, type CertificationResult } from './safety.certification.ts';
import type {
  amendLogRequest,
  incidentInput,
  monthlyLog,
  monthlyLogRequest,
  projectQuery,
  projectSortKeys,
  publicProject,
  registerProjectRequest,
  staffProject,
  staffProjectDetail,
} from './safety.contract.ts';

/** Who acts: a staff member, or an employer account (the contractor's own). */
export type Actor = { kind: 'staff'; staff: StaffPrincipal } | { kind: 'employer'; accountId: string; employerId: string };

export type ProjectRow = {
  id: string;
  project_number: string;
  name: string;
  owner_name: string;
  contractor_ubn: string;
  contractor_name: string;
  contractor_employer_id: string | null;
  site_address: string;
  district_code: string;
  contract_value_twd: number;
  starts_on: string;
  planned_end_on: string;
  ended_on: string | null;
  status: z.infer<typeof staffProject>['status'];
  channel: 'staff' | 'employer';
  certificate_number: string | null;
  certified_on: string | null;
  months_logged: number;
  work_hours: number;
};

type IncidentRow = {
  id: string;
  log_id: string;
  occurred_on: string;
  kind: z.infer<typeof incidentInput>['kind'];
  deaths: number;
  disabled_victims: number;
  hospitalised: number;
  is_designated: boolean;
  is_major: boolean;
  description: string;
};

const auditActor = (actor: Actor) =>
  actor.kind === 'staff' ? { id: actor.staff.id, username: actor.staff.username } : { id: actor.accountId, username: 'account:employer' };
const staffIdOf = (actor: Actor) => (actor.kind === 'staff' ? actor.staff.id : null);
const accountIdOf = (actor: Actor) => (actor.kind === 'employer' ? actor.accountId : null);

const monthsLogged = sql<number>`(SELECT count(*)::int FROM safety_project_logs l WHERE l.project_id = p.id)`;
const hoursLogged = sql<number>`(SELECT coalesce(sum(l.work_hours), 0)::int FROM safety_project_logs l WHERE l.project_id = p.id)`;

/** The folded text a search compares with: the project, its contractor and its site. */
export const projectSearchKey = (p: { name: string; contractorName: string; siteAddress: string }) =>
  [p.name, p.contractorName, p.siteAddress].map(nameKey).join('|');

/** `%`, `_` and `\` in what a person typed are matched as themselves. */
const likeEscaped = (word: string) => word.replace(/[\\%_]/g, (ch) => `\\${ch}`);

export function createProjects(deps: { db: Db; clock: () => Date; timeZone: string; employers: Pick<EmployersService, 'idByUbn'> }) {
  const { db, clock } = deps;
  const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: deps.timeZone }).format(clock());

  const select = () =>
    qb
      .selectFrom('safety_projects as p')
      .select([
        'p.id', 'p.project_number', 'p.name', 'p.owner_name', 'p.contractor_ubn', 'p.contractor_name', 'p.contractor_employer_id',
        'p.site_address', 'p.district_code', 'p.contract_value_twd', 'p.starts_on', 'p.planned_end_on', 'p.ended_on', 'p.status',
        'p.channel', 'p.certificate_number', 'p.certified_on',
      ])
      .select([monthsLogged.as('months_logged'), hoursLogged.as('work_hours')])
      .$castTo<ProjectRow>();

  const toStaff = (r: ProjectRow): z.infer<typeof staffProject> => ({
    id: r.id,
    projectNumber: r.project_number,
    name: r.name,
    ownerName: r.owner_name,
    contractorUbn: r.contractor_ubn,
    contractorName: r.contractor_name,
    siteAddress: r.site_address,
    districtCode: r.district_code,
    contractValueTwd: Number(r.contract_value_twd),
    startsOn: r.starts_on,
    plannedEndOn: r.planned_end_on,
    endedOn: r.ended_on,
    status: r.status,
    channel: r.channel,
    certificateNumber: r.certificate_number,
    certifiedOn: r.certified_on,
    monthsLogged: r.months_logged,
    workHours: r.work_hours,
  });
  const toPublic = (r: ProjectRow): z.infer<typeof publicProject> => ({
    projectNumber: r.project_number,
    name: r.name,
    contractorName: r.contractor_name,
    siteAddress: r.site_address,
    districtCode: r.district_code,
    startsOn: r.starts_on,
    endedOn: r.ended_on,
    certified: r.status === 'certified',
    certificateNumber: r.certificate_number,
    certifiedOn: r.certified_on,
  });

  async function load(q: Queryable, id: string, forUpdate = false): Promise<ProjectRow> {
    const compiled = select().where('p.id', '=', id).compile();
    const text = forUpdate ? `${compiled.sql} FOR UPDATE OF p` : compiled.sql;
    const row = (await q.query<ProjectRow>(text, [...compiled.parameters])).rows[0];
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }
  /** An employer account reaches only the projects it is the contractor of; any other id is not found. */
  async function loadFor(q: Queryable, actor: Actor, id: string, forUpdate = false) {
    const row = await load(q, id, forUpdate);
    if (actor.kind === 'employer' && row.contractor_employer_id !== actor.employerId) throw new AppError('NOT_FOUND');
    return row;
  }

  async function incidentsOf(q: Queryable, logIds: readonly string[]): Promise<IncidentRow[]> {
    if (logIds.length === 0) return [];
    return (
      await q.query<IncidentRow>(
        `SELECT id, log_id, occurred_on, kind, deaths, disabled_victims, hospitalised, is_designated, is_major, description
           FROM safety_incidents WHERE log_id = ANY($1::uuid[]) ORDER BY occurred_on, id`,
        [logIds],
      )
    ).rows;
  }

  async function logsOf(q: Queryable, projectId: string): Promise<z.infer<typeof monthlyLog>[]> {
    const logs = (
      await q.query<{ id: string; month: string; work_hours: number; headcount: number; version: number; entered_at: Date }>(
        `SELECT id, month, work_hours, headcount, version, entered_at FROM safety_project_logs WHERE project_id = $1 ORDER BY month`,
        [projectId],
      )
    ).rows;
    const incidents = await incidentsOf(q, logs.map((l) => l.id));
    const revisions = logs.length
      ? (
          await q.query<{ log_id: string; version: number; reason: string; amended_at: Date; content: unknown }>(
            `SELECT log_id, version, reason, amended_at, content FROM safety_log_revisions WHERE log_id = ANY($1::uuid[]) ORDER BY version`,
            [logs.map((l) => l.id)],
          )
        ).rows
      : [];
    return logs.map((l) => ({
      month: l.month.slice(0, 7),
      workHours: l.work_hours,
      headcount: l.headcount,
      version: l.version,
      enteredAt: new Date(l.entered_at).toISOString(),
      incidents: incidents
        .filter((i) => i.log_id === l.id)
        .map((i) => {
          const counts = { deaths: i.deaths, disabledVictims: i.disabled_victims, hospitalised: i.hospitalised, isDesignated: i.is_designated };
          return { id: i.id, occurredOn: i.occurred_on, kind: i.kind, ...counts, isMajor: i.is_major, majorReasons: majorReasons(counts), description: i.description };
        }),
      revisions: revisions
        .filter((r) => r.log_id === l.id)
        .map((r) => ({ version: r.version, reason: r.reason, amendedAt: new Date(r.amended_at).toISOString(), content: r.content })),
    }));
  }

  async function ruleOf(q: Queryable, row: ProjectRow): Promise<CertificationResult> {
    const logs = await logsOf(q, row.id);
    return certificationResult({ startsOn: row.starts_on, endedOn: row.ended_on, logs: logs.map((l) => ({ month: l.month, incidents: l.incidents })) });
  }

  async function insertIncidents(tx: Queryable, logId: string, incidents: z.infer<typeof incidentInput>[]) {
    for (const i of incidents) {
      const counts = { deaths: i.deaths, disabledVictims: i.disabledVictims, hospitalised: i.hospitalised, isDesignated: i.isDesignated };
      await tx.query(
        `INSERT INTO safety_incidents (log_id, occurred_on, kind, deaths, disabled_victims, hospitalised, is_designated, is_major, description)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [logId, i.occurredOn, i.kind, i.deaths, i.disabledVictims, i.hospitalised, i.isDesignated, majorReasons(counts).length > 0, i.description],
      );
    }
  }

  /** Only staff classify an accident as designated by the central authority (§37 II item 4). */
  function checkDesignation(actor: Actor, incidents: z.infer<typeof incidentInput>[]) {
    if (actor.kind === 'employer' && incidents.some((i) => i.isDesignated)) throw new AppError('FORBIDDEN');
  }

  /** The log's month must lie within the works: from the start's month to the end's (or today's, while running). */
  function checkMonth(row: ProjectRow, month: string) {
    const last = (row.ended_on ?? today()).slice(0, 7);
    if (month < row.starts_on.slice(0, 7) || month > last) {
      throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'month', code: 'custom', message: 'validation.safety.month_outside_works' }] });
    }
  }

  return {
    toStaff,
    toPublic,
    get: async (id: string) => toStaff(await load(db, id)),

    async register(actor: Actor, input: z.infer<typeof registerProjectRequest>, requestId: string) {
      // Read before the transaction: the employers service uses its own connection (PGlite deadlock trap).
      const contractorEmployerId = actor.kind === 'employer' ? actor.employerId : await deps.employers.idByUbn(input.contractorUbn);
      const now = clock();
      const year = Number(today().slice(0, 4));
      return db.transaction(async (tx) => {
        // Serial numbers per year: the advisory lock orders concurrent registrations on both engines.
        await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`safety-project-number-${year}`]);
        const next = (
          await tx.query<{ n: number }>(`SELECT count(*)::int + 1 AS n FROM safety_projects WHERE project_number LIKE $1`, [`ZD-${year}-%`])
        ).rows[0]?.n ?? 1;
        const projectNumber = `ZD-${year}-${String(next).padStart(4, '0')}`;
        const { rows } = await tx.query<{ id: string }>(
          `INSERT INTO safety_projects (project_number, name, owner_name, contractor_ubn, contractor_name, contractor_employer_id, site_address,
                district_code, contract_value_twd, starts_on, planned_end_on, search_key, channel, registered_by, registered_by_account, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $16) RETURNING id`,
          [
            projectNumber, input.name, input.ownerName, input.contractorUbn, input.contractorName, contractorEmployerId, input.siteAddress,
            input.districtCode, input.contractValueTwd, input.startsOn, input.plannedEndOn, projectSearchKey(input), actor.kind,
            staffIdOf(actor), accountIdOf(actor), now,
          ],
        );
        const id = rows[0]!.id;
        await recordAudit(tx, {
          actor: auditActor(actor), action: 'safety.project.register', recordType: 'safety-project', recordId: id, requestId,
          details: { projectNumber, channel: actor.kind }, occurredAt: now,
        });
        return { id, projectNumber };
      });
    },

    /** One log per project and month: a second answers 409 LOG_EXISTS (correct it with `amendLog`). */
    async addLog(actor: Actor, projectId: string, input: z.infer<typeof monthlyLogRequest>, requestId: string) {
      checkDesignation(actor, input.incidents);
      const now = clock();
      return db.transaction(async (tx) => {
        const row = await loadFor(tx, actor, projectId, true);
        if (row.status === 'certified' || row.status === 'not-certified') throw new AppError('INVALID_TRANSITION');
        checkMonth(row, input.month);
        const inserted = await tx.query<{ id: string }>(
          `INSERT INTO safety_project_logs (project_id, month, work_hours, headcount, entered_by, entered_by_account, entered_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (project_id, month) DO NOTHING RETURNING id`,
          [projectId, `${input.month}-01`, input.workHours, input.headcount, staffIdOf(actor), accountIdOf(actor), now],
        );
        const logId = inserted.rows[0]?.id;
        if (!logId) throw new AppError('LOG_EXISTS', { params: { month: input.month } });
        await insertIncidents(tx, logId, input.incidents);
        await tx.query('UPDATE safety_projects SET updated_at = $2 WHERE id = $1', [projectId, now]);
        await recordAudit(tx, {
          actor: auditActor(actor), action: 'safety.log.add', recordType: 'safety-project', recordId: projectId, requestId,
          details: { month: input.month, incidents: input.incidents.length }, occurredAt: now,
        });
        return { month: input.month, version: 1 };
      });
    },

    /** Corrects a month's log: the earlier counts and incidents are kept as a revision, with the reason. */
    async amendLog(actor: Actor, projectId: string, month: string, input: z.infer<typeof amendLogRequest>, requestId: string) {
      checkDesignation(actor, input.incidents);
      const now = clock();
      return db.transaction(async (tx) => {
        const row = await loadFor(tx, actor, projectId, true);
        if (row.status === 'certified' || row.status === 'not-certified') throw new AppError('INVALID_TRANSITION');
        const log = (
          await tx.query<{ id: string; work_hours: number; headcount: number; version: number }>(
            'SELECT id, work_hours, headcount, version FROM safety_project_logs WHERE project_id = $1 AND month = $2 FOR UPDATE',
            [projectId, `${month}-01`],
          )
        ).rows[0];
        if (!log) throw new AppError('NOT_FOUND');
        const before = await incidentsOf(tx, [log.id]);
        const content = {
          workHours: log.work_hours,
          headcount: log.headcount,
          incidents: before.map((i) => ({ occurredOn: i.occurred_on, kind: i.kind, deaths: i.deaths, disabledVictims: i.disabled_victims, hospitalised: i.hospitalised, isDesignated: i.is_designated, description: i.description })),
        };
        await tx.query(
          `INSERT INTO safety_log_revisions (log_id, version, content, reason, amended_by, amended_by_account, amended_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [log.id, log.version, JSON.stringify(content), input.reason, staffIdOf(actor), accountIdOf(actor), now],
        );
        await tx.query('DELETE FROM safety_incidents WHERE log_id = $1', [log.id]);
        await insertIncidents(tx, log.id, input.incidents);
        await tx.query('UPDATE safety_project_logs SET work_hours = $2, headcount = $3, version = version + 1 WHERE id = $1', [log.id, input.workHours, input.headcount]);
        await tx.query('UPDATE safety_projects SET updated_at = $2 WHERE id = $1', [projectId, now]);
        await recordAudit(tx, {
          actor: auditActor(actor), action: 'safety.log.amend', recordType: 'safety-project', recordId: projectId, requestId,
          details: { month, version: log.version + 1, reason: input.reason }, occurredAt: now,
        });
        return { month, version: log.version + 1 };
      });
    },

    /** The works ended on a day (not in the future, not before the start); the project waits for the review. */
    async end(actor: Actor, projectId: string, endedOn: string, requestId: string) {
      const now = clock();
      if (endedOn > today()) {
        throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'endedOn', code: 'custom', message: 'validation.not_in_future' }] });
      }
      return db.transaction(async (tx) => {
        const row = await loadFor(tx, actor, projectId, true);
        if (row.status !== 'active') throw new AppError('INVALID_TRANSITION');
        if (endedOn < row.starts_on) {
          throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'endedOn', code: 'custom', message: 'validation.end_before_start' }] });
        }
        const late = (await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM safety_project_logs WHERE project_id = $1 AND month > $2`, [projectId, `${endedOn.slice(0, 7)}-01`])).rows[0]?.n ?? 0;
        if (late > 0) throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'endedOn', code: 'custom', message: 'validation.safety.logs_after_end' }] });
        await tx.query(`UPDATE safety_projects SET status = 'ended', ended_on = $2, updated_at = $3 WHERE id = $1`, [projectId, endedOn, now]);
        await recordAudit(tx, { actor: auditActor(actor), action: 'safety.project.end', recordType: 'safety-project', recordId: projectId, requestId, details: { endedOn }, occurredAt: now });
        return toStaff(await load(tx, projectId));
      });
    },

    /**
     * The bureau's review (查核) of an ended project: the rule decides. Certifiable → certified with a number
     * and the day; a major accident → not certified; months missing → 409 NOT_CERTIFIABLE until they are logged.
     */
    async review(staff: StaffPrincipal, projectId: string, note: string, requestId: string) {
      const now = clock();
      const on = today();
      return db.transaction(async (tx) => {
        const row = await load(tx, projectId, true);
        if (row.status !== 'ended') throw new AppError('INVALID_TRANSITION');
        const rule = await ruleOf(tx, row);
        if (rule.outcome === 'incomplete' || rule.outcome === 'running') throw new AppError('NOT_CERTIFIABLE', { params: { months: rule.missingMonths.join(', ') } });
        const outcome = rule.outcome === 'certifiable' ? 'certified' : 'not-certified';
        let certificateNumber: string | null = null;
        if (outcome === 'certified') {
          const year = on.slice(0, 4);
          await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`safety-certificate-${year}`]);
          const next = (await tx.query<{ n: number }>(`SELECT count(*)::int + 1 AS n FROM safety_projects WHERE certificate_number LIKE $1`, [`ZDC-${year}-%`])).rows[0]?.n ?? 1;
          certificateNumber = `ZDC-${year}-${String(next).padStart(4, '0')}`;
        }
        await tx.query(
          `UPDATE safety_projects SET status = $2, certificate_number = $3, certified_on = $4, updated_at = $5 WHERE id = $1`,
          [projectId, outcome, certificateNumber, certificateNumber ? on : null, now],
        );
        await tx.query(
          `INSERT INTO safety_project_reviews (project_id, outcome, rule_result, note, reviewed_by, reviewed_at) VALUES ($1, $2, $3, $4, $5, $6)`,
          [projectId, outcome, JSON.stringify(rule), note, staff.id, now],
        );
        await recordAudit(tx, {
          actor: { id: staff.id, username: staff.username }, action: 'safety.project.review', recordType: 'safety-project', recordId: projectId, requestId,
          details: { outcome, certificateNumber, majorMonths: rule.majorMonths }, occurredAt: now,
        });
        return toStaff(await load(tx, projectId));
      });
    },

    async detail(actor: Actor, projectId: string): Promise<z.infer<typeof staffProjectDetail>> {
      const row = await loadFor(db, actor, projectId);
      const logs = await logsOf(db, projectId);
      const rule = certificationResult({ startsOn: row.starts_on, endedOn: row.ended_on, logs: logs.map((l) => ({ month: l.month, incidents: l.incidents })) });
      const reviews = (
        await db.query<{ outcome: 'certified' | 'not-certified'; note: string; username: string; reviewed_at: Date; rule_result: CertificationResult }>(
          `SELECT r.outcome, r.note, u.username, r.reviewed_at, r.rule_result FROM safety_project_reviews r JOIN staff_users u ON u.id = r.reviewed_by
            WHERE r.project_id = $1 ORDER BY r.reviewed_at`,
          [projectId],
        )
      ).rows.map((r) => ({ outcome: r.outcome, note: r.note, reviewedBy: r.username, reviewedAt: new Date(r.reviewed_at).toISOString(), ruleResult: r.rule_result }));
      return { project: toStaff(row), logs, rule, reviews };
    },

    /** The contractor's own projects (employer self-service). */
    async ofEmployer(employerId: string) {
      return (await run(db, select().where('p.contractor_employer_id', '=', employerId).orderBy('p.starts_on', 'desc'))).map(toStaff);
    },

    list(filters: Omit<z.infer<typeof projectQuery>, 'page' | 'pageSize' | 'sort' | 'format'>): ListDefinition<(typeof projectSortKeys)[number], ProjectRow> {
      let query = select();
      if (filters.status) query = query.where('p.status', '=', filters.status);
      if (filters.districtCode) query = query.where('p.district_code', '=', filters.districtCode);
      for (const word of searchTokens(filters.q ?? '')) query = query.where('p.search_key', 'like', `%${likeEscaped(word)}%`);
      return {
        query,
        sortKeys: {
          projectNumber: { expression: sql.ref('p.project_number'), type: 'text' },
          name: { expression: sql.ref('p.name'), type: 'text' },
          startsOn: { expression: sql.ref('p.starts_on'), type: 'date' },
          status: { expression: sql.ref('p.status'), type: 'text' },
          certifiedOn: { expression: sql.ref('p.certified_on'), type: 'date' },
        },
        defaultSort: '-startsOn',
        unique: { expression: sql.ref('p.id'), type: 'uuid' },
      };
    },

    /**
     * The public search: projects being logged and certified ones (a project refused certification is not
     * published), newest first. Words are matched with 台/臺 folded and punctuation ignored, like the
     * violations search.
     */
    async search(filters: { q?: string | undefined; district?: string | undefined; certified?: boolean | undefined; page: number; pageSize: number }) {
      let query = select().where('p.status', 'in', filters.certified === true ? ['certified'] : filters.certified === false ? ['active', 'ended'] : ['active', 'ended', 'certified']);
      if (filters.district) query = query.where('p.district_code', '=', filters.district);
      for (const word of searchTokens(filters.q ?? '')) query = query.where('p.search_key', 'like', `%${likeEscaped(word)}%`);
      const counted = qb.selectFrom(query.clearSelect().select(sql`1`.as('one')).as('f')).select(sql<number>`count(*)::int`.as('n'));
      const [total, rows] = await Promise.all([
        run(db, counted),
        run(db, query.orderBy('p.starts_on', 'desc').orderBy('p.id', 'desc').limit(filters.pageSize).offset((filters.page - 1) * filters.pageSize)),
      ]);
      return { total: total[0]?.n ?? 0, page: filters.page, pageSize: filters.pageSize, items: rows.map(toPublic) };
    },

    /** Certified projects for the open data, by certificate date. */
    async certified(filters: { district?: string | undefined; year?: number | undefined }) {
      let query = select().where('p.status', '=', 'certified');
      if (filters.district) query = query.where('p.district_code', '=', filters.district);
      if (filters.year) query = query.where('p.certified_on', '>=', `${filters.year}-01-01`).where('p.certified_on', '<=', `${filters.year}-12-31`);
      return run(db, query.orderBy('p.certified_on').orderBy('p.project_number'));
    },
  };
}

export type Projects = ReturnType<typeof createProjects>;
