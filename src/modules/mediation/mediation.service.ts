/**
 * @module mediation
 * Labor dispute mediation (勞資爭議調解; issue 11, ADR 0020). An application (online, or entered by
 * staff) becomes a case of a mediation site; the bureau appoints a mediator, who books sessions in the
 * site's rooms; both parties are notified; the outcome closes the case. The parties are personal data:
 * they live in mediation_parties, are never joined into a list (the applicant's name is masked there),
 * and are read in full only by the case's own mediator or a supervisor, each reading audited.
 */
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db, Queryable } from '../../db/client.ts';
import { qb } from '../../db/query.ts';
import { AppError } from '../../shared/errors.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import type { ListDefinition, SortColumn } from '../../shared/http/list.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { translate } from '../../shared/i18n/translate.ts';
import { assertUnitVisible, inScope, type UnitScope } from '../../shared/scope.ts';
import { hasPermission } from '../access/permissions.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { newSecret, newTrackingCode } from '../complaints/complaints.codes.ts';
import { localDate } from '../complaints/complaints.workflow.ts';
import type { EmployersService } from '../employers/employers.service.ts';
import { maskName } from '../people/identifiers.ts';
import type { ReferenceData } from '../reference-data/reference-data.ts';
import { districtInAddress, proposeMediationSite, type CaseStatus, type MediationApplicationInput, type MediationSortKey, type Outcome } from './mediation.contract.ts';
import { caseDeadlines, isOverdue, periodEnd, type BureauCalendar, type CaseDates, type Route } from './mediation.deadlines.ts';
import { createCommitteeSteps } from './mediation.committee.ts';
import { createMediationPayments } from './mediation.payments.ts';
import { createMediationReminders, type StaffContacts } from './mediation.reminders.ts';
import { mediationStatistics, statisticsWhere } from './mediation.statistics.ts';
import { renderMediationRecordPdf } from './mediation.record.ts';
import { createMediationScheduling, type NoticeSender } from './mediation.sessions.ts';
import { registerRemarkHandOvers, remarkFor, type RemarkTranslations } from './mediation.translation.ts';
import type { Letterhead } from '../../shared/documents/pdf.ts';
import type { JobsService } from '../../shared/jobs/jobs.service.ts';
import { isLocale } from '../../shared/i18n/locales.ts';
import { tableReference } from '../audit/audit.references.ts';
import { missedDeadlineBy } from './mediation.queue.ts';

export type RequestMeta = { requestId: string; locale: Locale };

export type CaseRow = {
  id: string;
  case_number: string;
  status: CaseStatus;
  route: Route;
  dispute_type: 'rights' | 'adjustment';
  channel: 'online' | 'staff';
  unit_code: string;
  summary: string;
  origin_kind: 'complaint' | 'visit' | 'consultation' | null;
  origin_ref: string | null;
  received_at: Date;
  received_on: string;
  appointed_on: string | null;
  started_on: string | null;
  proposal_on: string | null;
  mediator_id: string | null;
  mediator_name: string | null;
  mediator_user: string | null;
  duplicate_number: string | null;
  outcome: Outcome | null;
  outcome_on: string | null;
  agreed_amount: number | null;
  respondent_name: string;
  applicant_name: string;
  claim_total: number;
  notified_on: string | null;
  members_on: string | null;
  investigator_on: string | null;
  report_on: string | null;
  meeting_on: string | null;
  meeting_extension_reason: string | null;
  special_circumstance: string | null;
  district_code: string | null;
  district_source: 'chosen' | 'address' | null;
};

const iso = (value: Date) => new Date(value).toISOString();

