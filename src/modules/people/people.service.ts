import type { z } from '@hono/zod-openapi';
import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
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
  };
}

export type PeopleService = ReturnType<typeof createPeopleService>;
