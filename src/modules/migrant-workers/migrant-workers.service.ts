/**
 * The migrant-worker registry: register one worker (and their visit task) or a whole CSV file in one
 * transaction, list them masked, show one audited, change their status. People and employers are the
 * shared records: a worker is a person (people module), a business employer is an employer.
 */
import type { z } from '@hono/zod-openapi';
import { sql } from 'kysely';
import type { Db, Queryable } from '../../db/client.ts';
import { qb } from '../../db/query.ts';
import { AppError } from '../../shared/errors.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import type { ListDefinition } from '../../shared/http/list.ts';
import { toFieldIssues } from '../../shared/http/validation.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { translate } from '../../shared/i18n/translate.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { EmployersService } from '../employers/employers.service.ts';
import { isUnifiedBusinessNumber } from '../employers/ubn.ts';
import { maskIdNumber, maskName } from '../people/identifiers.ts';
import type { PeopleService } from '../people/people.service.ts';
import type { ReferenceData } from '../reference-data/reference-data.ts';
import { decodeCsv, parseCsv } from '../violations/violations.csv.ts';
import { columnOfField, importColumns, requiredColumns, type ImportColumn } from './migrant-workers.csv.ts';
import { visitDueOn } from './migrant-workers.dates.ts';
import {
  createWorkerRequest,
  type nationalities,
  type statusChange,
  type workerLanguages,
  type workerRecord,
  type WorkerSortKey,
  type workerSummary,
} from './migrant-workers.contract.ts';

type CreateWorker = z.infer<typeof createWorkerRequest>;
type Nationality = (typeof nationalities)[number];

/** The language a worker is written to in when none is given: their country's, else English. */
const languageOf: Record<Nationality, (typeof workerLanguages)[number]> = { ID: 'id', VN: 'vi', TH: 'th', PH: 'en', other: 'en' };

/** Migrant-worker records belong to the whole city (ADR 0019). */
const cityUnit = { kind: 'city', code: null } as const;

export type WorkerRow = {
  id: string;
  person_id: string;
  id_number: string;
  name: string;
  nationality: string;
  job_category: string;
  employer_name: string | null;
  household_employer_name: string | null;
  arrival_date: string;
  due_on: string;
  district_code: string;
  status: string;
};

export type WorkerFilters = { district?: string | undefined; nationality?: string | undefined; status?: string | undefined };

const actorOf = (staff: StaffPrincipal | null) => (staff ? { id: staff.id, username: staff.username } : null);

