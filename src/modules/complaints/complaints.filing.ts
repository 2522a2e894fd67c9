/**
 * The complainant's side of the complaints service: filing with evidence, in one transaction, and the
 * status page read back with the tracking code and secret.
 */
import type { z } from '@hono/zod-openapi';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { ReferenceData } from '../reference-data/reference-data.ts';
import { checkAttachments, type UploadedFile } from './complaints.attachments.ts';
import { decoySecretHash, hashSecret, newSecret, newTrackingCode, normalizeSecret, normalizeTrackingCode, sameHash } from './complaints.codes.ts';
import type { FileComplaintInput, publicComplaintStatus } from './complaints.contract.ts';
import { addComplaintEvent, type EventRow, type RequestMeta, validationError } from './complaints.events.ts';
import { recordFilingLocale } from './complaints.reply.ts';
import { messageTranslations, publicMessage, type MessageTranslations } from './complaints.translation.ts';
import { type ComplaintStatus, dueDates } from './complaints.workflow.ts';

export function createComplaintFiling({
  db,
  referenceData,
  clock,
  translations,
}: {
  db: Db;
  referenceData: ReferenceData;
  clock: () => Date;
  translations?: MessageTranslations | undefined;
}) {
  const timeZone = referenceData.city.bureau.timeZone;
  return {
    /**
     * Files a complaint with its evidence in one transaction; the attachments are checked first, so a
     * bad one refuses the whole complaint and nothing is written.
     */
    async file(input: FileComplaintInput, files: UploadedFile[], meta: RequestMeta): Promise<{ trackingCode: string; secret: string }> {
      const issues: { field: string; message: string; params?: Record<string, number> }[] = [];
      const district = referenceData.findDistrict(input.districtCode);
      if (!district) issues.push({ field: 'districtCode', message: 'validation.district' });
      const checked = checkAttachments(files);
      issues.push(...checked.issues);
      if (issues.length > 0 || !district) throw validationError(meta.locale, issues);

      const receivedAt = clock();
      const due = dueDates(receivedAt, timeZone);
      const secret = newSecret();
      const secretHash = hashSecret(normalizeSecret(secret) as string);
      return db.transaction(async (tx) => {
        let inserted: { id: string; tracking_code: string } | undefined;
        // 40 random bits: a clash is rare, and ON CONFLICT keeps the transaction usable if one happens.
        for (let attempt = 0; attempt < 5 && !inserted; attempt += 1) {
          inserted = (
            await tx.query<{ id: string; tracking_code: string }>(
              `INSERT INTO complaints (tracking_code, secret_hash, status, employer_name, employer_ubn, district_code, law,
                                       description, received_at, notice_due_on, reply_due_on, updated_at)
               VALUES ($1, $2, 'received', $3, $4, $5, $6, $7, $8, $9, $10, $8)
               ON CONFLICT (tracking_code) DO NOTHING
               RETURNING id, tracking_code`,
              [
                newTrackingCode(),
                secretHash,
                input.employerName,
                input.employerUbn ?? null,
                district.townCode,
                input.law,
                input.description,
                receivedAt,
                due.noticeDueOn,
                due.replyDueOn,
              ],
            )
          ).rows[0];
        }
        if (!inserted) throw new Error('could not draw a free tracking code');
        const id = inserted.id;
        await recordFilingLocale(tx, id, meta.locale);
        if (!input.anonymous && input.name) {
          await tx.query(
            'INSERT INTO complaint_identities (complaint_id, name, phone, email, id_number) VALUES ($1, $2, $3, $4, $5)',
            [id, input.name, input.phone ?? null, input.email ?? null, input.idNumber ?? null],
          );
        }
        for (const [index, attachment] of checked.attachments.entries()) {
          await tx.query(
            `INSERT INTO complaint_attachments (complaint_id, position, file_name, media_type, byte_size, sha256, content)
             VALUES ($1, $2, $3, $4, $5, $6, $7)`,
            [id, index + 1, attachment.fileName, attachment.mediaType, attachment.bytes.length, attachment.sha256, attachment.bytes],
          );
        }
        await addComplaintEvent(tx, id, { kind: 'received', status: 'received', at: receivedAt });
        await recordAudit(tx, {
          actor: null,
          action: 'complaint.file',
          recordType: 'complaint',
          recordId: id,
          requestId: meta.requestId,
          details: { attachments: checked.attachments.length, law: input.law },
          occurredAt: receivedAt,
        });
        return { trackingCode: inserted.tracking_code, secret };
      });
    },

    /**
     * The complainant's view. An unknown code, a malformed secret and a wrong secret all end in the
     * same NOT_FOUND after the same constant-time comparison (against a decoy hash when needed).
     */
    async lookup(code: string, secret: string): Promise<z.infer<typeof publicComplaintStatus>> {
      const trackingCode = normalizeTrackingCode(code) ?? 'TC-INVALID0';
      const row = (
        await db.query<{ id: string; tracking_code: string; status: ComplaintStatus; secret_hash: string; received_at: Date }>(
          'SELECT id, tracking_code, status, secret_hash, received_at FROM complaints WHERE tracking_code = $1',
          [trackingCode],
        )
      ).rows[0];
      const normalized = normalizeSecret(secret);
      const presented = hashSecret(normalized ?? 'not a secret');
      const matches = sameHash(presented, row?.secret_hash ?? decoySecretHash);
      if (!row || !normalized || !matches) throw new AppError('NOT_FOUND');
      const events = await db.query<EventRow>(
        `SELECT id, kind, status, occurred_at, public_message, outcome, authority, NULL AS actor_name
         FROM complaint_events WHERE complaint_id = $1 ORDER BY occurred_at, id`,
        [row.id],
      );
      const states = await messageTranslations(db, translations, events.rows);
      return {
        trackingCode: row.tracking_code,
        status: row.status,
        receivedAt: new Date(row.received_at).toISOString(),
        events: events.rows.map((event) => ({
          kind: event.kind,
          status: event.status,
          at: new Date(event.occurred_at).toISOString(),
          ...publicMessage(event, states.get(String(event.id))),
          outcome: event.outcome,
          authority: event.authority,
        })),
      };
    },
  };
}
