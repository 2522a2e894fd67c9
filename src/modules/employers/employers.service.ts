import type { z } from '@hono/zod-openapi';
import { sql } from 'kysely';
import type { Db, Queryable } from '../../db/client.ts';
import { qb } from '../../db/query.ts';
import type { ListDefinition } from '../../shared/http/list.ts';
import { AppError } from '../../shared/errors.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { normalizeTai, type ReferenceData } from '../reference-data/reference-data.ts';
import type { createEmployerRequest, employer, EmployerSortKey } from './employers.contract.ts';

export type EmployerFilters = { q?: string | undefined; district?: string | undefined };

type EmployerRow = {
  id: string;
  ubn: string | null;
  name: string;
  industry_code: string | null;
  district_code: string | null;
  address: string | null;
};

/** The key employers are matched on: 台/臺 alike, no spaces, full-width letters folded. */
export function employerNameKey(name: string): string {
  return normalizeTai(name.normalize('NFKC')).replace(/\s+/g, '').toLowerCase();
}

const toEmployer = (row: EmployerRow): z.infer<typeof employer> => ({
  id: row.id,
  ubn: row.ubn,
  name: row.name,
  industryCode: row.industry_code,
  districtCode: row.district_code,
  address: row.address,
});

export function createEmployersService({ db, referenceData }: { db: Db; referenceData: ReferenceData }) {
  return {
    /** The staff list of employers, filtered by name (台/臺 alike) or UBN, and district; sorted by name. */
    list(filters: EmployerFilters): ListDefinition<EmployerSortKey, EmployerRow> {
      let query = qb
        .selectFrom('employers as e')
        .select(['e.id', 'e.ubn', 'e.name', 'e.industry_code', 'e.district_code', 'e.address']);
      if (filters.q) {
        const q = filters.q;
        const pattern = `%${employerNameKey(q).replace(/[%_\\]/g, (ch) => `\\${ch}`)}%`;
        query = query.where((eb) => eb.or([eb('e.name_key', 'like', pattern), eb('e.ubn', '=', q.trim())]));
      }
      if (filters.district) query = query.where('e.district_code', '=', filters.district);
      return {
        query,
        sortKeys: {
          name: { expression: sql.ref('e.name'), type: 'text' },
          ubn: { expression: sql.ref('e.ubn'), type: 'text' },
          districtCode: { expression: sql.ref('e.district_code'), type: 'text' },
          industryCode: { expression: sql.ref('e.industry_code'), type: 'text' },
        },
        defaultSort: 'name',
        unique: { expression: sql.ref('e.id'), type: 'uuid' },
      };
    },

    toEmployer,

    /**
     * The employers' insured headcount on the 1st of `month` (YYYY-MM-01), with what a read model shows of
     * each employer (the quota obligations, indicator 6).
     */
    async headcountsOn(month: string, employerIds?: readonly string[]) {
      const rows = await db.query<{ employer_id: string; employees: number; ubn: string | null; name: string; district_code: string | null; industry_code: string | null }>(
        `SELECT h.employer_id, h.employees, e.ubn, e.name, e.district_code, e.industry_code
         FROM employer_headcounts h JOIN employers e ON e.id = h.employer_id
         WHERE h.month = $1 AND ($2::uuid[] IS NULL OR h.employer_id = ANY($2::uuid[]))`,
        [month, employerIds ? [...employerIds] : null],
      );
      return new Map(rows.rows.map((r) => [r.employer_id, { employees: r.employees, ubn: r.ubn, name: r.name, districtCode: r.district_code, industryCode: r.industry_code }]));
    },

    /**
     * Records an employer's insured headcount for a month (YYYY-MM-01) in the caller's transaction: the
     * quota module's labour-insurance import writes the employers' own history through here.
     */
    async recordHeadcountIn(on: Queryable, employerId: string, month: string, employees: number): Promise<void> {
      await on.query(
        `INSERT INTO employer_headcounts (employer_id, month, employees) VALUES ($1, $2, $3)
         ON CONFLICT (employer_id, month) DO UPDATE SET employees = EXCLUDED.employees`,
        [employerId, month, employees],
      );
    },

    /** The employer with this UBN and its name, read in the caller's transaction (the quota import's notices name it). */
    async byUbnIn(on: Queryable, ubn: string): Promise<{ id: string; name: string } | undefined> {
      return (await on.query<{ id: string; name: string }>('SELECT id, name FROM employers WHERE ubn = $1', [ubn])).rows[0];
    },

    /** The employer with this UBN, for records that link to it (a mediation respondent); null when unknown. */
    async idByUbn(ubn: string): Promise<string | null> {
      return (await db.query<{ id: string }>('SELECT id FROM employers WHERE ubn = $1', [ubn])).rows[0]?.id ?? null;
    },

    /** The employer with this UBN, read in the caller's transaction (a migrant-worker import). */
    async idByUbnIn(on: Queryable, ubn: string): Promise<string | undefined> {
      return (await on.query<{ id: string }>('SELECT id FROM employers WHERE ubn = $1', [ubn])).rows[0]?.id;
    },

    /** Whether an employer exists, read in the caller's transaction. */
    async exists(on: Queryable, id: string): Promise<boolean> {
      return (await on.query('SELECT 1 FROM employers WHERE id = $1', [id])).rowCount > 0;
    },

    /** For other modules (employment): employers by id, as the list shows them. */
    async byIds(ids: readonly string[]): Promise<Map<string, z.infer<typeof employer>>> {
      if (ids.length === 0) return new Map();
      const rows = await db.query<EmployerRow>(
        'SELECT id, ubn, name, industry_code, district_code, address FROM employers WHERE id = ANY($1::uuid[])',
        [ids],
      );
      return new Map(rows.rows.map((row) => [row.id, toEmployer(row)]));
    },

    async create(staff: StaffPrincipal | null, input: z.infer<typeof createEmployerRequest>, requestId: string) {
      if (input.districtCode && !referenceData.isDistrictCode(input.districtCode)) {
        throw new AppError('VALIDATION_FAILED', {
          fieldIssues: [{ field: 'districtCode', code: 'custom', message: 'validation.district' }],
        });
      }
      return db.transaction(async (tx) => {
        if (input.ubn && (await tx.query('SELECT 1 FROM employers WHERE ubn = $1', [input.ubn])).rowCount > 0) {
          throw new AppError('CONFLICT');
        }
        const row = (
          await tx.query<EmployerRow>(
            `INSERT INTO employers (ubn, name, name_key, responsible_person, industry_code, district_code, address)
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
            [
              input.ubn ?? null,
              input.name,
              employerNameKey(input.name),
              input.responsiblePerson ?? null,
              input.industryCode ?? null,
              input.districtCode ?? null,
              input.address ?? null,
            ],
          )
        ).rows[0] as EmployerRow;
        await recordAudit(tx, {
          actor: staff ? { id: staff.id, username: staff.username } : null,
          action: 'employer.create',
          recordType: 'employer',
          recordId: row.id,
          requestId,
          details: { name: row.name, ubn: row.ubn },
        });
        return toEmployer(row);
      });
    },

    /**
     * For employer accounts (src/modules/public-accounts): the employer with this UBN, registered with the
     * name given when the bureau does not know it yet. In the caller's transaction; the account links here.
     */
    async findOrRegisterByUbn(tx: Queryable, input: { ubn: string; name: string }, requestId: string): Promise<{ id: string; name: string }> {
      const inserted = (
        await tx.query<{ id: string; name: string }>(
          `INSERT INTO employers (ubn, name, name_key) VALUES ($1, $2, $3) ON CONFLICT (ubn) DO NOTHING RETURNING id, name`,
          [input.ubn, input.name, employerNameKey(input.name)],
        )
      ).rows[0];
      if (inserted) {
        await recordAudit(tx, { actor: null, action: 'employer.create', recordType: 'employer', recordId: inserted.id, requestId, details: { name: input.name, ubn: input.ubn, selfRegistered: true } });
        return inserted;
      }
      return (await tx.query<{ id: string; name: string }>('SELECT id, name FROM employers WHERE ubn = $1', [input.ubn])).rows[0] as { id: string; name: string };
    },
  };
}

export type EmployersService = ReturnType<typeof createEmployersService>;
