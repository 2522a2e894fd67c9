/**
 * @module migrant-workers/centre
 * The consultation centre's public lines and hours (issue 10 §4): one record staff keep up to date for the
 * foreign workers page. A save names the version it was made from; when another save came first, it is
 * refused (409) rather than silently overwriting it. Each save is audited in its transaction.
 */
import type { Db } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { CentreContactsStaff, CentreContactsUpdate } from './centre.contract.ts';

type Row = { phones: CentreContactsStaff['phones']; hours: CentreContactsStaff['hours']; version: number; updated_at: Date | null };

export function createCentreContactsService({ db, clock, languages }: { db: Db; clock: () => Date; languages: readonly CentreContactsStaff['languages'][number][] }) {
  async function get(): Promise<CentreContactsStaff> {
    const row = (await db.query<Row>('SELECT phones, hours, version, updated_at FROM migrant_centre_contacts WHERE id = 1')).rows[0];
    // The migration writes the row; without it (a database restored from before 0031) the record is empty.
    if (!row) return { languages: [...languages], phones: [], hours: [], version: 0, updatedAt: null };
    return { languages: [...languages], phones: row.phones, hours: row.hours, version: row.version, updatedAt: row.updated_at?.toISOString() ?? null };
  }

  return {
    get,

    async publicView() {
      const { version: _version, ...rest } = await get();
      return rest;
    },

    async update(staff: StaffPrincipal, input: CentreContactsUpdate, context: { requestId: string }): Promise<CentreContactsStaff> {
      const now = clock();
      const saved = await db.transaction(async (tx) => {
        const updated = await tx.query<{ version: number }>(
          `UPDATE migrant_centre_contacts SET phones = $1, hours = $2, version = version + 1, updated_by = $3, updated_at = $4
           WHERE id = 1 AND version = $5 RETURNING version`,
          [JSON.stringify(input.phones), JSON.stringify(input.hours), staff.id, now, input.version],
        );
        const version = updated.rows[0]?.version;
        if (version === undefined) throw new AppError('CONFLICT');
        await recordAudit(tx, {
          actor: { id: staff.id, username: staff.username },
          action: 'migrant-centre.update',
          recordType: 'migrant-centre-contacts',
          recordId: '1',
          requestId: context.requestId,
          // The centre's own office lines, published to everyone: not personal data.
          details: { version, phones: input.phones, hours: input.hours },
          occurredAt: now,
        });
        return version;
      });
      return { ...(await get()), version: saved };
    },
  };
}

export type CentreContactsService = ReturnType<typeof createCentreContactsService>;
