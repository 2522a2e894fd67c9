/**
 * @module programs/self-service
 * The applicant's own side of the programs engine: a signed-in citizen or employer account files through
 * the same `apply` as staff (channel `citizen` / `employer`), follows its applications and their steps,
 * uploads the documents the definition asks for, and downloads the decision notice. The account is always
 * the applicant: never a parameter.
 */
import type { z } from '@hono/zod-openapi';
import type { Db } from '../../db/client.ts';
import type { JsonValue } from '../../db/database.ts';
import { AppError } from '../../shared/errors.ts';
import type { AccountPrincipal, StaffPrincipal } from '../../shared/http/app-env.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Letterhead } from '../../shared/documents/pdf.ts';
import { isLocale, sourceLocale, type Locale } from '../../shared/i18n/locales.ts';
import type { applicationRequest, DocumentMediaType } from './programs.contract.ts';
import type { ownApplication } from './programs.me-contract.ts';
import { applicationNumber, renderDecisionNoticePdf, type DecisionNotices } from './programs.notices.ts';
import type { RuleResult } from './programs.rules.ts';
import { reasonsOf, type ReasonTranslations } from './programs.translation.ts';
import { ownsApplication, type ProgramsService } from './programs.service.ts';

type OwnRow = {
  id: string;
  program_code: string;
  names: JsonValue;
  documents: JsonValue;
  status: string;
  eligible: boolean;
  eligibility: JsonValue;
  amount_twd: number | null;
  locale: string;
  submitted_at: Date;
  decision_due_at: Date | null;
  decided_at: Date | null;
  decision_reason: string | null;
  account_id: string | null;
  person_id: string | null;
  employer_id: string | null;
  period: string;
};

/** Which applications an account sees: those it filed, and those for its person or its employer. */
function ownWhere(account: AccountPrincipal): { sql: string; params: unknown[] } {
  if (account.kind === 'citizen') {
    return account.personId
      ? { sql: '(a.account_id = $1 OR a.person_id = $2)', params: [account.id, account.personId] }
      : { sql: 'a.account_id = $1', params: [account.id] };
  }
  return account.employerId
    ? { sql: '(a.account_id = $1 OR a.employer_id = $2)', params: [account.id, account.employerId] }
    : { sql: 'a.account_id = $1', params: [account.id] };
}

