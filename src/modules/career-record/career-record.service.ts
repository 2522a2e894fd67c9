/**
 * @module career-record
 * The worker's career record (勞工職涯工作卡, plan 第二部分 二-3; issue 9 section 2; ADR 0027):
 * - platform entries: the worker's placements (employment module) and labor-university courses (programs
 *   module), read through their services at every reading, never copied;
 * - worker entries (work, training, 技術士 certificates with level and number, awards such as 勞工藝級棒),
 *   which an officer verifies or rejects; a correction sends the entry back to unverified;
 * - employer evaluations, given only through an invitation the worker issued (their consent), once;
 * - the worker hides any entry (and shows it again); hidden entries leave the PDF, the share and nothing else.
 * Shares (expiring, revocable, every opening logged) are in career-record.shares.ts.
 */
import type { ProgramsService } from '../programs/programs.service.ts';
import type { z } from '@hono/zod-openapi';
import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Db, Queryable } from '../../db/client.ts';
import { qb } from '../../db/query.ts';
import { AppError } from '../../shared/errors.ts';
import type { AccountPrincipal, StaffPrincipal } from '../../shared/http/app-env.ts';
import type { ListDefinition } from '../../shared/http/list.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { EmploymentService } from '../employment/employment.service.ts';
import type { LaborUniversityService } from '../programs/labor-university.ts';
import { plainDateIn } from '../../shared/documents/pdf.ts';
import { maskName } from '../people/identifiers.ts';
import type { entry, entryRequest, evaluationRequest, staffEntry } from './career-record.contract.ts';

export type Entry = z.infer<typeof entry>;
type EntryRow = {
  id: string;
  person_id: string;
  kind: Entry['kind'];
  source: 'worker' | 'employer';
  title: string;
  organisation: string;
  started_on: string | null;
  ended_on: string | null;
  certificate_level: '甲' | '乙' | '丙' | '單一級' | null;
  certificate_number: string | null;
  rating: number | null;
  note: string;
  verification: Entry['verification'];
  hidden: boolean;
};
const entryColumns = `id, person_id, kind, source, title, organisation, started_on::text AS started_on, ended_on::text AS ended_on,
  certificate_level, certificate_number, rating, note, verification, hidden`;
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
export const newToken = () => randomBytes(24).toString('base64url');
/** How long an employer's evaluation invitation works. */
export const invitationDays = 30;
const placementPrefix = 'placement:';
const coursePrefix = 'course:';
const awardPrefix = 'award:';
const isPlatformId = (id: string) => id.startsWith(placementPrefix) || id.startsWith(coursePrefix) || id.startsWith(awardPrefix);
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const accountActor = (account: AccountPrincipal) => ({ id: account.id, username: `account:${account.kind}` });

const toEntry = (r: EntryRow): Entry => ({
  id: r.id,
  kind: r.kind,
  source: r.source,
  title: r.title,
  organisation: r.organisation,
  startedOn: r.started_on,
  endedOn: r.ended_on,
  certificate: r.certificate_level ? { level: r.certificate_level, number: r.certificate_number ?? '' } : null,
  rating: r.rating,
  note: r.note,
  verification: r.verification,
  hidden: r.hidden,
});

/** The person behind a citizen account; an employer account or an unlinked citizen has no career record. */
export function personOf(account: AccountPrincipal | undefined): string {
  if (!account) throw new AppError('UNAUTHENTICATED');
  if (account.kind !== 'citizen' || !account.personId) throw new AppError('NOT_FOUND');
  return account.personId;
}

