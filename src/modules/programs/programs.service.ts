/**
 * @module programs/service
 * One engine for the bureau's programs (ADR 0021): eligibility rule by rule, applications (entered by
 * staff now; the citizen and employer channels call the same `apply`), maker–checker decisions, places
 * and budget that concurrent approvals never overbook, documents, and payments with a second approval.
 */
import type { z } from '@hono/zod-openapi';
import { sql } from 'kysely';
import type { Db, Queryable } from '../../db/client.ts';
import type { JsonValue } from '../../db/database.ts';
import { qb } from '../../db/query.ts';
import { AppError } from '../../shared/errors.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import type { ListDefinition } from '../../shared/http/list.ts';
import { isLocale, type Locale } from '../../shared/i18n/locales.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { maskName } from '../people/identifiers.ts';
import { findPersonByIdNumber, readEligibilityFacts } from '../people/people.facts.ts';
import type { ReferenceData } from '../reference-data/reference-data.ts';
import type { applicationDetail, applicationRequest, ApplicationSortKey, applicationSummary, decisionRequest } from './programs.contract.ts';
import { definitionById, definitionsOn, isOpenOn, periodOf, type Definition } from './programs.definitions.ts';
import { ruleMessage } from './programs.messages.ts';
import { entitledAmount, evaluateRules, type ApplicantFacts, type RuleResult } from './programs.rules.ts';
import type { DecisionNotices } from './programs.notices.ts';
import { openReasonTranslation, registerReasonHandOver, type ReasonTranslations } from './programs.translation.ts';
import { createProgramCatalogue, programGroups } from './programs.catalogue.ts';
import { createProgramDocuments } from './programs.documents.ts';
import { createPaymentApproval } from './programs.payment-approval.ts';
import { createEscalation } from './programs.escalate.ts';
import type { AccountPrincipal } from '../../shared/http/app-env.ts';
import type { ApplicationRow } from './programs.rows.ts';
import { placementFacts, readsEmploymentEvidence, withoutReadEvidence, type EmploymentEvidenceSource } from './youth-incentive.evidence.ts';

export { ownsApplication, sniffMediaType } from './programs.documents.ts';

/** The consent purpose under which a person's stored special groups may be used for programs. */
export const programsConsentPurpose = 'programs-eligibility';

const actorOf = (staff: StaffPrincipal | null) => (staff ? { id: staff.id, username: staff.username } : null);


export type ProgramsDeps = {
  db: Db;
  referenceData: ReferenceData;
  clock: () => Date;
  /**
   * The decision notice (programs.notices.ts): written to the notifications outbox in the decision's
   * transaction. Absent in tools that only load data; the app always passes it.
   */
  notices?: DecisionNotices;
  /** The employment module's placements read model, for the rules that read it (ADR 0041). */
  employmentEvidence?: EmploymentEvidenceSource;
  /** The reason's translation for an applicant who filed in another language (programs.translation.ts). */
  translations?: ReasonTranslations;
};

