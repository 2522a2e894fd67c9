/**
 * Appointing the mediator and booking sessions (勞資爭議處理法 Art. 12), the notices to both parties, and
 * the outcome. A booking never double-books a room or a mediator: the room's row is locked, then the
 * mediator's advisory lock taken, always in that order, and the overlap checked under both locks, so that
 * two writers racing for the same room or mediator are serialised and the second one sees the first.
 */
import { randomBytes } from 'node:crypto';
import type { Db, Queryable } from '../../db/client.ts';
import type { Letterhead } from '../../shared/documents/pdf.ts';
import { AppError } from '../../shared/errors.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { translate } from '../../shared/i18n/translate.ts';
import { hasPermission } from '../access/permissions.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { renderMediationNoticePdf } from '../notifications/notices.pdf.ts';
import type { NotificationsService } from '../notifications/notifications.service.ts';
import { catalogText, resolveLocale, type TemplateParams } from '../notifications/notifications.templates.ts';
import type { ReferenceData } from '../reference-data/reference-data.ts';
import type { Outcome } from './mediation.contract.ts';
import { periodEnd, type BureauCalendar } from './mediation.deadlines.ts';
import { rotationOrder } from './mediation.rotation.ts';
import { hashSecret, type CaseRow, type RequestMeta } from './mediation.service.ts';
import { placeName } from '../../shared/i18n/place-names.ts';
import { openRemarkTranslations, remarkFor, remarksParagraph, type RemarkTranslations } from './mediation.translation.ts';

export type NoticeSender = Pick<NotificationsService, 'notify'>;

/** How long the e-mailed link to the record stays valid; after it the party asks the bureau for a copy. */
export const recordLinkDays = 60;

type PartyRow = { role: 'applicant' | 'respondent'; name: string; email: string | null; locale: string };
type SessionRow = {
  id: string;
  site_code: string;
  room_code: string;
  room_name: string;
  phone: string;
  mediator_name: string;
  starts_at: Date;
  ends_at: Date;
  remarks: string | null;
};

const actorOf = (staff: StaffPrincipal) => ({ id: staff.id, username: staff.username });