export function createMigrantWorkersService(deps: {
  db: Db;
  referenceData: ReferenceData;
  people: PeopleService;
  employers: EmployersService;
}) {
  const { db, referenceData, people, employers } = deps;

  /** The officer who visits this district, if a supervisor has named one. */
  async function districtOfficer(tx: Queryable, districtCode: string): Promise<string | null> {
    const row = (await tx.query<{ officer_id: string }>('SELECT officer_id FROM migrant_district_officers WHERE district_code = $1', [districtCode])).rows[0];
    return row?.officer_id ?? null;
  }

  /**
   * Registers one worker and their visit task in the caller's transaction. The same person with the same
   * arrival date is the same arrival: `created: false`, nothing written.
   */
  async function registerInTransaction(
    tx: Queryable,
    staff: StaffPrincipal | null,
    input: CreateWorker & { employerId?: string | undefined },
    requestId: string,
  ): Promise<{ id: string; visitDueOn: string; created: boolean }> {
    const person = await people.ensureInTransaction(
      tx,
      {
        idNumber: input.residentCertificateNumber,
        name: input.name,
        preferredLocale: input.preferredLanguage ?? languageOf[input.nationality],
        districtCode: input.districtCode,
        unit: cityUnit,
      },
      { actor: staff, requestId },
    );
    const dueOn = visitDueOn(input.arrivalDate);
    const existing = (
      await tx.query<{ id: string }>('SELECT id FROM migrant_workers WHERE person_id = $1 AND arrival_date = $2', [person.id, input.arrivalDate])
    ).rows[0];
    if (existing) return { id: existing.id, visitDueOn: dueOn, created: false };
    let householdEmployerId: string | null = null;
    if (input.householdEmployer) {
      householdEmployerId = (
        await people.ensureInTransaction(
          tx,
          { idNumber: input.householdEmployer.idNumber, name: input.householdEmployer.name, unit: cityUnit },
          { actor: staff, requestId },
        )
      ).id;
    }
    let agencyId: string | null = null;
    if (input.agency) {
      // The licence identifies the agency; the first name it was registered under is kept.
      agencyId = (
        await tx.query<{ id: string }>(
          `INSERT INTO recruitment_agencies (licence_number, name) VALUES ($1, $2)
           ON CONFLICT (licence_number) DO UPDATE SET licence_number = EXCLUDED.licence_number RETURNING id`,
          [input.agency.licenceNumber, input.agency.name],
        )
      ).rows[0]?.id ?? null;
    }
    const worker = (
      await tx.query<{ id: string }>(
        `INSERT INTO migrant_workers (person_id, passport_number, nationality, preferred_language, job_category, employer_id,
           household_employer_id, agency_id, arrival_date, permit_from, permit_until, district_code, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
        [
          person.id,
          input.passportNumber,
          input.nationality,
          input.preferredLanguage ?? languageOf[input.nationality],
          input.jobCategory,
          input.employerId ?? null,
          householdEmployerId,
          agencyId,
          input.arrivalDate,
          input.permitFrom ?? null,
          input.permitUntil ?? null,
          input.districtCode,
          staff?.id ?? null,
        ],
      )
    ).rows[0] as { id: string };
    await tx.query('INSERT INTO migrant_visit_tasks (worker_id, due_on, district_code, assigned_to) VALUES ($1, $2, $3, $4)', [
      worker.id,
      dueOn,
      input.districtCode,
      await districtOfficer(tx, input.districtCode),
    ]);
    await recordAudit(tx, {
      actor: actorOf(staff),
      action: 'migrant-worker.create',
      recordType: 'migrant-worker',
      recordId: worker.id,
      requestId,
      details: { arrivalDate: input.arrivalDate, districtCode: input.districtCode, visitDueOn: dueOn },
    });
    return { id: worker.id, visitDueOn: dueOn, created: true };
  }

  function assertDistrict(code: string, field = 'districtCode') {
    if (!referenceData.isDistrictCode(code)) {
      throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field, code: 'custom', message: 'validation.district' }] });
    }
  }

  function baseQuery() {
    return qb
      .selectFrom('migrant_workers as w')
      .innerJoin('people as p', 'p.id', 'w.person_id')
      .innerJoin('migrant_visit_tasks as t', (join) => join.onRef('t.worker_id', '=', 'w.id').on('t.kind', '=', 'arrival'))
      .leftJoin('employers as e', 'e.id', 'w.employer_id')
      .leftJoin('people as h', 'h.id', 'w.household_employer_id')
      .select([
        'w.id',
        'w.person_id',
        'p.id_number',
        'p.name',
        'w.nationality',
        'w.job_category',
        'e.name as employer_name',
        'h.name as household_employer_name',
        'w.arrival_date',
        't.due_on',
        'w.district_code',
        'w.status',
      ]);
  }

  const toSummary = (row: WorkerRow): z.infer<typeof workerSummary> => ({
    id: row.id,
    name: maskName(row.name),
    residentCertificateNumber: maskIdNumber(row.id_number),
    nationality: row.nationality as Nationality,
    jobCategory: row.job_category as z.infer<typeof workerSummary>['jobCategory'],
    employerName: row.employer_name ?? (row.household_employer_name ? maskName(row.household_employer_name) : null),
    arrivalDate: row.arrival_date,
    visitDueOn: row.due_on,
    districtCode: row.district_code,
    status: row.status as z.infer<typeof workerSummary>['status'],
  });

  return {
    registerInTransaction,
    toSummary,

    async create(staff: StaffPrincipal, input: CreateWorker, requestId: string) {
      assertDistrict(input.districtCode);
      return db.transaction(async (tx) => {
        if (input.employerId && !(await employers.exists(tx, input.employerId))) {
          throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'employerId', code: 'custom', message: 'validation.migrant.employer_unknown' }] });
        }
        const result = await registerInTransaction(tx, staff, input, requestId);
        // The same arrival registered again: a bare 409, as for people.
        if (!result.created) throw new AppError('CONFLICT');
        return { id: result.id, visitDueOn: result.visitDueOn };
      });
    },

    /**
     * A CSV file, every valid row in one transaction: a failure part-way (or `options.afterRow` throwing,
     * which is how the test interrupts it) rolls the whole file back. Rows already registered count as
     * unchanged, so the same file imported twice adds nothing. Rejected rows carry their line and a reason
     * in the officer's language.
     */
    async importCsv(
      staff: StaffPrincipal,
      bytes: Uint8Array,
      options: { locale: Locale; requestId: string; fileName: string; afterRow?: (line: number) => void },
    ): Promise<{ imported: number; unchanged: number; rejected: { line: number; reason: string }[] }> {
      const t = (key: string, params: Record<string, string | number> = {}) => translate(options.locale, key, params);
      const fileIssue = (key: string, params: Record<string, string | number> = {}) =>
        new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'file', code: 'custom', message: t(key, params) }] });
      const decoded = decodeCsv(bytes);
      if (!decoded.ok) throw fileIssue('validation.migrant.file.encoding');
      const records = [...parseCsv(decoded.text)];
      const header = records[0];
      if (!header || 'error' in header) throw fileIssue('validation.migrant.file.empty');
      const names = header.fields.map((name) => name.trim().toLowerCase());
      const missing = requiredColumns.filter((column) => !names.includes(column));
      if (missing.length > 0) throw fileIssue('validation.migrant.file.columns', { columns: missing.join(', ') });
      const rejected: { line: number; reason: string }[] = [];
      const valid: { line: number; input: CreateWorker; employerUbn: string }[] = [];
      const seen = new Map<string, number>();
      for (const record of records.slice(1)) {
        if ('error' in record) {
          rejected.push({ line: record.line, reason: t('validation.migrant.row.quote') });
          continue;
        }
        if (record.fields.every((field) => field.trim() === '')) continue;
        const cell = (column: ImportColumn) => {
          const index = names.indexOf(column);
          const value = index < 0 ? '' : (record.fields[index] ?? '').trim();
          return value === '' ? undefined : value;
        };
        const raw = {
          residentCertificateNumber: cell('resident_certificate_number') ?? '',
          name: cell('name') ?? '',
          nationality: cell('nationality'),
          passportNumber: cell('passport_number') ?? '',
          preferredLanguage: cell('preferred_language'),
          jobCategory: cell('job_category'),
          householdEmployer:
            cell('household_employer_id_number') || cell('household_employer_name')
              ? { idNumber: cell('household_employer_id_number') ?? '', name: cell('household_employer_name') ?? '' }
              : undefined,
          agency: cell('agency_licence_number') || cell('agency_name') ? { licenceNumber: cell('agency_licence_number') ?? '', name: cell('agency_name') ?? '' } : undefined,
          arrivalDate: cell('arrival_date'),
          permitFrom: cell('permit_from'),
          permitUntil: cell('permit_until'),
          districtCode: cell('district_code'),
        };
        const parsed = createWorkerRequest.safeParse(raw);
        if (!parsed.success) {
          const issue = toFieldIssues(parsed.error.issues, options.locale, raw)[0];
          const column = issue ? (columnOfField[issue.field] ?? issue.field) : '';
          rejected.push({ line: record.line, reason: `${column}: ${issue?.message ?? ''}` });
          continue;
        }
        const ubn = cell('employer_ubn') ?? '';
        if (ubn !== '' && !isUnifiedBusinessNumber(ubn)) {
          rejected.push({ line: record.line, reason: `employer_ubn: ${t('validation.ubn')}` });
          continue;
        }
        if (ubn !== '' && parsed.data.householdEmployer) {
          rejected.push({ line: record.line, reason: `employer_ubn: ${t('validation.migrant.one_employer')}` });
          continue;
        }
        if (!referenceData.isDistrictCode(parsed.data.districtCode)) {
          rejected.push({ line: record.line, reason: `district_code: ${t('validation.district')}` });
          continue;
        }
        const key = `${parsed.data.residentCertificateNumber}|${parsed.data.arrivalDate}`;
        const earlier = seen.get(key);
        if (earlier !== undefined) {
          rejected.push({ line: record.line, reason: t('validation.migrant.row.duplicate', { line: earlier }) });
          continue;
        }
        seen.set(key, record.line);
        valid.push({ line: record.line, input: parsed.data, employerUbn: ubn });
      }
      return db.transaction(async (tx) => {
        let imported = 0;
        let unchanged = 0;
        for (const row of valid) {
          let employerId: string | undefined;
          if (row.employerUbn !== '') {
            employerId = await employers.idByUbnIn(tx, row.employerUbn);
            if (!employerId) {
              rejected.push({ line: row.line, reason: `employer_ubn: ${t('validation.migrant.employer_unknown')}` });
              continue;
            }
          }
          const result = await registerInTransaction(tx, staff, { ...row.input, employerId }, options.requestId);
          if (result.created) imported += 1;
          else unchanged += 1;
          options.afterRow?.(row.line);
        }
        rejected.sort((a, b) => a.line - b.line);
        await recordAudit(tx, {
          actor: actorOf(staff),
          action: 'migrant-worker.import',
          recordType: 'migrant-worker-import',
          recordId: null,
          requestId: options.requestId,
          details: { fileName: options.fileName, imported, unchanged, rejected: rejected.length },
        });
        return { imported, unchanged, rejected };
      });
    },

    /** The staff list: masked names and numbers, newest arrivals first. */
    list(filters: WorkerFilters): ListDefinition<WorkerSortKey, WorkerRow> {
      let query = baseQuery().$castTo<WorkerRow>();
      if (filters.district) query = query.where('w.district_code', '=', filters.district);
      if (filters.nationality) query = query.where('w.nationality', '=', filters.nationality);
      if (filters.status) query = query.where('w.status', '=', filters.status);
      return {
        query,
        sortKeys: {
          arrivalDate: { expression: sql.ref('w.arrival_date'), type: 'date' },
          districtCode: { expression: sql.ref('w.district_code'), type: 'text' },
          status: { expression: sql.ref('w.status'), type: 'text' },
        },
        defaultSort: '-arrivalDate',
        unique: { expression: sql.ref('w.id'), type: 'uuid' },
      };
    },

    /** One worker in full (numbers, passport): every view audited in the same transaction. */
    async view(staff: StaffPrincipal, id: string, requestId: string): Promise<z.infer<typeof workerRecord>> {
      return db.transaction(async (tx) => {
        const compiled = baseQuery()
          .leftJoin('recruitment_agencies as a', 'a.id', 'w.agency_id')
          .select([
            'w.passport_number',
            'w.preferred_language',
            'w.permit_from',
            'w.permit_until',
            'w.status_since',
            'a.licence_number',
            'a.name as agency_name',
          ])
          .where('w.id', '=', id)
          .compile();
        const row = (await tx.query(compiled.sql, compiled.parameters)).rows[0] as
          | (WorkerRow & {
              passport_number: string;
              preferred_language: string;
              permit_from: string | null;
              permit_until: string | null;
              status_since: string | null;
              licence_number: string | null;
              agency_name: string | null;
            })
          | undefined;
        if (!row) throw new AppError('NOT_FOUND');
        await recordAudit(tx, { actor: actorOf(staff), action: 'migrant-worker.view-full', recordType: 'migrant-worker', recordId: id, requestId });
        return {
          ...toSummary(row),
          personId: row.person_id,
          name: row.name,
          residentCertificateNumber: row.id_number,
          employerName: row.employer_name ?? row.household_employer_name,
          passportNumber: row.passport_number,
          preferredLanguage: row.preferred_language as z.infer<typeof workerRecord>['preferredLanguage'],
          agency: row.licence_number ? { licenceNumber: row.licence_number, name: row.agency_name ?? '' } : null,
          permitFrom: row.permit_from,
          permitUntil: row.permit_until,
          statusSince: row.status_since,
        };
      });
    },

    async changeStatus(staff: StaffPrincipal, id: string, change: z.infer<typeof statusChange>, requestId: string) {
      return db.transaction(async (tx) => {
        const updated = await tx.query(
          'UPDATE migrant_workers SET status = $2, status_since = $3, updated_at = now() WHERE id = $1 RETURNING id',
          [id, change.status, change.since],
        );
        if (updated.rowCount === 0) throw new AppError('NOT_FOUND');
        await recordAudit(tx, {
          actor: actorOf(staff),
          action: 'migrant-worker.status',
          recordType: 'migrant-worker',
          recordId: id,
          requestId,
          details: { status: change.status, since: change.since },
        });
      });
    },
  };
}

export type MigrantWorkersService = ReturnType<typeof createMigrantWorkersService>;
