/**
 * @module quota/import
 * The monthly labour-insurance headcount import (issue 11 §3), a CSV file with the header
 * `ubn,month,sector,insured,severe,other,part_time_half_wage`: per employer and month the insured total, the
 * sector (public/private, Art. 38 paras. 1-2) and the disabled employees by how they count (para. 3).
 *
 * As for the violations import: valid rows are written in one transaction and each rejected row is
 * reported by its line and a reason (nothing half-written: a failure rolls the whole file back); importing
 * the same file again leaves the same state (rows and notices are upserted). In the same transaction each
 * row short of its quota gets its shortfall payment notice (差額補助費, Art. 43 para. 2), the amount copied
 * from the monthly amount entered for that month with its source; without one, no notice is issued.
 */
import { createHash } from 'node:crypto';
import { calculateDisabilityQuota } from '#labor-rules';
import { sql } from 'kysely';
import type { Db, Queryable } from '../../db/client.ts';
import { qb } from '../../db/query.ts';
import type { ListDefinition, SortColumn } from '../../shared/http/list.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import type { EmployersService } from '../employers/employers.service.ts';
import { isUnifiedBusinessNumber } from '../employers/ubn.ts';
import { decodeCsv, parseCsv } from '../violations/violations.csv.ts';

import { headcountHeader } from './quota.import.contract.ts';

export { headcountHeader };
export const headcountRowReasons = ['columns', 'ubn', 'employer-unknown', 'month', 'sector', 'count', 'more-disabled-than-insured', 'duplicate'] as const;
export type HeadcountRowReason = (typeof headcountRowReasons)[number];

export const noticeSortKeys = ['amount', 'employerName', 'shortfall'] as const;
export type NoticeSortKey = (typeof noticeSortKeys)[number];
const noticeSortColumns = {
  amount: { expression: sql.ref('n.amount'), type: 'bigint' },
  employerName: { expression: sql.ref('n.employer_name'), type: 'text' },
  shortfall: { expression: sql.ref('n.shortfall'), type: 'integer' },
} satisfies Record<NoticeSortKey, SortColumn>;

export type NoticeRow = {
  id: string; employer_id: string; employer_name: string; employer_ubn: string; shortfall: number; monthly_amount: number;
  source: string; article: string; issued_at: Date; amount: string; month: string;
};

export const toNotice = (r: NoticeRow) => ({
  id: r.id, employerId: r.employer_id, employerName: r.employer_name, ubn: r.employer_ubn, month: r.month, shortfall: r.shortfall,
  monthlyAmount: r.monthly_amount, amount: Number(r.amount), source: r.source, article: r.article, issuedAt: new Date(r.issued_at).toISOString(),
});

export const paymentArticle = '身心障礙者權益保障法第43條第2項';

type Row = { line: number; ubn: string; month: string; sector: 'public' | 'private'; insured: number; severe: number; other: number; partTimeHalfWage: number };

export type HeadcountImportResult =
  | { ok: false; reason: 'encoding-unknown' | 'header' | 'empty' }
  | { ok: true; id: string; imported: number; rejected: { line: number; reason: HeadcountRowReason }[]; noticesIssued: number; months: string[] };

const count = (text: string) => (/^\d{1,7}$/.test(text.trim()) ? Number(text.trim()) : null);

function readRow(line: number, fields: string[]): Row | HeadcountRowReason {
  if (fields.length !== headcountHeader.length) return 'columns';
  const [ubn, month, sector, ...numbers] = fields.map((f) => f.trim()) as [string, string, string, ...string[]];
  if (!isUnifiedBusinessNumber(ubn)) return 'ubn';
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return 'month';
  if (sector !== 'public' && sector !== 'private') return 'sector';
  const [insured, severe, other, partTimeHalfWage] = numbers.map(count);
  if (insured == null || severe == null || other == null || partTimeHalfWage == null) return 'count';
  if (severe + other + partTimeHalfWage > insured) return 'more-disabled-than-insured';
  return { line, ubn, month, sector, insured, severe, other, partTimeHalfWage };
}

