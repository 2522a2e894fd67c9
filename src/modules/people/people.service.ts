import type { z } from '@hono/zod-openapi';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { ReferenceData } from '../reference-data/reference-data.ts';
import { identifyIdNumber, maskIdNumber, maskName, maskPhone } from './identifiers.ts';
import type { createPersonRequest, personRecord, personSummary } from './people.contract.ts';

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
};

const pageSize = 20;
const actorOf = (staff: StaffPrincipal) => ({ id: staff.id, username: staff.username });

export function createPeopleService({ db, referenceData }: { db: Db; referenceData: ReferenceData }) {
  return {
    /** Lists show masked identifiers only; searching by a whole ID number is exact. */
    async search(query: string, page: number): Promise<{ total: number; items: z.infer<typeof personSummary>[] }> {
      const upper = query.toUpperCase();
      const byId = identifyIdNumber(upper) !== undefined;
      const where = query === '' ? '' : byId ? 'WHERE id_number = $1' : "WHERE name ILIKE '%' || $1 || '%'";
      const params = query === '' ? [] : [byId ? upper : query.replace(/[%_\\]/g, (ch) => `\\${ch}`)];
      const total = await db.query<{ count: number }>(`SELECT count(*)::int AS count FROM people ${where}`, params);
      const rows = await db.query<PersonRow>(
        `SELECT * FROM people ${where} ORDER BY created_at DESC, id LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
        params,
      );
      return {
        total: total.rows[0]?.count ?? 0,
        items: rows.rows.map((row) => ({
          id: row.id,
          name: maskName(row.name),
          idNumber: maskIdNumber(row.id_number),
          phone: row.phone ? maskPhone(row.phone) : null,
          districtCode: row.district_code,
        })),
      };
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
      return db.transaction(async (tx) => {
        const existing = await tx.query('SELECT 1 FROM people WHERE id_number = $1', [input.idNumber]);
        if (existing.rowCount > 0) throw new AppError('CONFLICT');
        const inserted = await tx.query<{ id: string }>(
          `INSERT INTO people (id_number, id_kind, name, birth_date, phone, email, district_code, preferred_locale)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
          [
            input.idNumber,
            idKind,
            input.name,
            input.birthDate ?? null,
            input.phone ?? null,
            input.email ?? null,
            input.districtCode ?? null,
            input.preferredLocale,
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
