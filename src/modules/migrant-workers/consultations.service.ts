/**
 * The consultation centre's log (外籍勞工諮詢服務中心, plan 第二部分 七-3): calls, chats and walk-ins, with the
 * caller's contact kept apart from every list (masked there, shown in full only through an audited view),
 * monthly figures by language and topic, and what a consultation can become: a complaint (complaints
 * module), a mediation case (mediation module, its staff-side application) or a follow-up visit task.
 * The other modules are called outside this module's transactions (the PGlite one-connection rule); a
 * claim on the consultation row first keeps two officers from opening the same complaint twice.
 */
import type { z } from '@hono/zod-openapi';
import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import { qb } from '../../db/query.ts';
import { AppError } from '../../shared/errors.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import type { ListDefinition } from '../../shared/http/list.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { ComplaintsService } from '../complaints/complaints.service.ts';
import type { MediationService } from '../mediation/mediation.service.ts';
import { maskName, maskPhone } from '../people/identifiers.ts';
import type { ReferenceData } from '../reference-data/reference-data.ts';
import {
  consultationLanguages,
  consultationTopics,
  lawOfTopic,
  type ConsultationInput,
  type ConsultationSortKey,
  type consultationComplaintRequest,
  type consultationContact,
  type consultationConverted,
  type consultationMediationRequest,
  type consultationStats,
  type consultationSummary,
  type ConsultationTopic,
} from './consultations.contract.ts';
import { addCalendarMonths } from './migrant-workers.dates.ts';
import { localDay } from './migrant-workers.visits.ts';

type Meta = { requestId: string; locale: Locale };

export type ConsultationRow = {
  id: string;
  consulted_at: Date | string;
  channel: string;
  language: string;
  topic: string;
  outcome: string;
  duration_minutes: number;
  worker_id: string | null;
  worker_name: string | null;
  caller_name: string | null;
  caller_phone: string | null;
  complaint_tracking_code: string | null;
  mediation_case_number: string | null;
  visit_task_id: string | null;
  recorded_by_name: string;
};

export type ConsultationFilters = {
  language?: string | undefined;
  topic?: string | undefined;
  channel?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
};

/** A claim held while another module files the complaint or the mediation case (never shown as a code). */
const pending = 'pending';

const actorOf = (staff: StaffPrincipal) => ({ id: staff.id, username: staff.username });

const invalid = (field: string, message: string) => new AppError('VALIDATION_FAILED', { fieldIssues: [{ field, code: 'custom', message }] });

