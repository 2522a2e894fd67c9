import type { z } from '@hono/zod-openapi';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { normalizeTai, type ReferenceData } from '../reference-data/reference-data.ts';
import type { createEmployerRequest, employer } from './employers.contract.ts';

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
    async search(filters: { q?: string | undefined; district?: string | undefined; page: number }) {
      const where: string[] = [];
      const params: unknown[] = [];
      if (filters.q) {
        params.push(employerNameKey(filters.q).replace(/[%_\\]/g, (ch) => `\\${ch}`));
        where.push(`(name_key LIKE '%' || $${params.length} || '%' OR ubn = $${params.length})`);
      }
      if (filters.district) {
        params.push(filters.district);
        where.push(`district_code = $${params.length}`);
      }
      const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
      const total = await db.query<{ count: number }>(`SELECT count(*)::int AS count FROM employers ${whereSql}`, params);
      const rows = await db.query<EmployerRow>(
        `SELECT * FROM employers ${whereSql} ORDER BY name LIMIT 20 OFFSET ${(filters.page - 1) * 20}`,
        params,
      );
      return { total: total.rows[0]?.count ?? 0, items: rows.rows.map(toEmployer) };
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
  };
}

export type EmployersService = ReturnType<typeof createEmployersService>;
