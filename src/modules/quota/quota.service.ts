/**
 * @module quota
 * The disability employment quota (身心障礙者權益保障法 Arts. 38, 43; issue 11, ADR 0020). Per employer and
 * month: the sector and the disabled employees by how they count, entered or imported here; the insured
 * total from the employers' monthly headcounts; the obligation computed by `#labor-rules` (the same
 * arithmetic as the public calculator); the shortfall payment (差額補助費) as the shortfall × the monthly
 * amount staff entered with its source (Art. 43 para. 2 names 基本工資; which figure applies since the
 * Minimum Wage Act is not confirmed, so none is assumed). Indicator 6 is a read model over the same rows.
 */
import { calculateDisabilityQuota } from '#labor-rules';
import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import { qb } from '../../db/query.ts';
import type { ListDefinition, SortColumn } from '../../shared/http/list.ts';
import { AppError } from '../../shared/errors.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { EmployersService } from '../employers/employers.service.ts';

export type Sector = 'public' | 'private';

export type Obligation = {
  employerId: string;
  ubn: string | null;
  name: string;
  sector: Sector;
  districtCode: string | null;
  industryCode: string | null;
  employees: number;
  required: number;
  counted: number;
  shortfall: number;
  /** null when no monthly amount is entered for the month: the figure is never guessed. */
  payment: { amount: number; monthlyAmount: number; source: string; article: string } | null;
};

export const obligationSortKeys = ['shortfall', 'name', 'ubn', 'employees', 'required', 'counted'] as const;
export type ObligationSortKey = (typeof obligationSortKeys)[number];

/** One obligation as the list query answers it: the computed figures travel as one JSON parameter. */
export type ObligationRow = {
  employer_id: string; ubn: string | null; name: string; sector: Sector; district_code: string | null; industry_code: string | null;
  employees: number; required: number; counted: number; shortfall: number;
  payment_amount: number | null; monthly_amount: number | null; payment_source: string | null;
};

const obligationSortColumns = {
  shortfall: { expression: sql.ref('o.shortfall'), type: 'integer' },
  name: { expression: sql.ref('o.name'), type: 'text' },
  ubn: { expression: sql.ref('o.ubn'), type: 'text' },
  employees: { expression: sql.ref('o.employees'), type: 'integer' },
  required: { expression: sql.ref('o.required'), type: 'integer' },
  counted: { expression: sql.ref('o.counted'), type: 'double precision' },
} satisfies Record<ObligationSortKey, SortColumn>;

export const toObligation = (r: ObligationRow): Obligation => ({
  employerId: r.employer_id, ubn: r.ubn, name: r.name, sector: r.sector, districtCode: r.district_code, industryCode: r.industry_code,
  employees: r.employees, required: r.required, counted: Number(r.counted), shortfall: r.shortfall,
  payment: r.payment_amount === null || r.monthly_amount === null
    ? null
    : { amount: r.payment_amount, monthlyAmount: r.monthly_amount, source: r.payment_source ?? '', article: paymentArticle },
});

type MonthRow = { employer_id: string; sector: Sector; disabled_severe: number; disabled_other: number; disabled_part_time_half_wage: number };

const paymentArticle = '身心障礙者權益保障法第43條第2項';

/** Indicator 6 (定額進用身心障礙者比率): counted ÷ required × 100, one decimal; null when nothing is required. */
export function quotaRatio(counted: number, required: number): number | null {
  return required === 0 ? null : Math.round((counted / required) * 1000) / 10;
}

