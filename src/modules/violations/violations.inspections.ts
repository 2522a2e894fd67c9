/**
 * The bureau's own inspection results (臨檢結果) in the registry: drafts, their edits with the changed
 * fields audited, and publication, each in one transaction with its audit.
 */
import { sql } from 'kysely';
import type { Db, Queryable } from '../../db/client.ts';
import { qb } from '../../db/query.ts';
import { AppError } from '../../shared/errors.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import type { ListDefinition } from '../../shared/http/list.ts';
import { recordAudit, type AuditActor } from '../audit/audit.service.ts';
import type { InspectionInput, InspectionRecord, InspectionSortKey } from './violations.contract.ts';
import { articleKeys, canonicalLaw, nameKey, normalizeArticle, charPairs } from './violations.normalize.ts';
import { employerNameKey } from '../employers/employers.service.ts';
import { recordColumnList, recordColumns, type RecordRow, taipeiDay, toInspection } from './violations.records.ts';

const actorOf = (staff: StaffPrincipal | null): AuditActor => (staff ? { id: staff.id, username: staff.username } : null);

export function createInspections({
  db,
  clock,
  authority,
  linkEmployers,
}: {
  db: Db;
  clock: () => Date;
  /** The city's name as the registry's authority column holds it (臺中市). */
  authority: string;
  linkEmployers: (tx: Queryable, scope: { recordId: number }) => Promise<void>;
}) {
  return {
    /** The bureau's own inspection results: drafts first, then the latest updated by default. */
    inspectionList(filters: { status?: 'draft' | 'published' | undefined }): ListDefinition<InspectionSortKey, RecordRow> {
      let query = qb.selectFrom('violation_records').select(recordColumnList).where('source', '=', 'bureau-inspection');
      if (filters.status) query = query.where('status', '=', filters.status);
      return {
        query: query.$castTo<RecordRow>(),
        sortKeys: {
          updatedAt: { expression: sql.ref('updated_at'), type: 'timestamptz' },
          announcedOn: { expression: sql.ref('announced_on'), type: 'date' },
          employerName: { expression: sql.ref('employer_name'), type: 'text' },
          decidedOn: { expression: sql.ref('decided_on'), type: 'date' },
        },
        defaultSort: '-updatedAt',
        unique: { expression: sql.ref('id'), type: 'bigint' },
        first: sql<boolean>`status = 'draft'`,
      };
    },

    toInspection,

    async getInspection(id: number): Promise<InspectionRecord> {
      const row = (
        await db.query<RecordRow>(`SELECT ${recordColumns} FROM violation_records WHERE id = $1 AND source = 'bureau-inspection'`, [id])
      ).rows[0];
      if (!row) throw new AppError('NOT_FOUND');
      return toInspection(row);
    },

    /** Records the result of one of the bureau's own inspections as a draft. */
    async createInspection(staff: StaffPrincipal, input: InspectionInput, requestId: string): Promise<InspectionRecord> {
      const now = clock();
      return db.transaction(async (tx) => {
        const values = inspectionValues(input);
        const row = (
          await tx.query<RecordRow>(
            `INSERT INTO violation_records (source, status, authority, employer_name, company_name, responsible_person,
               employer_key, employer_match_key, search_key, search_grams, decided_on, decision_number, law, articles,
               article_keys, violations, fine, disputed, note, created_by, created_at, updated_at)
             VALUES ('bureau-inspection', 'draft', $1, $2, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $18)
             RETURNING ${recordColumns}`,
            [authority, ...inspectionParams(values), staff.id, now],
          )
        ).rows[0] as RecordRow;
        await linkEmployers(tx, { recordId: Number(row.id) });
        await recordAudit(tx, {
          actor: actorOf(staff),
          action: 'violations.inspection.create',
          recordType: 'violation-record',
          recordId: String(row.id),
          requestId,
          details: { employer: values.employerName, law: values.law },
          occurredAt: now,
        });
        return toInspection(row);
      });
    },

    /** Corrects an inspection result, draft or published (a published correction is public at once). */
    async updateInspection(staff: StaffPrincipal, id: number, input: InspectionInput, requestId: string): Promise<InspectionRecord> {
      const now = clock();
      return db.transaction(async (tx) => {
        const before = (
          await tx.query<RecordRow>(
            `SELECT ${recordColumns} FROM violation_records WHERE id = $1 AND source = 'bureau-inspection' FOR UPDATE`,
            [id],
          )
        ).rows[0];
        if (!before) throw new AppError('NOT_FOUND');
        const values = inspectionValues(input);
        const row = (
          await tx.query<RecordRow>(
            `UPDATE violation_records SET employer_name = $2, company_name = $2, responsible_person = $3, employer_key = $4,
               employer_match_key = $5, search_key = $6, search_grams = $7, decided_on = $8, decision_number = $9, law = $10,
               articles = $11, article_keys = $12, violations = $13, fine = $14, disputed = $15, note = $16, updated_at = $17,
               employer_id = CASE WHEN employer_match_key = $5 THEN employer_id END
             WHERE id = $1 RETURNING ${recordColumns}`,
            [id, ...inspectionParams(values), now],
          )
        ).rows[0] as RecordRow;
        await linkEmployers(tx, { recordId: id });
        const changed = changedFields(toInspection(before), toInspection(row));
        await recordAudit(tx, {
          actor: actorOf(staff),
          action: 'violations.inspection.update',
          recordType: 'violation-record',
          recordId: String(id),
          requestId,
          details: { changed, status: row.status },
          occurredAt: now,
        });
        return toInspection(row);
      });
    },

    /** Publishes a draft: from now on it is in the public search, announced on the day given or today. */
    async publishInspection(staff: StaffPrincipal, id: number, announcedOn: string | undefined, requestId: string) {
      const now = clock();
      const day = announcedOn ?? taipeiDay.format(now);
      return db.transaction(async (tx) => {
        const row = (
          await tx.query<RecordRow>(
            `UPDATE violation_records SET status = 'published', announced_on = $2, published_at = $3, updated_at = $3
             WHERE id = $1 AND source = 'bureau-inspection' AND status = 'draft' RETURNING ${recordColumns}`,
            [id, day, now],
          )
        ).rows[0];
        if (!row) {
          const exists = await tx.query(`SELECT 1 FROM violation_records WHERE id = $1 AND source = 'bureau-inspection'`, [id]);
          throw new AppError(exists.rowCount > 0 ? 'CONFLICT' : 'NOT_FOUND');
        }
        await recordAudit(tx, {
          actor: actorOf(staff),
          action: 'violations.inspection.publish',
          recordType: 'violation-record',
          recordId: String(id),
          requestId,
          details: { announcedOn: day },
          occurredAt: now,
        });
        return toInspection(row);
      });
    },
  };
}