export function createConsultationsService(deps: {
  db: Db;
  clock: () => Date;
  referenceData: ReferenceData;
  complaints: Pick<ComplaintsService, 'file'>;
  mediation: Pick<MediationService, 'apply'>;
}) {
  const { db, clock, referenceData } = deps;
  const timeZone = referenceData.city.bureau.timeZone;
  const today = () => localDay(clock(), timeZone);

  const baseQuery = () =>
    qb
      .selectFrom('migrant_consultations as c')
      .leftJoin('migrant_workers as w', 'w.id', 'c.worker_id')
      .leftJoin('people as p', 'p.id', 'w.person_id')
      .innerJoin('staff_users as s', 's.id', 'c.recorded_by')
      .select([
        'c.id',
        'c.consulted_at',
        'c.channel',
        'c.language',
        'c.topic',
        'c.outcome',
        'c.duration_minutes',
        'c.worker_id',
        'p.name as worker_name',
        'c.caller_name',
        'c.caller_phone',
        'c.complaint_tracking_code',
        'c.mediation_case_number',
        'c.visit_task_id',
        's.display_name as recorded_by_name',
      ]);

  const visibleCode = (code: string | null) => (code === pending ? null : code);

  const toSummary = (row: ConsultationRow): z.infer<typeof consultationSummary> => ({
    id: row.id,
    consultedAt: new Date(row.consulted_at).toISOString(),
    channel: row.channel as z.infer<typeof consultationSummary>['channel'],
    language: row.language as z.infer<typeof consultationSummary>['language'],
    topic: row.topic as ConsultationTopic,
    outcome: row.outcome as z.infer<typeof consultationSummary>['outcome'],
    durationMinutes: row.duration_minutes,
    workerId: row.worker_id,
    workerName: row.worker_name ? maskName(row.worker_name) : null,
    callerName: row.caller_name ? maskName(row.caller_name) : null,
    callerPhone: row.caller_phone ? maskPhone(row.caller_phone) : null,
    complaintTrackingCode: visibleCode(row.complaint_tracking_code),
    mediationCaseNumber: visibleCode(row.mediation_case_number),
    visitTaskId: row.visit_task_id,
    recordedBy: row.recorded_by_name,
  });

  async function load(id: string): Promise<ConsultationRow & { district_code: string | null; notes: string | null }> {
    const compiled = baseQuery().select(['w.district_code', 'c.notes']).where('c.id', '=', id).compile();
    const row = (await db.query(compiled.sql, compiled.parameters)).rows[0] as (ConsultationRow & { district_code: string | null; notes: string | null }) | undefined;
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  /**
   * Marks the consultation as becoming a complaint or a mediation case before the other module is
   * called: a second officer doing the same at once gets a 409 instead of a second case.
   */
  async function claim(id: string, column: 'complaint_tracking_code' | 'mediation_case_number') {
    const claimed = await db.query(`UPDATE migrant_consultations SET ${column} = $2, updated_at = now() WHERE id = $1 AND ${column} IS NULL RETURNING id`, [id, pending]);
    if (claimed.rowCount === 0) {
      const exists = await db.query('SELECT 1 FROM migrant_consultations WHERE id = $1', [id]);
      throw new AppError(exists.rowCount === 0 ? 'NOT_FOUND' : 'CONFLICT');
    }
  }

  async function release(id: string, column: 'complaint_tracking_code' | 'mediation_case_number') {
    await db.query(`UPDATE migrant_consultations SET ${column} = NULL WHERE id = $1 AND ${column} = $2`, [id, pending]);
  }

  async function converted(id: string): Promise<z.infer<typeof consultationConverted>> {
    const row = await load(id);
    return { complaintTrackingCode: visibleCode(row.complaint_tracking_code), mediationCaseNumber: visibleCode(row.mediation_case_number), visitTaskId: row.visit_task_id };
  }

  return {
    today,
    toSummary,

    async create(staff: StaffPrincipal, input: ConsultationInput, meta: Meta): Promise<{ id: string }> {
      const consultedAt = input.consultedAt ? new Date(input.consultedAt) : clock();
      if (consultedAt.getTime() > clock().getTime()) throw invalid('consultedAt', 'validation.migrant.consulted_in_future');
      return db.transaction(async (tx) => {
        let workerId = input.workerId ?? null;
        if (workerId && (await tx.query('SELECT 1 FROM migrant_workers WHERE id = $1', [workerId])).rowCount === 0) {
          throw invalid('workerId', 'validation.migrant.worker_unknown');
        }
        if (!workerId && input.workerResidentCertificateNumber) {
          const found = await tx.query<{ id: string }>(
            'SELECT w.id FROM migrant_workers w JOIN people p ON p.id = w.person_id WHERE p.id_number = $1 ORDER BY w.arrival_date DESC LIMIT 1',
            [input.workerResidentCertificateNumber],
          );
          workerId = found.rows[0]?.id ?? null;
          if (!workerId) throw invalid('workerResidentCertificateNumber', 'validation.migrant.worker_unknown');
        }
        const row = (
          await tx.query<{ id: string }>(
            `INSERT INTO migrant_consultations (channel, language, topic, outcome, duration_minutes, consulted_at, consulted_on, worker_id,
               caller_name, caller_phone, notes, recorded_by)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
            [
              input.channel,
              input.language,
              input.topic,
              input.outcome,
              input.durationMinutes,
              consultedAt,
              localDay(consultedAt, timeZone),
              workerId,
              input.callerName ?? null,
              input.callerPhone ?? null,
              input.notes ?? null,
              staff.id,
            ],
          )
        ).rows[0] as { id: string };
        // What was asked about, never who asked: the audit trail is read more widely than the record.
        await recordAudit(tx, {
          actor: actorOf(staff),
          action: 'migrant-consultation.create',
          recordType: 'migrant-consultation',
          recordId: row.id,
          requestId: meta.requestId,
          details: { channel: input.channel, language: input.language, topic: input.topic, outcome: input.outcome },
        });
        return { id: row.id };
      });
    },

    /** The staff list: callers and workers masked, newest first. */
    list(filters: ConsultationFilters): ListDefinition<ConsultationSortKey, ConsultationRow> {
      let query = baseQuery().$castTo<ConsultationRow>();
      if (filters.language) query = query.where('c.language', '=', filters.language);
      if (filters.topic) query = query.where('c.topic', '=', filters.topic);
      if (filters.channel) query = query.where('c.channel', '=', filters.channel);
      if (filters.from) query = query.where('c.consulted_on', '>=', filters.from);
      if (filters.to) query = query.where('c.consulted_on', '<=', filters.to);
      return {
        query,
        sortKeys: {
          consultedAt: { expression: sql.ref('c.consulted_at'), type: 'timestamptz' },
          topic: { expression: sql.ref('c.topic'), type: 'text' },
          language: { expression: sql.ref('c.language'), type: 'text' },
        },
        defaultSort: '-consultedAt',
        unique: { expression: sql.ref('c.id'), type: 'uuid' },
      };
    },

    /** One consultation as the lists show it (masked): not audited. */
    async summary(id: string) {
      return toSummary(await load(id));
    },

    /** The caller's name and phone, the worker's name and the notes: every view audited. */
    async contact(staff: StaffPrincipal, id: string, requestId: string): Promise<z.infer<typeof consultationContact>> {
      return db.transaction(async (tx) => {
        const row = (
          await tx.query<{ caller_name: string | null; caller_phone: string | null; notes: string | null; worker_name: string | null }>(
            `SELECT c.caller_name, c.caller_phone, c.notes, p.name AS worker_name FROM migrant_consultations c
             LEFT JOIN migrant_workers w ON w.id = c.worker_id LEFT JOIN people p ON p.id = w.person_id WHERE c.id = $1`,
            [id],
          )
        ).rows[0];
        if (!row) throw new AppError('NOT_FOUND');
        await recordAudit(tx, { actor: actorOf(staff), action: 'migrant-consultation.view-contact', recordType: 'migrant-consultation', recordId: id, requestId });
        return { callerName: row.caller_name, callerPhone: row.caller_phone, workerName: row.worker_name, notes: row.notes };
      });
    },

    /** A month's figures (the bureau's calendar), by language, by topic and by both: counts only. */
    async stats(month: string): Promise<z.infer<typeof consultationStats>> {
      const from = `${month}-01`;
      const until = addCalendarMonths(from, 1);
      const rows = (
        await db.query<{ language: string; topic: string; count: number; minutes: number }>(
          `SELECT language, topic, count(*)::int AS count, coalesce(sum(duration_minutes), 0)::int AS minutes
           FROM migrant_consultations WHERE consulted_on >= $1 AND consulted_on < $2 GROUP BY language, topic`,
          [from, until],
        )
      ).rows;
      const byLanguage = consultationLanguages.map((language) => {
        const of = rows.filter((row) => row.language === language);
        return { language, count: of.reduce((n, row) => n + row.count, 0), minutes: of.reduce((n, row) => n + row.minutes, 0) };
      });
      const byTopic = consultationTopics.map((topic) => ({ topic, count: rows.filter((row) => row.topic === topic).reduce((n, row) => n + row.count, 0) }));
      return {
        month,
        total: rows.reduce((n, row) => n + row.count, 0),
        minutes: rows.reduce((n, row) => n + row.minutes, 0),
        byLanguage,
        byTopic,
        byLanguageAndTopic: rows
          .map((row) => ({ language: row.language as (typeof consultationLanguages)[number], topic: row.topic as ConsultationTopic, count: row.count }))
          .sort((a, b) => consultationLanguages.indexOf(a.language) - consultationLanguages.indexOf(b.language) || consultationTopics.indexOf(a.topic) - consultationTopics.indexOf(b.topic)),
      };
    },

    /**
     * Files a complaint from the consultation through the complaints module. Anonymous unless the officer
     * says the caller agreed to be named; then their name and phone go to the complaint's sealed identity
     * (ADR 0008). The law follows the topic unless the officer picks one.
     */
    async toComplaint(staff: StaffPrincipal, id: string, input: z.infer<typeof consultationComplaintRequest>, meta: Meta) {
      const row = await load(id);
      if (row.complaint_tracking_code) throw new AppError('CONFLICT');
      if (!referenceData.isDistrictCode(input.districtCode)) throw invalid('districtCode', 'validation.district');
      const named = input.withCallerContact;
      if (named && (!row.caller_name || !row.caller_phone)) throw invalid('withCallerContact', 'validation.migrant.caller_contact_missing');
      await claim(id, 'complaint_tracking_code');
      let trackingCode: string;
      try {
        const receipt = await deps.complaints.file(
          {
            employerName: input.employerName,
            ...(input.employerUbn ? { employerUbn: input.employerUbn } : {}),
            districtCode: input.districtCode,
            law: input.law ?? lawOfTopic[row.topic as ConsultationTopic],
            description: input.description,
            anonymous: !named,
            ...(named ? { name: row.caller_name ?? '', phone: row.caller_phone ?? '' } : {}),
          },
          [],
          meta,
        );
        trackingCode = receipt.trackingCode;
      } catch (error) {
        await release(id, 'complaint_tracking_code');
        throw error;
      }
      await db.transaction(async (tx) => {
        await tx.query('UPDATE migrant_consultations SET complaint_tracking_code = $2, updated_at = now() WHERE id = $1', [id, trackingCode]);
        await recordAudit(tx, {
          actor: actorOf(staff),
          action: 'migrant-consultation.complaint',
          recordType: 'migrant-consultation',
          recordId: id,
          requestId: meta.requestId,
          details: { trackingCode, named },
        });
      });
      return converted(id);
    },

    /**
     * Applies for mediation for the worker through the mediation module's staff-side application, with
     * the consultation as its origin. The caller is the applicant and needs a phone on the consultation:
     * the mediation module sends its notices there.
     */
    async toMediation(staff: StaffPrincipal, id: string, input: z.infer<typeof consultationMediationRequest>, meta: Meta) {
      const row = await load(id);
      if (row.mediation_case_number) throw new AppError('CONFLICT');
      const applicantName = row.caller_name ?? row.worker_name;
      if (!applicantName || !row.caller_phone) throw invalid('siteCode', 'validation.migrant.caller_contact_missing');
      await claim(id, 'mediation_case_number');
      let caseNumber: string;
      try {
        const applied = await deps.mediation.apply(
          {
            disputeType: 'rights',
            // A consultation's dispute goes the usual way, to one mediator (Art. 12); the committee route
            // (Art. 11 II) is the parties' choice, which they can still make with the bureau.
            route: 'mediator',
            siteCode: input.siteCode,
            applicant: { kind: 'worker', name: applicantName, phone: row.caller_phone, locale: row.language as Locale },
            respondent: { kind: 'employer', name: input.respondentName, ...(input.respondentUbn ? { ubn: input.respondentUbn } : {}) },
            claims: [{ kind: input.claimKind, ...(input.claimAmount !== undefined ? { amount: input.claimAmount } : {}) }],
            summary: input.summary,
            origin: { kind: 'consultation', ref: id },
          },
          { staff, meta },
        );
        caseNumber = applied.caseNumber;
      } catch (error) {
        await release(id, 'mediation_case_number');
        throw error;
      }
      await db.transaction(async (tx) => {
        await tx.query('UPDATE migrant_consultations SET mediation_case_number = $2, updated_at = now() WHERE id = $1', [id, caseNumber]);
        await recordAudit(tx, { actor: actorOf(staff), action: 'migrant-consultation.mediation', recordType: 'migrant-consultation', recordId: id, requestId: meta.requestId, details: { caseNumber } });
      });
      return converted(id);
    },

    /**
     * A follow-up visit task for the registered worker the consultation is about, due on the day the
     * officer sets, given to the district's officer. It is not an arrival visit: indicator 8 leaves it out.
     */
    async toVisit(staff: StaffPrincipal, id: string, input: { dueOn: string }, meta: Meta) {
      if (input.dueOn < today()) throw invalid('dueOn', 'validation.migrant.due_in_past');
      await db.transaction(async (tx) => {
        const row = (
          await tx.query<{ worker_id: string | null; visit_task_id: string | null; district_code: string | null }>(
            `SELECT c.worker_id, c.visit_task_id, w.district_code FROM migrant_consultations c
             LEFT JOIN migrant_workers w ON w.id = c.worker_id WHERE c.id = $1 FOR UPDATE OF c`,
            [id],
          )
        ).rows[0];
        if (!row) throw new AppError('NOT_FOUND');
        if (row.visit_task_id) throw new AppError('CONFLICT');
        if (!row.worker_id || !row.district_code) throw invalid('dueOn', 'validation.migrant.visit_needs_worker');
        const officer = (await tx.query<{ officer_id: string }>('SELECT officer_id FROM migrant_district_officers WHERE district_code = $1', [row.district_code])).rows[0];
        const task = (
          await tx.query<{ id: string }>(
            `INSERT INTO migrant_visit_tasks (worker_id, due_on, district_code, assigned_to, kind) VALUES ($1, $2, $3, $4, 'follow-up') RETURNING id`,
            [row.worker_id, input.dueOn, row.district_code, officer?.officer_id ?? null],
          )
        ).rows[0] as { id: string };
        await tx.query('UPDATE migrant_consultations SET visit_task_id = $2, updated_at = now() WHERE id = $1', [id, task.id]);
        await recordAudit(tx, {
          actor: actorOf(staff),
          action: 'migrant-consultation.visit',
          recordType: 'migrant-consultation',
          recordId: id,
          requestId: meta.requestId,
          details: { visitTaskId: task.id, dueOn: input.dueOn },
        });
      });
      return converted(id);
    },
  };
}

export type ConsultationsService = ReturnType<typeof createConsultationsService>;