export function createHeadcountImport(deps: { db: Db; clock: () => Date; employers: EmployersService }) {
  const { db, clock } = deps;

  async function rateFor(on: Queryable, month: string) {
    return (
      await on.query<{ monthly_amount: number; source: string }>(
        'SELECT monthly_amount, source FROM quota_payment_rates WHERE effective_from <= $1 ORDER BY effective_from DESC LIMIT 1',
        [`${month}-01`],
      )
    ).rows[0];
  }

  return {
    async importFile(bytes: Uint8Array, staff: StaffPrincipal | null, requestId: string): Promise<HeadcountImportResult> {
      const decoded = decodeCsv(bytes);
      if (!decoded.ok) return { ok: false, reason: 'encoding-unknown' };
      const records = [...parseCsv(decoded.text)];
      const head = records.shift();
      if (!head || 'error' in head || head.fields.map((f) => f.trim().toLowerCase()).join(',') !== headcountHeader.join(',')) return { ok: false, reason: 'header' };
      if (records.length === 0) return { ok: false, reason: 'empty' };
      const rejected: { line: number; reason: HeadcountRowReason }[] = [];
      const rows: Row[] = [];
      const seen = new Set<string>();
      for (const record of records) {
        if ('error' in record) {
          rejected.push({ line: record.line, reason: 'columns' });
          continue;
        }
        const row = readRow(record.line, record.fields);
        if (typeof row === 'string') rejected.push({ line: record.line, reason: row });
        else if (seen.has(`${row.ubn}/${row.month}`)) rejected.push({ line: record.line, reason: 'duplicate' });
        else {
          seen.add(`${row.ubn}/${row.month}`);
          rows.push(row);
        }
      }
      return db.transaction(async (tx) => {
        let imported = 0;
        let noticesIssued = 0;
        const months = new Set<string>();
        const importId = (
          await tx.query<{ id: string }>(
            `INSERT INTO quota_headcount_imports (file_sha256, rows_imported, rows_rejected, notices_issued, created_by, created_at)
             VALUES ($1, 0, 0, 0, $2, $3) RETURNING id`,
            [createHash('sha256').update(bytes).digest('hex'), staff?.id ?? null, clock()],
          )
        ).rows[0]!.id;
        for (const row of rows) {
          const employer = await deps.employers.byUbnIn(tx, row.ubn);
          if (!employer) {
            rejected.push({ line: row.line, reason: 'employer-unknown' });
            continue;
          }
          const employerId = employer.id;
          const month = `${row.month}-01`;
          await deps.employers.recordHeadcountIn(tx, employerId, month, row.insured);
          await tx.query(
            `INSERT INTO quota_employer_months (employer_id, month, sector, disabled_severe, disabled_other, disabled_part_time_half_wage, source, updated_by, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
             ON CONFLICT (employer_id, month) DO UPDATE SET sector = EXCLUDED.sector, disabled_severe = EXCLUDED.disabled_severe,
               disabled_other = EXCLUDED.disabled_other, disabled_part_time_half_wage = EXCLUDED.disabled_part_time_half_wage,
               source = EXCLUDED.source, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at`,
            [employerId, month, row.sector, row.severe, row.other, row.partTimeHalfWage, `勞保投保資料匯入 ${importId}`, staff?.id ?? null, clock()],
          );
          imported += 1;
          months.add(row.month);
          // The same arithmetic as the public calculator and the obligations list.
          const result = calculateDisabilityQuota({
            sector: row.sector,
            employees: row.insured,
            disabledEmployees: { severe: row.severe, other: row.other, partTimeHalfWage: row.partTimeHalfWage },
            month: row.month,
          });
          const rate = await rateFor(tx, row.month);
          if (result.shortfall > 0 && rate) {
            await tx.query(
              `INSERT INTO quota_payment_notices (employer_id, month, required, counted, shortfall, monthly_amount, amount, source, article, import_id, issued_at, employer_name, employer_ubn)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
               ON CONFLICT (employer_id, month) DO UPDATE SET employer_name = EXCLUDED.employer_name, employer_ubn = EXCLUDED.employer_ubn, required = EXCLUDED.required, counted = EXCLUDED.counted, shortfall = EXCLUDED.shortfall,
                 monthly_amount = EXCLUDED.monthly_amount, amount = EXCLUDED.amount, source = EXCLUDED.source, article = EXCLUDED.article,
                 import_id = EXCLUDED.import_id, issued_at = EXCLUDED.issued_at`,
              [employerId, month, result.requiredCount, result.countedCount, result.shortfall, rate.monthly_amount, result.shortfall * rate.monthly_amount, rate.source, paymentArticle, importId, clock(), employer.name, row.ubn],
            );
            noticesIssued += 1;
          } else {
            // Met the quota on a corrected file: the month's notice no longer stands.
            await tx.query('DELETE FROM quota_payment_notices WHERE employer_id = $1 AND month = $2', [employerId, month]);
          }
        }
        rejected.sort((a, b) => a.line - b.line);
        await tx.query('UPDATE quota_headcount_imports SET rows_imported = $2, rows_rejected = $3, notices_issued = $4 WHERE id = $1', [importId, imported, rejected.length, noticesIssued]);
        await recordAudit(tx, {
          actor: staff ? { id: staff.id, username: staff.username } : null,
          action: 'quota.headcounts.import', recordType: 'quota-import', recordId: importId, requestId,
          details: { imported, rejected: rejected.length, noticesIssued },
        });
        return { ok: true as const, id: importId, imported, rejected, noticesIssued, months: [...months].sort() };
      });
    },

    /** The shortfall notices of a month on the list contract, largest amount first. */
    notices(month: string): ListDefinition<NoticeSortKey, NoticeRow> {
      const query = qb
        .selectFrom('quota_payment_notices as n')
        .select([
          'n.id', 'n.employer_id', 'n.employer_name', 'n.employer_ubn', 'n.shortfall', 'n.monthly_amount', 'n.source', 'n.article', 'n.issued_at',
          sql<string>`n.amount::text`.as('amount'),
          sql<string>`to_char(n.month, 'YYYY-MM')`.as('month'),
        ])
        .where('n.month', '=', `${month}-01`);
      return { query: query as never, sortKeys: noticeSortColumns, defaultSort: '-amount', unique: { expression: sql.ref('n.id'), type: 'uuid' } };
    },
  };
}

export type HeadcountImport = ReturnType<typeof createHeadcountImport>;