/** The case's rows as lists show them: the respondent's name, the applicant's only masked (in toSummary). */
const caseQuery = () =>
  qb
    .selectFrom('mediation_cases as m')
    .innerJoin('mediation_parties as r', (join) => join.onRef('r.case_id', '=', 'm.id').on('r.role', '=', 'respondent'))
    .innerJoin('mediation_parties as a', (join) => join.onRef('a.case_id', '=', 'm.id').on('a.role', '=', 'applicant'))
    .leftJoin('mediators as med', 'med.id', 'm.mediator_id')
    .leftJoin('mediation_cases as d', 'd.id', 'm.duplicate_of')
    .select([
      'm.id', 'm.case_number', 'm.status', 'm.route', 'm.dispute_type', 'm.channel', 'm.unit_code', 'm.summary', 'm.origin_kind', 'm.origin_ref',
      'm.received_at', 'm.received_on', 'm.appointed_on', 'm.started_on', 'm.proposal_on', 'm.mediator_id',
      'med.name as mediator_name', 'med.staff_user_id as mediator_user', 'd.case_number as duplicate_number',
      'm.outcome', 'm.outcome_on', 'm.agreed_amount', 'r.name as respondent_name', 'a.name as applicant_name',
      'm.notified_on', 'm.members_on', 'm.investigator_on', 'm.report_on', 'm.meeting_on', 'm.meeting_extension_reason', 'm.special_circumstance',
      'm.district_code', 'm.district_source',
    ])
    .select(sql<number>`(SELECT coalesce(sum(amount), 0)::int FROM mediation_claims c WHERE c.case_id = m.id)`.as('claim_total'))
    .$castTo<CaseRow>();

const sortColumns = {
  receivedAt: { expression: sql.ref('m.received_at'), type: 'timestamptz' },
  caseNumber: { expression: sql.ref('m.case_number'), type: 'text' },
  status: { expression: sql.ref('m.status'), type: 'text' },
  siteCode: { expression: sql.ref('m.unit_code'), type: 'text' },
  appointDueOn: { expression: sql.ref('m.appoint_due_on'), type: 'date' },
} satisfies Record<MediationSortKey, SortColumn>;

export function hashSecret(secret: string): string {
  return createHash('sha256').update(`mediation-secret:${secret.toUpperCase().replace(/[^0-9A-Z]/g, '')}`).digest('hex');
}

/**
 * The same parties and claims: the applicant (ID number, else name and contact), the respondent (UBN,
 * else name) and the set of claim kinds. Hashed, so the key itself carries no personal data.
 */
export function duplicateKey(input: MediationApplicationInput): string {
  const squash = (value: string | undefined) => (value ?? '').normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  const applicant = input.applicant.idNumber ? squash(input.applicant.idNumber) : `${squash(input.applicant.name)}|${squash(input.applicant.phone ?? input.applicant.email)}`;
  const respondent = input.respondent.ubn ? squash(input.respondent.ubn) : squash(input.respondent.name).replaceAll('台', '臺');
  const kinds = [...new Set(input.claims.map((c) => c.kind))].sort().join(',');
  return createHash('sha256').update(`${applicant}\n${respondent}\n${kinds}`).digest('hex');
}