export function createQuotaService(deps: { db: Db; clock: () => Date; employers: EmployersService }) {
  const { db, clock } = deps;

  async function rateFor(month: string) {
    return (
      await db.query<{ monthly_amount: number; source: string }>(
        'SELECT monthly_amount, source FROM quota_payment_rates WHERE effective_from <= $1 ORDER BY effective_from DESC LIMIT 1',
        [`${month}-01`],
      )
    ).rows[0];
  }

  const service = {
    /** Enter (or correct) one employer's month. */
    async recordMonth(
      staff: StaffPrincipal | null,
      input: { employerId: string; month: string; sector: Sector; severe: number; other: number; partTimeHalfWage: number; source: string },
      requestId: string,
    ) {
      await db.transaction(async (tx) => {
        const exists = (await tx.query('SELECT 1 FROM employers WHERE id = $1', [input.employerId])).rowCount;
        if (!exists) throw new AppError('NOT_FOUND');
        await tx.query(
          `INSERT INTO quota_employer_months (employer_id, month, sector, disabled_severe, disabled_other, disabled_part_time_half_wage, source, updated_by, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
           ON CONFLICT (employer_id, month) DO UPDATE SET sector = EXCLUDED.sector, disabled_severe = EXCLUDED.disabled_severe,
             disabled_other = EXCLUDED.disabled_other, disabled_part_time_half_wage = EXCLUDED.disabled_part_time_half_wage,
             source = EXCLUDED.source, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at`,
          [input.employerId, `${input.month}-01`, input.sector, input.severe, input.other, input.partTimeHalfWage, input.source, staff?.id ?? null, clock()],
        );
        await recordAudit(tx, {
          actor: staff ? { id: staff.id, username: staff.username } : null,
          action: 'quota.month.record', recordType: 'employer', recordId: input.employerId, requestId,
          details: { month: input.month, sector: input.sector },
        });
      });
    },

    /** The monthly amount per missing person from `effectiveFrom` on, with its source (audited). */
    async enterPaymentRate(staff: StaffPrincipal, input: { effectiveFrom: string; monthlyAmount: number; source: string }, requestId: string) {
      await db.transaction(async (tx) => {
        await tx.query(
          `INSERT INTO quota_payment_rates (effective_from, monthly_amount, source, entered_by, entered_at) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (effective_from) DO UPDATE SET monthly_amount = EXCLUDED.monthly_amount, source = EXCLUDED.source,
             entered_by = EXCLUDED.entered_by, entered_at = EXCLUDED.entered_at`,
          [`${input.effectiveFrom}-01`, input.monthlyAmount, input.source, staff.id, clock()],
        );
        await recordAudit(tx, { actor: { id: staff.id, username: staff.username }, action: 'quota.rate.enter', recordType: 'quota-rate', recordId: input.effectiveFrom, requestId, details: { monthlyAmount: input.monthlyAmount } });
      });
    },

    /**
     * Every assessed employer's obligation in `month` (YYYY-MM): those with a quota row and a headcount.
     * An employer below the threshold is listed with nothing required.
     */
    async obligations(month: string): Promise<Obligation[]> {
      const rows = (
        await db.query<MonthRow>(
          `SELECT employer_id, sector, disabled_severe, disabled_other, disabled_part_time_half_wage
           FROM quota_employer_months WHERE month = $1 ORDER BY employer_id`,
          [`${month}-01`],
        )
      ).rows;
      const headcounts = await deps.employers.headcountsOn(`${month}-01`, rows.map((r) => r.employer_id));
      const rate = await rateFor(month);
      const items: Obligation[] = [];
      for (const row of rows) {
        const employer = headcounts.get(row.employer_id);
        if (!employer) continue;
        const result = calculateDisabilityQuota({
          sector: row.sector,
          employees: employer.employees,
          disabledEmployees: { severe: row.disabled_severe, other: row.disabled_other, partTimeHalfWage: row.disabled_part_time_half_wage },
          month,
        });
        items.push({
          employerId: row.employer_id, ubn: employer.ubn, name: employer.name, sector: row.sector,
          districtCode: employer.districtCode, industryCode: employer.industryCode, employees: employer.employees,
          required: result.requiredCount, counted: result.countedCount, shortfall: result.shortfall,
          payment: rate ? { amount: result.shortfall * rate.monthly_amount, monthlyAmount: rate.monthly_amount, source: rate.source, article: paymentArticle } : null,
        });
      }
      return items.sort((a, b) => b.shortfall - a.shortfall || a.name.localeCompare(b.name, 'zh-TW') || a.employerId.localeCompare(b.employerId));
    },

    /**
     * The month's obligations on the kit's list contract. The figures are computed by `#labor-rules` (above)
     * and handed to the database as one JSON record set, so paging, sorting and the keyset export are the
     * same SQL as every other list, and no arithmetic is repeated in SQL. Default order: largest shortfall first.
     */
    async obligationList(month: string, filters: { sector?: Sector | undefined; shortfallOnly?: boolean; overQuotaOnly?: boolean }): Promise<ListDefinition<ObligationSortKey, ObligationRow>> {
      const items = (await service.obligations(month))
        .filter((o) => !filters.sector || o.sector === filters.sector)
        .filter((o) => !filters.shortfallOnly || o.shortfall > 0)
        // 超額進用: more counted than required (the city's incentive list); an employer below the threshold
        // with a disabled employee counts as over its zero requirement.
        .filter((o) => !filters.overQuotaOnly || o.counted > o.required);
      const rows: ObligationRow[] = items.map((o) => ({
        employer_id: o.employerId, ubn: o.ubn, name: o.name, sector: o.sector, district_code: o.districtCode, industry_code: o.industryCode,
        employees: o.employees, required: o.required, counted: o.counted, shortfall: o.shortfall,
        payment_amount: o.payment?.amount ?? null, monthly_amount: o.payment?.monthlyAmount ?? null, payment_source: o.payment?.source ?? null,
      }));
      const recordSet = sql<ObligationRow>`(SELECT * FROM jsonb_to_recordset(cast(${JSON.stringify(rows)} as jsonb)) AS r(
        employer_id uuid, ubn text, name text, sector text, district_code text, industry_code text, employees integer,
        required integer, counted double precision, shortfall integer, payment_amount bigint, monthly_amount integer, payment_source text))`;
      const query = qb.selectFrom(recordSet.as('o')).selectAll();
      return { query: query as never, sortKeys: obligationSortColumns, defaultSort: '-shortfall', unique: { expression: sql.ref('o.employer_id'), type: 'uuid' } };
    },

    /**
     * Indicator 6 read model for the indicators module: disabled employees counted ÷ required × 100
     * (定額已進用 ÷ 定額應進用), for the month, overall and by sector, and by district for the drill-down.
     * Counted hires are capped at nothing: an over-quota employer (超額進用) raises the ratio, as the
     * bureau's target above 100 % (164.1 %) implies.
     */
    async indicator6(month: string) {
      const items = await service.obligations(month);
      const sum = (list: Obligation[]) => {
        const required = list.reduce((total, o) => total + o.required, 0);
        const counted = list.reduce((total, o) => total + o.counted, 0);
        return { required, counted, value: quotaRatio(counted, required), employers: list.length };
      };
      const obligated = items.filter((o) => o.required > 0);
      const districts = [...new Set(obligated.map((o) => o.districtCode ?? ''))].sort();
      return {
        indicator: 6,
        month,
        ...sum(obligated),
        bySector: { public: sum(obligated.filter((o) => o.sector === 'public')), private: sum(obligated.filter((o) => o.sector === 'private')) },
        byDistrict: districts.map((code) => ({ districtCode: code || null, ...sum(obligated.filter((o) => (o.districtCode ?? '') === code)) })),
      };
    },
  };
  return service;
}

export type QuotaService = ReturnType<typeof createQuotaService>;