export function createProgramsService({ db, referenceData, clock, notices, employmentEvidence, translations }: ProgramsDeps) {
  if (translations) registerReasonHandOver({ db, translations, notices, clock });
  const timeZone = referenceData.city.bureau.timeZone;
  const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const today = () => dayFormat.format(clock());

  const districtName = (code: string, locale: Locale) => {
    return referenceData.districtName(code, locale) ?? code;
  };

  async function evaluate(on: Queryable, definition: Definition, facts: ApplicantFacts, locale: Locale, date: string) {
    const rules = evaluateRules(definition.rules, facts, {
      on: date,
      locale,
      isCityDistrict: (code) => referenceData.isDistrictCode(code),
      districtName,
      programGroups: await programGroups(on, definition.code, locale),
    });
    return { eligible: rules.every((rule) => rule.passed), rules };
  }

  async function inForce(on: Queryable, code: string, date: string): Promise<Definition> {
    const [definition] = await definitionsOn(on, date, code);
    if (!definition) throw new AppError('NOT_FOUND');
    return definition;
  }

  async function staffName(on: Queryable, id: string | null): Promise<string | null> {
    if (!id) return null;
    const row = (await on.query<{ display_name: string }>('SELECT display_name FROM staff_users WHERE id = $1', [id])).rows[0];
    return row?.display_name ?? null;
  }

  async function addEvent(tx: Queryable, applicationId: string, kind: string, status: string, actor: StaffPrincipal | null) {
    await tx.query(
      'INSERT INTO program_application_events (application_id, occurred_at, kind, status, actor_id) VALUES ($1, $2, $3, $4, $5)',
      [applicationId, clock(), kind, status, actor?.id ?? null],
    );
  }

  const catalogue = createProgramCatalogue({ db, today, districtName });

  return {
    today,
    ...catalogue,
    ...createProgramDocuments({ db, clock, addEvent }),
    ...createPaymentApproval({ db, clock, addEvent }),
    ...createEscalation({ db, clock, addEvent, notices }),

    /** One application's person, program and status, for the cases module's financial-aid plan items. */
    async applicationOf(id: string): Promise<{ id: string; personId: string | null; programCode: string; status: string } | undefined> {
      if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return undefined;
      const row = (
        await db.query<{ id: string; person_id: string | null; program_code: string; status: string }>(
          'SELECT id, person_id, program_code, status FROM program_applications WHERE id = $1',
          [id],
        )
      ).rows[0];
      return row ? { id: row.id, personId: row.person_id, programCode: row.program_code, status: row.status } : undefined;
    },

    /**
     * A person's awards (the 勞工藝級棒 skills award and other `award` programs) that were granted, for the
     * worker's career record (issue 9 §2): read here, never copied there.
     */
    async awardsOfPerson(personId: string): Promise<{ applicationId: string; names: Record<string, string>; decidedAt: Date }[]> {
      const { rows } = await db.query<{ id: string; names: Record<string, string>; decided_at: Date }>(
        `SELECT a.id, d.names, a.decided_at FROM program_applications a JOIN program_definitions d ON d.id = a.definition_id
         WHERE a.person_id = $1 AND d.kind = 'award' AND a.status IN ('approved', 'paid') AND a.decided_at IS NOT NULL
         ORDER BY a.decided_at, a.id`,
        [personId],
      );
      return rows.map((r) => ({ applicationId: r.id, names: r.names, decidedAt: r.decided_at }));
    },

    /** The rule-by-rule result on facts the caller states (no record is read or written). */
    async checkEligibility(code: string, facts: ApplicantFacts, locale: Locale) {
      const definition = await inForce(db, code, today());
      return evaluate(db, definition, facts, locale, today());
    },

    /**
     * Files an application. The applicant's records (birth date, district; special groups only with consent)
     * are read in the same transaction and merged under the entered evidence; the result of every rule is
     * kept on the application with the version of the definition it was run on.
     */
    async apply(
      staff: StaffPrincipal | null,
      code: string,
      input: z.infer<typeof applicationRequest>,
      options: { channel: 'staff' | 'citizen' | 'employer'; locale: Locale; requestId: string; account?: AccountPrincipal },
    ): Promise<{ id: string }> {
      const date = today();
      // Staff name exactly one applicant, a person or an employer; an account is its own applicant.
      if (Boolean(input.personId || input.personIdNumber) === Boolean(input.employerId)) {
        throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'personId', code: 'custom', message: 'validation.programs.applicant' }] });
      }
      const actor = staff ? actorOf(staff) : options.account ? { id: options.account.id, username: `account:${options.account.kind}` } : null;
      input = { ...input, facts: withoutReadEvidence(input.facts) };
      // Evidence another module owns is read before our transaction (ADR 0007: never its service inside it).
      let readEvidence: ApplicantFacts = {};
      const [current] = await definitionsOn(db, date, code);
      if (current && readsEmploymentEvidence(current) && employmentEvidence) {
        const personId = input.personId ?? (input.personIdNumber ? await findPersonByIdNumber(db, input.personIdNumber) : undefined);
        if (personId) readEvidence = placementFacts(await employmentEvidence(personId));
      }
      return db.transaction(async (tx) => {
        const definition = await inForce(tx, code, date);
        if (!isOpenOn(definition, date)) throw new AppError('PROGRAM_CLOSED');
        if (!input.personId && input.personIdNumber) {
          const found = await findPersonByIdNumber(tx, input.personIdNumber);
          if (!found) {
            throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'personIdNumber', code: 'custom', message: 'validation.programs.personUnknown' }] });
          }
          input = { ...input, personId: found };
        }
        if (staff && !staff.roles.some((role) => definition.makerRoles.includes(role))) throw new AppError('FORBIDDEN');
        if ((definition.applicantKind === 'person') !== Boolean(input.personId)) {
          throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'personId', code: 'custom', message: 'validation.programs.applicant' }] });
        }
        let facts: ApplicantFacts & { consent?: { purpose: string; givenOn: string } } = { ...input.facts };
        let locale = input.locale ?? options.locale;
        if (input.personId) {
          const record = await readEligibilityFacts(tx, input.personId, { purpose: programsConsentPurpose, on: date });
          if (!record) throw new AppError('NOT_FOUND');
          if (!input.locale && isLocale(record.preferredLocale)) locale = record.preferredLocale;
          // Special groups count only with consent: the stored ones under a consent in force, or the ones
          // entered from the applicant's papers with their consent given on this application.
          const entered = input.specialGroupConsent ? (input.facts.specialGroups ?? []) : [];
          facts = {
            ...input.facts,
            birthDate: record.birthDate ?? input.facts.birthDate ?? null,
            districtCode: record.districtCode ?? input.facts.districtCode ?? null,
            specialGroups: [...new Set([...record.specialGroups, ...entered])],
            ...(input.specialGroupConsent ? { consent: { purpose: `${programsConsentPurpose}:${code}`, givenOn: date } } : {}),
          };
        } else if (!input.specialGroupConsent) {
          facts = { ...facts, specialGroups: [] };
        }
        if (input.personId && readsEmploymentEvidence(definition)) facts = { ...facts, ...readEvidence };
        const result = await evaluate(tx, definition, facts, locale, date);
        const year = Number(date.slice(0, 4));
        const applicant = input.personId ?? input.employerId;
        const received = await tx.query<{ total: number }>(
          `SELECT coalesce(sum(amount_twd), 0)::bigint AS total FROM program_applications
            WHERE program_code = $1 AND quota_year = $2 AND coalesce(person_id, employer_id) = $3 AND status IN ('approved', 'paid')`,
          [code, year, applicant],
        );
        const amount = entitledAmount(definition.entitlement, facts, Number(received.rows[0]?.total ?? 0));
        const submittedAt = clock();
        const due = definition.decisionDays ? new Date(submittedAt.getTime() + definition.decisionDays * 86_400_000) : null;
        let id: string;
        try {
          const inserted = await tx.query<{ id: string }>(
            `INSERT INTO program_applications (program_code, definition_id, applicant_kind, person_id, employer_id, period, quota_year,
               channel, facts, eligibility, eligible, amount_twd, locale, status, submitted_at, decision_due_at, created_by, account_id)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 'submitted', $14, $15, $16, $17) RETURNING id`,
            [
              code, definition.id, definition.applicantKind, input.personId ?? null, input.employerId ?? null, periodOf(definition, date), year,
              options.channel, JSON.stringify(facts), JSON.stringify(result.rules), result.eligible, amount, locale, submittedAt, due, staff?.id ?? null,
              options.account?.id ?? null,
            ],
          );
          id = (inserted.rows[0] as { id: string }).id;
        } catch (error) {
          if ((error as { code?: string }).code === '23505') throw new AppError('DUPLICATE_APPLICATION');
          throw error;
        }
        await addEvent(tx, id, 'submitted', 'submitted', staff);
        await recordAudit(tx, {
          actor,
          action: 'program.apply',
          recordType: 'program_application',
          recordId: id,
          requestId: options.requestId,
          details: { program: code, definitionId: definition.id, channel: options.channel, eligible: result.eligible },
        });
        return { id };
      });
    },

    list(filters: { program?: string | undefined; status?: string | undefined }, locale: Locale): ListDefinition<ApplicationSortKey, ApplicationRow & { applicant_name: string | null; employer_name: string | null; names: JsonValue }> {
      let query = qb
        .selectFrom('program_applications as a')
        .innerJoin('program_definitions as d', 'd.id', 'a.definition_id')
        .leftJoin('people as p', 'p.id', 'a.person_id')
        .leftJoin('employers as e', 'e.id', 'a.employer_id')
        .selectAll('a')
        .select(['d.names', 'p.name as applicant_name', 'e.name as employer_name']);
      if (filters.program) query = query.where('a.program_code', '=', filters.program);
      if (filters.status) query = query.where('a.status', '=', filters.status);
      void locale;
      return {
        query: query as never,
        sortKeys: {
          submittedAt: { expression: sql.ref('a.submitted_at'), type: 'timestamptz' },
          decisionDueAt: { expression: sql.ref('a.decision_due_at'), type: 'timestamptz' },
          status: { expression: sql.ref('a.status'), type: 'text' },
          programCode: { expression: sql.ref('a.program_code'), type: 'text' },
        },
        defaultSort: '-submittedAt' as never,
        unique: { expression: sql.ref('a.id'), type: 'uuid' },
      };
    },

    toSummary(locale: Locale) {
      return (row: ApplicationRow & { applicant_name: string | null; employer_name: string | null; names: JsonValue }): z.infer<typeof applicationSummary> => ({
        id: row.id,
        programCode: row.program_code,
        programName: (row.names as Record<string, string>)[locale] ?? row.program_code,
        // Lists mask a person's name; an employer is named.
        applicant: row.applicant_name ? maskName(row.applicant_name) : (row.employer_name ?? ''),
        status: row.status as z.infer<typeof applicationSummary>['status'],
        eligible: row.eligible,
        amountTwd: row.amount_twd,
        submittedAt: row.submitted_at.toISOString(),
        decisionDueAt: row.decision_due_at?.toISOString() ?? null,
        escalated: row.escalated_at !== null,
      });
    },

    /** One application with its rules, events, documents and payment; the view is audited. */
    async view(staff: StaffPrincipal, id: string, locale: Locale, requestId: string): Promise<z.infer<typeof applicationDetail>> {
      return db.transaction(async (tx) => {
        const row = (
          await tx.query<ApplicationRow & { applicant_name: string | null; employer_name: string | null; names: JsonValue }>(
            `SELECT a.*, d.names, p.name AS applicant_name, e.name AS employer_name FROM program_applications a
               JOIN program_definitions d ON d.id = a.definition_id
               LEFT JOIN people p ON p.id = a.person_id LEFT JOIN employers e ON e.id = a.employer_id
              WHERE a.id = $1`,
            [id],
          )
        ).rows[0];
        if (!row) throw new AppError('NOT_FOUND');
        const events = await tx.query<{ occurred_at: Date; kind: string; status: string; display_name: string | null }>(
          `SELECT v.occurred_at, v.kind, v.status, s.display_name FROM program_application_events v
             LEFT JOIN staff_users s ON s.id = v.actor_id WHERE v.application_id = $1 ORDER BY v.id`,
          [id],
        );
        const documents = await tx.query<{ id: string; document_code: string; file_name: string; media_type: string; byte_size: number }>(
          'SELECT id, document_code, file_name, media_type, byte_size FROM program_application_documents WHERE application_id = $1 ORDER BY uploaded_at',
          [id],
        );
        const payment = (
          await tx.query<{ id: string; amount_twd: number; status: string; prepared_by: string; approved_by: string | null; paid_at: Date | null }>(
            // The latest, when it is paid in parts (one per period).
            'SELECT * FROM program_payments WHERE application_id = $1 ORDER BY prepared_at DESC, id DESC LIMIT 1',
            [id],
          )
        ).rows[0];
        await recordAudit(tx, { actor: actorOf(staff), action: 'program.application.view', recordType: 'program_application', recordId: id, requestId });
        // The rules are shown in the reader's language when it differs from the applicant's: re-worded
        // from the same facts and the same definition version, so the result cannot change.
        let rules = row.eligibility as RuleResult[];
        if (locale !== row.locale) {
          const definition = (await definitionById(tx, row.definition_id)) as Definition;
          rules = (await evaluate(tx, definition, row.facts as ApplicantFacts, locale, row.submitted_at ? dayFormat.format(row.submitted_at) : today())).rules;
        }
        return {
          ...this.toSummary(locale)(row),
          period: row.period,
          channel: row.channel,
          locale: row.locale,
          rules,
          facts: row.facts as Record<string, unknown>,
          createdBy: await staffName(tx, row.created_by),
          decidedBy: await staffName(tx, row.decided_by),
          decisionReason: row.decision_reason,
          callerIsMaker: row.created_by === staff.id,
          callerPreparedPayment: payment?.prepared_by === staff.id,
          events: events.rows.map((e) => ({ at: e.occurred_at.toISOString(), kind: e.kind, status: e.status, actor: e.display_name })),
          documents: documents.rows.map((d) => ({ id: d.id, documentCode: d.document_code, fileName: d.file_name, mediaType: d.media_type, byteSize: d.byte_size })),
          payment: payment
            ? {
                id: payment.id,
                amountTwd: payment.amount_twd,
                status: payment.status as 'prepared' | 'paid',
                preparedBy: (await staffName(tx, payment.prepared_by)) ?? '',
                approvedBy: await staffName(tx, payment.approved_by),
                paidAt: payment.paid_at?.toISOString() ?? null,
              }
            : null,
        };
      });
    },

    /**
     * The checker's decision. The maker never decides their own application; the checker must hold one of
     * the definition's checker roles. An approval commits a place and its amount against the year's quota
     * with one conditional UPDATE: concurrent approvals queue on the quota row, and the one that would go
     * beyond the places or the budget finds no row to update and is refused (PROGRAM_FULL).
     */
    async decide(staff: StaffPrincipal, id: string, input: z.infer<typeof decisionRequest>, requestId: string) {
      // Where the notice goes is read before the transaction (another module's record: the deadlock trap).
      const recipient = notices ? await notices.recipientOf(id) : undefined;
      return db.transaction(async (tx) => {
        const row = (await tx.query<ApplicationRow>('SELECT * FROM program_applications WHERE id = $1 FOR UPDATE', [id])).rows[0];
        if (!row) throw new AppError('NOT_FOUND');
        if (row.created_by === staff.id) throw new AppError('MAKER_CANNOT_CHECK');
        const definition = (await definitionById(tx, row.definition_id)) as Definition;
        if (!staff.roles.some((role) => definition.checkerRoles.includes(role))) throw new AppError('FORBIDDEN');
        if (row.status !== 'submitted') throw new AppError('INVALID_TRANSITION');
        let amount = row.amount_twd;
        if (input.decision === 'approve') {
          if (!row.eligible) throw new AppError('NOT_ELIGIBLE');
          if (amount === null) {
            if (input.amountTwd === undefined) {
              throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'amountTwd', code: 'custom', message: 'validation.programs.amount' }] });
            }
            amount = input.amountTwd;
          }
          const quota = await tx.query(
            `UPDATE program_quotas SET places_committed = places_committed + 1, budget_committed_twd = budget_committed_twd + $3
              WHERE program_code = $1 AND year = $2
                AND (places IS NULL OR places_committed + 1 <= places)
                AND (budget_twd IS NULL OR budget_committed_twd + $3 <= budget_twd)`,
            [row.program_code, row.quota_year, amount],
          );
          if (quota.rowCount === 0) {
            const exists = await tx.query('SELECT 1 FROM program_quotas WHERE program_code = $1 AND year = $2', [row.program_code, row.quota_year]);
            if (exists.rowCount > 0) throw new AppError('PROGRAM_FULL');
          }
        }
        const status = input.decision === 'approve' ? 'approved' : 'rejected';
        await tx.query(
          `UPDATE program_applications SET status = $2, decided_by = $3, decided_at = $4, decision_reason = $5, amount_twd = $6 WHERE id = $1`,
          [id, status, staff.id, clock(), input.reason, amount],
        );
        await addEvent(tx, id, input.decision === 'approve' ? 'approved' : 'rejected', status, staff);
        const translating = await openReasonTranslation(tx, translations, { applicationId: id, locale: row.locale, reason: input.reason });
        if (notices && recipient) {
          await notices.queue(tx, recipient, {
            applicationId: id,
            programName: definition.names,
            decision: input.decision,
            reason: input.reason,
            amountTwd: input.decision === 'approve' ? amount : null,
            decidedOn: today(),
            translating: translating && recipient.locale === row.locale,
          });
          await addEvent(tx, id, 'notice', status, staff);
        }
        await recordAudit(tx, {
          actor: actorOf(staff),
          action: `program.${input.decision}`,
          recordType: 'program_application',
          recordId: id,
          requestId,
          details: { program: row.program_code, amount, translating },
        });
        return { id, status };
      });
    },

    /** The sentence for a state or certificate kind (for pages that show facts). */
    word(locale: Locale, key: string) {
      return ruleMessage(locale, key, {});
    },
  };
}

export type ProgramsService = ReturnType<typeof createProgramsService>;