export function createMediationScheduling(deps: {
  db: Db;
  referenceData: ReferenceData;
  clock: () => Date;
  notices: NoticeSender;
  loadCalendar: (on?: Queryable) => Promise<BureauCalendar>;
  visibleCase: (staff: StaffPrincipal, id: string, on?: Queryable) => Promise<CaseRow>;
  mayReadParties: (staff: StaffPrincipal, row: CaseRow) => boolean;
  today: () => string;
  publicBaseUrl: string;
  /** The remarks' translations for parties who read another language (mediation.translation.ts). */
  translations?: RemarkTranslations | undefined;
}) {
  const { db, referenceData, clock } = deps;
  const { bureau, mediationSites } = referenceData.city;
  const timeZone = bureau.timeZone;
  const invalid = (locale: Locale, field: string, message: string) =>
    new AppError('VALIDATION_FAILED', { fieldIssues: [{ field, code: 'custom', message: translate(locale, message, {}) }] });

  /** The mediator handling a case may book and close it; a supervisor may for any case. */
  const mayHandle = (staff: StaffPrincipal, row: CaseRow) =>
    hasPermission(staff.roles, 'mediation.assign') || (row.mediator_user !== null && row.mediator_user === staff.id);

  const sessionSelect = `SELECT s.id, s.site_code, s.room_code, r.name AS room_name, r.phone, med.name AS mediator_name, s.starts_at, s.ends_at, s.remarks
    FROM mediation_sessions s JOIN mediation_rooms r ON r.site_code = s.site_code AND r.code = s.room_code
    JOIN mediators med ON med.id = s.mediator_id`;

  const siteName = (code: string, locale: Locale) => {
    const site = mediationSites.find((s) => s.code === code);
    return site ? placeName(site, locale) : code;
  };
  const timeOf = (instant: Date) => new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);
  const dayOf = (instant: Date) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);

  async function noticeParams(tx: Queryable, row: CaseRow, session: SessionRow, party: PartyRow): Promise<TemplateParams<'mediation-notice'>> {
    const locale = resolveLocale(party.locale);
    const kinds = (await tx.query<{ kind: string }>('SELECT kind FROM mediation_claims WHERE case_id = $1 GROUP BY kind ORDER BY min(position)', [row.id])).rows;
    const remark = await remarkFor(tx, deps.translations, { recordType: 'mediation-session', recordId: session.id, text: session.remarks, locale: party.locale });
    return {
      bureau: referenceData.bureauName(locale),
      caseNumber: row.case_number,
      recipientName: party.name,
      partyRole: party.role,
      sessionDate: dayOf(new Date(session.starts_at)),
      sessionTime: timeOf(new Date(session.starts_at)),
      venue: `${siteName(session.site_code, locale)} ${session.room_name}`,
      matters: kinds.map((k) => catalogText(locale, `mediation.claim.${k.kind}`)).join(locale === 'zh-TW' ? '、' : ', '),
      contactPhone: session.phone,
      remarks: remarksParagraph(locale, remark),
    };
  }

  /**
   * Art. 22: the record reaches both parties, agreed or not. Each party with an e-mail address gets a link
   * to its own copy (in its language), valid for recordLinkDays; the others get the printed copy.
   */
  async function sendRecordLinks(tx: Queryable, row: CaseRow, outcome: Outcome, outcomeOn: string): Promise<number> {
    const parties = (await tx.query<PartyRow>('SELECT role, name, email, locale FROM mediation_parties WHERE case_id = $1 ORDER BY role', [row.id])).rows;
    const expiresAt = new Date(clock().getTime() + recordLinkDays * 86_400_000);
    let sent = 0;
    for (const party of parties) {
      if (!party.email) continue;
      const token = randomBytes(32).toString('base64url');
      await tx.query('INSERT INTO mediation_record_links (token_hash, case_id, role, expires_at, created_at) VALUES ($1, $2, $3, $4, $5)', [
        hashSecret(token), row.id, party.role, expiresAt, clock(),
      ]);
      const locale = resolveLocale(party.locale);
      await deps.notices.notify(tx, {
        recordType: 'mediation-case', recordId: row.id, channel: 'email', template: 'mediation-record', locale: party.locale, to: party.email,
        params: {
          bureau: referenceData.bureauName(locale),
          caseNumber: row.case_number,
          recipientName: party.name,
          partyRole: party.role,
          outcome: catalogText(locale, `mediation.outcome.${outcome}`),
          outcomeOn,
          // The token rides in the fragment, which browsers never send to a server (no access log, no Referer).
          link: `${deps.publicBaseUrl.replace(/\/$/, '')}/mediation/record#token=${token}`,
          validUntil: dayOf(expiresAt),
        },
      });
      sent += 1;
    }
    return sent;
  }

  async function sessionRow(tx: Queryable, caseId: string, sessionId: string): Promise<SessionRow> {
    const row = (await tx.query<SessionRow>(`${sessionSelect} WHERE s.case_id = $1 AND s.id = $2`, [caseId, sessionId])).rows[0];
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  return {
    async sessionsOf(tx: Queryable, caseId: string) {
      const rows = (await tx.query<SessionRow>(`${sessionSelect} WHERE s.case_id = $1 ORDER BY s.starts_at`, [caseId])).rows;
      return rows.map((s) => ({
        id: s.id, siteCode: s.site_code, room: s.room_code, roomName: s.room_name, mediatorName: s.mediator_name,
        startsAt: new Date(s.starts_at).toISOString(), endsAt: new Date(s.ends_at).toISOString(), remarks: s.remarks,
      }));
    },

    /** Active mediators whose certificate is valid today (or who hold none on record, for the bureau's own staff). */
    async mediators() {
      const day = deps.today();
      const rows = (
        await db.query<{ id: string; name: string; organisation: string | null; languages: string[]; certificate_valid_until: string | null }>(
          `SELECT id, name, organisation, languages, certificate_valid_until::text AS certificate_valid_until FROM mediators
           WHERE is_active AND (certificate_valid_until IS NULL OR certificate_valid_until >= $1) ORDER BY name, id`,
          [day],
        )
      ).rows;
      return rows.map((m) => ({ id: m.id, name: m.name, organisation: m.organisation, languages: m.languages, certificateValidUntil: m.certificate_valid_until }));
    },

    async rooms(siteCode?: string) {
      const rows = (
        await db.query<{ site_code: string; code: string; name: string; capacity: number }>(
          'SELECT site_code, code, name, capacity FROM mediation_rooms WHERE is_active AND ($1::text IS NULL OR site_code = $1) ORDER BY site_code, code',
          [siteCode ?? null],
        )
      ).rows;
      return rows.map((r) => ({ siteCode: r.site_code, code: r.code, name: r.name, capacity: r.capacity }));
    },

    /** The mediators who may take the case, in the rotation's order (mediation.rotation.ts); the first is the suggestion. */
    async rotation(staff: StaffPrincipal, id: string) {
      return db.transaction(async (tx) => {
        await deps.visibleCase(staff, id, tx);
        const items = await rotationOrder(tx, id, deps.today());
        return { suggestedId: items[0]?.id ?? null, items };
      });
    },

    /**
     * Art. 12 para. 1: the appointment; it starts the 7-day period to begin mediating (para. 2). Appointing
     * anyone but the rotation's suggestion needs the reason, kept in mediation_rotation_skips.
     */
    async appoint(staff: StaffPrincipal, id: string, mediatorId: string, meta: RequestMeta, skipReason?: string) {
      await db.transaction(async (tx) => {
        await tx.query('SELECT id FROM mediation_cases WHERE id = $1 FOR UPDATE', [id]);
        const row = await deps.visibleCase(staff, id, tx);
        if (row.route === 'committee') throw new AppError('INVALID_TRANSITION');
        if (row.status !== 'received' && row.status !== 'appointed') throw new AppError('INVALID_TRANSITION');
        const day = deps.today();
        const suggested = (await rotationOrder(tx, id, day))[0];
        const mediator = (
          await tx.query('SELECT 1 FROM mediators WHERE id = $1 AND is_active AND (certificate_valid_until IS NULL OR certificate_valid_until >= $2)', [mediatorId, day])
        ).rows[0];
        if (!mediator) throw invalid(meta.locale, 'mediatorId', 'validation.mediator');
        // A mediator is never appointed to a party they declared a conflict with (by the party's UBN).
        const conflict = (
          await tx.query(
            `SELECT 1 FROM mediator_conflicts c JOIN mediation_parties p ON p.case_id = $1 AND p.id_number = c.ubn WHERE c.mediator_id = $2 LIMIT 1`,
            [id, mediatorId],
          )
        ).rowCount;
        if (conflict) throw new AppError('MEDIATOR_CONFLICT');
        const skipped = suggested !== undefined && suggested.id !== mediatorId;
        if (skipped && !skipReason) throw invalid(meta.locale, 'skipReason', 'validation.rotation_skip_reason');
        if (skipped) {
          await tx.query(
            `INSERT INTO mediation_rotation_skips (case_id, suggested_mediator_id, appointed_mediator_id, reason, created_by, created_at)
             VALUES ($1, $2, $3, $4, $5, $6)`,
            [id, suggested.id, mediatorId, skipReason, staff.id, clock()],
          );
        }
        const calendar = await deps.loadCalendar(tx);
        await tx.query(
          `UPDATE mediation_cases SET mediator_id = $2, appointed_on = $3, start_due_on = $4, status = 'appointed', updated_at = $5 WHERE id = $1`,
          [id, mediatorId, day, periodEnd(day, 7, calendar), clock()],
        );
        await recordAudit(tx, { actor: actorOf(staff), action: 'mediation.appoint', recordType: 'mediation-case', recordId: id, requestId: meta.requestId, details: { mediatorId, skipped } });
      });
    },

    /**
     * Books a session in a room of the site with the case's mediator and notifies both parties (e-mail to
     * those who gave an address; the PDF for the rest). 409 BOOKING_CONFLICT when the room or the mediator
     * is already booked at an overlapping time. The first session is the day mediation starts (Art. 12
     * para. 2), which starts the 10-day period for the proposal (para. 5).
     */
    async book(
      staff: StaffPrincipal,
      id: string,
      input: { siteCode: string; room: string; startsAt: string; minutes: number; remarks?: string | undefined },
      meta: RequestMeta,
    ) {
      const startsAt = new Date(input.startsAt);
      const endsAt = new Date(startsAt.getTime() + input.minutes * 60_000);
      return db.transaction(async (tx) => {
        await tx.query('SELECT id FROM mediation_cases WHERE id = $1 FOR UPDATE', [id]);
        const row = await deps.visibleCase(staff, id, tx);
        if (!mayHandle(staff, row)) throw new AppError('NOT_ASSIGNED');
        if (row.status === 'closed' || row.status === 'received' || !row.mediator_id) throw new AppError('INVALID_TRANSITION');
        const room = (await tx.query('SELECT 1 FROM mediation_rooms WHERE site_code = $1 AND code = $2 AND is_active FOR UPDATE', [input.siteCode, input.room])).rows[0];
        if (!room) throw invalid(meta.locale, 'room', 'validation.mediation_room');
        await tx.query("SELECT pg_advisory_xact_lock(hashtext('mediation-mediator:' || $1))", [row.mediator_id]);
        const clash = (
          await tx.query<{ room: boolean }>(
            `SELECT (site_code = $1 AND room_code = $2) AS room FROM mediation_sessions
             WHERE ((site_code = $1 AND room_code = $2) OR mediator_id = $3) AND starts_at < $5 AND ends_at > $4 LIMIT 1`,
            [input.siteCode, input.room, row.mediator_id, startsAt, endsAt],
          )
        ).rows[0];
        if (clash) throw new AppError('BOOKING_CONFLICT', { params: { what: clash.room ? 'room' : 'mediator' } });
        const sessionId = (
          await tx.query<{ id: string }>(
            `INSERT INTO mediation_sessions (case_id, site_code, room_code, mediator_id, starts_at, ends_at, created_by, created_at, remarks)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
            [id, input.siteCode, input.room, row.mediator_id, startsAt, endsAt, staff.id, clock(), input.remarks || null],
          )
        ).rows[0]!.id;
        const day = dayOf(startsAt);
        if (row.started_on === null || day < row.started_on) {
          const calendar = await deps.loadCalendar(tx);
          // On the committee route the first session convenes the committee (Art. 15); Art. 12 para. 5's proposal period is the mediator's.
          await tx.query('UPDATE mediation_cases SET started_on = $2, proposal_due_on = $3 WHERE id = $1', [id, day, row.route === 'committee' ? null : periodEnd(day, 10, calendar)]);
        }
        await tx.query(`UPDATE mediation_cases SET status = 'scheduled', updated_at = $2 WHERE id = $1`, [id, clock()]);
        const session = await sessionRow(tx, id, sessionId);
        const parties = (await tx.query<PartyRow>('SELECT role, name, email, locale FROM mediation_parties WHERE case_id = $1 ORDER BY role', [id])).rows;
        // Before the notices: a party who reads another language gets the remarks marked as being translated.
        const translating = await openRemarkTranslations(tx, deps.translations, {
          recordType: 'mediation-session', recordId: sessionId, text: session.remarks, partyLocales: parties.map((p) => p.locale),
        });
        let emailed = 0;
        for (const party of parties) {
          if (!party.email) continue;
          await deps.notices.notify(tx, {
            recordType: 'mediation-case', recordId: id, channel: 'email', template: 'mediation-notice',
            locale: party.locale, to: party.email, params: await noticeParams(tx, row, session, party),
          });
          emailed += 1;
        }
        await recordAudit(tx, {
          actor: actorOf(staff), action: 'mediation.book', recordType: 'mediation-case', recordId: id, requestId: meta.requestId,
          details: { sessionId, siteCode: input.siteCode, room: input.room, startsAt: startsAt.toISOString(), emailed, translating: [...translating] },
        });
        return { id: sessionId, emailed, toPrint: parties.length - emailed };
      });
    },

    /** The notice to one party as a PDF in that party's language; it names the party, so it is audited. */
    async noticePdf(staff: StaffPrincipal, id: string, sessionId: string, role: 'applicant' | 'respondent', letterhead: Letterhead, meta: RequestMeta) {
      return db.transaction(async (tx) => {
        const row = await deps.visibleCase(staff, id, tx);
        if (!deps.mayReadParties(staff, row)) throw new AppError('NOT_ASSIGNED');
        const session = await sessionRow(tx, id, sessionId);
        const party = (await tx.query<PartyRow>('SELECT role, name, email, locale FROM mediation_parties WHERE case_id = $1 AND role = $2', [id, role])).rows[0];
        if (!party) throw new AppError('NOT_FOUND');
        await recordAudit(tx, { actor: actorOf(staff), action: 'mediation.notice.print', recordType: 'mediation-case', recordId: id, requestId: meta.requestId, details: { sessionId, role } });
        const locale = resolveLocale(party.locale);
        return {
          fileName: `${row.case_number}-${role}.pdf`,
          bytes: await renderMediationNoticePdf({ letterhead, issuedOn: deps.today(), locale, params: await noticeParams(tx, row, session, party) }),
        };
      });
    },

    /**
     * The outcome closes the case: 調解成立 (agreed), 不成立 (not agreed), withdrawn, or deemed failed for a
     * party's absence. Agreed or not, the mediator has put a proposal to the parties (Art. 12 para. 5),
     * which meets the proposal deadline on the outcome's day.
     */
    async recordOutcome(
      staff: StaffPrincipal,
      id: string,
      input: {
        outcome: Outcome;
        outcomeOn: string;
        agreedAmount?: number | undefined;
        payments?: { amount: number; dueOn: string }[] | undefined;
        remarks?: string | undefined;
      },
      meta: RequestMeta,
    ) {
      await db.transaction(async (tx) => {
        await tx.query('SELECT id FROM mediation_cases WHERE id = $1 FOR UPDATE', [id]);
        const row = await deps.visibleCase(staff, id, tx);
        if (!mayHandle(staff, row)) throw new AppError('NOT_ASSIGNED');
        if (row.status === 'closed') throw new AppError('INVALID_TRANSITION');
        if (input.outcome !== 'withdrawn' && row.status !== 'scheduled') throw new AppError('INVALID_TRANSITION');
        if (input.outcomeOn > deps.today() || input.outcomeOn < row.received_on) throw invalid(meta.locale, 'outcomeOn', 'validation.date_range');
        const payments = input.outcome === 'agreed' ? (input.payments ?? []) : [];
        if (payments.length && payments.reduce((sum, p) => sum + p.amount, 0) !== input.agreedAmount) throw invalid(meta.locale, 'payments', 'validation.payments_total');
        if (payments.some((p) => p.dueOn < input.outcomeOn)) throw invalid(meta.locale, 'payments', 'validation.payments_date');
        for (const [position, payment] of payments.entries()) {
          await tx.query('INSERT INTO mediation_payments (case_id, position, amount, due_on) VALUES ($1, $2, $3, $4)', [id, position, payment.amount, payment.dueOn]);
        }
        const proposed = input.outcome === 'agreed' || input.outcome === 'not-agreed';
        await tx.query(
          `UPDATE mediation_cases SET status = 'closed', outcome = $2, outcome_on = $3, agreed_amount = $4,
             proposal_on = CASE WHEN $5 THEN coalesce(proposal_on, $3::date) ELSE proposal_on END, updated_at = $6, record_remarks = $7 WHERE id = $1`,
          [id, input.outcome, input.outcomeOn, input.outcome === 'agreed' ? (input.agreedAmount ?? null) : null, proposed, clock(), input.remarks || null],
        );
        const locales = (await tx.query<{ locale: string }>('SELECT locale FROM mediation_parties WHERE case_id = $1', [id])).rows.map((p) => p.locale);
        await openRemarkTranslations(tx, deps.translations, { recordType: 'mediation-record', recordId: id, text: input.remarks || null, partyLocales: locales });
        const linked = await sendRecordLinks(tx, row, input.outcome, input.outcomeOn);
        await recordAudit(tx, { actor: actorOf(staff), action: 'mediation.outcome', recordType: 'mediation-case', recordId: id, requestId: meta.requestId, details: { outcome: input.outcome, recordLinks: linked } });
      });
    },
  };
}