function inspectionValues(input: InspectionInput) {
  const employerName = input.employerName.replace(/\s+/g, ' ');
  const person = input.responsiblePerson?.trim() || null;
  const law = canonicalLaw(input.law);
  const articles = input.articles.map(normalizeArticle);
  const searchKey = nameKey(person ? `${employerName} ${person}` : employerName);
  return {
    employerName,
    responsiblePerson: person,
    employerKey: nameKey(employerName),
    employerMatchKey: employerNameKey(employerName),
    searchKey,
    searchGrams: charPairs(searchKey),
    decidedOn: input.decidedOn ?? null,
    decisionNumber: input.decisionNumber || null,
    law,
    articles,
    articleKeys: articleKeys(articles, law),
    violations: input.violations,
    fine: input.fine,
    disputed: input.disputed,
    note: input.note || null,
  };
}

/** The record's written fields in the order of the insert's and the update's $2…$16. */
function inspectionParams(values: ReturnType<typeof inspectionValues>): unknown[] {
  return [
    values.employerName,
    values.responsiblePerson,
    values.employerKey,
    values.employerMatchKey,
    values.searchKey,
    values.searchGrams,
    values.decidedOn,
    values.decisionNumber,
    values.law,
    values.articles,
    values.articleKeys,
    values.violations,
    values.fine,
    values.disputed,
    values.note,
  ];
}

function changedFields(before: InspectionRecord, after: InspectionRecord): string[] {
  const keys = ['employerName', 'responsiblePerson', 'decidedOn', 'decisionNumber', 'law', 'articles', 'violations', 'fine', 'disputed', 'note'] as const;
  return keys.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}