export function createMediationService(deps: {
  db: Db;
  referenceData: ReferenceData;
  clock: () => Date;
  employers: EmployersService;
  notices: NoticeSender;
  /** Where the public web app is served: the record links e-mailed to the parties point there. */
  publicBaseUrl?: string;
  /** The remarks' translations for parties who read another language (mediation.translation.ts). */
  translations?: RemarkTranslations;
  /** The access module's contacts read model: staff deadline reminders are sent only with it (ADR 0042). */
  staff?: StaffContacts;
}) {
  const { db, referenceData, clock } = deps;
  if (deps.translations) registerRemarkHandOvers({ db, translations: deps.translations, notices: deps.notices, referenceData });
  const { timeZone } = referenceData.city.bureau;
  const today = () => localDate(clock(), timeZone);
  const siteCodes = new Set(referenceData.city.mediationSites.map((s) => s.code));

  async function loadCalendar(on: Queryable = db): Promise<BureauCalendar> {
    const rows = (await on.query<{ day: string; is_open: boolean }>('SELECT day::text AS day, is_open FROM mediation_calendar_days')).rows;
    return {
      closedDays: new Set(rows.filter((r) => !r.is_open).map((r) => r.day)),
      openSaturdaysAndSundays: new Set(rows.filter((r) => r.is_open).map((r) => r.day)),
    };
  }

  function invalid(locale: Locale, field: string, message: string): AppError {
    return new AppError('VALIDATION_FAILED', { fieldIssues: [{ field, code: 'custom', message: translate(locale, message, {}) }] });
  }

  function datesOf(row: CaseRow): CaseDates {
    const dates: CaseDates = { receivedOn: row.received_on, appointedOn: row.appointed_on, startedOn: row.started_on, proposalOn: row.proposal_on };
    if (row.route !== 'committee') return dates;
    return {
      ...dates,
      committee: {
        notifiedOn: row.notified_on, membersOn: row.members_on, investigatorOn: row.investigator_on, reportOn: row.report_on,
        meetingExtended: row.meeting_extension_reason !== null, meetingOn: row.meeting_on,
      },
    };
  }

  function deadlinesOf(row: CaseRow, calendar: BureauCalendar, day: string) {
    return caseDeadlines(datesOf(row), calendar).map((d) => ({ ...d, overdue: row.outcome === null && isOverdue(d, day) }));
  }

  function toSummary(row: CaseRow, calendar: BureauCalendar, day: string) {
    return {
      id: row.id,
      caseNumber: row.case_number,
      status: row.status,
      route: row.route,
      disputeType: row.dispute_type,
      siteCode: row.unit_code,
      respondentName: row.respondent_name,
      applicantName: maskName(row.applicant_name),
      claimTotal: Number(row.claim_total),
      receivedAt: iso(row.received_at),
      mediatorName: row.mediator_name,
      duplicateOf: row.duplicate_number,
      outcome: row.outcome,
      deadlines: deadlinesOf(row, calendar, day),
    };
  }

  /** The site the city file's table proposes for the party's district, with why (the staff booking shows it). */
  function nearestSiteOf(row: CaseRow) {
    if (!row.district_code || !row.district_source) return null;
    const proposal = proposeMediationSite(referenceData.city, row.district_code);
    return proposal ? { ...proposal, source: row.district_source } : null;
  }

  /** A case by id, or 404 when it does not exist or belongs to a site the staff member may not see. */
  async function visibleCase(staff: StaffPrincipal, id: string, on: Queryable = db): Promise<CaseRow> {
    const compiled = caseQuery().where('m.id', '=', id).compile();
    const row = (await on.query<CaseRow>(compiled.sql, compiled.parameters)).rows[0];
    if (!row) throw new AppError('NOT_FOUND');
    assertUnitVisible(staff, { kind: 'mediation-site', code: row.unit_code });
    return row;
  }

  /** The supervisor (who appoints) sees every party; a mediator only those of the cases they mediate. */
  const mayReadParties = (staff: StaffPrincipal, row: CaseRow) =>
    hasPermission(staff.roles, 'mediation.assign') || (row.mediator_user !== null && row.mediator_user === staff.id);

  /** The 調解紀錄 of a closed case to one party, in that party's language (the caller audits it). */
  async function recordCopy(tx: Queryable, row: CaseRow, role: 'applicant' | 'respondent', letterhead: Letterhead) {
    const parties = (await tx.query<{ role: string; name: string; locale: string }>('SELECT role, name, locale FROM mediation_parties WHERE case_id = $1', [row.id])).rows;
    const claims = (await tx.query<{ kind: string; amount: number | null }>('SELECT kind, amount FROM mediation_claims WHERE case_id = $1 ORDER BY position', [row.id])).rows;
    const party = parties.find((p) => p.role === role);
    if (!party || row.outcome === null || row.outcome_on === null) throw new AppError('NOT_FOUND');
    const remarksText = (await tx.query<{ record_remarks: string | null }>('SELECT record_remarks FROM mediation_cases WHERE id = $1', [row.id])).rows[0]?.record_remarks ?? null;
    const remarks = await remarkFor(tx, deps.translations, { recordType: 'mediation-record', recordId: row.id, text: remarksText, locale: party.locale });
    return {
      fileName: `${row.case_number}-record-${role}.pdf`,
      bytes: await renderMediationRecordPdf({
        letterhead,
        issuedOn: today(),
        locale: isLocale(party.locale) ? party.locale : 'zh-TW',
        record: {
          caseNumber: row.case_number, role,
          applicantName: parties.find((p) => p.role === 'applicant')?.name ?? '',
          respondentName: parties.find((p) => p.role === 'respondent')?.name ?? '',
          disputeType: row.dispute_type,
          claims: claims.map((c) => ({ kind: c.kind, ...(c.amount === null ? {} : { amount: Number(c.amount) }) })),
          mediatorName: row.mediator_name,
          outcome: row.outcome,
          outcomeOn: row.outcome_on,
          agreedAmount: row.agreed_amount === null ? null : Number(row.agreed_amount),
          remarks: remarks ? { text: remarks.text, pending: remarks.translation === 'pending' } : null,
        },
      }),
    };
  }

  const scheduling = createMediationScheduling({
    db, referenceData, clock, notices: deps.notices, loadCalendar, visibleCase, mayReadParties, today,
    publicBaseUrl: deps.publicBaseUrl ?? 'http://localhost:3000', translations: deps.translations,
  });

  const committee = createCommitteeSteps({ db, clock, loadCalendar, visibleCase, today });
  const payments = createMediationPayments({ db, clock, referenceData, notices: deps.notices, visibleCase, mayHandle: mayReadParties, today });
  const reminders = createMediationReminders({
    db, clock, referenceData, notices: deps.notices, staff: deps.staff, today, publicBaseUrl: deps.publicBaseUrl ?? 'http://localhost:3000',
    async openCases(tx) {
      const compiled = caseQuery().where('m.outcome', 'is', null).orderBy('m.received_at').orderBy('m.id').compile();
      const rows = (await tx.query<CaseRow>(compiled.sql, compiled.parameters)).rows;
      const calendar = await loadCalendar(tx);
      return rows.map((row) => ({ id: row.id, case_number: row.case_number, unit_code: row.unit_code, mediator_user: row.mediator_user, deadlines: caseDeadlines(datesOf(row), calendar) }));
    },
  });

  const service = {
    ...scheduling,
    ...committee,
    markPaid: payments.markPaid,
    /** Statistics of the cases received from `from` to `to` (inclusive) in the scope. */
    async statistics(scope: UnitScope, from: string, to: string) {
      const compiled = caseQuery().where(statisticsWhere(scope, from, to)).compile();
      const rows = (await db.query<CaseRow>(compiled.sql, compiled.parameters)).rows;
      return mediationStatistics({ db, rows, datesOf, calendar: await loadCalendar(), today: today(), from, to });
    },
    followUpOverduePayments: payments.followUpOverduePayments,
    reminderSettings: reminders.reminderSettings,
    setReminderSettings: reminders.setReminderSettings,
    sendDeadlineReminders: reminders.sendDeadlineReminders,
    /** The daily follow-up of overdue payments and the staff deadline reminders (the jobs kit, once across instances). */
    async startWorkers(jobs: JobsService) {
      await payments.startWorkers(jobs);
      await reminders.startReminderWorkers(jobs);
    },
    loadCalendar,
    today,
    toSummary,

    /** Registry entries (demo data and tests for now; the registry's staff screens are left, see ADR 0020). */
    async addMediator(input: { name: string; staffUserId?: string; organisation?: string; certificateNumber?: string; certificateValidUntil?: string; languages?: string[] }) {
      const row = await db.query<{ id: string }>(
        `INSERT INTO mediators (name, staff_user_id, organisation, certificate_number, certificate_valid_until, languages, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [input.name, input.staffUserId ?? null, input.organisation ?? null, input.certificateNumber ?? null, input.certificateValidUntil ?? null, input.languages ?? ['zh-TW'], clock()],
      );
      return row.rows[0]!.id;
    },
    /**
     * A conflict of interest the mediator declares with a party, named by UBN (audited). From then on the
     * mediator cannot be appointed to a case with that party (409 MEDIATOR_CONFLICT); a second declaration
     * of the same party is a 409 CONFLICT.
     */
    async declareConflict(staff: StaffPrincipal, mediatorId: string, input: { ubn: string; partyName: string; reason: string; declaredOn: string }, meta: RequestMeta) {
      return db.transaction(async (tx) => {
        if (!(await tx.query('SELECT 1 FROM mediators WHERE id = $1', [mediatorId])).rowCount) throw new AppError('NOT_FOUND');
        const inserted = await tx.query<{ id: string }>(
          `INSERT INTO mediator_conflicts (mediator_id, ubn, party_name, reason, declared_on, created_by, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (mediator_id, ubn) DO NOTHING RETURNING id`,
          [mediatorId, input.ubn, input.partyName, input.reason, input.declaredOn, staff.id, clock()],
        );
        const conflictId = inserted.rows[0]?.id;
        if (!conflictId) throw new AppError('CONFLICT');
        await recordAudit(tx, { actor: { id: staff.id, username: staff.username }, action: 'mediator.conflict.declare', recordType: 'mediator', recordId: mediatorId, requestId: meta.requestId, details: { conflictId } });
        return { id: conflictId };
      });
    },
    async addRoom(input: { siteCode: string; code: string; name: string; capacity: number; phone: string }) {
      if (!siteCodes.has(input.siteCode)) throw new AppError('VALIDATION_FAILED');
      await db.query('INSERT INTO mediation_rooms (site_code, code, name, capacity, phone) VALUES ($1, $2, $3, $4, $5)', [input.siteCode, input.code, input.name, input.capacity, input.phone]);
    },
    async setCalendarDay(input: { day: string; isOpen: boolean; reason: string; source: string }) {
      await db.query(
        `INSERT INTO mediation_calendar_days (day, is_open, reason, source) VALUES ($1, $2, $3, $4)
         ON CONFLICT (day) DO UPDATE SET is_open = EXCLUDED.is_open, reason = EXCLUDED.reason, source = EXCLUDED.source`,
        [input.day, input.isOpen, input.reason, input.source],
      );
    },

    async apply(input: MediationApplicationInput, by: { staff: StaffPrincipal | null; meta: RequestMeta }) {
      if (!siteCodes.has(input.siteCode)) throw invalid(by.meta.locale, 'siteCode', 'validation.mediation_site');
      if (input.districtCode && !referenceData.city.districts.some((d) => d.townCode === input.districtCode)) throw invalid(by.meta.locale, 'districtCode', 'validation.district');
      // The party's district for the nearest-site proposal: as chosen, else as the address names it.
      const addressDistrict = input.districtCode ? undefined : districtInAddress(referenceData.city, input.applicant.address);
      const district = input.districtCode ? { code: input.districtCode, source: 'chosen' } : addressDistrict ? { code: addressDistrict, source: 'address' } : null;
      const employerId = input.respondent.ubn ? await deps.employers.idByUbn(input.respondent.ubn) : null;
      const key = duplicateKey(input);
      const receivedAt = clock();
      const receivedOn = localDate(receivedAt, timeZone);
      const caseNumber = newTrackingCode().replace(/^TC-/, 'MC-');
      const secret = newSecret();
      return db.transaction(async (tx) => {
        const calendar = await loadCalendar(tx);
        const duplicate = (
          await tx.query<{ id: string }>('SELECT id FROM mediation_cases WHERE duplicate_key = $1 AND outcome IS NULL ORDER BY received_at LIMIT 1', [key])
        ).rows[0];
        const row = (
          await tx.query<{ id: string }>(
            `INSERT INTO mediation_cases (case_number, secret_hash, channel, status, dispute_type, unit_kind, unit_code, employer_id, summary,
               origin_kind, origin_ref, duplicate_key, duplicate_of, received_at, received_on, appoint_due_on, created_by, updated_at, route, district_code, district_source)
             VALUES ($1, $2, $3, 'received', $4, 'mediation-site', $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $12, $16, $17, $18) RETURNING id`,
            [
              caseNumber, hashSecret(secret), by.staff ? 'staff' : 'online', input.disputeType, input.siteCode, employerId, input.summary,
              input.origin?.kind ?? null, input.origin?.ref ?? null, key, duplicate?.id ?? null, receivedAt, receivedOn,
              // Art. 12 para. 1's 3 days run on the mediator route only; the committee route starts with the notice (Art. 14).
              input.route === 'committee' ? null : periodEnd(receivedOn, 3, calendar), by.staff?.id ?? null, input.route,
              district?.code ?? null, district?.source ?? null,
            ],
          )
        ).rows[0] as { id: string };
        for (const [role, party] of [['applicant', input.applicant], ['respondent', input.respondent]] as const) {
          await tx.query(
            `INSERT INTO mediation_parties (case_id, role, kind, name, id_number, phone, email, address, locale)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
            [row.id, role, party.kind, party.name, party.idNumber ?? ('ubn' in party ? (party.ubn ?? null) : null), party.phone ?? null,
              party.email ?? null, party.address ?? null, party.locale ?? (role === 'applicant' && !by.staff ? by.meta.locale : 'zh-TW')],
          );
        }
        for (const [position, claim] of input.claims.entries()) {
          await tx.query('INSERT INTO mediation_claims (case_id, position, kind, amount, description) VALUES ($1, $2, $3, $4, $5)', [
            row.id, position, claim.kind, claim.amount ?? null, claim.description ?? null,
          ]);
        }
        await recordAudit(tx, {
          actor: by.staff ? { id: by.staff.id, username: by.staff.username } : null,
          action: 'mediation.apply',
          recordType: 'mediation-case',
          recordId: row.id,
          requestId: by.meta.requestId,
          details: { caseNumber, siteCode: input.siteCode, channel: by.staff ? 'staff' : 'online', duplicate: duplicate !== undefined },
          occurredAt: receivedAt,
        });
        return { id: row.id, caseNumber, secret };
      });
    },

    list(scope: UnitScope, filters: { status?: CaseStatus | undefined; overdue?: boolean }): ListDefinition<MediationSortKey, CaseRow> {
      let query = caseQuery().where(inScope(scope, 'm'));
      if (filters.status) query = query.where('m.status', '=', filters.status);
      if (filters.overdue) query = query.where(missedDeadlineBy(today()));
      return { query, sortKeys: sortColumns, defaultSort: '-receivedAt', unique: { expression: sql.ref('m.id'), type: 'uuid' } };
    },

    /** The case without its parties (their names masked); the view is audited, as the summary can be personal. */
    async detail(staff: StaffPrincipal, id: string, meta: RequestMeta) {
      return db.transaction(async (tx) => {
        const row = await visibleCase(staff, id, tx);
        const calendar = await loadCalendar(tx);
        const claims = (
          await tx.query<{ kind: string; amount: number | null; description: string | null }>(
            'SELECT kind, amount, description FROM mediation_claims WHERE case_id = $1 ORDER BY position',
            [id],
          )
        ).rows.map((c) => ({ kind: c.kind, ...(c.amount === null ? {} : { amount: Number(c.amount) }), ...(c.description ? { description: c.description } : {}) }));
        await recordAudit(tx, { actor: { id: staff.id, username: staff.username }, action: 'mediation.view', recordType: 'mediation-case', recordId: id, requestId: meta.requestId });
        return {
          ...toSummary(row, calendar, today()),
          channel: row.channel,
          summary: row.summary,
          origin: row.origin_kind && row.origin_ref ? { kind: row.origin_kind, ref: row.origin_ref } : null,
          claims,
          sessions: await scheduling.sessionsOf(tx, id),
          agreedAmount: row.agreed_amount === null ? null : Number(row.agreed_amount),
          outcomeOn: row.outcome_on,
          payments: await payments.paymentsOf(tx, id),
          committee: row.route === 'committee' ? await committee.committeeOf(tx, row) : null,
          nearestSite: nearestSiteOf(row),
        };
      });
    },

    /** Both parties in full, for the case's mediator or a supervisor; every reading audited in the same transaction. */
    async parties(staff: StaffPrincipal, id: string, meta: RequestMeta) {
      return db.transaction(async (tx) => {
        const row = await visibleCase(staff, id, tx);
        if (!mayReadParties(staff, row)) throw new AppError('NOT_ASSIGNED');
        const items = (
          await tx.query<{ role: 'applicant' | 'respondent'; kind: 'worker' | 'employer' | 'union'; name: string; id_number: string | null; phone: string | null; email: string | null; address: string | null; locale: Locale }>(
            'SELECT role, kind, name, id_number, phone, email, address, locale FROM mediation_parties WHERE case_id = $1 ORDER BY role',
            [id],
          )
        ).rows.map((p) => ({
          role: p.role, kind: p.kind, name: p.name, locale: p.locale,
          ...(p.id_number ? { idNumber: p.id_number } : {}), ...(p.phone ? { phone: p.phone } : {}),
          ...(p.email ? { email: p.email } : {}), ...(p.address ? { address: p.address } : {}),
        }));
        await recordAudit(tx, { actor: { id: staff.id, username: staff.username }, action: 'mediation.parties.read', recordType: 'mediation-case', recordId: id, requestId: meta.requestId });
        return { items };
      });
    },

    /**
     * The 調解紀錄 of a closed case as a PDF to one party, in that party's language. It names both parties:
     * the case's mediator or the supervising role only, each copy audited.
     */
    async recordPdf(staff: StaffPrincipal, id: string, role: 'applicant' | 'respondent', letterhead: Letterhead, meta: RequestMeta) {
      return db.transaction(async (tx) => {
        const row = await visibleCase(staff, id, tx);
        if (!mayReadParties(staff, row)) throw new AppError('NOT_ASSIGNED');
        if (row.outcome === null || row.outcome_on === null) throw new AppError('INVALID_TRANSITION');
        const pdf = await recordCopy(tx, row, role, letterhead);
        await recordAudit(tx, { actor: { id: staff.id, username: staff.username }, action: 'mediation.record.print', recordType: 'mediation-case', recordId: id, requestId: meta.requestId, details: { role } });
        return pdf;
      });
    },

    /**
     * A party's copy of the record, opened by the token of the link e-mailed to that party (Art. 22). The
     * token alone is the credential: unknown or expired answers 404, and each download is audited.
     */
    async recordByToken(token: string, letterhead: Letterhead, meta: RequestMeta) {
      return db.transaction(async (tx) => {
        const link = (
          await tx.query<{ case_id: string; role: 'applicant' | 'respondent' }>(
            'SELECT case_id, role FROM mediation_record_links WHERE token_hash = $1 AND expires_at > $2',
            [hashSecret(token), clock()],
          )
        ).rows[0];
        if (!link) throw new AppError('NOT_FOUND');
        const compiled = caseQuery().where('m.id', '=', link.case_id).compile();
        const row = (await tx.query<CaseRow>(compiled.sql, compiled.parameters)).rows[0];
        if (!row || row.outcome === null) throw new AppError('NOT_FOUND');
        const pdf = await recordCopy(tx, row, link.role, letterhead);
        await recordAudit(tx, { actor: null, action: 'mediation.record.download', recordType: 'mediation-case', recordId: row.id, requestId: meta.requestId, details: { role: link.role } });
        return pdf;
      });
    },
  };
  return service;
}

export type MediationService = ReturnType<typeof createMediationService>;

/** The audit trail finds a mediation case by its case number (issue 15 §8a). */
export const mediationAuditReference = (db: Db) =>
  tableReference(db, { recordType: 'mediation-case', table: 'mediation_cases', column: 'case_number', pattern: /^MC-[0-9A-HJKMNP-TV-Z]{8}$/i });