export function createCareerRecordService(deps: {
  db: Db;
  clock: () => Date;
  employment: Pick<EmploymentService, 'referrals'>;
  laborUniversity: Pick<LaborUniversityService, 'enrolmentsOfPerson'>;
  /** Awards granted by the programs module (勞工藝級棒); optional so that a city without it still runs. */
  programs?: Pick<ProgramsService, 'awardsOfPerson'>;
  timeZone: string;
  publicBaseUrl: string;
}) {
  const { db, clock } = deps;

  async function ownEntry(q: Queryable, personId: string, id: string): Promise<EntryRow> {
    if (!uuidPattern.test(id)) throw new AppError('NOT_FOUND');
    const row = (await q.query<EntryRow>(`SELECT ${entryColumns} FROM career_entries WHERE id = $1 AND person_id = $2 FOR UPDATE`, [id, personId])).rows[0];
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  /** Every entry of the person, hidden ones flagged, in date order (undated last). */
  async function entriesOf(personId: string): Promise<Entry[]> {
    const [placements, courses, awards, own, hidden] = await Promise.all([
      deps.employment.referrals.placementsOfPerson(personId),
      deps.laborUniversity.enrolmentsOfPerson(personId),
      deps.programs?.awardsOfPerson(personId) ?? Promise.resolve([]),
      db.query<EntryRow>(`SELECT ${entryColumns} FROM career_entries WHERE person_id = $1`, [personId]),
      db.query<{ source_ref: string }>('SELECT source_ref FROM career_hidden_platform_entries WHERE person_id = $1', [personId]),
    ]);
    const hiddenRefs = new Set(hidden.rows.map((r) => r.source_ref));
    const fromPlatform: Entry[] = placements.map((p) => ({
      id: `${placementPrefix}${p.referralId}`,
      kind: 'work',
      source: 'platform',
      title: p.title,
      organisation: p.employerName,
      startedOn: p.startOn,
      endedOn: null,
      certificate: null,
      rating: null,
      note: '',
      // A placement is recorded by the bureau itself: nothing to verify.
      verification: 'verified',
      hidden: hiddenRefs.has(`${placementPrefix}${p.referralId}`),
    }));
    const fromCourses: Entry[] = courses.map((c) => ({
      id: `${coursePrefix}${c.enrolmentId}`,
      kind: 'training',
      source: 'platform',
      title: c.title,
      organisation: c.location,
      startedOn: plainDateIn(c.enrolledAt, deps.timeZone),
      endedOn: null,
      certificate: null,
      rating: null,
      note: '',
      verification: 'verified',
      hidden: hiddenRefs.has(`${coursePrefix}${c.enrolmentId}`),
    }));
    const fromAwards: Entry[] = awards.map((a) => ({
      id: `${awardPrefix}${a.applicationId}`,
      kind: 'award',
      source: 'platform',
      // The record is in the bureau's language, as the other platform entries are (names as the plan gives them).
      title: a.names['zh-TW'] ?? Object.values(a.names)[0] ?? '',
      organisation: '',
      startedOn: plainDateIn(a.decidedAt, deps.timeZone),
      endedOn: null,
      certificate: null,
      rating: null,
      note: '',
      // Granted by the bureau's own decision: nothing to verify.
      verification: 'verified',
      hidden: hiddenRefs.has(`${awardPrefix}${a.applicationId}`),
    }));
    const all = [...fromPlatform, ...fromCourses, ...fromAwards, ...own.rows.map(toEntry)];
    return all.sort((a, b) => (a.startedOn ?? '9999').localeCompare(b.startedOn ?? '9999') || a.id.localeCompare(b.id));
  }

  async function nameOf(personId: string): Promise<string> {
    return (await db.query<{ name: string }>('SELECT name FROM people WHERE id = $1', [personId])).rows[0]?.name ?? '';
  }

  return {
    entriesOf,
    nameOf,

    async record(account: AccountPrincipal | undefined) {
      const personId = personOf(account);
      return { name: await nameOf(personId), entries: await entriesOf(personId) };
    },

    async addEntry(account: AccountPrincipal | undefined, input: z.infer<typeof entryRequest>, requestId: string) {
      const personId = personOf(account);
      const now = clock();
      return db.transaction(async (tx) => {
        const row = (
          await tx.query<{ id: string }>(
            `INSERT INTO career_entries (person_id, kind, source, title, organisation, started_on, ended_on, certificate_level, certificate_number, note, created_at, updated_at)
             VALUES ($1, $2, 'worker', $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id`,
            [personId, input.kind, input.title, input.organisation, input.startedOn ?? null, input.endedOn ?? null, input.certificate?.level ?? null, input.certificate?.number ?? null, input.note, now],
          )
        ).rows[0] as { id: string };
        await recordAudit(tx, { actor: accountActor(account as AccountPrincipal), action: 'career-entry.add', recordType: 'career-entry', recordId: row.id, requestId, details: { kind: input.kind } });
        return { id: row.id };
      });
    },

    /** The worker corrects an entry they added; it goes back to an officer (unverified). */
    async correctEntry(account: AccountPrincipal | undefined, id: string, input: z.infer<typeof entryRequest>, requestId: string) {
      const personId = personOf(account);
      if (isPlatformId(id)) throw new AppError('INVALID_TRANSITION');
      return db.transaction(async (tx) => {
        const row = await ownEntry(tx, personId, id);
        if (row.source !== 'worker') throw new AppError('INVALID_TRANSITION');
        await tx.query(
          `UPDATE career_entries SET kind = $2, title = $3, organisation = $4, started_on = $5, ended_on = $6, certificate_level = $7, certificate_number = $8,
             note = $9, verification = 'unverified', verified_by = NULL, verified_at = NULL, updated_at = $10 WHERE id = $1`,
          [id, input.kind, input.title, input.organisation, input.startedOn ?? null, input.endedOn ?? null, input.certificate?.level ?? null, input.certificate?.number ?? null, input.note, clock()],
        );
        await recordAudit(tx, { actor: accountActor(account as AccountPrincipal), action: 'career-entry.correct', recordType: 'career-entry', recordId: id, requestId });
        return toEntry(await ownEntry(tx, personId, id));
      });
    },

    /** Hides or shows any entry of the worker's, a placement included. */
    async setHidden(account: AccountPrincipal | undefined, id: string, hidden: boolean, requestId: string) {
      const personId = personOf(account);
      // Read before the transaction: the employment module answers on its own connection.
      if (isPlatformId(id)) {
        const known = (await entriesOf(personId)).some((e) => e.source === 'platform' && e.id === id);
        if (!known) throw new AppError('NOT_FOUND');
      }
      return db.transaction(async (tx) => {
        if (isPlatformId(id)) {
          if (hidden) {
            await tx.query('INSERT INTO career_hidden_platform_entries (person_id, source_ref, hidden_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [personId, id, clock()]);
          } else {
            await tx.query('DELETE FROM career_hidden_platform_entries WHERE person_id = $1 AND source_ref = $2', [personId, id]);
          }
        } else {
          await ownEntry(tx, personId, id);
          await tx.query('UPDATE career_entries SET hidden = $2, updated_at = $3 WHERE id = $1', [id, hidden, clock()]);
        }
        await recordAudit(tx, { actor: accountActor(account as AccountPrincipal), action: hidden ? 'career-entry.hide' : 'career-entry.show', recordType: 'career-entry', recordId: null, requestId });
        return { id, hidden };
      });
    },

    /** The worker's consent to one employer's evaluation: a link the employer uses once. */
    async inviteEvaluation(account: AccountPrincipal | undefined, employerName: string, requestId: string) {
      const personId = personOf(account);
      const now = clock();
      const token = newToken();
      const expiresAt = new Date(now.getTime() + invitationDays * 86_400_000);
      await db.transaction(async (tx) => {
        await tx.query(
          'INSERT INTO career_evaluation_invitations (person_id, token_hash, employer_name, expires_at, created_at) VALUES ($1, $2, $3, $4, $5)',
          [personId, hashToken(token), employerName, expiresAt, now],
        );
        await recordAudit(tx, { actor: accountActor(account as AccountPrincipal), action: 'career-evaluation.invite', recordType: 'career-record', recordId: personId, requestId });
      });
      return { url: `${deps.publicBaseUrl.replace(/\/$/, '')}/career-evaluation#token=${token}`, expiresAt: expiresAt.toISOString() };
    },

    /** The invited employer's evaluation; without a live invitation there is none (404). */
    async evaluate(input: z.infer<typeof evaluationRequest>, requestId: string) {
      const now = clock();
      return db.transaction(async (tx) => {
        const invitation = (
          await tx.query<{ id: string; person_id: string; employer_name: string }>(
            `UPDATE career_evaluation_invitations SET used_at = $2 WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2
             RETURNING id, person_id, employer_name`,
            [hashToken(input.token), now],
          )
        ).rows[0];
        if (!invitation) throw new AppError('NOT_FOUND');
        const row = (
          await tx.query<{ id: string }>(
            `INSERT INTO career_entries (person_id, kind, source, title, organisation, started_on, ended_on, rating, note, created_at, updated_at)
             VALUES ($1, 'evaluation', 'employer', $2, $2, $3, $4, $5, $6, $7, $7) RETURNING id`,
            [invitation.person_id, invitation.employer_name, input.startedOn ?? null, input.endedOn ?? null, input.rating, input.text, now],
          )
        ).rows[0] as { id: string };
        await recordAudit(tx, { actor: null, action: 'career-evaluation.give', recordType: 'career-entry', recordId: row.id, requestId });
        return { id: row.id };
      });
    },

    /** Entries waiting for an officer (names masked). */
    staffList(filters: { verification?: Entry['verification'] | undefined }): ListDefinition<'createdAt', EntryRow & { person_name: string; created_at: Date }> {
      let query = qb
        .selectFrom('career_entries as c')
        .innerJoin('people as p', 'p.id', 'c.person_id')
        .select([
          'c.id', 'c.person_id', 'c.kind', 'c.source', 'c.title', 'c.organisation',
          sql<string | null>`c.started_on::text`.as('started_on'), sql<string | null>`c.ended_on::text`.as('ended_on'),
          'c.certificate_level', 'c.certificate_number', 'c.rating', 'c.note', 'c.verification', 'c.hidden', 'c.created_at', 'p.name as person_name',
        ])
        .where('c.source', '=', 'worker')
        .$castTo<EntryRow & { person_name: string; created_at: Date }>();
      if (filters.verification) query = query.where('c.verification', '=', filters.verification);
      return {
        query,
        sortKeys: { createdAt: { expression: sql.ref('c.created_at'), type: 'timestamptz' } },
        defaultSort: 'createdAt',
        unique: { expression: sql.ref('c.id'), type: 'uuid' },
      };
    },
    toStaffEntry: (r: EntryRow & { person_name: string; created_at: Date }): z.infer<typeof staffEntry> => ({
      id: r.id,
      maskedName: maskName(r.person_name),
      kind: r.kind,
      title: r.title,
      organisation: r.organisation,
      certificate: r.certificate_level ? { level: r.certificate_level, number: r.certificate_number ?? '' } : null,
      startedOn: r.started_on,
      verification: r.verification,
      createdAt: r.created_at.toISOString(),
    }),

    async verify(staff: StaffPrincipal, id: string, decision: 'verified' | 'rejected', requestId: string) {
      return db.transaction(async (tx) => {
        const updated = await tx.query(
          `UPDATE career_entries SET verification = $2, verified_by = $3, verified_at = $4, updated_at = $4
            WHERE id = $1 AND source = 'worker' AND verification = 'unverified'`,
          [id, decision, staff.id, clock()],
        );
        if (updated.rowCount === 0) {
          const exists = await tx.query('SELECT 1 FROM career_entries WHERE id = $1', [id]);
          throw new AppError(exists.rowCount ? 'INVALID_TRANSITION' : 'NOT_FOUND');
        }
        await recordAudit(tx, { actor: { id: staff.id, username: staff.username }, action: 'career-entry.verify', recordType: 'career-entry', recordId: id, requestId, details: { decision } });
        return { id, verification: decision };
      });
    },
  };
}

export type CareerRecordService = ReturnType<typeof createCareerRecordService>;
