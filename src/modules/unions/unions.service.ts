/**
 * @module unions
 * The union registry (工會法: enterprise, industrial and occupational unions, and federations), the yearly
 * evaluation (工會評鑑) with its criteria, and the guidance visits (輔導) that follow; indicator 5 (工會評鑑
 * 輔導涵蓋率) is a read model over them (issue 11, ADR 0020).
 */
import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import { qb } from '../../db/query.ts';
import type { ListDefinition, SortColumn } from '../../shared/http/list.ts';
import { AppError } from '../../shared/errors.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import { recordAudit } from '../audit/audit.service.ts';

import { unionKinds, type UnionKind } from './unions.kinds.ts';

export { unionKinds, type UnionKind };

export type UnionInput = {
  name: string;
  kind: UnionKind;
  registrationNumber: string;
  foundedOn: string;
  chairName?: string | undefined;
  termEndsOn?: string | undefined;
  members?: number | undefined;
  districtCode?: string | undefined;
  address?: string | undefined;
};
export type Criterion = { criterion: string; weight: number; score: number };

export const unionSortKeys = ['name', 'kind', 'registrationNumber', 'foundedOn', 'termEndsOn', 'members'] as const;
export type UnionSortKey = (typeof unionSortKeys)[number];

const unionSortColumns = {
  name: { expression: sql.ref('u.name'), type: 'text' },
  kind: { expression: sql.ref('u.kind'), type: 'text' },
  registrationNumber: { expression: sql.ref('u.registration_number'), type: 'text' },
  foundedOn: { expression: sql.ref('u.founded_on'), type: 'date' },
  // The next election is due by the term's end: sorting on it puts the nearest election first.
  termEndsOn: { expression: sql.ref('u.term_ends_on'), type: 'date' },
  members: { expression: sql.ref('u.members'), type: 'integer' },
} satisfies Record<UnionSortKey, SortColumn>;

/** The registry as a list query (the kit's list contract): the columns of `UnionRow`, the last evaluation by scalar subqueries. */
const unionListQuery = () =>
  qb
    .selectFrom('unions as u')
    .select([
      'u.id', 'u.name', 'u.kind', 'u.registration_number', 'u.chair_name', 'u.members', 'u.district_code', 'u.address',
      sql<string>`u.founded_on::text`.as('founded_on'),
      sql<string | null>`u.dissolved_on::text`.as('dissolved_on'),
      sql<string | null>`u.term_ends_on::text`.as('term_ends_on'),
      sql<number | null>`(SELECT e.year FROM union_evaluations e WHERE e.union_id = u.id ORDER BY e.year DESC LIMIT 1)`.as('last_evaluation_year'),
      sql<string | null>`(SELECT e.grade FROM union_evaluations e WHERE e.union_id = u.id ORDER BY e.year DESC LIMIT 1)`.as('last_grade'),
    ]);

export type UnionRow = {
  id: string; name: string; kind: UnionKind; registration_number: string; founded_on: string; dissolved_on: string | null;
  chair_name: string | null; term_ends_on: string | null; members: number | null; district_code: string | null; address: string | null;
  last_evaluation_year: number | null; last_grade: string | null;
};

export const toUnion = (r: UnionRow) => ({
  id: r.id, name: r.name, kind: r.kind, registrationNumber: r.registration_number, foundedOn: r.founded_on, dissolvedOn: r.dissolved_on,
  chairName: r.chair_name, termEndsOn: r.term_ends_on, members: r.members, districtCode: r.district_code, address: r.address,
  lastEvaluation: r.last_evaluation_year === null ? null : { year: r.last_evaluation_year, grade: r.last_grade ?? '' },
});

/** Weighted total of the criteria: Σ score × weight ÷ Σ weight, two decimals (scores on the form's own scale). */
export function weightedScore(criteria: readonly Criterion[]): number {
  const weights = criteria.reduce((t, c) => t + c.weight, 0);
  if (weights <= 0) throw new AppError('VALIDATION_FAILED');
  return Math.round((criteria.reduce((t, c) => t + c.score * c.weight, 0) / weights) * 100) / 100;
}

/** Indicator 5: unions evaluated or guided in the year ÷ unions registered during it, × 100, one decimal. */
export function coverage(reached: number, registered: number): number | null {
  return registered === 0 ? null : Math.round((reached / registered) * 1000) / 10;
}

const select = `SELECT u.id, u.name, u.kind, u.registration_number, u.founded_on::text AS founded_on, u.dissolved_on::text AS dissolved_on,
    u.chair_name, u.term_ends_on::text AS term_ends_on, u.members, u.district_code, u.address,
    ev.year AS last_evaluation_year, ev.grade AS last_grade
  FROM unions u LEFT JOIN LATERAL (SELECT year, grade FROM union_evaluations e WHERE e.union_id = u.id ORDER BY year DESC LIMIT 1) ev ON true`;

