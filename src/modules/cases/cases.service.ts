/**
 * @module cases
 * Case management (個案管理; issue 9 §1, ADR 0026): employment cases for vulnerable job seekers (一-3) and the
 * occupational-injury active service (三-2) on one engine. Intake with its referral source and a duplicate
 * check, consent that gates what leaves the bureau, the plan, notes (confidential ones for the manager and
 * the supervisor only), tasks and follow-ups, transfers, closure, an access log of every read, and the
 * caseload dashboard. This file wires the parts and holds intake, the list, the full view and the log.
 */
import type { ProgramsService } from '../programs/programs.service.ts';
import type { z } from '@hono/zod-openapi';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import { qb } from '../../db/query.ts';
import { AppError } from '../../shared/errors.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import type { ListDefinition } from '../../shared/http/list.ts';
import { inScope, registeringUnit, type UnitScope } from '../../shared/scope.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { EmploymentService } from '../employment/employment.service.ts';
import { maskName } from '../people/identifiers.ts';
import type { PeopleService } from '../people/people.service.ts';
import type { ReferenceData } from '../reference-data/reference-data.ts';
import { createCaseload } from './cases.caseload.ts';
import { consentHolds, type ConsentRow } from './cases.consent.ts';
import type { caseRecord, caseSummary, CaseSortKey, consentInput, createCaseRequest } from './cases.contract.ts';
import { actorOf, handledCase, isSupervisor, mayHandle, mayReadConfidential, visibleCase, type CaseRow, type CasesContext } from './cases.core.ts';
import { createCaseDisclosures } from './cases.disclosures.ts';
import { createCaseTransfers } from './cases.transfers.ts';
import { createCaseWork } from './cases.work.ts';
import { tableReference } from '../audit/audit.references.ts';

type ListRow = CaseRow & { person_name: string; manager_name: string };

const consentInvalid = (field: string) =>
  new AppError('VALIDATION_FAILED', { fieldIssues: [{ field, code: 'custom', message: 'validation.case_consent_dates' }] });