export function createProgramsSelfService(deps: {
  db: Db;
  programs: ProgramsService;
  notices: DecisionNotices | undefined;
  timeZone: string;
  translations?: ReasonTranslations;
}) {
  const { db, programs } = deps;
  const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: deps.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });

  async function ownRows(account: AccountPrincipal, id?: string): Promise<OwnRow[]> {
    const where = ownWhere(account);
    const params = [...where.params, ...(id ? [id] : [])];
    const { rows } = await db.query<OwnRow>(
      `SELECT a.id, a.program_code, d.names, d.documents, a.status, a.eligible, a.eligibility, a.amount_twd, a.locale, a.submitted_at,
              a.decision_due_at, a.decided_at, a.decision_reason, a.account_id, a.person_id, a.employer_id, a.period
         FROM program_applications a JOIN program_definitions d ON d.id = a.definition_id
        WHERE ${where.sql}${id ? ` AND a.id = $${params.length}` : ''}
        ORDER BY a.submitted_at DESC, a.id`,
      params,
    );
    return rows;
  }

  async function toOwn(rows: OwnRow[], locale: Locale): Promise<z.infer<typeof ownApplication>[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const events = await db.query<{ application_id: string; occurred_at: Date; kind: string; status: string }>(
      // Steps only: who at the bureau did them stays with the bureau.
      'SELECT application_id, occurred_at, kind, status FROM program_application_events WHERE application_id = ANY($1) ORDER BY id',
      [ids],
    );
    const documents = await db.query<{ id: string; application_id: string; document_code: string; file_name: string; byte_size: number }>(
      'SELECT id, application_id, document_code, file_name, byte_size FROM program_application_documents WHERE application_id = ANY($1) ORDER BY uploaded_at',
      [ids],
    );
    const reasons = await reasonsOf(db, deps.translations, rows);
    return rows.map((row) => {
      const names = row.names as Record<string, string>;
      const wanted = row.documents as { code: string; names: Record<string, string>; required: boolean; mediaTypes: DocumentMediaType[]; maxBytes: number }[];
      return {
        id: row.id,
        number: applicationNumber(row.id),
        programCode: row.program_code,
        programName: names[locale] ?? names[sourceLocale] ?? row.program_code,
        status: row.status as z.infer<typeof ownApplication>['status'],
        eligible: row.eligible,
        // The rules as they were worded for the applicant when filed (the language of the application).
        rules: (row.eligibility as RuleResult[]).map((r) => ({ code: r.code, kind: r.kind, passed: r.passed, message: r.message })),
        amountTwd: row.amount_twd,
        submittedAt: row.submitted_at.toISOString(),
        decisionDueAt: row.decision_due_at?.toISOString() ?? null,
        decidedAt: row.decided_at?.toISOString() ?? null,
        decisionReason: row.decision_reason,
        decisionReasonText: reasons.get(row.id) ?? null,
        steps: events.rows.filter((e) => e.application_id === row.id).map((e) => ({ kind: e.kind, status: e.status, at: e.occurred_at.toISOString() })),
        requiredDocuments: wanted.map((d) => ({ code: d.code, name: d.names[locale] ?? d.names[sourceLocale] ?? d.code, required: d.required, mediaTypes: d.mediaTypes, maxBytes: d.maxBytes })),
        documents: documents.rows
          .filter((d) => d.application_id === row.id)
          .map((d) => ({ id: d.id, documentCode: d.document_code, fileName: d.file_name, byteSize: d.byte_size })),
        noticeAvailable: row.decided_at !== null && (row.status === 'approved' || row.status === 'rejected' || row.status === 'paid'),
      };
    });
  }

  return {
    /** Files for the account: its person (citizen) or its employer; the definition says which it needs. */
    async apply(account: AccountPrincipal, code: string, input: z.infer<typeof applicationRequest>, locale: Locale, requestId: string) {
      if (input.personId || input.personIdNumber || input.employerId) {
        throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'personId', code: 'custom', message: 'validation.programs.ownApplicant' }] });
      }
      let applicant: { personId: string } | { employerId: string };
      if (account.kind === 'citizen') {
        if (!account.personId) throw new AppError('ACCOUNT_NOT_LINKED');
        applicant = { personId: account.personId };
      } else {
        if (!account.employerId) throw new AppError('FORBIDDEN');
        applicant = { employerId: account.employerId };
      }
      return programs.apply(null, code, { ...input, ...applicant }, { channel: account.kind, locale, requestId, account });
    },

    async list(account: AccountPrincipal, locale: Locale) {
      return toOwn(await ownRows(account), locale);
    },

    async one(account: AccountPrincipal, id: string, locale: Locale) {
      const [row] = await toOwn(await ownRows(account, id), locale);
      if (!row) throw new AppError('NOT_FOUND');
      return row;
    },

    async upload(account: AccountPrincipal, id: string, file: { documentCode: string; fileName: string; content: Uint8Array }, requestId: string) {
      return programs.storeDocument({ account }, id, { ...file, mediaType: null }, requestId, 'file');
    },

    /** The decision notice as a PDF, for the applicant (their own) or for staff; in the application's language unless asked. */
    async noticePdf(
      who: { account: AccountPrincipal } | { staff: StaffPrincipal; requestId: string },
      id: string,
      letterhead: Letterhead,
      locale?: Locale,
    ): Promise<{ bytes: Uint8Array<ArrayBuffer>; fileName: string }> {
      if (!deps.notices) throw new AppError('NOT_FOUND');
      const row = (
        await db.query<OwnRow & { applicant_name: string | null; employer_name: string | null }>(
          `SELECT a.*, d.names, d.documents, p.name AS applicant_name, e.name AS employer_name FROM program_applications a
             JOIN program_definitions d ON d.id = a.definition_id
             LEFT JOIN people p ON p.id = a.person_id LEFT JOIN employers e ON e.id = a.employer_id
            WHERE a.id = $1`,
          [id],
        )
      ).rows[0];
      if (!row || ('account' in who && !ownsApplication(who.account, row))) throw new AppError('NOT_FOUND');
      if (!row.decided_at || !['approved', 'rejected', 'paid'].includes(row.status)) throw new AppError('NOT_FOUND');
      // The letter names the applicant: a staff reading of it is a full view, audited.
      if ('staff' in who) {
        await recordAudit(db, { actor: { id: who.staff.id, username: who.staff.username }, action: 'program.notice.view', recordType: 'program_application', recordId: id, requestId: who.requestId });
      }
      const letterLocale = locale ?? (isLocale(row.locale) ? row.locale : sourceLocale);
      const { template, params } = deps.notices.decisionParams(letterLocale, {
        applicationId: row.id,
        programName: row.names as Record<string, string>,
        decision: row.status === 'rejected' ? 'reject' : 'approve',
        reason: row.decision_reason ?? '',
        amountTwd: row.amount_twd,
        decidedOn: dayFormat.format(row.decided_at),
      });
      const bytes = await renderDecisionNoticePdf({ letterhead, addressee: row.applicant_name ?? row.employer_name ?? '', locale: letterLocale, template, params });
      return { bytes, fileName: `program-decision-${applicationNumber(row.id)}.pdf` };
    },
  };
}

export type ProgramsSelfService = ReturnType<typeof createProgramsSelfService>;
