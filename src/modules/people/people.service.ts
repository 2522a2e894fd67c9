import type { z } from '@hono/zod-openapi';
import { sql } from 'kysely';
import type { Db, Queryable } from '../../db/client.ts';
import { qb } from '../../db/query.ts';
import type { ListDefinition } from '../../shared/http/list.ts';
import { AppError } from '../../shared/errors.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import { assertUnitVisible, inScope, registeringUnit, type UnitScope } from '../../shared/scope.ts';
import type { HomeUnit } from '../access/access.contract.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { ReferenceData } from '../reference-data/reference-data.ts';
import { identifyIdNumber, maskIdNumber, maskName, maskPhone } from './identifiers.ts';
import type { createPersonRequest, personRecord, personSummary, PersonSortKey } from './people.contract.ts';

type PersonRow = {
  id: string;
  id_number: string;
  id_kind: 'national-id' | 'resident-certificate';
  name: string;
  birth_date: string | null;
  phone: string | null;
  email: string | null;
  district_code: string | null;
  preferred_locale: string;
  unit_kind: HomeUnit['kind'];
  unit_code: string | null;
};

const actorOf = (staff: StaffPrincipal) => ({ id: staff.id, username: staff.username });

export function createPeopleService({ db, referenceData }: { db: Db; referenceData: ReferenceData }) {
  return {
    /**
     * Lists show masked identifiers only; searching by a whole ID number is exact. Newest first by default.
     * `scope` narrows to one unit (src/shared/scope.ts).
     */
    list(q: string, scope: UnitScope): ListDefinition<PersonSortKey, PersonRow> {
      const upper = q.toUpperCase();
      let query = qb.selectFrom('people').selectAll().$castTo<PersonRow>().where(inScope(scope));
      if (q !== '') {
        query =
          identifyIdNumber(upper) !== undefined
            ? query.where('id_number', '=', upper)
            : query.where('name', 'ilike', `%${q.replace(/[%_\\]/g, (ch) => `\\${ch}`)}%`);
      }
      return {
        query,
        sortKeys: {
          createdAt: { expression: sql.ref('created_at'), type: 'timestamptz' },
          name: { expression: sql.ref('name'), type: 'text' },
          districtCode: { expression: sql.ref('district_code'), type: 'text' },
        },
        defaultSort: '-createdAt',
        unique: { expression: sql.ref('id'), type: 'uuid' },
      };
    },

    toSummary: (row: PersonRow): z.infer<typeof personSummary> => ({
      id: row.id,
      name: maskName(row.name),
      idNumber: maskIdNumber(row.id_number),
      phone: row.phone ? maskPhone(row.phone) : null,
      districtCode: row.district_code,
    }),

    /** For other modules (employment): people by id, masked as in lists, with their district. */
    async summaries(ids: readonly string[]): Promise<Map<string, z.infer<typeof personSummary>>> {
      if (ids.length === 0) return new Map();
      const rows = await db.query<PersonRow>('SELECT * FROM people WHERE id = ANY($1::uuid[])', [ids]);
      return new Map(
        rows.rows.map((row) => [
          row.id,
          { id: row.id, name: maskName(row.name), idNumber: maskIdNumber(row.id_number), phone: row.phone ? maskPhone(row.phone) : null, districtCode: row.district_code },
        ]),
      );
    },

    /** The full record. Every view is written to the audit trail in the same transaction as the read. */
    async view(
      staff: StaffPrincipal,
      id: string,
      options: { includeSensitive: boolean; requestId: string },
    ): Promise<z.infer<typeof personRecord>> {
      return db.transaction(async (tx) => {
        const row = (await tx.query<PersonRow>('SELECT * FROM people WHERE id = $1', [id])).rows[0];
        if (!row) throw new AppError('NOT_FOUND');
        // Another unit's person is "not found" (not 403), so that its existence is not revealed.
        assertUnitVisible(staff, { kind: row.unit_kind, code: row.unit_code });
        let sensitive: z.infer<typeof personRecord>['sensitive'];
        if (options.includeSensitive) {
          const attrs = (
            await tx.query<{ disability_level: string | null; special_groups: string[]; health_notes: string | null }>(
              'SELECT * FROM person_sensitive_attributes WHERE person_id = $1',
              [id],
            )
          ).rows[0];
          sensitive = attrs
            ? { disabilityLevel: attrs.disability_level, specialGroups: attrs.special_groups, healthNotes: attrs.health_notes }
            : null;
        }
        await recordAudit(tx, {
          actor: actorOf(staff),
          action: options.includeSensitive ? 'person.view-full-sensitive' : 'person.view-full',
          recordType: 'person',
          recordId: id,
          requestId: options.requestId,
        });
        return {
          id: row.id,
          idNumber: row.id_number,
          idKind: row.id_kind,
          name: row.name,
          birthDate: row.birth_date,
          phone: row.phone,
          email: row.email,
          districtCode: row.district_code,
          preferredLocale: row.preferred_locale,
          unit: { kind: row.unit_kind, code: row.unit_code },
          ...(options.includeSensitive ? { sensitive } : {}),
        };
      });
    },

    async create(
      staff: StaffPrincipal | null,
      input: z.infer<typeof createPersonRequest>,
      requestId: string,
    ): Promise<{ id: string }> {
      if (input.districtCode && !referenceData.isDistrictCode(input.districtCode)) {
        throw new AppError('VALIDATION_FAILED', {
          fieldIssues: [{ field: 'districtCode', code: 'custom', message: 'validation.district' }],
        });
      }
      const idKind = identifyIdNumber(input.idNumber);
      // The person belongs to the unit that registers them; a caller without a staff session is the city.
      const unit: HomeUnit = staff ? registeringUnit(staff) : { kind: 'city', code: null };
      return db.transaction(async (tx) => {
        // One person, one record, city-wide: the duplicate is found in every unit, and the answer is the
        // same bare 409 wherever it is, naming neither the record nor its unit.
        const existing = await tx.query('SELECT 1 FROM people WHERE id_number = $1', [input.idNumber]);
        if (existing.rowCount > 0) throw new AppError('CONFLICT');
        const inserted = await tx.query<{ id: string }>(
          `INSERT INTO people (id_number, id_kind, name, birth_date, phone, email, district_code, preferred_locale,
             unit_kind, unit_code)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
          [
            input.idNumber,
            idKind,
            input.name,
            input.birthDate ?? null,
            input.phone ?? null,
            input.email ?? null,
            input.districtCode ?? null,
            input.preferredLocale,
            unit.kind,
            unit.code,
          ],
        );
        const id = (inserted.rows[0] as { id: string }).id;
        if (input.sensitive) {
          await tx.query(
            `INSERT INTO person_sensitive_attributes (person_id, disability_level, special_groups, health_notes)
             VALUES ($1, $2, $3, $4)`,
            [id, input.sensitive.disabilityLevel ?? null, input.sensitive.specialGroups, input.sensitive.healthNotes ?? null],
          );
        }
        await recordAudit(tx, {
          actor: staff ? actorOf(staff) : null,
          action: 'person.create',
          recordType: 'person',
          recordId: id,
          requestId,
          details: { fields: Object.keys(input).filter((key) => key !== 'sensitive'), hasSensitive: Boolean(input.sensitive) },
        });
        return { id };
      });
    },

    /**
     * For modules that register people inside their own transaction (a migrant-worker import is one
     * transaction for the whole file): the person with this ID number, or a new one of the given unit.
     * The caller has validated the number; the creation is audited in the caller's transaction.
     */
    async ensureInTransaction(
      tx: Queryable,
      input: { idNumber: string; name: string; preferredLocale?: string; districtCode?: string | null; unit: HomeUnit },
      audit: { actor: StaffPrincipal | null; requestId: string },
    ): Promise<{ id: string; created: boolean }> {
      const existing = await tx.query<{ id: string }>('SELECT id FROM people WHERE id_number = $1', [input.idNumber]);
      if (existing.rows[0]) return { id: existing.rows[0].id, created: false };
      const idKind = identifyIdNumber(input.idNumber);
      if (!idKind) throw new AppError('VALIDATION_FAILED');
      const inserted = await tx.query<{ id: string }>(
        `INSERT INTO people (id_number, id_kind, name, district_code, preferred_locale, unit_kind, unit_code)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [input.idNumber, idKind, input.name, input.districtCode ?? null, input.preferredLocale ?? 'zh-TW', input.unit.kind, input.unit.code],
      );
      const id = (inserted.rows[0] as { id: string }).id;
      await recordAudit(tx, {
        actor: audit.actor ? actorOf(audit.actor) : null,
        action: 'person.create',
        recordType: 'person',
        recordId: id,
        requestId: audit.requestId,
        details: { fields: ['idNumber', 'name', 'preferredLocale', 'districtCode'], hasSensitive: false },
      });
      return { id, created: true };
    },

    // For public accounts (src/modules/public-accounts, ADR 0017): they link to a person, never copy one.

    /**
     * Registers a person who signs up themselves, in the caller's transaction. Answers undefined when the
     * ID number is already a person: a self-asserted number proves nothing, so the account is not linked
     * to that record (and the caller does not reveal that it exists).
     */
    /**
     * A self-registered person (unit: the whole city) who chooses a service unit themselves (a job seeker's
     * station) belongs to it from then on, so that its staff may open the record. A person a unit already
     * holds stays with it. In the caller's transaction.
     */
    async assignUnitIfUnassigned(tx: Queryable, personId: string, unit: { kind: 'station'; code: string }): Promise<void> {
      await tx.query(`UPDATE people SET unit_kind = $2, unit_code = $3 WHERE id = $1 AND unit_kind = 'city'`, [personId, unit.kind, unit.code]);
    },

    async createSelfRegistered(
      tx: Queryable,
      input: { idNumber: string; name: string; email: string; preferredLocale: string },
      requestId: string,
    ): Promise<{ id: string } | undefined> {
      const idKind = identifyIdNumber(input.idNumber);
      if (!idKind) throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'idNumber', code: 'custom', message: 'validation.id_number' }] });
      const inserted = await tx.query<{ id: string }>(
        `INSERT INTO people (id_number, id_kind, name, email, preferred_locale, unit_kind, unit_code)
         VALUES ($1, $2, $3, $4, $5, 'city', NULL) ON CONFLICT (id_number) DO NOTHING RETURNING id`,
        [input.idNumber, idKind, input.name, input.email || null, input.preferredLocale],
      );
      const id = inserted.rows[0]?.id;
      if (!id) return undefined;
      await recordAudit(tx, {
        actor: null,
        action: 'person.create',
        recordType: 'person',
        recordId: id,
        requestId,
        details: { fields: ['idNumber', 'name', 'email', 'preferredLocale'], selfRegistered: true },
      });
      return { id };
    },

    /**
     * The person behind an identity proven by the national identity service (OpenID Connect): the
     * existing record with that ID number, or a new one. Unlike a typed number, a proven one may link.
     */
    async findOrRegisterProven(
      tx: Queryable,
      input: { idNumber: string; name: string; email: string | null; preferredLocale: string },
      requestId: string,
    ): Promise<{ id: string }> {
      const existing = (await tx.query<{ id: string }>('SELECT id FROM people WHERE id_number = $1', [input.idNumber])).rows[0];
      if (existing) return existing;
      const created = await this.createSelfRegistered(tx, { ...input, email: input.email ?? '' }, requestId);
      if (!created) throw new AppError('CONFLICT');
      return created;
    },

    /** Everything the people module holds about one person, for the person themselves (個資法 Art. 3, 10). */
    async exportForSubject(tx: Queryable, id: string) {
      const row = (await tx.query<PersonRow & { created_at: Date; updated_at: Date }>('SELECT * FROM people WHERE id = $1', [id])).rows[0];
      if (!row) return null;
      const attrs = (
        await tx.query<{ disability_level: string | null; special_groups: string[]; health_notes: string | null }>(
          'SELECT disability_level, special_groups, health_notes FROM person_sensitive_attributes WHERE person_id = $1',
          [id],
        )
      ).rows[0];
      const consents = (
        await tx.query<{ purpose: string; given_on: string; expires_on: string | null }>(
          `SELECT purpose, to_char(given_on, 'YYYY-MM-DD') AS given_on, to_char(expires_on, 'YYYY-MM-DD') AS expires_on
           FROM person_consents WHERE person_id = $1 ORDER BY given_on`,
          [id],
        )
      ).rows;
      return {
        idNumber: row.id_number,
        idKind: row.id_kind,
        name: row.name,
        birthDate: row.birth_date,
        phone: row.phone,
        email: row.email,
        districtCode: row.district_code,
        preferredLocale: row.preferred_locale,
        registeredAt: new Date(row.created_at).toISOString(),
        sensitive: attrs ? { disabilityLevel: attrs.disability_level, specialGroups: attrs.special_groups, healthNotes: attrs.health_notes } : null,
        consents: consents.map((c) => ({ purpose: c.purpose, givenOn: c.given_on, expiresOn: c.expires_on })),
      };
    },

    /**
     * Erases a person's identity on their request (個資法 Art. 11 III): name, ID number and contact
     * details are replaced, sensitive attributes deleted. The row stays, holding nothing personal, so that
     * records kept under a retention duty (consents, which the bureau must be able to prove, Art. 7 IV;
     * the audit trail) still point somewhere. The ID number is replaced by a marker unique to the row.
     */
    async anonymise(tx: Queryable, id: string, requestId: string): Promise<void> {
      await tx.query('DELETE FROM person_sensitive_attributes WHERE person_id = $1', [id]);
      await tx.query(
        `UPDATE people SET name = '(erased)', id_number = 'ERASED-' || id::text, birth_date = NULL, phone = NULL, email = NULL,
           district_code = NULL, updated_at = now()
         WHERE id = $1`,
        [id],
      );
      await recordAudit(tx, { actor: null, action: 'person.anonymise', recordType: 'person', recordId: id, requestId, details: { onRequest: true } });
    },

    /**
     * Writes a search to the audit trail (issue 16, finding 4): who searched, how and where, never the text
     * searched for (a name or an ID number is personal data).
     */
    async recordSearch(
      staff: StaffPrincipal,
      search: { by: 'none' | 'name' | 'id-number'; scope: UnitScope; format: string },
      requestId: string,
    ): Promise<void> {
      await db.transaction((tx) =>
        recordAudit(tx, {
          actor: actorOf(staff),
          action: 'people.search',
          recordType: 'person',
          requestId,
          details: { by: search.by, scope: search.scope, format: search.format },
        }),
      );
    },
  };
}

export type PeopleService = ReturnType<typeof createPeopleService>;