export function createCasesService(deps: {
  db: Db;
  clock: () => Date;
  referenceData: ReferenceData;
  people: PeopleService;
  employment: EmploymentService;
  audit: AuditService;
  /** The programs module, for financial-aid plan items that point at an application. */
  programs?: Pick<ProgramsService, 'applicationOf'>;
}) {
  const { db, clock } = deps;
  const timeZone = deps.referenceData.city.bureau.timeZone;
  // The bureau's calendar day: consents expire, and tasks fall due, at local midnight.
  const today = () => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(clock());
  const ctx: CasesContext = { db, clock, today };

  /** A consent as given: not in the future, and running out after today (400 naming the field otherwise). */
  function checkConsent(input: z.infer<typeof consentInput>, field: string) {
    const on = today();
    const givenOn = input.givenOn ?? on;
    if (givenOn > on) throw consentInvalid(`${field}givenOn`);
    if (input.expiresOn <= on || input.expiresOn <= givenOn) throw consentInvalid(`${field}expiresOn`);
    return { ...input, givenOn };
  }

  async function insertConsent(tx: { query: Db['query'] }, caseId: string, staff: StaffPrincipal, consent: ReturnType<typeof checkConsent>) {
    const inserted = await tx.query<{ id: string }>(
      `INSERT INTO case_consents (case_id, purpose, scope, given_on, expires_on, recorded_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [caseId, consent.purpose, consent.scope, consent.givenOn, consent.expiresOn, staff.id, clock()],
    );
    return (inserted.rows[0] as { id: string }).id;
  }

  const work = createCaseWork({ ...ctx, employment: deps.employment, ...(deps.programs ? { programs: deps.programs } : {}) });
  const disclosures = createCaseDisclosures(ctx);
  const transfers = createCaseTransfers(ctx);
  const caseload = createCaseload(ctx);

  return {
    today,
    work,
    disclosures,
    transfers,
    caseload,

    /**
     * Intake. The person must exist (people module); one open case of each kind per person, found in every
     * unit and answered with the same bare 409 CASE_DUPLICATE wherever it is. The case belongs to the intake
     * officer's unit and the officer is its manager.
     */
    async create(staff: StaffPrincipal, input: z.infer<typeof createCaseRequest>, requestId: string): Promise<{ id: string }> {
      const consent = input.consent ? checkConsent(input.consent, 'consent.') : undefined;
      if ((await deps.people.summaries([input.personId])).size === 0) throw new AppError('NOT_FOUND');
      const unit = registeringUnit(staff);
      const caseNumber = `${input.kind === 'employment' ? 'E' : 'I'}-${today().replaceAll('-', '')}-${randomBytes(3).toString('hex').toUpperCase()}`;
      const now = clock();
      try {
        return await db.transaction(async (tx) => {
          const open = await tx.query('SELECT 1 FROM cases WHERE person_id = $1 AND kind = $2 AND status = $3 FOR UPDATE', [input.personId, input.kind, 'open']);
          if (open.rowCount > 0) throw new AppError('CASE_DUPLICATE');
          const inserted = await tx.query<{ id: string }>(
            `INSERT INTO cases (case_number, kind, person_id, target_groups, source, source_detail, status, unit_kind, unit_code, manager_id,
               opened_on, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, 'open', $7, $8, $9, $10, $11, $11) RETURNING id`,
            [caseNumber, input.kind, input.personId, input.targetGroups, input.source, input.sourceDetail ?? null, unit.kind, unit.code, staff.id, today(), now],
          );
          const id = (inserted.rows[0] as { id: string }).id;
          if (consent) await insertConsent(tx, id, staff, consent);
          await recordAudit(tx, {
            actor: actorOf(staff),
            action: 'case.create',
            recordType: 'case',
            recordId: id,
            requestId,
            details: { kind: input.kind, source: input.source, withConsent: Boolean(consent) },
          });
          return { id };
        });
      } catch (error) {
        // Two intakes at once: the second meets the partial unique index (both engines say 23505).
        if ((error as { code?: unknown }).code === '23505') throw new AppError('CASE_DUPLICATE');
        throw error;
      }
    },

    /** Cases of the scope, newest first; the person's name masked. */
    list(staff: StaffPrincipal, scope: UnitScope, filters: { status?: string | undefined; kind?: string | undefined; mine?: string | undefined }): ListDefinition<CaseSortKey, ListRow> {
      let query = qb
        .selectFrom('cases as c')
        .innerJoin('people as p', 'p.id', 'c.person_id')
        .innerJoin('staff_users as s', 's.id', 'c.manager_id')
        .selectAll('c')
        .select([
          'p.name as person_name',
          's.display_name as manager_name',
          sql<string>`c.opened_on::text`.as('opened_on'),
          sql<string | null>`c.closed_on::text`.as('closed_on'),
        ])
        .where(inScope(scope, 'c'))
        .$castTo<ListRow>();
      if (filters.status) query = query.where('c.status', '=', filters.status);
      if (filters.kind) query = query.where('c.kind', '=', filters.kind);
      if (filters.mine === 'true') query = query.where('c.manager_id', '=', staff.id);
      return {
        query,
        sortKeys: {
          openedOn: { expression: sql.ref('c.opened_on'), type: 'date' },
          caseNumber: { expression: sql.ref('c.case_number'), type: 'text' },
          status: { expression: sql.ref('c.status'), type: 'text' },
        },
        defaultSort: '-openedOn',
        unique: { expression: sql.ref('c.id'), type: 'uuid' },
      };
    },

    toSummary: (row: ListRow): z.infer<typeof caseSummary> => ({
      id: row.id,
      caseNumber: row.case_number,
      kind: row.kind,
      status: row.status,
      personName: maskName(row.person_name),
      source: row.source,
      unitCode: row.unit_code,
      managerName: row.manager_name,
      openedOn: row.opened_on,
      closedOn: row.closed_on,
    }),

    /**
     * The whole case. Every read is in the case's access log (the audit trail, in the same transaction),
     * saying whether confidential notes were shown.
     */
    async view(staff: StaffPrincipal, id: string, requestId: string): Promise<z.infer<typeof caseRecord>> {
      const person = async (personId: string) => (await deps.people.summaries([personId])).get(personId);
      const result = await db.transaction(async (tx) => {
        const row = await visibleCase(tx, staff, id);
        const confidential = mayReadConfidential(staff, row);
        const on = today();
        const manager = (await tx.query<{ display_name: string }>('SELECT display_name FROM staff_users WHERE id = $1', [row.manager_id])).rows[0];
        const consents = (
          await tx.query<ConsentRow>(
            `SELECT id, purpose, scope, given_on::text AS given_on, expires_on::text AS expires_on, withdrawn_on::text AS withdrawn_on
             FROM case_consents WHERE case_id = $1 ORDER BY given_on, created_at`,
            [id],
          )
        ).rows;
        const notes = (
          await tx.query<{ id: string; body: string; confidential: boolean; author_name: string; created_at: Date }>(
            `SELECT n.id, n.body, n.confidential, s.display_name AS author_name, n.created_at
             FROM case_notes n JOIN staff_users s ON s.id = n.author_id WHERE n.case_id = $1 ORDER BY n.seq`,
            [id],
          )
        ).rows;
        const shown = notes.filter((n) => confidential || !n.confidential);
        const parts = await work.partsOf(tx, id);
        const moves = await transfers.ofCase(tx, id);
        const disclosed = await disclosures.ofCase(tx, id);
        await recordAudit(tx, {
          actor: actorOf(staff),
          action: 'case.view',
          recordType: 'case',
          recordId: id,
          requestId,
          details: { confidentialNotes: confidential ? 'shown' : 'hidden' },
        });
        return { row, confidential, on, manager, consents, shown, hidden: notes.length - shown.length, parts, moves, disclosed };
      });
      const { row } = result;
      const plan = await work.withApplications(result.parts);
      const summary = await person(row.person_id);
      return {
        id: row.id,
        caseNumber: row.case_number,
        kind: row.kind,
        status: row.status,
        person: { id: row.person_id, name: summary?.name ?? '', districtCode: summary?.districtCode ?? null },
        targetGroups: row.target_groups as z.infer<typeof caseRecord>['targetGroups'],
        source: row.source,
        sourceDetail: row.source_detail,
        unit: { kind: row.unit_kind, code: row.unit_code },
        manager: { id: row.manager_id, name: result.manager?.display_name ?? '' },
        openedOn: row.opened_on,
        placedOn: row.placed_on,
        placementEmployer: row.placement_employer,
        closedOn: row.closed_on,
        closureReason: row.closure_reason,
        closureNote: row.closure_note,
        consents: result.consents.map((c) => ({
          id: c.id,
          purpose: c.purpose,
          scope: c.scope,
          givenOn: c.given_on,
          expiresOn: c.expires_on,
          withdrawnOn: c.withdrawn_on,
          valid: consentHolds(c, 'referral', result.on) || consentHolds(c, 'share-notes', result.on),
        })),
        plan,
        notes: result.shown.map((n) => ({ id: n.id, body: n.body, confidential: n.confidential, authorName: n.author_name, createdAt: n.created_at.toISOString() })),
        confidentialNotesHidden: result.hidden,
        // A closed case has nothing overdue: its open follow-ups are no longer anyone's work (as in the caseload).
        tasks: row.status === 'closed' ? result.parts.tasks.map((task) => ({ ...task, overdue: false })) : result.parts.tasks,
        transfers: result.moves,
        disclosures: result.disclosed,
        allowed: { write: mayHandle(staff, row) && row.status === 'open', supervise: isSupervisor(staff), readConfidential: result.confidential },
      };
    },

    /** Records a (further) consent on an open case. */
    async addConsent(staff: StaffPrincipal, id: string, input: z.infer<typeof consentInput>, requestId: string) {
      const consent = checkConsent(input, '');
      await db.transaction(async (tx) => {
        await handledCase(tx, staff, id);
        const consentId = await insertConsent(tx, id, staff, consent);
        await recordAudit(tx, { actor: actorOf(staff), action: 'case.consent', recordType: 'case', recordId: id, requestId, details: { consentId, scope: consent.scope } });
      });
    },

    /**
     * The access log: who read or changed the case, from the audit trail, for supervisors. A unit the caller
     * does not see is a 404 like any other read of the case. Reading the log is itself logged.
     */
    toAccessLogEntry: (row: Parameters<AuditService['toAuditEvent']>[0]) => deps.audit.toAuditEvent(row),

    async accessLog(staff: StaffPrincipal, id: string, requestId: string) {
      await db.transaction(async (tx) => {
        await visibleCase(tx, staff, id);
        await recordAudit(tx, { actor: actorOf(staff), action: 'case.view-access-log', recordType: 'case', recordId: id, requestId });
      });
      return deps.audit.list({ recordType: 'case', recordId: id });
    },
  };
}

export type CasesService = ReturnType<typeof createCasesService>;

/** The audit trail finds a case by its case number (issue 15 §8a). */
export const caseAuditReference = (db: Db) =>
  tableReference(db, { recordType: 'case', table: 'cases', column: 'case_number', pattern: /^[EI]-\d{8}-[0-9A-F]{6}$/i });