export function createUnionsService(deps: { db: Db; clock: () => Date }) {
  const { db, clock } = deps;
  const actor = (staff: StaffPrincipal | null) => (staff ? { id: staff.id, username: staff.username } : null);

  return {
    async register(staff: StaffPrincipal | null, input: UnionInput, requestId: string) {
      return db.transaction(async (tx) => {
        if ((await tx.query('SELECT 1 FROM unions WHERE registration_number = $1', [input.registrationNumber])).rowCount) throw new AppError('CONFLICT');
        const id = (
          await tx.query<{ id: string }>(
            `INSERT INTO unions (name, kind, registration_number, founded_on, chair_name, term_ends_on, members, district_code, address, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id`,
            [input.name, input.kind, input.registrationNumber, input.foundedOn, input.chairName ?? null, input.termEndsOn ?? null, input.members ?? null,
              input.districtCode ?? null, input.address ?? null, clock()],
          )
        ).rows[0]!.id;
        await recordAudit(tx, { actor: actor(staff), action: 'union.register', recordType: 'union', recordId: id, requestId, details: { kind: input.kind } });
        return id;
      });
    },

    /** The registry on the list contract (paged, sorted, exported), by name unless asked otherwise. */
    list(filters: { kind?: UnionKind | undefined }): ListDefinition<UnionSortKey, UnionRow> {
      let query = unionListQuery();
      if (filters.kind) query = query.where('u.kind', '=', filters.kind);
      return { query: query as never, sortKeys: unionSortColumns, defaultSort: 'name', unique: { expression: sql.ref('u.id'), type: 'uuid' } };
    },

    async detail(id: string) {
      const row = (await db.query<UnionRow>(`${select} WHERE u.id = $1`, [id])).rows[0];
      if (!row) throw new AppError('NOT_FOUND');
      const evaluations = (
        await db.query<{ id: string; year: number; evaluated_on: string; scores: Criterion[]; total_score: string; grade: string; findings: string | null }>(
          'SELECT id, year, evaluated_on::text AS evaluated_on, scores, total_score::text AS total_score, grade, findings FROM union_evaluations WHERE union_id = $1 ORDER BY year DESC',
          [id],
        )
      ).rows.map((e) => ({ id: e.id, year: e.year, evaluatedOn: e.evaluated_on, criteria: e.scores, totalScore: Number(e.total_score), grade: e.grade, findings: e.findings }));
      const visits = (
        await db.query<{ id: string; visited_on: string; findings: string }>(
          'SELECT id, visited_on::text AS visited_on, findings FROM union_guidance_visits WHERE union_id = $1 ORDER BY visited_on DESC',
          [id],
        )
      ).rows.map((v) => ({ id: v.id, visitedOn: v.visited_on, findings: v.findings }));
      return { ...toUnion(row), evaluations, guidanceVisits: visits };
    },

    /** One evaluation per union and year (a second is a 409): the criteria with weights and scores, and the grade. */
    async evaluate(staff: StaffPrincipal | null, unionId: string, input: { year: number; evaluatedOn: string; criteria: Criterion[]; grade: string; findings?: string | undefined }, requestId: string) {
      const total = weightedScore(input.criteria);
      return db.transaction(async (tx) => {
        if (!(await tx.query('SELECT 1 FROM unions WHERE id = $1 FOR UPDATE', [unionId])).rowCount) throw new AppError('NOT_FOUND');
        const inserted = await tx.query<{ id: string }>(
          `INSERT INTO union_evaluations (union_id, year, evaluated_on, scores, total_score, grade, findings, created_by, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (union_id, year) DO NOTHING RETURNING id`,
          [unionId, input.year, input.evaluatedOn, JSON.stringify(input.criteria), total, input.grade, input.findings ?? null, staff?.id ?? null, clock()],
        );
        const id = inserted.rows[0]?.id;
        if (!id) throw new AppError('CONFLICT');
        await recordAudit(tx, { actor: actor(staff), action: 'union.evaluate', recordType: 'union', recordId: unionId, requestId, details: { year: input.year, grade: input.grade } });
        return { id, totalScore: total };
      });
    },

    async recordVisit(staff: StaffPrincipal | null, unionId: string, input: { visitedOn: string; findings: string }, requestId: string) {
      return db.transaction(async (tx) => {
        if (!(await tx.query('SELECT 1 FROM unions WHERE id = $1', [unionId])).rowCount) throw new AppError('NOT_FOUND');
        const id = (
          await tx.query<{ id: string }>(
            'INSERT INTO union_guidance_visits (union_id, visited_on, findings, created_by, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id',
            [unionId, input.visitedOn, input.findings, staff?.id ?? null, clock()],
          )
        ).rows[0]!.id;
        await recordAudit(tx, { actor: actor(staff), action: 'union.guidance-visit', recordType: 'union', recordId: unionId, requestId });
        return { id };
      });
    },

    /**
     * Indicator 5 read model (工會評鑑輔導涵蓋率): unions evaluated or guided in `year` ÷ unions registered
     * at some point of the year (founded by its end, not dissolved before its start), × 100.
     */
    async indicator5(year: number) {
      const start = `${year}-01-01`;
      const end = `${year}-12-31`;
      const row = (
        await db.query<{ registered: number; evaluated: number; guided: number; reached: number }>(
          `WITH active AS (SELECT id FROM unions WHERE founded_on <= $2 AND (dissolved_on IS NULL OR dissolved_on >= $1)),
             evaluated AS (SELECT DISTINCT union_id FROM union_evaluations WHERE year = $3 AND union_id IN (SELECT id FROM active)),
             guided AS (SELECT DISTINCT union_id FROM union_guidance_visits WHERE visited_on BETWEEN $1 AND $2 AND union_id IN (SELECT id FROM active))
           SELECT (SELECT count(*) FROM active)::int AS registered, (SELECT count(*) FROM evaluated)::int AS evaluated,
             (SELECT count(*) FROM guided)::int AS guided,
             (SELECT count(*) FROM (SELECT union_id FROM evaluated UNION SELECT union_id FROM guided) reached)::int AS reached`,
          [start, end, year],
        )
      ).rows[0]!;
      return { indicator: 5 as const, year, ...row, value: coverage(row.reached, row.registered) };
    },
  };
}

export type UnionsService = ReturnType<typeof createUnionsService>;
